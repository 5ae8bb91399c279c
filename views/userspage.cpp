#include "userspage.h"

#include "accounts.h"
#include "passworddialog.h"
#include "recordstore.h"
#include "tableview.h"
#include "userdialog.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

UsersPage::UsersPage(RecordStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new UserTableModel(store, this))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *intro = new QLabel(tr("Each worker signs in with their own account. Accounts travel to "
                                "the central desk and every office with the next sync; a "
                                "disabled account can no longer sign in anywhere."),
                             this);
    intro->setWordWrap(true);
    m_table = new TableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setPlaceholderText(tr("No accounts yet."));
    m_table->stretchColumn(UserTableModel::Roles);
    m_add = new QPushButton(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_active = new QPushButton(tr("&Disable"), this);
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_roles = new QPushButton(tr("Change &roles…"), this);
    m_roles->setObjectName(QStringLiteral("changeRolesButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_roles);
    buttons->addWidget(m_active);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_roles, &QPushButton::clicked, this, &UsersPage::changeRoles);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &UsersPage::changeRoles);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    updateButtons();
}

int UsersPage::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_model->rowCount() ? row : -1;
}

void UsersPage::updateButtons()
{
    const int row = currentRow();
    m_reset->setEnabled(row >= 0);
    m_roles->setEnabled(row >= 0);
    m_active->setEnabled(row >= 0);
    m_active->setText(row >= 0 && !m_model->user(row).active ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::addUser()
{
    UserDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->rowOf(dialog.createdUser());
    if (row >= 0)
        m_table->selectRow(row);
}

void UsersPage::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    PasswordDialog dialog(m_store, m_model->user(row), this);
    dialog.exec();
}

void UsersPage::toggleActive()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const UserAccount user = m_model->user(row);
    if (const Status s = Accounts::setActive(m_store, user.id, !user.active); !s) {
        QMessageBox::warning(this, user.active ? tr("Disable account") : tr("Enable account"),
                             s.message());
        return;
    }
    const int again = m_model->rowOf(user.id);
    if (again >= 0)
        m_table->selectRow(again);
}

void UsersPage::changeRoles()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const UserAccount user = m_model->user(row);
    UserDialog dialog(m_store, user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int again = m_model->rowOf(user.id);
    if (again >= 0)
        m_table->selectRow(again);
}

} // namespace casedesk
