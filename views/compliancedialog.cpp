#include "compliancedialog.h"

#include "meanstest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

} // namespace

ComplianceDialog::ComplianceDialog(RecordStore &store, const Plan &contract, QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(contract.id)
{
    setObjectName(QStringLiteral("complianceDialog"));
    setWindowTitle(tr("Record month"));
    const SocialContracts contracts(store);
    m_months = contracts.compliance(contract.id);
    for (const Assistance &a : contracts.assistance(contract.id))
        m_amounts << a.monthlyAmount;

    m_month = buildMonthEdit(contract);
    m_existing
        = new QLabel(tr("This month is already recorded; recording it again replaces it."), this);
    m_existing->setObjectName(QStringLiteral("alreadyRecordedLabel"));
    m_existing->setWordWrap(true);
    m_existing->setStyleSheet(QStringLiteral("QLabel { color: #a05a00; }"));
    m_kept = new QCheckBox(tr("The client &kept the contract this month"), this);
    m_kept->setObjectName(QStringLiteral("keptCheck"));
    m_kept->setChecked(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the client did, or did not do"));
    m_consequence = new QComboBox(this);
    m_consequence->setObjectName(QStringLiteral("consequenceCombo"));
    for (Consequence c : { Consequence::None, Consequence::Warning, Consequence::Reduction,
                           Consequence::Suspension })
        m_consequence->addItem(consequenceText(c), consequenceKey(c));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why this consequence"));
    m_payable = new QLabel(this);
    m_payable->setObjectName(QStringLiteral("payableLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplianceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplianceDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(QString(), m_existing);
    form->addRow(QString(), m_kept);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Consequence:"), m_consequence);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Payable:"), m_payable);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_month, &QDateEdit::dateChanged, this, &ComplianceDialog::onMonthChanged);
    connect(m_kept, &QCheckBox::toggled, this, &ComplianceDialog::onKeptChanged);
    connect(m_consequence, &QComboBox::currentIndexChanged, this, &ComplianceDialog::updatePayable);
    onMonthChanged();
    resize(540, 400);
}

QDateEdit *ComplianceDialog::buildMonthEdit(const Plan &contract)
{
    // From the contract's first month to this month (or its last, when that came already).
    QDate latest = firstOfMonth(QDate::currentDate());
    if (contract.endDate.isValid())
        latest = std::min(latest, firstOfMonth(contract.endDate));
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QStringLiteral("monthEdit"));
    edit->setDisplayFormat(QStringLiteral("MM.yyyy"));
    edit->setCalendarPopup(true);
    if (contract.startDate.isValid() && firstOfMonth(contract.startDate) <= latest)
        edit->setDateRange(firstOfMonth(contract.startDate), latest);
    edit->setDate(latest);
    return edit;
}

QDate ComplianceDialog::month() const
{
    return firstOfMonth(m_month->date());
}

Consequence ComplianceDialog::consequence() const
{
    Consequence c = Consequence::None;
    consequenceFromKey(m_consequence->currentData().toString(), &c);
    return c;
}

void ComplianceDialog::setMonth(const QDate &month)
{
    m_month->setDate(firstOfMonth(month));
}

const ComplianceMonth *ComplianceDialog::recorded(const QDate &month) const
{
    for (const ComplianceMonth &m : m_months)
        if (m.month == month)
            return &m;
    return nullptr;
}

void ComplianceDialog::onMonthChanged()
{
    const ComplianceMonth *existing = recorded(month());
    m_existing->setVisible(existing != nullptr);
    if (!existing) {
        onKeptChanged();
        return;
    }
    // Recording a month again replaces it: start from what was recorded.
    const QSignalBlocker block(m_kept);
    m_kept->setChecked(existing->kept);
    m_note->setPlainText(existing->note);
    m_reason->setText(existing->reason);
    m_consequence->setEnabled(!existing->kept);
    m_reason->setEnabled(!existing->kept);
    m_consequence->setCurrentIndex(m_consequence->findData(consequenceKey(existing->consequence)));
    updatePayable();
}

void ComplianceDialog::onKeptChanged()
{
    const bool kept = m_kept->isChecked();
    // A kept month has no consequence; a month not kept gets the escalation's proposal.
    const Consequence proposed
        = kept ? Consequence::None : SocialContracts::suggested(m_months, month());
    m_consequence->setCurrentIndex(m_consequence->findData(consequenceKey(proposed)));
    m_consequence->setEnabled(!kept);
    m_reason->setEnabled(!kept);
    updatePayable();
}

void ComplianceDialog::updatePayable()
{
    qint64 full = 0;
    qint64 due = 0;
    for (qint64 amount : std::as_const(m_amounts)) {
        full += amount;
        due += SocialContracts::payable(amount, consequence());
    }
    //: payable assistance for the month: "12 000,00 of 24 000,00"
    m_payable->setText(m_amounts.isEmpty() ? tr("no assistance in the contract")
                                           : tr("%1 of %2").arg(moneyText(due), moneyText(full)));
}

void ComplianceDialog::accept()
{
    ComplianceMonth m;
    m.month = month();
    m.kept = m_kept->isChecked();
    m.note = m_note->toPlainText().trimmed();
    m.consequence = consequence();
    m.reason = m.kept ? QString() : m_reason->text().trimmed();
    const Result<QUuid> recorded = SocialContracts(m_store).recordMonth(m_planId, m);
    if (!recorded) {
        QMessageBox::warning(this, windowTitle(), recorded.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
