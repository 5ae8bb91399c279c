#include "usertablemodel.h"

#include "accounts.h"
#include "permissions.h"
#include "recordstore.h"

#include <QFont>

namespace casedesk {

UserTableModel::UserTableModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &UserTableModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &UserTableModel::reload);
    reload();
}

void UserTableModel::reload()
{
    QList<UserAccount> users;
    QHash<QUuid, QString> names;
    if (Access::require(m_store, Operation::ManageUsers)) {
        users = Accounts::list(m_store);
        Statement st = m_store.db().statement("SELECT id, name FROM sites WHERE deleted=0");
        while (st.step() == Statement::Step::Row)
            names.insert(st.uuid(0), st.text(1));
    }
    beginResetModel();
    m_users = users;
    m_siteNames = names;
    endResetModel();
}

void UserTableModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("user"))
        || changes.entities.contains(QStringLiteral("site")))
        reload();
}

int UserTableModel::rowOf(const QUuid &user) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).id == user)
            return row;
    return -1;
}

QString UserTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case Office:
        return tr("Office");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("Can sign in");
    }
    return QString();
}

QVariant UserTableModel::display(const UserAccount &user, int column) const
{
    switch (column) {
    case Name:
        return user.name;
    case Login:
        return user.login;
    case Office:
        return m_siteNames.value(user.office, tr("unknown office"));
    case Roles:
        return user.roleLabels();
    case Active:
        return user.active ? tr("Yes") : tr("No, disabled");
    }
    return QVariant();
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const UserAccount &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(user, index.column());
    case Qt::FontRole:
        if (!user.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case int(Role::UserId):
        return user.id;
    case int(Role::IsActive):
        return user.active;
    case int(Role::RoleKeys):
        return user.roleKeys();
    }
    return QVariant();
}

} // namespace casedesk
