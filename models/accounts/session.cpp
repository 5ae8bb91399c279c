#include "session.h"

#include <sodium.h>

namespace casedesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::CaseWorker:
        return QStringLiteral("case_worker");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::OfficeAdmin:
        return QStringLiteral("office_admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return QString();
}

bool roleFromKey(const QString &key, Role *role)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key.trimmed().toLower()) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::CaseWorker:
        return Session::tr("Case worker");
    case Role::Supervisor:
        return Session::tr("Supervisor");
    case Role::OfficeAdmin:
        return Session::tr("Office administrator");
    case Role::Auditor:
        return Session::tr("Auditor");
    }
    return QString();
}

QList<Role> allRoles()
{
    return { Role::CaseWorker, Role::Supervisor, Role::OfficeAdmin, Role::Auditor };
}

QStringList UserAccount::roleKeys() const
{
    QStringList keys;
    for (Role r : allRoles())
        if (roles.contains(r))
            keys << roleKey(r);
    return keys;
}

QString UserAccount::roleLabels() const
{
    QStringList labels;
    for (Role r : allRoles())
        if (roles.contains(r))
            labels << roleLabel(r);
    return labels.join(QStringLiteral(", "));
}

Session Session::local(const QString &name)
{
    Session s;
    s.m_local = true;
    s.m_user.name = name;
    s.m_user.roles = allRoles();
    return s;
}

Session Session::signedIn(UserAccount user, QByteArray vaultKey)
{
    Session s;
    s.m_user = std::move(user);
    s.m_user.passwordHash.clear();
    s.m_vaultKey = std::move(vaultKey);
    return s;
}

Session::~Session()
{
    // The vault key opens the site's private keys: it does not outlive the session in memory.
    if (!m_vaultKey.isEmpty() && m_vaultKey.isDetached())
        sodium_memzero(m_vaultKey.data(), size_t(m_vaultKey.size()));
}

} // namespace casedesk
