// casedesk-cli user …: accounts of the site file (models/accounts).
#include "cli.h"
#include "cliargs.h"

#include "accounts.h"
#include "permissions.h"
#include "recordstore.h"
#include "reenrolment.h"
#include "syncscope.h"
#include "syncstate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

Result<QList<Role>> parseRoles(const QString &text)
{
    QList<Role> roles;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role role;
        if (!roleFromKey(key, &role))
            return Status::error(Cli::tr("%1 is not a role; the roles are case_worker, "
                                         "supervisor, office_admin and auditor.")
                                     .arg(key.trimmed()));
        if (!roles.contains(role))
            roles.append(role);
    }
    if (roles.isEmpty())
        return Status::error(Cli::tr("Give the role with --role, for example --role case_worker."));
    return roles;
}

Result<UserAccount> findUser(const RecordStore &store, const QString &login)
{
    if (auto user = Accounts::byLogin(store, login))
        return *user;
    return Status::error(Cli::tr("There is no account %1 here.").arg(login));
}

} // namespace

int Cli::user(const QStringList &list)
{
    const Args args = Args::parse(list);
    const QString action = args.positional.value(0);
    if (args.positional.size() < 2)
        return usage();
    const QString path = args.positional.at(1);
    if (action == QLatin1String("list")) {
        if (args.positional.size() != 2)
            return usage();
        auto store = openFor(path, args, Database::Mode::ReadOnly, Operation::ManageUsers);
        if (!store)
            return fail(store.message());
        for (const UserAccount &u : Accounts::list(*store.value()))
            m_out << u.login << '\t' << u.name << '\t' << Peers::siteName(*store.value(), u.office)
                  << '\t' << u.roleKeys().join(QLatin1Char(',')) << '\t'
                  << (u.active ? tr("active") : tr("disabled")) << Qt::endl;
        return 0;
    }
    if (args.positional.size() != 3)
        return usage();
    const QString login = args.positional.at(2);
    auto store = openStore(path, args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    RecordStore &s = *store.value();
    if (action == QLatin1String("add"))
        return addUser(s, login, args);
    auto target = findUser(s, login);
    if (!target)
        return fail(target.message());
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool active = action == QLatin1String("enable");
        if (Status st = Accounts::setActive(s, target->id, active); !st)
            return fail(st.message());
        m_out << (active ? tr("%1 can sign in again.") : tr("%1 can no longer sign in."))
                     .arg(target->login)
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("roles")) {
        auto roles = parseRoles(args.option("role"));
        if (!roles)
            return fail(roles.message());
        if (Status st = Accounts::setRoles(s, target->id, roles.value()); !st)
            return fail(st.message());
        return 0;
    }
    if (action == QLatin1String("passwd")) {
        auto secret = newPassword(target->login, false);
        if (!secret)
            return fail(secret.message());
        const auto session = s.session();
        // Your own password needs the current one (the one you signed in with).
        const Status st = session && session->user().id == target->id
            ? Accounts::changeOwnPassword(s, m_password, secret.value())
            : Accounts::resetPassword(s, target->id, secret.value());
        if (!st)
            return fail(st.message());
        m_out << tr("The password of %1 was changed.").arg(target->login) << Qt::endl;
        return 0;
    }
    return usage();
}

int Cli::addUser(RecordStore &store, const QString &login, const Args &args)
{
    auto roles = parseRoles(args.option("role"));
    if (!roles)
        return fail(roles.message());
    NewUser user;
    user.login = login;
    user.name = args.option("name");
    user.roles = roles.value();
    if (args.has("office")) {
        auto office = SyncScope::findSite(store, args.option("office"));
        if (!office)
            return fail(office.message());
        user.office = office.value();
    }
    const bool first = !Accounts::exist(store);
    if (!first)
        if (Status s = Access::require(store, Operation::ManageUsers); !s)
            return fail(s.message());
    if (Status s = Accounts::validateLogin(login); !s)
        return fail(s.message());
    auto secret = newPassword(login, first);
    if (!secret)
        return fail(secret.message());
    auto created = Accounts::create(store, user, secret.value());
    if (!created)
        return fail(created.message());
    m_out << created->toString(QUuid::WithoutBraces) << '\t' << login.trimmed().toLower()
          << Qt::endl;
    if (first)
        m_err << tr("From now on this site file needs a signed-in user: give --user LOGIN.")
              << Qt::endl;
    return 0;
}

int Cli::permit(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("office").isEmpty()
        || args.option("login").isEmpty() || args.option("out").isEmpty())
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadWrite, Operation::ManageKeys);
    if (!store)
        return fail(store.message());
    auto office = Peers::find(*store.value(), args.option("office"));
    if (!office)
        return fail(office.message());
    auto permit = Reenrolment::issuePermit(*store.value(), office->site, args.option("login"),
                                           args.option("name"));
    if (!permit)
        return fail(permit.message());
    QFile file(args.option("out"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(permit.value()) < 0
        || !file.flush())
        return fail(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
    m_out << tr("Re-enrolment permit for %1 written; it is valid for 7 days.").arg(office->name)
          << Qt::endl;
    return 0;
}

int Cli::reenrol(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("permit").isEmpty()
        || args.option("out").isEmpty())
        return usage();
    // No one can sign in as an administrator here any more: the permit stands in for one.
    auto store = RecordStore::open(args.positional.first(), Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    store.value()->setAuthor(defaultAuthor());
    QFile file(args.option("permit"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    const QByteArray content = file.read(1 << 20);
    const QString login = QJsonDocument::fromJson(content).object().value(u"login").toString();
    auto secret = newPassword(login, false);
    if (!secret)
        return fail(secret.message());
    auto card = Reenrolment::apply(*store.value(), content, secret.value());
    if (!card)
        return fail(card.message());
    QFile out(args.option("out"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(card->toFile()) < 0
        || !out.flush())
        return fail(tr("%1 cannot be written: %2").arg(out.fileName(), out.errorString()));
    m_out << card->name << ' ' << card->fingerprint() << Qt::endl;
    m_err << tr("New keys made. Send the identity file to the central desk and read this "
                "fingerprint out to them by phone.")
          << Qt::endl;
    return 0;
}

} // namespace casedesk
