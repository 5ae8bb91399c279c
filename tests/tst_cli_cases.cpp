// casedesk-cli for the case cycle, run as separate processes: closing with a reason and outcome,
// refusals a person understands, reopening, and the supervisor view following it.
#include "testsupport.h"

#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

class TestCliCases : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    QString m_db;

    QString firstCase() const
    {
        const CliRun run = runCli({ u"list"_s, m_db, u"case"_s, u"--limit"_s, u"1"_s });
        return run.outLines().value(0).section(u'\t', 1, 1);
    }

    int openCases() const
    {
        const CliRun run = runCli({ u"supervisor"_s, m_db });
        if (run.exitCode != 0)
            return -1;
        int total = 0;
        for (const QString &line : run.outLines().mid(1))
            total += line.section(u'\t', 2, 2).toInt();
        return total;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.file(u"office.cdsk"_s);
        QCOMPARE(runCli({ u"init"_s, m_db, u"--site"_s, u"Office North"_s }).exitCode, 0);
        QCOMPARE(runCli({ u"demo"_s, m_db, u"--cases"_s, u"6"_s, u"--seed"_s, u"7"_s }).exitCode,
                 0);
    }

    void close_refusesWhatIsNotOnTheList()
    {
        const CliRun run = runCli({ u"close"_s, m_db, firstCase(), u"--reason"_s, u"bored"_s,
                                    u"--outcome"_s, u"unknown"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"reason"_s), run.describe().constData());
        const CliRun badDate
            = runCli({ u"close"_s, m_db, firstCase(), u"--reason"_s, u"moved"_s, u"--outcome"_s,
                       u"unknown"_s, u"--date"_s, u"31.02.2026"_s });
        QCOMPARE(badDate.exitCode, 1);
        QVERIFY2(badDate.err.contains(u"--date"_s), badDate.describe().constData());
        const CliRun noCase = runCli({ u"close"_s, m_db, u"NO-SUCH-CASE"_s, u"--reason"_s,
                                       u"moved"_s, u"--outcome"_s, u"unknown"_s });
        QCOMPARE(noCase.exitCode, 1);
        QVERIFY2(noCase.err.contains(u"No case"_s), noCase.describe().constData());
    }

    void closeAndReopen_followTheSupervisorView()
    {
        const QString caseName = firstCase();
        QVERIFY(!caseName.isEmpty());
        // Demo cases may be closed already; start from an open one.
        runCli({ u"reopen"_s, m_db, caseName, u"--reason"_s, u"Starting the test"_s });
        const int before = openCases();
        QVERIFY(before > 0);
        const CliRun closed
            = runCli({ u"close"_s, m_db, caseName, u"--reason"_s, u"employed"_s, u"--outcome"_s,
                       u"goals_met"_s, u"--notes"_s, u"Works at the bakery"_s });
        QVERIFY2(closed.exitCode == 0, closed.describe().constData());
        QVERIFY2(closed.out.contains(u"is closed"_s), closed.describe().constData());
        QCOMPARE(openCases(), before - 1);
        const CliRun again = runCli({ u"close"_s, m_db, caseName, u"--reason"_s, u"employed"_s,
                                      u"--outcome"_s, u"goals_met"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already closed"_s), again.describe().constData());

        const CliRun noReason = runCli({ u"reopen"_s, m_db, caseName });
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY2(noReason.err.contains(u"reason"_s), noReason.describe().constData());
        const CliRun reopened
            = runCli({ u"reopen"_s, m_db, caseName, u"--reason"_s, u"Lost the job"_s });
        QVERIFY2(reopened.exitCode == 0, reopened.describe().constData());
        QCOMPARE(openCases(), before);
    }

    void myDay_refusesABadDate_andListsForAWorker()
    {
        const CliRun bad = runCli({ u"myday"_s, m_db, u"--date"_s, u"tomorrow"_s });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"--date"_s), bad.describe().constData());
        const CliRun nobody = runCli({ u"myday"_s, m_db, u"--worker"_s, u"Nobody Here"_s });
        QCOMPARE(nobody.exitCode, 0);
        // Sign-offs of the office are for everyone who may sign off (the local user may).
        for (const QString &line : nobody.outLines())
            QVERIFY2(line.startsWith(u"Plan waiting"_s) || line.startsWith(u"Closure waiting"_s),
                     qPrintable(line));
        // Forty days on, the demo cases have had no contact for a month.
        const CliRun later
            = runCli({ u"myday"_s, m_db, u"--worker"_s, workerOfFirstCase(), u"--date"_s,
                       QDate::currentDate().addDays(400).toString(Qt::ISODate) });
        QCOMPARE(later.exitCode, 0);
        QVERIFY2(later.out.contains(u"No recent contact"_s), later.describe().constData());
    }

private:
    QString workerOfFirstCase() const
    {
        const CliRun run = runCli({ u"supervisor"_s, m_db });
        return run.outLines().value(1).section(u'\t', 1, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "tst_cli_cases.moc"
