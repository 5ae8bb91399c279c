#pragma once

// Fixtures for the accounts tests: an office with one account per role, signed in by role.

#include "synctestsupport.h"
#include "testsupport.h"

#include "accounts.h"
#include "passwords.h"
#include "permissions.h"

namespace casedesk::test {

inline const QString &testPassword()
{
    static const QString password = u"correct horse battery"_s;
    return password;
}

inline QString loginOf(Role role)
{
    return roleKey(role).toLower().remove(u'_');
}

// Creates the first administrator (no one signed in), then, signed in as that administrator,
// one account for each other role; leaves nobody signed in. Returns false with a warning.
inline bool createRoleAccounts(RecordStore &store, const QString &workerName = u"Case Worker"_s)
{
    const auto make = [&](Role role, const QString &name) {
        auto id
            = Accounts::create(store, { loginOf(role), name, QUuid(), { role } }, testPassword());
        if (!id)
            qWarning("creating %s: %s", qPrintable(loginOf(role)), qPrintable(id.message()));
        return id.isOk();
    };
    if (!make(Role::OfficeAdmin, u"Office Admin"_s))
        return false;
    if (!Accounts::signIn(store, loginOf(Role::OfficeAdmin), testPassword()))
        return false;
    const bool ok = make(Role::CaseWorker, workerName) && make(Role::Supervisor, u"Supervisor"_s)
        && make(Role::Auditor, u"Auditor"_s);
    Accounts::signOut(store);
    return ok;
}

inline bool signInAs(RecordStore &store, const QString &login)
{
    auto session = Accounts::signIn(store, login, testPassword());
    if (!session)
        qWarning("signing in %s: %s", qPrintable(login), qPrintable(session.message()));
    return session.isOk();
}

inline bool signInAs(RecordStore &store, Role role)
{
    return signInAs(store, loginOf(role));
}

} // namespace casedesk::test
