#pragma once

#include "plans.h"

#include <QAbstractItemModel>
#include <QHash>

namespace casedesk {

class Assessments;
class RecordStore;
struct ChangeSet;

// A need raised by a completed assessment of the case, as a goal can answer it.
struct AssessedNeed
{
    QString need;
    QUuid assessmentId;
    QString label; // the need's text in the UI language
    QString source; // the assessment it comes from: title and date
};

// One plan as the Plans tab shows it: goals at the top level with their actions under them,
// and "Not under a goal" for actions of no goal. Read-only; reloaded when a write or an import
// touches the plan's case.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, KindOrNeed, Responsible, Due, Status, Outcome, ColumnCount };
    enum class Role {
        ActionId = Qt::UserRole,
        GoalId, // of a goal, or of the goal an action is under
        Overdue,
        StatusKey, // actionStatusKey() of an action
        DueDate,
    };

    explicit PlanModel(RecordStore &store, QObject *parent = nullptr);

    void setPlanId(const QUuid &planId);
    const QUuid &planId() const { return m_planId; }
    // The plan as last loaded; empty (null id) when none is set or it cannot be read.
    const Plan &plan() const { return m_plan; }
    void reload();

    // The action or goal an index shows, or nullptr (goal() is null for "Not under a goal").
    const PlanAction *action(const QModelIndex &index) const;
    const PlanGoal *goal(const QModelIndex &index) const;
    QModelIndex indexOfAction(const QUuid &actionId) const;
    QModelIndex indexOfGoal(const QUuid &goalId) const;
    // The row of "Not under a goal", or an invalid index when every action has a goal.
    QModelIndex ungroupedIndex() const;
    // The need a goal answers, in words.
    QString needText(const PlanGoal &goal) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The needs of the case's completed assessments, newest assessment first, each need once.
    static QList<AssessedNeed> assessedNeeds(RecordStore &store, const QUuid &caseId);

private:
    // A top-level row: a goal (index into m_plan.goals) or -1 for "Not under a goal".
    struct Node
    {
        int goal = -1;
        QList<int> actions; // indexes into m_plan.actions
    };

    void onStoreChanged(const ChangeSet &changes);
    void resolveNeedTexts();
    QVariant goalData(const Node &node, int column, int role) const;
    QVariant actionData(const PlanAction &action, int column, int role) const;

    RecordStore &m_store;
    QUuid m_planId;
    Plan m_plan;
    QList<Node> m_nodes;
    QHash<QUuid, QString> m_needTexts; // by goal id
};

} // namespace casedesk
