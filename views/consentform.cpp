#include "consentform.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace casedesk {

ConsentForm::ConsentForm(QWidget *parent) : QWidget(parent)
{
    m_given = new QCheckBox(tr("The client consented to the processing of their data"), this);
    m_given->setObjectName(QStringLiteral("consentGivenCheck"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("consentScopeEdit"));
    m_scope->setPlaceholderText(tr("Agencies the case may be shared with"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_given);
    form->addRow(tr("Consent date:"), m_date);
    form->addRow(tr("Sharing:"), m_scope);

    connect(m_given, &QCheckBox::clicked, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ConsentForm::edited);
    connect(m_scope, &QLineEdit::textEdited, this, &ConsentForm::edited);
    updateEnabled();
}

void ConsentForm::setConsent(bool given, const QDate &date, const QString &scope)
{
    const QSignalBlocker blocker(m_date);
    m_given->setChecked(given);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_scope->setText(scope);
    updateEnabled();
}

bool ConsentForm::isGiven() const
{
    return m_given->isChecked();
}

QDate ConsentForm::date() const
{
    return m_given->isChecked() ? m_date->date() : QDate();
}

QString ConsentForm::scope() const
{
    return m_given->isChecked() ? m_scope->text().trimmed() : QString();
}

void ConsentForm::updateEnabled()
{
    m_date->setEnabled(m_given->isChecked());
    m_scope->setEnabled(m_given->isChecked());
}

} // namespace casedesk
