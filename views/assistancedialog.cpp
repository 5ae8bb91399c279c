#include "assistancedialog.h"

#include "socialcontracts.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace casedesk {

AssistanceDialog::AssistanceDialog(RecordStore &store, const QUuid &planId, QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(planId)
{
    setObjectName(QStringLiteral("assistanceDialog"));
    setWindowTitle(tr("Add assistance"));
    m_kind = new QLineEdit(this);
    m_kind->setObjectName(QStringLiteral("assistanceKindEdit"));
    auto *completer = new QCompleter(
        { tr("Cash benefit"), tr("Training stipend"), tr("In-kind help"), tr("Start-up grant") },
        m_kind);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_kind->setCompleter(completer);
    m_kind->setPlaceholderText(tr("e.g. Cash benefit"));
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("amountSpin"));
    // Money is kept in minor units: two decimals, no more.
    m_amount->setDecimals(2);
    m_amount->setRange(0, 1e9);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setAlignment(Qt::AlignRight);
    m_conditions = new QPlainTextEdit(this);
    m_conditions->setObjectName(QStringLiteral("conditionsEdit"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setPlaceholderText(tr("What the client must do for it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssistanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssistanceDialog::reject);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Monthly amount:"), m_amount);
    form->addRow(tr("&Conditions:"), m_conditions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(500, 280);
    m_kind->setFocus();
}

qint64 AssistanceDialog::monthlyAmount() const
{
    return qint64(std::llround(m_amount->value() * 100.0));
}

void AssistanceDialog::accept()
{
    Assistance a;
    a.kind = m_kind->text().trimmed();
    a.monthlyAmount = monthlyAmount();
    a.conditions = m_conditions->toPlainText().trimmed();
    const Result<QUuid> added = SocialContracts(m_store).addAssistance(m_planId, a);
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
