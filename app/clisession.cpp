// casedesk-cli: signing in. Once a site file has accounts, every command names its user with
// --user LOGIN; the password comes from CASEDESK_PASSWORD or is asked for on the terminal.
#include "cli.h"
#include "cliargs.h"

#include "accounts.h"
#include "permissions.h"
#include "recordstore.h"

#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace casedesk {

namespace {

// Reads one line from the terminal without echoing it; empty when there is no terminal.
QString readSecret(QTextStream &err, const QString &prompt, bool *ok)
{
    *ok = false;
    if (!isatty(STDIN_FILENO))
        return QString();
    err << prompt << Qt::flush;
    termios old;
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    if (!read)
        return QString();
    *ok = true;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

Result<QString> Cli::password(const QString &login)
{
    if (qEnvironmentVariableIsSet("CASEDESK_PASSWORD"))
        return qEnvironmentVariable("CASEDESK_PASSWORD");
    bool ok = false;
    const QString typed = readSecret(m_err, tr("Password for %1: ").arg(login), &ok);
    if (!ok)
        return Status::error(
            tr("No password: set CASEDESK_PASSWORD or run the command in a terminal."));
    return typed;
}

Result<QString> Cli::newPassword(const QString &login, bool firstAccount)
{
    if (qEnvironmentVariableIsSet("CASEDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("CASEDESK_NEW_PASSWORD");
    // The first account of a file has nobody to sign in as, so CASEDESK_PASSWORD is its own.
    if (firstAccount && qEnvironmentVariableIsSet("CASEDESK_PASSWORD"))
        return qEnvironmentVariable("CASEDESK_PASSWORD");
    bool ok = false;
    const QString typed = readSecret(m_err, tr("New password for %1: ").arg(login), &ok);
    if (!ok)
        return Status::error(tr("No new password: set CASEDESK_NEW_PASSWORD or run the command "
                                "in a terminal."));
    const QString again = readSecret(m_err, tr("The same password again: "), &ok);
    if (!ok || again != typed)
        return Status::error(tr("The two passwords differ."));
    return typed;
}

Result<std::unique_ptr<RecordStore>> Cli::openStore(const QString &path, const Args &args,
                                                    Database::Mode mode)
{
    auto store = RecordStore::open(path, mode);
    if (!store)
        return store.status();
    RecordStore &s = *store.value();
    if (!Accounts::exist(s)) {
        s.setAuthor(defaultAuthor());
        return store;
    }
    const QString login = args.option("user");
    if (login.isEmpty())
        return Status::error(tr("This site file has user accounts: give --user LOGIN, with the "
                                "password in CASEDESK_PASSWORD or typed when asked."));
    auto secret = password(login);
    if (!secret)
        return secret.status();
    if (auto session = Accounts::signIn(s, login, secret.value()); !session)
        return session.status();
    m_password = secret.value();
    return store;
}

Result<std::unique_ptr<RecordStore>> Cli::openFor(const QString &path, const Args &args,
                                                  Database::Mode mode, Operation operation)
{
    auto store = openStore(path, args, mode);
    if (!store)
        return store;
    if (Status s = Access::require(*store.value(), operation); !s)
        return s;
    return store;
}

} // namespace casedesk
