#include "consentform.h"

#include "planvocabulary.h"
#include "referrals.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

#include <algorithm>

namespace casedesk {

namespace {

constexpr int SiteRole = Qt::UserRole;

} // namespace

ConsentForm::ConsentForm(QWidget *parent) : QWidget(parent)
{
    m_given = new QCheckBox(tr("The client consented to the processing of their data"), this);
    m_given->setObjectName(QStringLiteral("consentGivenCheck"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("consentSitesList"));
    m_sites->setToolTip(tr("Tick the offices and agencies the client agreed the case may be "
                           "shared with or referred to"));
    m_sites->setMaximumHeight(m_sites->fontMetrics().height() * 6);
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("consentScopeEdit"));
    m_scope->setPlaceholderText(tr("Other agencies the case may be shared with"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_given);
    form->addRow(tr("Consent date:"), m_date);
    form->addRow(tr("May be shared with:"), m_sites);
    form->addRow(tr("Sharing:"), m_scope);

    connect(m_given, &QCheckBox::clicked, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ConsentForm::edited);
    connect(m_scope, &QLineEdit::textEdited, this, &ConsentForm::edited);
    connect(m_sites, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    updateEnabled();
}

void ConsentForm::setKnownSites(const QList<QPair<QUuid, QString>> &sites)
{
    QList<QUuid> ticked;
    for (int row = 0; row < m_sites->count(); ++row)
        if (m_sites->item(row)->checkState() == Qt::Checked)
            ticked.append(m_sites->item(row)->data(SiteRole).toUuid());
    m_known = sites;
    fillSites(ticked);
}

QList<QPair<QUuid, QString>> ConsentForm::partners(RecordStore &store)
{
    QList<QPair<QUuid, QString>> list;
    for (const Agency &agency : Referrals(store).agencies())
        //: a partner in the consent list: name — kind of agency
        list.append(
            { agency.id,
              tr("%1 — %2").arg(agency.name,
                                Vocabulary::label(PlanVocabulary::agencyKinds(), agency.kind)) });
    return list;
}

void ConsentForm::fillSites(const QList<QUuid> &ticked)
{
    m_filling = true;
    m_sites->clear();
    QList<QPair<QUuid, QString>> all = m_known;
    // A site the consent names but this file does not know yet stays visible, by its id.
    for (const QUuid &id : ticked) {
        const bool known = std::any_of(all.cbegin(), all.cend(),
                                       [&](const auto &site) { return site.first == id; });
        if (!known)
            all.append({ id, id.toString(QUuid::WithoutBraces) });
    }
    for (const auto &[id, name] : std::as_const(all)) {
        auto *item = new QListWidgetItem(name, m_sites);
        item->setData(SiteRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void ConsentForm::setConsent(bool given, const QDate &date, const QString &scope,
                             const QList<QUuid> &sites)
{
    const QSignalBlocker blocker(m_date);
    m_given->setChecked(given);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_scope->setText(scope);
    fillSites(sites);
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

QList<QUuid> ConsentForm::sites() const
{
    QList<QUuid> ticked;
    if (!m_given->isChecked())
        return ticked;
    for (int row = 0; row < m_sites->count(); ++row)
        if (m_sites->item(row)->checkState() == Qt::Checked)
            ticked.append(m_sites->item(row)->data(SiteRole).toUuid());
    return ticked;
}

void ConsentForm::updateEnabled()
{
    m_date->setEnabled(m_given->isChecked());
    m_sites->setEnabled(m_given->isChecked());
    m_scope->setEnabled(m_given->isChecked());
}

} // namespace casedesk
