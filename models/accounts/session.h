#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace casedesk {

enum class Role { CaseWorker, Supervisor, OfficeAdmin, Auditor };

// Role names as stored in the user row, and as typed on the command line.
QString roleKey(Role role);
bool roleFromKey(const QString &key, Role *role);
QString roleLabel(Role role);
QList<Role> allRoles();

// One worker's account: a reference row, synced to every site.
struct UserAccount
{
    QUuid id;
    QString login;
    QString name;
    QUuid office; // the site the worker belongs to
    QList<Role> roles;
    bool active = true;
    QString passwordHash; // crypto_pwhash_str output, never the password

    bool has(Role role) const { return roles.contains(role); }
    QStringList roleKeys() const;
    QString roleLabels() const;
};

// Who is working with the site file now. Without accounts the file runs as one local user who
// may do everything; once the first administrator exists, only a signed-in user may work.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    static Session local(const QString &name);
    static Session signedIn(UserAccount user, QByteArray vaultKey);

    bool isLocal() const { return m_local; }
    const UserAccount &user() const { return m_user; }
    bool has(Role role) const { return m_local || m_user.has(role); }
    // The key that opens the site's private keys; empty unless an administrator signed in.
    const QByteArray &vaultKey() const { return m_vaultKey; }
    ~Session();
    Session(const Session &other) = default;
    Session &operator=(const Session &other) = default;

private:
    Session() = default;
    UserAccount m_user;
    QByteArray m_vaultKey;
    bool m_local = false;
};

} // namespace casedesk
