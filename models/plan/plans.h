#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// Where an action of a plan stands. Planned and in progress are open; done and cancelled are
// final.
enum class ActionStatus { Planned, InProgress, Done, Cancelled };
QString actionStatusKey(ActionStatus status);
bool actionStatusFromKey(const QString &key, ActionStatus *status);
QString actionStatusText(ActionStatus status);

struct PlanAction
{
    QUuid id;
    QUuid goalId;
    QString kind; // a service or active labour-market measure (PlanVocabulary::actionKinds)
    QString description;
    QString agency;
    QString person;
    QDate dueDate;
    ActionStatus status = ActionStatus::Planned;
    QString outcomeNote;
    QDate doneDate;

    bool isOpen() const
    {
        return status == ActionStatus::Planned || status == ActionStatus::InProgress;
    }
};

struct PlanGoal
{
    QUuid id;
    QString text;
    QString need; // the need it answers, from an assessment
    QUuid assessmentId;
};

// A review: what the plan looked like before it was changed, kept and shown.
struct PlanReview
{
    QUuid id;
    QDate date;
    QString note;
    QString author;
    QString before; // the plan's goals and actions before the review, as text lines
};

struct Plan
{
    QUuid id;
    QUuid caseId;
    QString kind; // "action_plan" or "social_contract"
    QDate startDate;
    QDate endDate;
    QString status; // "draft", "active", "closed"
    QString signedOffBy;
    QDateTime signedOffAt;
    QList<PlanGoal> goals;
    QList<PlanAction> actions;
    QList<PlanReview> reviews;
};

// Individual action plans of a case: goals tied to assessed needs, actions with who does what by
// when, the action lifecycle, reviews that keep the previous state, and a supervisor's sign-off.
class Plans
{
    Q_DECLARE_TR_FUNCTIONS(Plans)

public:
    explicit Plans(RecordStore &store) : m_store(store) { }

    // Whether the lifecycle allows the step; the same status is no step at all.
    static bool allows(ActionStatus from, ActionStatus to);
    // Open and due before the given day: an action due today is not overdue until tomorrow.
    static bool isOverdue(const PlanAction &action, const QDate &today);

    Result<QUuid> create(const QUuid &caseId, const QString &kind, const QDate &start,
                         const QDate &end);
    Result<QUuid> addGoal(const QUuid &planId, const PlanGoal &goal);
    Result<QUuid> addAction(const QUuid &planId, const PlanAction &action);
    Status updateAction(const PlanAction &action);
    // Moves an action along its lifecycle; done needs a date (today when not given).
    Status setActionStatus(const QUuid &actionId, ActionStatus status, const QString &outcomeNote,
                           const QDate &doneDate = QDate());
    // Records a review with the plan as it was, before the changes the worker makes next.
    Result<QUuid> review(const QUuid &planId, const QDate &date, const QString &note);
    // A supervisor signs the plan off; it becomes active.
    Status signOff(const QUuid &planId);

    Result<Plan> load(const QUuid &planId) const;
    QList<Plan> forCase(const QUuid &caseId) const;

private:
    Status checkPlanWritable(const QUuid &planId, QUuid *caseId) const;
    QString describe(const Plan &plan) const;

    RecordStore &m_store;
};

} // namespace casedesk
