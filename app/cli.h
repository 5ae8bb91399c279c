#pragma once

#include "database.h"
#include "permissions.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QUuid>

#include <memory>

namespace casedesk {

struct Args;
class RecordStore;

// casedesk-cli: the headless commands over the same models library as the GUI. Each command
// prints its result on stdout and, on failure, one line on stderr with a non-zero exit.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    int run(const QStringList &arguments);

private:
    int usage();
    int fail(const QString &message);
    int init(const QStringList &args);
    int demo(const QStringList &args);
    int search(const QStringList &args);
    int list(const QStringList &args);
    int check(const QStringList &args);
    int rebuild(const QStringList &args);
    int digest(const QStringList &args);
    int stats(const QStringList &args);
    int set(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    // Sync (clisync.cpp).
    int identity(const QStringList &args);
    int peer(const QStringList &args);
    int exportPackage(const QStringList &args);
    int importPackages(const QStringList &args);
    int transfer(const QStringList &args);
    int share(const QStringList &args);
    int conflicts(const QStringList &args);
    int mutate(const QStringList &args);
    // Assessments and printing (cliassessments.cpp).
    int templates(const QStringList &args);
    int templateCommand(const QStringList &args);
    int parameter(const QStringList &args);
    int assessment(const QStringList &args);
    int startAssessment(const Args &args);
    int answerAssessment(const Args &args, const QUuid &id, const QStringList &sets);
    int completeAssessment(const Args &args, const QUuid &id);
    int showAssessment(const Args &args, const QUuid &id);
    int print(const QStringList &args);
    int conference(const QStringList &args);
    int conferences(const QStringList &args);
    int partner(const QStringList &args);
    // The case cycle (clicases.cpp).
    int close(const QStringList &args);
    int reopen(const QStringList &args);
    int myDay(const QStringList &args);
    int supervisor(const QStringList &args);
    // Accounts (cliusers.cpp) and signing in (clisession.cpp).
    int user(const QStringList &args);
    int addUser(RecordStore &store, const QString &login, const Args &args);
    int permit(const QStringList &args);
    int reenrol(const QStringList &args);
    Result<QString> password(const QString &login);
    Result<QString> newPassword(const QString &login, bool firstAccount);
    // Opens the file and, once it has accounts, signs in the --user.
    Result<std::unique_ptr<RecordStore>> openStore(const QString &path, const Args &args,
                                                   Database::Mode mode);
    Result<std::unique_ptr<RecordStore>> openFor(const QString &path, const Args &args,
                                                 Database::Mode mode, Operation operation);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_password; // the signed-in user's, for changing it
};

} // namespace casedesk
