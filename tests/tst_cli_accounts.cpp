// casedesk-cli once a site file has accounts: every command needs --user and the password,
// the first account needs none, and roles decide what each command may do.
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString adminPassword = u"first admin pw"_s;
const QString workerPassword = u"worker pw 123"_s;

CliRun as(const QString &login, const QString &password, QStringList arguments,
          const QHash<QString, QString> &extra = {})
{
    arguments << u"--user"_s << login;
    QHash<QString, QString> env = extra;
    env.insert(u"CASEDESK_PASSWORD"_s, password);
    return runCli(arguments, 60000, env);
}

} // namespace

class TstCliAccounts : public QObject
{
    Q_OBJECT

private:
    TempFolder m_dir;
    QString m_db;

    // An office with an administrator (aigul) and a case worker (olga), and 3 demo cases.
    void makeOffice()
    {
        m_db = m_dir.file(u"office-%1.cdsk"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY_CLI_OK(
            runCli({ u"init"_s, m_db, u"--site"_s, u"Office A"_s, u"--code"_s, u"OFA1"_s }));
        QVERIFY_CLI_OK(runCli({ u"demo"_s, m_db, u"--cases"_s, u"3"_s }));
        QVERIFY_CLI_OK(runCli({ u"user"_s, u"add"_s, m_db, u"aigul"_s, u"--name"_s,
                                u"Aigul Admin"_s, u"--role"_s, u"office_admin"_s },
                              60000, { { u"CASEDESK_PASSWORD"_s, adminPassword } }));
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword,
                          { u"user"_s, u"add"_s, m_db, u"olga"_s, u"--name"_s, u"Olga Worker"_s,
                            u"--role"_s, u"case_worker"_s },
                          { { u"CASEDESK_NEW_PASSWORD"_s, workerPassword } }));
    }

    // A central desk (without accounts) that has added the office as its peer; its identity
    // file is written to hubId for the office to add.
    void makeHubKnowingOffice(const QString &hub, const QString &hubId)
    {
        const QString officeId = hubId + u".office.cdid"_s;
        QVERIFY_CLI_OK(
            runCli({ u"init"_s, hub, u"--site"_s, u"Central desk"_s, u"--kind"_s, u"hub"_s }));
        QVERIFY_CLI_OK(runCli({ u"identity"_s, hub, u"--out"_s, hubId }));
        QVERIFY_CLI_OK(
            as(u"aigul"_s, adminPassword, { u"identity"_s, m_db, u"--out"_s, officeId }));
        QVERIFY_CLI_OK(runCli({ u"peer"_s, u"add"_s, hub, officeId }));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noAccounts_commandsNeedNoUser()
    {
        const QString db = m_dir.file(u"plain.cdsk"_s);
        QVERIFY_CLI_OK(runCli({ u"init"_s, db, u"--site"_s, u"Office P"_s }));
        QVERIFY_CLI_OK(runCli({ u"stats"_s, db }));
        QVERIFY_CLI_OK(runCli({ u"demo"_s, db, u"--cases"_s, u"2"_s }));
    }

    void firstUser_mustBeAdministrator()
    {
        const QString db = m_dir.file(u"first.cdsk"_s);
        QVERIFY_CLI_OK(runCli({ u"init"_s, db, u"--site"_s, u"Office F"_s }));
        const QHash<QString, QString> env { { u"CASEDESK_PASSWORD"_s, adminPassword } };
        const CliRun worker = runCli({ u"user"_s, u"add"_s, db, u"olga"_s, u"--name"_s, u"Olga"_s,
                                       u"--role"_s, u"case_worker"_s },
                                     60000, env);
        QCOMPARE(worker.exitCode, 1);
        QVERIFY2(worker.err.contains(u"must be an office administrator"_s), worker.describe());
        QVERIFY_CLI_OK(runCli({ u"stats"_s, db })); // still no accounts
        QVERIFY_CLI_OK(runCli({ u"user"_s, u"add"_s, db, u"boss"_s, u"--name"_s, u"Boss"_s,
                                u"--role"_s, u"office_admin"_s },
                              60000, env));
        QCOMPARE(runCli({ u"stats"_s, db }).exitCode, 1);
    }

    void everyCommand_refusedWithoutCredentials_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = u"DB"_s;
        QTest::newRow("stats") << QStringList { u"stats"_s, db };
        QTest::newRow("check") << QStringList { u"check"_s, db };
        QTest::newRow("digest") << QStringList { u"digest"_s, db };
        QTest::newRow("search") << QStringList { u"search"_s, db, u"Ива"_s };
        QTest::newRow("list") << QStringList { u"list"_s, db, u"person"_s };
        QTest::newRow("conflicts") << QStringList { u"conflicts"_s, db };
        QTest::newRow("demo") << QStringList { u"demo"_s, db, u"--cases"_s, u"1"_s };
        QTest::newRow("mutate") << QStringList { u"mutate"_s, db, u"--edits"_s, u"3"_s };
        QTest::newRow("identity") << QStringList { u"identity"_s, db, u"--out"_s, u"x.cdid"_s };
        QTest::newRow("peer list") << QStringList { u"peer"_s, u"list"_s, db };
        QTest::newRow("export") << QStringList { u"export"_s, db,         u"--to"_s,
                                                 u"hub"_s,    u"--out"_s, u"x.cdpkg"_s };
        QTest::newRow("import") << QStringList { u"import"_s, db, u"x.cdpkg"_s };
        QTest::newRow("backup") << QStringList { u"backup"_s, db, u"--out"_s, u"b.cdsk"_s };
        QTest::newRow("user list") << QStringList { u"user"_s, u"list"_s, db };
        QTest::newRow("user add") << QStringList {
            u"user"_s, u"add"_s, db, u"ivan"_s, u"--name"_s, u"Ivan"_s, u"--role"_s, u"auditor"_s
        };
        QTest::newRow("set") << QStringList { u"set"_s,    db,
                                              u"case"_s,   QUuid::createUuid().toString(),
                                              u"status"_s, u"closed"_s };
    }

    void everyCommand_refusedWithoutCredentials()
    {
        QFETCH(QStringList, arguments);
        makeOffice();
        arguments.replaceInStrings(u"DB"_s, m_db);
        const QByteArray before = fileHash(m_db);
        const CliRun run = runCli(arguments, 60000, { { u"CASEDESK_NEW_PASSWORD"_s, u"x"_s } });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--user LOGIN"_s), run.describe());
        QCOMPARE(run.errLines().size(), 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(fileHash(m_db), before);
    }

    void wrongPassword_refused()
    {
        makeOffice();
        const CliRun run = as(u"aigul"_s, u"not the password"_s, { u"stats"_s, m_db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Wrong login or password"_s), run.describe());
        const CliRun unknown = as(u"nobody"_s, adminPassword, { u"stats"_s, m_db });
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err, run.err);
    }

    void noPasswordAndNoTerminal_explained()
    {
        makeOffice();
        const CliRun run = runCli({ u"stats"_s, m_db, u"--user"_s, u"aigul"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"CASEDESK_PASSWORD"_s), run.describe());
    }

    void roles_decideWhatCommandsMayDo_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("refusal");
        const QString db = u"DB"_s;
        const QStringList identity { u"identity"_s, db, u"--out"_s, u"OUT/id.cdid"_s };
        const QStringList users { u"user"_s, u"list"_s, db };
        const QStringList search { u"search"_s, db, u"a"_s };
        const QStringList backup { u"backup"_s, db, u"--out"_s, u"OUT/b.cdsk"_s };
        const QStringList demo { u"demo"_s, db, u"--cases"_s, u"1"_s };
        QTest::newRow("admin identity") << u"aigul"_s << identity << true << QString();
        QTest::newRow("worker identity") << u"olga"_s << identity << false << u"administrator"_s;
        QTest::newRow("admin users") << u"aigul"_s << users << true << QString();
        QTest::newRow("worker users") << u"olga"_s << users << false << u"administrator"_s;
        QTest::newRow("worker search") << u"olga"_s << search << true << QString();
        QTest::newRow("admin search") << u"aigul"_s << search << false << u"case files"_s;
        QTest::newRow("admin backup") << u"aigul"_s << backup << true << QString();
        QTest::newRow("worker backup") << u"olga"_s << backup << false << u"administrator"_s;
        QTest::newRow("worker demo") << u"olga"_s << demo << false << u"administrator"_s;
        QTest::newRow("worker list")
            << u"olga"_s << QStringList { u"list"_s, db, u"person"_s } << false << u"auditor"_s;
    }

    void roles_decideWhatCommandsMayDo()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, arguments);
        QFETCH(bool, allowed);
        QFETCH(QString, refusal);
        makeOffice();
        arguments.replaceInStrings(u"DB"_s, m_db);
        arguments.replaceInStrings(u"OUT"_s, m_dir.path());
        const CliRun run
            = as(login, login == u"aigul"_s ? adminPassword : workerPassword, arguments);
        if (allowed) {
            QVERIFY_CLI_OK(run);
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(refusal, Qt::CaseInsensitive), run.describe());
        }
    }

    void packages_needAnAdministratorAndTheKeys()
    {
        makeOffice();
        const QString hub = m_dir.file(u"hub.cdsk"_s);
        const QString hubId = m_dir.file(u"hub.cdid"_s);
        const QString package = m_dir.file(u"to-hub.cdpkg"_s);
        makeHubKnowingOffice(hub, hubId);
        if (QTest::currentTestFailed())
            return;
        const CliRun workerAdds
            = as(u"olga"_s, workerPassword, { u"peer"_s, u"add"_s, m_db, hubId });
        QCOMPARE(workerAdds.exitCode, 1);
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, { u"peer"_s, u"add"_s, m_db, hubId }));
        const QStringList exportArgs { u"export"_s,       m_db,       u"--to"_s,
                                       u"Central desk"_s, u"--out"_s, package };
        const CliRun workerExports = as(u"olga"_s, workerPassword, exportArgs);
        QCOMPARE(workerExports.exitCode, 1);
        QVERIFY2(workerExports.err.contains(u"administrator"_s), workerExports.describe());
        QVERIFY(!QFile::exists(package));
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, exportArgs));
        const CliRun imported = runCli({ u"import"_s, hub, package });
        QVERIFY_CLI_OK(imported);
        // The office's accounts travelled with the package. They do not lock the central desk,
        // which has no administrator of its own yet.
        const CliRun users = runCli({ u"user"_s, u"list"_s, hub });
        QVERIFY_CLI_OK(users);
        QCOMPARE(users.outLines().size(), 2);
        QVERIFY2(users.out.contains(u"olga\tOlga Worker\tOffice A"_s), users.describe());
    }

    void everyAdministratorLost_reenrolmentWithAPermitFromTheHub()
    {
        makeOffice();
        const QString hub = m_dir.file(u"hub-r.cdsk"_s);
        const QString hubId = m_dir.file(u"hub-r.cdid"_s);
        const QString permit = m_dir.file(u"permit.json"_s);
        const QString newId = m_dir.file(u"office-new.cdid"_s);
        const QString package = m_dir.file(u"after.cdpkg"_s);
        makeHubKnowingOffice(hub, hubId);
        if (QTest::currentTestFailed())
            return;
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, { u"peer"_s, u"add"_s, m_db, hubId }));

        // Aigul's password is forgotten. The central desk issues a permit for a new administrator.
        QVERIFY_CLI_OK(runCli({ u"permit"_s, hub, u"--office"_s, u"Office A"_s, u"--login"_s,
                                u"dana"_s, u"--name"_s, u"Dana New"_s, u"--out"_s, permit }));
        const QHash<QString, QString> danaPassword { { u"CASEDESK_NEW_PASSWORD"_s,
                                                       u"dana's password"_s } };
        // A permit changed on the way is refused.
        QFile file(permit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray forged = file.readAll();
        file.close();
        forged.replace("\"dana\"", "\"mallory\"");
        const QString forgedPath = m_dir.file(u"forged.json"_s);
        QFile forgedFile(forgedPath);
        QVERIFY(forgedFile.open(QIODevice::WriteOnly));
        forgedFile.write(forged);
        forgedFile.close();
        const CliRun refused
            = runCli({ u"reenrol"_s, m_db, u"--permit"_s, forgedPath, u"--out"_s, newId }, 60000,
                     danaPassword);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"signature"_s), refused.describe());

        const CliRun reenrolled = runCli(
            { u"reenrol"_s, m_db, u"--permit"_s, permit, u"--out"_s, newId }, 60000, danaPassword);
        QVERIFY_CLI_OK(reenrolled);
        const CliRun again = runCli(
            { u"reenrol"_s, m_db, u"--permit"_s, permit, u"--out"_s, newId }, 60000, danaPassword);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already used"_s), again.describe());

        const QStringList exportArgs { u"export"_s,       m_db,       u"--to"_s,
                                       u"Central desk"_s, u"--out"_s, package };
        // The old administrator's password no longer opens the (new) keys.
        const CliRun old = as(u"aigul"_s, adminPassword, exportArgs);
        QCOMPARE(old.exitCode, 1);
        QVERIFY_CLI_OK(as(u"dana"_s, u"dana's password"_s, exportArgs));
        // Until the hub accepts the new keys, the package's signature is not the office's.
        QCOMPARE(runCli({ u"import"_s, hub, package }).exitCode, 1);
        QVERIFY_CLI_OK(runCli({ u"peer"_s, u"add"_s, hub, newId, u"--replace"_s }));
        QVERIFY_CLI_OK(runCli({ u"import"_s, hub, package }));
    }

    void disableAndResetPassword()
    {
        makeOffice();
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, { u"user"_s, u"disable"_s, m_db, u"olga"_s }));
        const CliRun disabled = as(u"olga"_s, workerPassword, { u"stats"_s, m_db });
        QCOMPARE(disabled.exitCode, 1);
        QVERIFY2(disabled.err.contains(u"disabled"_s), disabled.describe());
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, { u"user"_s, u"enable"_s, m_db, u"olga"_s }));
        QVERIFY_CLI_OK(as(u"aigul"_s, adminPassword, { u"user"_s, u"passwd"_s, m_db, u"olga"_s },
                          { { u"CASEDESK_NEW_PASSWORD"_s, u"a new password"_s } }));
        QCOMPARE(as(u"olga"_s, workerPassword, { u"stats"_s, m_db }).exitCode, 1);
        QVERIFY_CLI_OK(as(u"olga"_s, u"a new password"_s, { u"stats"_s, m_db }));
        const CliRun list = as(u"aigul"_s, adminPassword, { u"user"_s, u"list"_s, m_db });
        QVERIFY_CLI_OK(list);
        QCOMPARE(list.outLines().size(), 2);
        QVERIFY2(list.out.contains(u"olga\tOlga Worker\tOffice A\tcase_worker\tactive"_s),
                 list.describe());
        // The password is never printed or stored in clear.
        QVERIFY(!list.out.contains(u"a new password"_s));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("a new password"));
    }
};

QTEST_GUILESS_MAIN(TstCliAccounts)
#include "tst_cli_accounts.moc"
