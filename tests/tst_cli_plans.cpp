// casedesk-cli printing the action plan, the referral letter and the case summary to PDF, run as a
// separate process on a site file prepared through the models library.
#include "testsupport.h"

#include "consent.h"
#include "plans.h"
#include "referrals.h"

#include <QStandardPaths>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString clientFamily = u"Назарова"_s;
const QString clientGiven = u"Зарина"_s;

// A central desk made by `init`, with one case, an action plan and a referral of it.
struct Desk
{
    TempFolder dir;
    QString path;
    QString planId, referralId, caseIdText;

    bool make()
    {
        path = dir.file(u"hub.cdsk"_s);
        const CliRun init
            = runCli({ u"init"_s, path, u"--site"_s, u"Central desk"_s, u"--kind"_s, u"hub"_s });
        if (init.exitCode != 0) {
            qWarning("%s", init.describe().constData());
            return false;
        }
        auto store = openStore(path);
        return store && fill(*store);
    }

    bool fill(RecordStore &store)
    {
        CaseFiles files(store);
        auto caseId = files.openCase(newCase(person(clientFamily, clientGiven, u"1979"_s)));
        auto agency = Referrals::addAgency(
            store, { QUuid(), u"Employment centre"_s, u"employment_centre"_s, QUuid() });
        if (!caseId || !agency)
            return false;
        if (!files.updateCase(caseId.value(),
                              { { u"consent_sites"_s, Consent::joinSites({ agency.value() }) } }))
            return false;
        Plans plans(store);
        auto plan = plans.create(caseId.value(), u"action_plan"_s, QDate::currentDate(), QDate());
        if (!plan)
            return false;
        PlanAction a;
        a.kind = u"job_search"_s;
        a.description = u"Register as a jobseeker"_s;
        a.agency = u"Employment centre"_s;
        a.dueDate = QDate::currentDate().addDays(7);
        if (!plans.addAction(plan.value(), a))
            return false;
        Referral r;
        r.caseId = caseId.value();
        r.agencyId = agency.value();
        r.agencyName = u"Employment centre"_s;
        r.reason = u"Registration as a jobseeker"_s;
        r.deadline = QDate::currentDate().addDays(5);
        auto referral = Referrals(store).send(r);
        if (!referral)
            return false;
        planId = plan->toString(QUuid::WithoutBraces);
        caseIdText = caseId->toString(QUuid::WithoutBraces);
        referralId = referral->toString(QUuid::WithoutBraces);
        return true;
    }
};

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, { path, u"-"_s });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestCliPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void print_writesThePdf_data();
    void print_writesThePdf();
    void print_unknownId_isRefused_data();
    void print_unknownId_isRefused();
    void redacted_isForTheSummaryOnly_andLeavesOutTheBirthYear();
};

void TestCliPlans::print_writesThePdf_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plan") << u"plan"_s << u"en"_s << u"Register as a jobseeker"_s;
    QTest::newRow("plan, Russian") << u"plan"_s << u"ru"_s << u"Register as a jobseeker"_s;
    QTest::newRow("referral") << u"referral"_s << u"en"_s << u"Registration as a jobseeker"_s;
    QTest::newRow("referral, Russian")
        << u"referral"_s << u"ru"_s << u"Registration as a jobseeker"_s;
    QTest::newRow("case summary") << u"summary"_s << u"en"_s << u"Registration as a jobseeker"_s;
    QTest::newRow("case summary, Russian")
        << u"summary"_s << u"ru"_s << u"Registration as a jobseeker"_s;
}

void TestCliPlans::print_writesThePdf()
{
    QFETCH(QString, document);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    Desk d;
    QVERIFY(d.make());
    const QString id = document == u"plan"_s
        ? d.planId
        : (document == u"summary"_s ? d.caseIdText : d.referralId);
    const QString pdf = d.dir.file(document + u".pdf"_s);
    const CliRun run = runCli({ u"print"_s, d.path, u"--document"_s, document, u"--id"_s, id,
                                u"--out"_s, pdf, u"--lang"_s, language });
    QVERIFY_CLI_OK(run);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY2(text.contains(clientFamily) && text.contains(clientGiven), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestCliPlans::print_unknownId_isRefused_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("plan") << u"plan"_s << u"The plan does not exist."_s;
    QTest::newRow("referral") << u"referral"_s << u"The referral does not exist."_s;
    QTest::newRow("case summary") << u"summary"_s << u"The case file does not exist"_s;
}

void TestCliPlans::print_unknownId_isRefused()
{
    QFETCH(QString, document);
    QFETCH(QString, message);
    Desk d;
    QVERIFY(d.make());
    const QString pdf = d.dir.file(u"nothing.pdf"_s);
    const CliRun run
        = runCli({ u"print"_s, d.path, u"--document"_s, document, u"--id"_s,
                   QUuid::createUuid().toString(QUuid::WithoutBraces), u"--out"_s, pdf });
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(message), run.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestCliPlans::redacted_isForTheSummaryOnly_andLeavesOutTheBirthYear()
{
    Desk d;
    QVERIFY(d.make());
    const QString pdf = d.dir.file(u"redacted.pdf"_s);
    CliRun run = runCli({ u"print"_s, d.path, u"--document"_s, u"plan"_s, u"--id"_s, d.planId,
                          u"--out"_s, pdf, u"--redacted"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--redacted"_s), run.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));
    run = runCli({ u"print"_s, d.path, u"--document"_s, u"summary"_s, u"--id"_s, d.caseIdText,
                   u"--out"_s, pdf, u"--redacted"_s });
    QVERIFY_CLI_OK(run);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(clientFamily), qPrintable(text));
    QVERIFY2(!text.contains(u"1979"_s), qPrintable(text));
    const QString full = d.dir.file(u"full.pdf"_s);
    QVERIFY_CLI_OK(runCli({ u"print"_s, d.path, u"--document"_s, u"summary"_s, u"--id"_s,
                            d.caseIdText, u"--out"_s, full }));
    QVERIFY(pdfText(full).contains(u"1979"_s));
}

QTEST_GUILESS_MAIN(TestCliPlans)
#include "tst_cli_plans.moc"
