#include "newagencydialog.h"

#include "planvocabulary.h"
#include "referrals.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

NewAgencyDialog::NewAgencyDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("newAgencyDialog"));
    setWindowTitle(tr("Add agency"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("agencyNameEdit"));
    m_name->setPlaceholderText(tr("As the agency calls itself, e.g. \"Legal aid clinic, Taraz\""));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("agencyKindCombo"));
    // CaseDesk sites are offered as agencies by themselves, once their identity is known here.
    for (const auto &[code, label] : PlanVocabulary::agencyKinds())
        if (code != QLatin1String("site"))
            m_kind->addItem(label, code);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("agencyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAgencyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    m_name->setFocus();
}

QString NewAgencyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewAgencyDialog::accept()
{
    const Result<QUuid> added = Referrals::addAgency(
        m_store, { QUuid(), m_name->text().trimmed(), m_kind->currentData().toString(), QUuid() });
    if (!added) {
        m_error->setText(added.message());
        m_error->show();
        return;
    }
    m_agencyId = added.value();
    QDialog::accept();
}

} // namespace casedesk
