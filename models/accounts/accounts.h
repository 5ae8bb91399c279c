#pragma once

#include "result.h"
#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <memory>
#include <optional>

namespace casedesk {

class RecordStore;

struct NewUser
{
    QString login;
    QString name;
    QUuid office; // this site when null
    QList<Role> roles;
};

// User accounts: reference rows written through the store, passwords hashed with argon2id,
// sign-in with a growing delay after wrong passwords, and the site keys opened for
// administrators (KeyVault).
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    // Wrong passwords allowed before each further attempt must wait.
    static constexpr int FreeAttempts = 5;

    // True once an administrator account of this site exists: from then on only a signed-in
    // user may work with the file.
    static bool exist(const RecordStore &store);
    static QList<UserAccount> list(const RecordStore &store);
    static std::optional<UserAccount> byId(const RecordStore &store, const QUuid &id);
    static std::optional<UserAccount> byLogin(const RecordStore &store, const QString &login);
    static Status validateLogin(const QString &login);

    // The first account of a file must be an administrator and needs no one signed in; it
    // protects the site's keys with its password. Later accounts need an administrator.
    static Result<QUuid> create(RecordStore &store, const NewUser &user, const QString &password);
    // An administrator sets another worker's password (a forgotten one).
    static Status resetPassword(RecordStore &store, const QUuid &user, const QString &password);
    static Status changeOwnPassword(RecordStore &store, const QString &oldPassword,
                                    const QString &newPassword);
    static Status setActive(RecordStore &store, const QUuid &user, bool active);
    static Status setRoles(RecordStore &store, const QUuid &user, const QList<Role> &roles);

    // Checks the password and makes the account the store's session.
    static Result<std::shared_ptr<const Session>> signIn(RecordStore &store, const QString &login,
                                                         const QString &password);
    static void signOut(RecordStore &store);
    // Seconds until the login may try again after too many wrong passwords.
    static qint64 waitSeconds(const RecordStore &store, const QString &login);

private:
    static Status checkManaged(const RecordStore &store, const UserAccount &target);
    static Status writePassword(RecordStore &store, const UserAccount &user,
                                const QString &password, const QByteArray &vaultKey);
    static Status keepOneKeyHolder(const RecordStore &store, const UserAccount &user);
    static void recordFailure(RecordStore &store, const QString &login);
};

} // namespace casedesk
