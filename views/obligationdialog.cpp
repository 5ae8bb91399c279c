#include "obligationdialog.h"

#include "socialcontracts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ObligationDialog::ObligationDialog(RecordStore &store, const QUuid &planId, const QString &side,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_planId(planId)
{
    setObjectName(QStringLiteral("obligationDialog"));
    setWindowTitle(tr("Add obligation"));
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("sideCombo"));
    m_side->addItem(tr("The client undertakes"), QStringLiteral("client"));
    m_side->addItem(tr("The agency undertakes"), QStringLiteral("agency"));
    m_side->setCurrentIndex(std::max(0, m_side->findData(side)));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("obligationTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("e.g. Attend the vocational training every week"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ObligationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ObligationDialog::reject);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Side:"), m_side);
    form->addRow(tr("&Obligation:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(500, 240);
    m_text->setFocus();
}

void ObligationDialog::accept()
{
    const Result<QUuid> added = SocialContracts(m_store).addObligation(
        m_planId, m_side->currentData().toString(), m_text->toPlainText().trimmed());
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
