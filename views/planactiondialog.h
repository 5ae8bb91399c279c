#pragma once

#include "plans.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace casedesk {

// Adds an action to a plan or edits one: its kind, what is to be done, who is responsible
// (agency and person) and by when. An action stays under the goal it was added to.
class PlanActionDialog : public QDialog
{
    Q_OBJECT

public:
    // An action with a null id is added (under its goalId, if any); otherwise it is edited.
    PlanActionDialog(RecordStore &store, const Plan &plan, const PlanAction &action,
                     QWidget *parent = nullptr);

    bool isEdit() const { return !m_action.id.isNull(); }
    // The action added or edited, once accepted.
    const QUuid &actionId() const { return m_action.id; }
    void accept() override;

private:
    RecordStore &m_store;
    QUuid m_planId;
    PlanAction m_action;
    QComboBox *m_goal;
    QComboBox *m_kind;
    QLineEdit *m_description;
    QLineEdit *m_agency;
    QLineEdit *m_person;
    QDateEdit *m_due;
};

} // namespace casedesk
