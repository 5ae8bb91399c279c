#include "accounts.h"

#include "keyvault.h"
#include "passwords.h"
#include "permissions.h"
#include "recordstore.h"
#include "sitekeys.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

const QString userEntity = QStringLiteral("user");

// Database::statement caches by the text's address: every query is a literal of its own.
#define CASEDESK_SELECT_USERS \
    "SELECT id, login, display_name, office_id, roles, active, password_hash FROM users " \
    "WHERE deleted=0"

UserAccount readUser(const Statement &st)
{
    UserAccount u;
    u.id = st.uuid(0);
    u.login = st.text(1);
    u.name = st.text(2);
    u.office = st.uuid(3);
    for (const QString &key : st.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role role;
        if (roleFromKey(key, &role))
            u.roles.append(role);
    }
    u.active = st.int64(5) != 0;
    u.passwordHash = st.text(6);
    return u;
}

QString normalLogin(const QString &login)
{
    return login.trimmed().toLower();
}

bool isHub(const RecordStore &store)
{
    return store.site().kind == QLatin1String("hub");
}

QString joinRoles(const QList<Role> &roles)
{
    UserAccount u;
    u.roles = roles;
    return u.roleKeys().join(QLatin1Char(','));
}

} // namespace

bool Accounts::exist(const RecordStore &store)
{
    // Accounts of other sites arrive with packages (a central desk holds every office's); the
    // file needs sign-in once one of its own administrators exists, disabled or not, so that
    // nobody is locked out of a file no one here can manage, and disabling the last
    // administrator elsewhere does not open it.
    Statement st = store.db().statement("SELECT 1 FROM users WHERE deleted=0 AND office_id=? "
                                        "AND ',' || roles || ',' LIKE '%,office_admin,%' LIMIT 1");
    st.bind(1, store.site().id);
    return st.step() == Statement::Step::Row;
}

QList<UserAccount> Accounts::list(const RecordStore &store)
{
    QList<UserAccount> users;
    Statement st = store.db().statement(CASEDESK_SELECT_USERS " ORDER BY display_name, login");
    while (st.step() == Statement::Step::Row)
        users.append(readUser(st));
    return users;
}

std::optional<UserAccount> Accounts::byId(const RecordStore &store, const QUuid &id)
{
    Statement st = store.db().statement(CASEDESK_SELECT_USERS " AND id=?");
    st.bind(1, id);
    if (st.step() != Statement::Step::Row)
        return std::nullopt;
    return readUser(st);
}

std::optional<UserAccount> Accounts::byLogin(const RecordStore &store, const QString &login)
{
    Statement st
        = store.db().statement(CASEDESK_SELECT_USERS " AND login=? ORDER BY active DESC, rid");
    st.bind(1, normalLogin(login));
    if (st.step() != Statement::Step::Row)
        return std::nullopt;
    return readUser(st);
}

Status Accounts::validateLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(normalLogin(login)).hasMatch())
        return Status::error(tr("A login is 2 to 32 Latin letters, digits, dots, dashes or "
                                "underscores, starting with a letter or digit."));
    return Status::ok();
}

Result<QUuid> Accounts::create(RecordStore &store, const NewUser &input, const QString &password)
{
    const bool first = !exist(store);
    NewUser u = input;
    u.login = normalLogin(u.login);
    u.name = u.name.simplified();
    if (u.office.isNull())
        u.office = store.site().id;
    if (first) {
        if (!u.roles.contains(Role::OfficeAdmin))
            return Status::error(
                tr("The first account of a site file must be an office administrator."));
        if (u.office != store.site().id)
            return Status::error(tr("The first administrator must belong to this site."));
    } else {
        if (Status s = Access::require(store, Operation::ManageUsers); !s)
            return s;
        if (!isHub(store) && u.office != store.site().id)
            return Status::error(tr("An office makes accounts only for its own workers; the "
                                    "central desk makes the others."));
    }
    if (Status s = validateLogin(u.login); !s)
        return s;
    if (u.name.isEmpty())
        return Status::error(tr("Enter the worker's name."));
    if (u.roles.isEmpty())
        return Status::error(tr("Choose at least one role."));
    if (store.row(QStringLiteral("site"), u.office).isEmpty())
        return Status::error(tr("That office is not known here."));
    if (byLogin(store, u.login))
        return Status::error(tr("The login %1 is already taken.").arg(u.login));
    auto hash = Passwords::hashNew(password);
    if (!hash)
        return hash.status();

    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (first) {
        // The keys must exist before the first administrator can protect them.
        if (auto keys = SiteKeys::load(store); !keys)
            return keys.status();
    }
    auto created = store.create(userEntity, QUuid(),
                                QCborMap { { QStringLiteral("login"), u.login },
                                           { QStringLiteral("display_name"), u.name },
                                           { QStringLiteral("office_id"), QCborValue(u.office) },
                                           { QStringLiteral("roles"), joinRoles(u.roles) },
                                           { QStringLiteral("active"), true },
                                           { QStringLiteral("password_hash"), hash.value() } });
    if (!created)
        return created.status();
    if (first) {
        if (auto sealed = KeyVault::seal(store, created.value(), password); !sealed)
            return sealed.status();
    } else if (u.roles.contains(Role::OfficeAdmin) && u.office == store.site().id) {
        const auto session = Access::current(store);
        if (session && !session->vaultKey().isEmpty())
            if (Status s = KeyVault::wrapFor(store, session->vaultKey(), created.value(), password);
                !s)
                return s;
    }
    if (Status s = batch.commit(); !s)
        return s;
    return created.value();
}

Status Accounts::checkManaged(const RecordStore &store, const UserAccount &target)
{
    if (Status s = Access::require(store, Operation::ManageUsers); !s)
        return s;
    if (!isHub(store) && target.office != store.site().id)
        return Status::error(
            tr("%1 belongs to another site; the central desk manages that account.")
                .arg(target.name));
    return Status::ok();
}

Status Accounts::writePassword(RecordStore &store, const UserAccount &user, const QString &password,
                               const QByteArray &vaultKey)
{
    auto hash = Passwords::hashNew(password);
    if (!hash)
        return hash.status();
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (Status s = store.update(userEntity, user.id,
                                QCborMap { { QStringLiteral("password_hash"), hash.value() } });
        !s)
        return s;
    if (user.has(Role::OfficeAdmin) && user.office == store.site().id && !vaultKey.isEmpty())
        if (Status s = KeyVault::wrapFor(store, vaultKey, user.id, password); !s)
            return s;
    Statement clear = store.db().statement("DELETE FROM sign_in_failures WHERE login=?");
    clear.bind(1, user.login);
    if (Status s = clear.run(); !s)
        return s;
    return batch.commit();
}

Status Accounts::resetPassword(RecordStore &store, const QUuid &userId, const QString &password)
{
    const auto user = byId(store, userId);
    if (!user)
        return Status::error(tr("There is no such account."));
    if (Status s = checkManaged(store, *user); !s)
        return s;
    const auto session = Access::current(store);
    return writePassword(store, *user, password, session ? session->vaultKey() : QByteArray());
}

Status Accounts::changeOwnPassword(RecordStore &store, const QString &oldPassword,
                                   const QString &newPassword)
{
    const auto session = store.session();
    if (!session || session->isLocal())
        return Status::error(tr("Sign in first: this site file has user accounts."));
    const auto user = byId(store, session->user().id);
    if (!user)
        return Status::error(tr("There is no such account."));
    if (user->office != store.site().id && !isHub(store))
        return Status::error(tr("Change your password at your own office."));
    if (!Passwords::verify(user->passwordHash, oldPassword))
        return Status::error(tr("The current password is wrong."));
    QByteArray vaultKey = session->vaultKey();
    if (vaultKey.isEmpty() && user->has(Role::OfficeAdmin))
        vaultKey = KeyVault::unwrap(store, user->id, oldPassword);
    return writePassword(store, *user, newPassword, vaultKey);
}

Status Accounts::keepOneKeyHolder(const RecordStore &store, const UserAccount &user)
{
    if (KeyVault::hasWrap(store, user.id) && KeyVault::wrapCount(store) <= 1)
        return Status::error(tr("%1 is the last administrator who can open this site's keys. "
                                "Make another administrator first.")
                                 .arg(user.name));
    return Status::ok();
}

Status Accounts::setActive(RecordStore &store, const QUuid &userId, bool active)
{
    const auto user = byId(store, userId);
    if (!user)
        return Status::error(tr("There is no such account."));
    if (Status s = checkManaged(store, *user); !s)
        return s;
    const auto session = store.session();
    if (!active && session && session->user().id == userId)
        return Status::error(tr("You cannot disable your own account."));
    if (!active)
        if (Status s = keepOneKeyHolder(store, *user); !s)
            return s;
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (Status s
        = store.update(userEntity, userId, QCborMap { { QStringLiteral("active"), active } });
        !s)
        return s;
    if (!active)
        if (Status s = KeyVault::removeWrap(store, userId); !s)
            return s;
    return batch.commit();
}

Status Accounts::setRoles(RecordStore &store, const QUuid &userId, const QList<Role> &roles)
{
    const auto user = byId(store, userId);
    if (!user)
        return Status::error(tr("There is no such account."));
    if (Status s = checkManaged(store, *user); !s)
        return s;
    if (roles.isEmpty())
        return Status::error(tr("Choose at least one role."));
    const bool losesAdmin = user->has(Role::OfficeAdmin) && !roles.contains(Role::OfficeAdmin);
    if (losesAdmin)
        if (Status s = keepOneKeyHolder(store, *user); !s)
            return s;
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (Status s = store.update(userEntity, userId,
                                QCborMap { { QStringLiteral("roles"), joinRoles(roles) } });
        !s)
        return s;
    if (losesAdmin)
        if (Status s = KeyVault::removeWrap(store, userId); !s)
            return s;
    return batch.commit();
}

qint64 Accounts::waitSeconds(const RecordStore &store, const QString &login)
{
    Statement st
        = store.db().statement("SELECT failures, last_at FROM sign_in_failures WHERE login=?");
    st.bind(1, normalLogin(login));
    if (st.step() != Statement::Step::Row)
        return 0;
    const qint64 failures = st.int64(0);
    if (failures < FreeAttempts)
        return 0;
    // 10 s after the fifth wrong password, doubling with each further one, at most 15 minutes.
    const qint64 delayMs
        = qMin<qint64>(900'000, 10'000LL << qMin<qint64>(failures - FreeAttempts, 7));
    const qint64 left = st.int64(1) + delayMs - store.currentMs();
    return left > 0 ? (left + 999) / 1000 : 0;
}

void Accounts::recordFailure(RecordStore &store, const QString &login)
{
    if (store.db().isReadOnly())
        return;
    Statement st = store.db().statement(
        "INSERT INTO sign_in_failures(login, failures, last_at) VALUES(?1, 1, ?2) "
        "ON CONFLICT(login) DO UPDATE SET failures=failures+1, last_at=?2");
    st.bind(1, normalLogin(login)).bind(2, store.currentMs());
    st.run();
}

Result<std::shared_ptr<const Session>> Accounts::signIn(RecordStore &store, const QString &login,
                                                        const QString &password)
{
    const QString key = normalLogin(login);
    if (const qint64 wait = waitSeconds(store, key); wait > 0)
        return Status::error(
            tr("Too many wrong passwords. Try again in %n second(s).", nullptr, int(wait)));
    QList<UserAccount> candidates;
    Statement st = store.db().statement(CASEDESK_SELECT_USERS " AND login=?");
    st.bind(1, key);
    while (st.step() == Statement::Step::Row)
        candidates.append(readUser(st));
    std::optional<UserAccount> matched;
    for (const UserAccount &u : std::as_const(candidates))
        if (!matched && Passwords::verify(u.passwordHash, password))
            matched = u;
    if (candidates.isEmpty()) {
        // As slow as a real check, so timing does not tell which logins exist.
        static const QString dummy = Passwords::hash(QStringLiteral("casedesk")).value();
        Passwords::verify(dummy, password);
    }
    if (!matched) {
        recordFailure(store, key);
        if (waitSeconds(store, key) > 0)
            return Status::error(tr("Wrong login or password. Wait %n second(s) before the next "
                                    "try.",
                                    nullptr, int(waitSeconds(store, key))));
        return Status::error(tr("Wrong login or password."));
    }
    if (!matched->active)
        return Status::error(tr("This account is disabled. Ask your office administrator."));
    QByteArray vaultKey;
    if (matched->has(Role::OfficeAdmin) && matched->office == store.site().id) {
        vaultKey = KeyVault::unwrap(store, matched->id, password);
        // An administrator made at the central desk arrives with a package; the first one to
        // sign in here protects the keys that were open until then.
        if (vaultKey.isEmpty() && !store.db().isReadOnly() && SiteKeys::hasKeys(store)
            && !KeyVault::isSealed(store)) {
            WriteBatch batch(store);
            auto sealed = KeyVault::seal(store, matched->id, password);
            if (sealed && batch.commit())
                vaultKey = sealed.value();
        }
    }
    if (!store.db().isReadOnly()) {
        Statement clear = store.db().statement("DELETE FROM sign_in_failures WHERE login=?");
        clear.bind(1, key);
        clear.run();
    }
    auto session = std::make_shared<const Session>(Session::signedIn(*matched, vaultKey));
    store.setAuthor(matched->name);
    store.setSession(session);
    const bool ours = matched->office == store.site().id || isHub(store);
    if (ours && !store.db().isReadOnly() && Passwords::needsRehash(matched->passwordHash)) {
        // The hashing parameters changed since this password was set: store it hashed anew.
        if (auto rehashed = Passwords::hash(password))
            store.update(userEntity, matched->id,
                         QCborMap { { QStringLiteral("password_hash"), rehashed.value() } });
    }
    return session;
}

void Accounts::signOut(RecordStore &store)
{
    store.setSession(nullptr);
}

} // namespace casedesk
