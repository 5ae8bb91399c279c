#include "actionstatusdialog.h"

#include "answerinput.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

QList<ActionStatus> ActionStatusDialog::nextStatuses(ActionStatus from)
{
    QList<ActionStatus> next;
    for (ActionStatus s : { ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                            ActionStatus::Cancelled })
        if (Plans::allows(from, s))
            next << s;
    return next;
}

ActionStatusDialog::ActionStatusDialog(RecordStore &store, const PlanAction &action,
                                       QWidget *parent)
    : QDialog(parent), m_store(store), m_action(action)
{
    setObjectName(QStringLiteral("actionStatusDialog"));
    setWindowTitle(tr("Change status"));
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("actionHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    //: heading of the status dialog: the action, its due date and its current status
    heading->setText(
        tr("%1\nDue %2, now %3")
            .arg(action.description, displayDate(action.dueDate), actionStatusText(action.status)));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ActionStatus s : nextStatuses(action.status))
        m_status->addItem(actionStatusText(s), actionStatusKey(s));
    m_note = new QPlainTextEdit(action.outcomeNote, this);
    m_note->setObjectName(QStringLiteral("outcomeEdit"));
    m_note->setTabChangesFocus(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("outcomeHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    m_doneDate = new QDateEdit(QDate::currentDate(), this);
    m_doneDate->setObjectName(QStringLiteral("doneDateEdit"));
    m_doneDate->setCalendarPopup(true);
    m_doneDate->setDisplayFormat(AnswerInput::datePattern());
    m_doneDate->setMaximumDate(QDate::currentDate());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionStatusDialog::reject);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&New status:"), m_status);
    m_form->addRow(tr("Done &on:"), m_doneDate);
    m_form->addRow(tr("Outcome &note:"), m_note);
    m_form->addRow(QString(), m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionStatusDialog::updateFields);
    updateFields();
    resize(520, 340);
    m_status->setFocus();
}

ActionStatus ActionStatusDialog::chosen() const
{
    ActionStatus s = m_action.status;
    actionStatusFromKey(m_status->currentData().toString(), &s);
    return s;
}

void ActionStatusDialog::updateFields()
{
    const ActionStatus s = chosen();
    m_form->setRowVisible(m_doneDate, s == ActionStatus::Done);
    switch (s) {
    case ActionStatus::Cancelled:
        m_hint->setText(tr("Say why the action is cancelled: a reason is required."));
        break;
    case ActionStatus::Done:
        m_hint->setText(tr("What came of it, e.g. the certificate received or the job taken."));
        break;
    default:
        m_hint->setText(tr("Optional: how it is going."));
        break;
    }
}

void ActionStatusDialog::accept()
{
    const ActionStatus s = chosen();
    const Status changed
        = Plans(m_store).setActionStatus(m_action.id, s, m_note->toPlainText().trimmed(),
                                         s == ActionStatus::Done ? m_doneDate->date() : QDate());
    if (!changed) {
        QMessageBox::warning(this, windowTitle(), changed.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
