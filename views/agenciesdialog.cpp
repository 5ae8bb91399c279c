#include "agenciesdialog.h"

#include "newagencydialog.h"
#include "permissions.h"
#include "recordstore.h"
#include "referrallistmodel.h"
#include "referrals.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

constexpr int AgencyIdRole = Qt::UserRole;

} // namespace

AgenciesDialog::AgenciesDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("agenciesDialog"));
    setWindowTitle(tr("Agencies"));
    auto *intro = new QLabel(tr("Clients can be referred to these agencies. The other CaseDesk "
                                "sites of the region are listed too: a referral to one of them "
                                "shares the case with it."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("agencyList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Kind") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("agenciesNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add agency…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addAgencyButton"));
    connect(m_add, &QPushButton::clicked, this, &AgenciesDialog::addAgency);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The domain refuses either way; the dialog says so before anyone types a name.
    Status allowed = Access::require(store, Operation::ManageReferenceData);
    if (store.site().kind != QLatin1String("hub"))
        allowed = Status::error(tr("The central desk keeps the list of agencies; what it adds "
                                   "reaches this office with the next package."));
    m_add->setEnabled(allowed.isOk());
    m_add->setToolTip(allowed.isOk() ? QString() : allowed.message());
    m_note->setText(allowed.isOk() ? QString() : allowed.message());
    m_note->setVisible(!allowed.isOk());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(&store, &RecordStore::changed, this, &AgenciesDialog::onStoreChanged);
    reload();
    resize(560, 420);
}

void AgenciesDialog::showModal(RecordStore &store, QWidget *parent)
{
    AgenciesDialog dialog(store, parent);
    dialog.exec();
}

QString AgenciesDialog::lockedNote() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void AgenciesDialog::reload()
{
    m_list->clear();
    for (const Agency &agency : Referrals(m_store).agencies()) {
        auto *item = new QTreeWidgetItem(
            m_list, { agency.name, ReferralListModel::agencyKindText(agency.kind) });
        item->setData(0, AgencyIdRole, agency.id);
    }
}

void AgenciesDialog::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("agency"))
        || changes.entities.contains(QStringLiteral("site")))
        reload();
}

QUuid AgenciesDialog::addAgency()
{
    NewAgencyDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return QUuid();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, AgencyIdRole).toUuid() == dialog.agencyId())
            m_list->setCurrentItem(item);
    }
    return dialog.agencyId();
}

} // namespace casedesk
