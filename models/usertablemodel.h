#pragma once

#include "casefiletablemodel.h"
#include "session.h"

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The accounts of the site file for the Users page: name, login, office, roles and whether the
// account may sign in. Empty unless the session may manage users; changes go through Accounts.
class UserTableModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Login, Office, Roles, Active, ColumnCount };
    enum class Role { UserId = Qt::UserRole, IsActive, RoleKeys };

    explicit UserTableModel(RecordStore &store, QObject *parent = nullptr);

    void reload();
    const UserAccount &user(int row) const { return m_users.at(row); }
    int rowOf(const QUuid &user) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_users.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant display(const UserAccount &user, int column) const;

    RecordStore &m_store;
    QList<UserAccount> m_users;
    QHash<QUuid, QString> m_siteNames;
};

} // namespace casedesk
