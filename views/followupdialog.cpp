#include "followupdialog.h"

#include "answerinput.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

FollowUpDialog::FollowUpDialog(RecordStore &store, const QUuid &decisionId, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    m_followUp.decisionId = decisionId;
    setWindowTitle(tr("New follow-up action"));
    build();
}

FollowUpDialog::FollowUpDialog(RecordStore &store, const ConferenceFollowUp &followUp,
                               QWidget *parent)
    : QDialog(parent), m_store(store), m_followUp(followUp)
{
    setWindowTitle(tr("Follow-up action"));
    build();
    m_what->setPlainText(followUp.what);
    m_who->setText(followUp.who);
    m_agency->setText(followUp.agency);
    if (followUp.deadline.isValid())
        m_deadline->setDate(followUp.deadline);
}

void FollowUpDialog::build()
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_what = new QPlainTextEdit(this);
    m_what->setObjectName(QStringLiteral("followUpWhatEdit"));
    m_what->setTabChangesFocus(true);
    m_what->setPlaceholderText(tr("e.g. arrange a place in the day centre"));
    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("followUpWhoEdit"));
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("followUpAgencyEdit"));
    m_deadline = new QDateEdit(QDate::currentDate().addMonths(1), this);
    m_deadline->setObjectName(QStringLiteral("followUpDeadlineEdit"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(AnswerInput::datePattern());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Responsible:"), m_who);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("&Deadline:"), m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_followUp.id.isNull() ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 320);
}

void FollowUpDialog::accept()
{
    ConferenceFollowUp f = m_followUp;
    f.what = m_what->toPlainText().trimmed();
    f.who = m_who->text().trimmed();
    f.agency = m_agency->text().trimmed();
    f.deadline = m_deadline->date();
    Conferences conferences(m_store);
    if (f.id.isNull()) {
        const Result<QUuid> added = conferences.addFollowUp(f.decisionId, f);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), added.message());
            return;
        }
        m_followUp.id = added.value();
    } else if (Status s = conferences.updateFollowUp(f); !s) {
        QMessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
