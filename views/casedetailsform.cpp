#include "casedetailsform.h"

#include "consentform.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace casedesk {

CaseDetailsForm::CaseDetailsForm(QWidget *parent) : QWidget(parent)
{
    m_number = new QLabel(this);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_office = new QLabel(this);
    m_opened = new QLabel(this);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setEditable(true);
    m_worker->setInsertPolicy(QComboBox::NoInsert);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const auto &item : Vocabulary::caseStatuses())
        m_status->addItem(item.second, item.first);
    m_closedDate = new QDateEdit(QDate::currentDate(), this);
    m_closedDate->setObjectName(QStringLiteral("closedDateEdit"));
    m_closedDate->setCalendarPopup(true);
    m_closedDate->setMaximumDate(QDate::currentDate());
    m_closureReason = new QLineEdit(this);
    m_closureReason->setObjectName(QStringLiteral("closureReasonEdit"));
    m_closureReason->setPlaceholderText(tr("Required when the case is closed"));
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomeEdit"));
    m_outcome->setPlaceholderText(tr("For example: employed, exited poverty, moved"));
    m_consent = new ConsentForm(this);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Case number:"), m_number);
    form->addRow(tr("Office:"), m_office);
    form->addRow(tr("Opened:"), m_opened);
    form->addRow(tr("Assigned &worker:"), m_worker);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Closed o&n:"), m_closedDate);
    form->addRow(tr("Clos&ure reason:"), m_closureReason);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(m_consent);

    // editTextChanged also fires when the list is refilled; only typing counts.
    connect(m_worker->lineEdit(), &QLineEdit::textEdited, this, &CaseDetailsForm::edited);
    connect(m_worker, &QComboBox::activated, this, &CaseDetailsForm::edited);
    connect(m_status, &QComboBox::activated, this, [this] {
        updateClosureEnabled();
        emit edited();
    });
    connect(m_closedDate, &QDateEdit::dateChanged, this, &CaseDetailsForm::edited);
    connect(m_closureReason, &QLineEdit::textEdited, this, &CaseDetailsForm::edited);
    connect(m_outcome, &QLineEdit::textEdited, this, &CaseDetailsForm::edited);
    connect(m_consent, &ConsentForm::edited, this, &CaseDetailsForm::edited);
    updateClosureEnabled();
}

void CaseDetailsForm::setWorkers(const QStringList &workers)
{
    const QString current = m_worker->currentText();
    const QSignalBlocker blocker(m_worker);
    m_worker->clear();
    m_worker->addItems(workers);
    m_worker->setEditText(current);
}

void CaseDetailsForm::setCase(const CaseFileData &data)
{
    m_number->setText(data.number);
    m_office->setText(data.officeName);
    m_opened->setText(displayDate(data.openedDate));
    {
        const QSignalBlocker blocker(m_worker);
        m_worker->setEditText(data.assignedWorker);
    }
    const int status = m_status->findData(data.status);
    m_status->setCurrentIndex(status >= 0 ? status : 0);
    {
        const QSignalBlocker blocker(m_closedDate);
        m_closedDate->setDate(data.closedDate.isValid() ? data.closedDate : QDate::currentDate());
    }
    m_closureReason->setText(data.closureReason);
    m_outcome->setText(data.outcome);
    m_consent->setConsent(data.consentGiven, data.consentDate, data.consentScope);
    updateClosureEnabled();
}

CaseFileData CaseDetailsForm::applyTo(const CaseFileData &base) const
{
    CaseFileData d = base;
    d.assignedWorker = m_worker->currentText().trimmed();
    d.status = m_status->currentData().toString();
    const bool closed = d.status == QLatin1String("closed");
    // Reopening clears the closure; the history keeps what it was.
    d.closedDate = closed ? m_closedDate->date() : QDate();
    d.closureReason = closed ? m_closureReason->text().trimmed() : QString();
    d.outcome = closed ? m_outcome->text().trimmed() : QString();
    d.consentGiven = m_consent->isGiven();
    d.consentDate = m_consent->date();
    d.consentScope = m_consent->scope();
    return d;
}

void CaseDetailsForm::updateClosureEnabled()
{
    const bool closed = m_status->currentData().toString() == QLatin1String("closed");
    m_closedDate->setEnabled(closed);
    m_closureReason->setEnabled(closed);
    m_outcome->setEnabled(closed);
}

} // namespace casedesk
