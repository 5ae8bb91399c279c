#pragma once

#include "planmodel.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace casedesk {

// Adds a goal to a plan, tied to a need a completed assessment of the case raised, or to none.
class PlanGoalDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int AssessmentRole = Qt::UserRole + 1;

    PlanGoalDialog(RecordStore &store, const QUuid &planId, const QList<AssessedNeed> &needs,
                   QWidget *parent = nullptr);

    const QUuid &createdGoal() const { return m_created; }
    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_planId;
    QUuid m_created;
    QLineEdit *m_text;
    QComboBox *m_need;
};

} // namespace casedesk
