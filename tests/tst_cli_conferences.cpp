// casedesk-cli and case conferences: scheduling, participants, a case with its sections, a
// decision and its follow-up, approval refused until everyone is marked, the approved minutes
// printed byte for byte as kept, a correction and the earlier revision, the follow-up turned
// into a plan action, the list and the partner specialists; clear one-line refusals.
#include "reporttestsupport.h"
#include "testsupport.h"

#include "conferences.h"
#include "plans.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

class TestCliConferences : public QObject
{
    Q_OBJECT

    TempFolder m_dir;

    // Runs the command and gives its first line of output, or fails the test.
    static QString ok(const QStringList &arguments)
    {
        const CliRun run = runCli(arguments);
        if (run.exitCode != 0 || run.crashed)
            qWarning("%s", run.describe().constData());
        return run.exitCode == 0 ? run.out.section(u'\n', 0, 0).trimmed() : QString();
    }

private slots:
    void conference_fromSchedulingToApprovedMinutes()
    {
        const QString db = m_dir.file(u"hub.cdsk"_s);
        QVERIFY_CLI_OK(runCli({ u"init"_s, db, u"--site"_s, u"Central desk"_s, u"--kind"_s,
                                u"hub"_s, u"--code"_s, u"CDK"_s }));
        QString caseId;
        {
            auto store = openStore(db);
            QVERIFY(store);
            auto opened = CaseFiles(*store).openCase(
                newCase(person(u"Назарова"_s, u"Зарина"_s, u"1979-03-02"_s)));
            QVERIFY_STATUS(opened);
            caseId = opened->toString(QUuid::WithoutBraces);
            QVERIFY_STATUS(
                Plans(*store).create(opened.value(), u"action_plan"_s, QDate::currentDate(), {}));
        }
        const QString date = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString conf = ok({ u"conference"_s, u"add"_s, db, u"--date"_s, date, u"--time"_s,
                                  u"10:30"_s, u"--place"_s, u"Зал 2"_s, u"--chair"_s,
                                  u"Иванова Анна"_s, u"--kind"_s, u"single"_s });
        QVERIFY(!QUuid::fromString(conf).isNull());
        const QString present = ok({ u"conference"_s, u"participant"_s, db, conf, u"--name"_s,
                                     u"Сидорова Мария"_s, u"--agency"_s, u"Поликлиника"_s });
        const QString absent = ok({ u"conference"_s, u"participant"_s, db, conf, u"--name"_s,
                                    u"Ким Олег"_s, u"--attendance"_s, u"absent"_s });
        QVERIFY(!present.isEmpty() && !absent.isEmpty());
        const QString section
            = ok({ u"conference"_s, u"case"_s, db, conf, caseId, u"--situation"_s,
                   u"Мать одна, трое детей"_s, u"--risks"_s, u"Долги за жильё"_s });
        QVERIFY(!section.isEmpty());
        const QString decision = ok({ u"conference"_s, u"decision"_s, db, section, u"--text"_s,
                                      u"Направить в центр занятости"_s });
        const QString followUp
            = ok({ u"conference"_s, u"followup"_s, db, decision, u"--what"_s,
                   u"Записать на курсы"_s, u"--agency"_s, u"Центр занятости"_s, u"--deadline"_s,
                   QDate::currentDate().addDays(20).toString(Qt::ISODate) });
        QVERIFY(!followUp.isEmpty());

        // Refusals: one line each, nothing changed.
        CliRun refused = runCli({ u"conference"_s, u"approve"_s, db, conf });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Сидорова Мария"_s), qPrintable(refused.err));
        QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
        refused = runCli({ u"conference"_s, u"followup"_s, db, decision, u"--what"_s, u"x"_s,
                           u"--who"_s, u"y"_s, u"--deadline"_s, u"2026-02-30"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(u"--deadline"_s));
        refused = runCli({ u"conference"_s, u"add"_s, db, u"--date"_s, date, u"--place"_s, u"Зал"_s,
                           u"--chair"_s, u"Кто-то"_s, u"--kind"_s, u"monthly"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(u"--kind"_s));

        QVERIFY_CLI_OK(
            runCli({ u"conference"_s, u"attend"_s, db, present, u"--attendance"_s, u"present"_s }));
        // Approved in Russian (the language the program runs in), the paper stays Russian.
        QVERIFY_CLI_OK(runCli({ u"conference"_s, u"approve"_s, db, conf }, 60000,
                              { { u"LANG"_s, u"ru_RU.UTF-8"_s },
                                { u"LC_ALL"_s, u"ru_RU.UTF-8"_s },
                                { u"LANGUAGE"_s, u"ru"_s } }));
        const CliRun edit
            = runCli({ u"conference"_s, u"decision"_s, db, section, u"--text"_s, u"Ещё одно"_s });
        QCOMPARE(edit.exitCode, 1);
        QVERIFY(edit.err.contains(u"approved"_s));

        // Printed twice, the same bytes: the PDF kept at approval.
        const QString first = m_dir.file(u"first.pdf"_s);
        const QString second = m_dir.file(u"second.pdf"_s);
        QVERIFY_CLI_OK(runCli({ u"print"_s, db, u"--document"_s, u"minutes"_s, u"--id"_s, conf,
                                u"--out"_s, first, u"--lang"_s, u"en"_s }));
        QVERIFY_CLI_OK(runCli({ u"print"_s, db, u"--document"_s, u"minutes"_s, u"--id"_s, conf,
                                u"--out"_s, second }));
        QCOMPARE(fileHash(second), fileHash(first));
        const QString text = pdfText(first);
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
        QVERIFY_CONTAINS(
            text,
            QStringList({ u"Протокол совещания по конкретному делу"_s, u"Назарова Зарина"_s,
                          u"Записать на курсы"_s, u"Сидорова Мария"_s, u"Подписи"_s }));

        // A correction, approved again; revision 1 stays as it was.
        QVERIFY_CLI_OK(runCli(
            { u"conference"_s, u"correct"_s, db, conf, u"--reason"_s, u"Уточнены риски"_s }));
        QVERIFY_CLI_OK(runCli({ u"conference"_s, u"approve"_s, db, conf }));
        const QString revision1 = m_dir.file(u"rev1.pdf"_s);
        QVERIFY_CLI_OK(runCli({ u"print"_s, db, u"--document"_s, u"minutes"_s, u"--id"_s, conf,
                                u"--out"_s, revision1, u"--revision"_s, u"1"_s }));
        QCOMPARE(fileHash(revision1), fileHash(first));
        const QString redacted = m_dir.file(u"redacted.pdf"_s);
        QVERIFY_CLI_OK(runCli({ u"print"_s, db, u"--document"_s, u"minutes"_s, u"--id"_s, conf,
                                u"--out"_s, redacted, u"--redacted"_s }));
        // The birth date is on the approved paper and not on the redacted print.
        QVERIFY(text.contains(u"1979"_s));
        const QString redactedText = pdfText(redacted);
        QVERIFY(redactedText.contains(u"Назарова Зарина"_s));
        QVERIFY2(!redactedText.contains(u"1979"_s), qPrintable(redactedText));

        // The follow-up becomes a plan action; show says so.
        const QString action = ok({ u"conference"_s, u"to-plan"_s, db, followUp });
        QVERIFY(!QUuid::fromString(action).isNull());
        const CliRun show = runCli({ u"conference"_s, u"show"_s, db, conf });
        QVERIFY_CLI_OK(show);
        QVERIFY2(show.out.contains(u"in the plan: planned"_s), qPrintable(show.out));
        QVERIFY(show.out.contains(u"Approved, revision 2"_s));

        const CliRun list = runCli({ u"conferences"_s, db, u"--past"_s });
        QVERIFY_CLI_OK(list);
        QCOMPARE(list.outLines().size(), 1);
        QVERIFY(list.out.startsWith(conf));
        QCOMPARE(runCli({ u"conferences"_s, db, u"--upcoming"_s }).out, QString());
        QCOMPARE(runCli({ u"conferences"_s, db, u"--search"_s, u"зал 2"_s }).outLines().size(), 1);

        QVERIFY(!ok({ u"partner"_s, u"add"_s, db, u"--name"_s, u"Омарова Айгерим"_s, u"--agency"_s,
                      u"Центр поддержки"_s })
                     .isEmpty());
        const CliRun partners = runCli({ u"partner"_s, u"list"_s, db });
        QVERIFY_CLI_OK(partners);
        QVERIFY(partners.out.contains(u"Омарова Айгерим\tЦентр поддержки"_s));

        const CliRun unknown
            = runCli({ u"print"_s, db, u"--document"_s, u"minutes"_s, u"--id"_s,
                       QUuid::createUuid().toString(), u"--out"_s, m_dir.file(u"none.pdf"_s) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"does not exist"_s));
        QVERIFY(!QFileInfo::exists(m_dir.file(u"none.pdf"_s)));
        QVERIFY_CLI_OK(runCli({ u"check"_s, db }));
    }
};

QTEST_MAIN(TestCliConferences)
#include "tst_cli_conferences.moc"
