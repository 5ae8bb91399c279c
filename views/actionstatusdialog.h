#pragma once

#include "plans.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace casedesk {

// Moves an action along its lifecycle: only the next statuses the lifecycle allows are offered,
// with an outcome note, the day it was done, or the reason it was cancelled.
class ActionStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ActionStatusDialog(RecordStore &store, const PlanAction &action, QWidget *parent = nullptr);

    // The statuses the lifecycle allows after this one, in lifecycle order.
    static QList<ActionStatus> nextStatuses(ActionStatus from);
    void accept() override;

private:
    ActionStatus chosen() const;
    void updateFields();

    RecordStore &m_store;
    PlanAction m_action;
    QFormLayout *m_form;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
    QLabel *m_hint;
    QDateEdit *m_doneDate;
};

} // namespace casedesk
