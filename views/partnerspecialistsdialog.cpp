#include "partnerspecialistsdialog.h"

#include "conferences.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLineEdit *lineEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PartnerSpecialistsDialog::PartnerSpecialistsDialog(RecordStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("partnerSpecialistsDialog"));
    setWindowTitle(tr("Partner specialists"));
    m_search = lineEdit("partnerSearch", tr("Search by name, agency or role"), this);
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("partnerTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Name"), tr("Agency"), tr("Role"), tr("Kept by") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_name = lineEdit("partnerNameEdit", tr("Name"), this);
    m_agency = lineEdit("partnerAgencyEdit", tr("Agency"), this);
    m_role = lineEdit("partnerRoleEdit", tr("Role"), this);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addPartnerButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removePartnerButton"));
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_name, 2);
    entry->addWidget(m_agency, 2);
    entry->addWidget(m_role, 1);
    entry->addWidget(add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnerSpecialistsDialog::reject);
    connect(add, &QPushButton::clicked, this, &PartnerSpecialistsDialog::addSpecialist);
    connect(m_role, &QLineEdit::returnPressed, this, &PartnerSpecialistsDialog::addSpecialist);
    connect(m_remove, &QPushButton::clicked, this, &PartnerSpecialistsDialog::removeCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &PartnerSpecialistsDialog::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_remove->setEnabled(item); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addLayout(entry);
    layout->addWidget(buttons);
    reload();
    resize(760, 460);
}

void PartnerSpecialistsDialog::reload()
{
    m_tree->clear();
    for (const PartnerSpecialists::Specialist &s :
         PartnerSpecialists(m_store).list(m_search->text())) {
        auto *item
            = new QTreeWidgetItem(m_tree,
                                  { s.name, s.agency, s.role,
                                    s.fromCentralDesk ? tr("the central desk") : tr("this site") });
        item->setData(0, Qt::UserRole, s.id);
    }
    m_remove->setEnabled(false);
}

void PartnerSpecialistsDialog::addSpecialist()
{
    const Result<QUuid> added
        = PartnerSpecialists(m_store).add(m_name->text(), m_agency->text(), m_role->text());
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.message());
        return;
    }
    for (QLineEdit *edit : { m_name, m_agency, m_role })
        edit->clear();
    m_name->setFocus();
    reload();
}

void PartnerSpecialistsDialog::removeCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Remove %1 from the list? Conferences they were invited to keep "
                                 "them.")
                                  .arg(item->text(0)))
        != QMessageBox::Yes)
        return;
    if (Status s = PartnerSpecialists(m_store).remove(item->data(0, Qt::UserRole).toUuid()); !s) {
        QMessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    reload();
}

} // namespace casedesk
