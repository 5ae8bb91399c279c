#include "sitechoicedialog.h"

#include "consent.h"
#include "syncscope.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {

constexpr int SiteRole = Qt::UserRole;
constexpr int SharedRole = Qt::UserRole + 1;

} // namespace

SiteChoiceDialog::SiteChoiceDialog(RecordStore &store, const QUuid &caseId, Mode mode,
                                   QWidget *parent)
    : QDialog(parent), m_store(store), m_caseId(caseId), m_mode(mode)
{
    setObjectName(QStringLiteral("siteChoiceDialog"));
    const bool transfer = mode == Mode::Transfer;
    setWindowTitle(transfer ? tr("Transfer the case") : tr("Share the case"));
    auto *intro = new QLabel(
        transfer ? tr("The chosen site takes over the case. It stays here read-only.")
                 : tr("The chosen site receives the case and can work on it beside this one."),
        this);
    intro->setWordWrap(true);
    const CaseScopeInfo scope = SyncScope::caseScope(store, caseId);
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("siteList"));
    for (const auto &[id, name] : SyncScope::otherSites(store)) {
        if (id == scope.owner)
            continue;
        const bool shared = scope.sharedWith.contains(id);
        //: a site in the share list that already has the case
        auto *item = new QListWidgetItem(shared && !transfer ? tr("%1 (shared)").arg(name) : name,
                                         m_sites);
        item->setData(SiteRole, id);
        item->setData(SharedRole, shared);
    }
    if (!transfer) {
        m_consentNote = new QLabel(this);
        m_consentNote->setObjectName(QStringLiteral("consentNote"));
        m_consentNote->setWordWrap(true);
        m_consentNote->hide();
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("overrideReasonEdit"));
        m_reason->setPlaceholderText(tr("Why the case must be shared beyond the consent"));
        m_reason->hide();
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("siteChoiceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(transfer ? tr("&Transfer") : tr("&Share"));
    if (!transfer) {
        m_stop = buttons->addButton(tr("S&top sharing"), QDialogButtonBox::ActionRole);
        m_stop->setObjectName(QStringLiteral("stopSharingButton"));
        connect(m_stop, &QPushButton::clicked, this, &SiteChoiceDialog::stopSharing);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteChoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sites, &QListWidget::currentRowChanged, this, &SiteChoiceDialog::updateButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_sites, 1);
    if (m_reason) {
        layout->addWidget(m_consentNote);
        layout->addWidget(m_reason);
    }
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_sites->count() == 0)
        showError(tr("No other site is known here yet. Sites become known with the first "
                     "package from the central desk."));
    updateButtons();
}

bool SiteChoiceDialog::chooseSite(const QUuid &site)
{
    for (int row = 0; row < m_sites->count(); ++row) {
        if (m_sites->item(row)->data(SiteRole).toUuid() == site) {
            m_sites->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QUuid SiteChoiceDialog::chosenSite() const
{
    const QListWidgetItem *item = m_sites->currentItem();
    return item ? item->data(SiteRole).toUuid() : QUuid();
}

void SiteChoiceDialog::updateButtons()
{
    const QListWidgetItem *item = m_sites->currentItem();
    const bool shared = item && item->data(SharedRole).toBool();
    m_ok->setEnabled(item && (m_mode == Mode::Transfer || !shared));
    if (m_stop)
        m_stop->setEnabled(shared);
    updateConsentNote();
}

void SiteChoiceDialog::updateConsentNote()
{
    if (!m_reason)
        return;
    const QListWidgetItem *item = m_sites->currentItem();
    const bool beyond = item && !item->data(SharedRole).toBool()
        && !Consent::covers(m_store, m_caseId, chosenSite());
    m_consentNote->setVisible(beyond);
    m_reason->setVisible(beyond);
    if (beyond)
        m_consentNote->setText(tr("The client's consent does not name %1. A supervisor may "
                                  "share the case anyway: give the reason, it is recorded "
                                  "with the case.")
                                   .arg(item->text()));
}

QString SiteChoiceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SiteChoiceDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SiteChoiceDialog::stopSharing()
{
    if (Status s = SyncScope::unshare(m_store, m_caseId, chosenSite()); !s) {
        showError(s.message());
        return;
    }
    QDialog::accept();
}

void SiteChoiceDialog::accept()
{
    const QUuid site = chosenSite();
    if (site.isNull()) {
        showError(tr("Choose a site."));
        return;
    }
    const Status s = m_mode == Mode::Transfer
        ? SyncScope::transfer(m_store, m_caseId, site)
        : SyncScope::share(m_store, m_caseId, site, m_reason->text().trimmed());
    if (!s) {
        showError(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
