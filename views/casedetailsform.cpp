#include "casedetailsform.h"

#include "consentform.h"
#include "planvocabulary.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace casedesk {

namespace {

QString labelOf(const Vocabulary::Items &items, const QString &code)
{
    const QString text = Vocabulary::label(items, code);
    return text.isEmpty() ? code : text;
}

} // namespace

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
    m_management = new QComboBox(this);
    m_management->setObjectName(QStringLiteral("managementCombo"));
    //: no case-management model chosen yet
    m_management->addItem(tr("Not chosen"), QString());
    for (const auto &item : PlanVocabulary::managementModels())
        m_management->addItem(item.second, item.first);
    m_management->setToolTip(tr("Light touch, standard, or intensive multi-agency case "
                                "management"));
    m_status = readOnlyLabel("statusLabel");
    m_closedDate = readOnlyLabel("closedDateLabel");
    m_closureReason = readOnlyLabel("closureReasonLabel");
    m_outcome = readOnlyLabel("outcomeLabel");
    m_closingNotes = readOnlyLabel("closingNotesLabel");
    m_closedBy = readOnlyLabel("closedByLabel");
    m_reopened = readOnlyLabel("reopenedLabel");
    m_consent = new ConsentForm(this);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Case number:"), m_number);
    m_form->addRow(tr("Office:"), m_office);
    m_form->addRow(tr("Opened:"), m_opened);
    m_form->addRow(tr("Assigned &worker:"), m_worker);
    m_form->addRow(tr("Case &management:"), m_management);
    m_form->addRow(tr("Status:"), m_status);
    m_form->addRow(tr("Closed on:"), m_closedDate);
    m_form->addRow(tr("Closure reason:"), m_closureReason);
    m_form->addRow(tr("Outcome:"), m_outcome);
    m_form->addRow(tr("Closing notes:"), m_closingNotes);
    m_form->addRow(tr("Closed by:"), m_closedBy);
    m_form->addRow(tr("Reopened:"), m_reopened);
    m_form->addRow(m_consent);

    // editTextChanged also fires when the list is refilled; only typing counts.
    connect(m_worker->lineEdit(), &QLineEdit::textEdited, this, &CaseDetailsForm::edited);
    connect(m_worker, &QComboBox::activated, this, &CaseDetailsForm::edited);
    connect(m_management, &QComboBox::currentIndexChanged, this, &CaseDetailsForm::edited);
    connect(m_consent, &ConsentForm::edited, this, &CaseDetailsForm::edited);
}

QLabel *CaseDetailsForm::readOnlyLabel(const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void CaseDetailsForm::showRow(QLabel *label, const QString &text)
{
    label->setText(text);
    m_form->setRowVisible(label, !text.isEmpty());
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
    const QSignalBlocker blocker(m_management);
    int model = m_management->findData(data.managementModel);
    if (model < 0) {
        // A model this version does not know (from a newer site) stays as it is.
        m_management->addItem(data.managementModel, data.managementModel);
        model = m_management->count() - 1;
    }
    m_management->setCurrentIndex(model);

    const QString status = labelOf(Vocabulary::caseStatuses(), data.status);
    showRow(m_status, status.isEmpty() ? tr("Open") : status);
    const bool requested = data.status == QLatin1String("closure_requested");
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_closedDate)))
        label->setText(requested                                  ? tr("To be closed on:")
                           : data.status == QLatin1String("open") ? tr("Last closed on:")
                                                                  : tr("Closed on:"));
    showRow(m_closedDate, data.closedDate.isValid() ? displayDate(data.closedDate) : QString());
    showRow(m_closureReason,
            data.closureReason.isEmpty()
                ? QString()
                : labelOf(PlanVocabulary::closureReasons(), data.closureReason));
    showRow(m_outcome,
            data.outcome.isEmpty() ? QString()
                                   : labelOf(PlanVocabulary::closureOutcomes(), data.outcome));
    showRow(m_closingNotes, data.closingNotes.trimmed());
    showRow(m_closedBy, data.closedBy);
    QString reopened;
    if (data.reopenedDate.isValid())
        //: when and why a case was reopened: "12.05.2026 — lost the job again"
        reopened = data.reopenReason.isEmpty()
            ? displayDate(data.reopenedDate)
            : tr("%1 — %2").arg(displayDate(data.reopenedDate), data.reopenReason.trimmed());
    showRow(m_reopened, reopened);
    m_consent->setConsent(data.consentGiven, data.consentDate, data.consentScope);
}

CaseFileData CaseDetailsForm::applyTo(const CaseFileData &base) const
{
    CaseFileData d = base;
    d.assignedWorker = m_worker->currentText().trimmed();
    d.managementModel = m_management->currentData().toString();
    d.consentGiven = m_consent->isGiven();
    d.consentDate = m_consent->date();
    d.consentScope = m_consent->scope();
    return d;
}

QString CaseDetailsForm::closureText() const
{
    QStringList lines;
    for (QLabel *field : { m_status, m_closedDate, m_closureReason, m_outcome, m_closingNotes,
                           m_closedBy, m_reopened }) {
        if (!m_form->isRowVisible(field))
            continue;
        const auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        lines << (label ? label->text() + u' ' : QString()) + field->text();
    }
    return lines.join(u'\n');
}

} // namespace casedesk
