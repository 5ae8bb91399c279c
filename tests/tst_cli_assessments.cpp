// casedesk-cli for assessments, run as separate processes: templates and parameters (issued only
// at the central desk), an assessment started, answered, completed and shown headless, and
// printed to PDF in English or Russian.
#include "assessmenttestsupport.h"
#include "testsupport.h"

#include "templatecatalogue.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// An office and a central desk, each with demo cases; the desk has issued the test template.
struct Sites
{
    TempFolder dir;
    QString office, hub, templateFile, templateHash;

    bool make()
    {
        office = dir.file(u"office.cdsk"_s);
        hub = dir.file(u"hub.cdsk"_s);
        templateFile = dir.file(u"test_scored.json"_s);
        QFile file(templateFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes(scoredTemplate())) < 0)
            return false;
        file.close();
        return runCli({ u"init"_s, office, u"--site"_s, u"Office North"_s }).exitCode == 0
            && runCli({ u"init"_s, hub, u"--site"_s, u"Central desk"_s, u"--kind"_s, u"hub"_s })
                   .exitCode
            == 0
            && runCli({ u"demo"_s, hub, u"--cases"_s, u"2"_s }).exitCode == 0;
    }

    bool issue()
    {
        const CliRun run = runCli({ u"template"_s, u"add"_s, hub, templateFile });
        templateHash = run.out.trimmed();
        return run.exitCode == 0;
    }

    QString firstCase() const
    {
        const CliRun run = runCli({ u"list"_s, hub, u"case"_s, u"--limit"_s, u"1"_s });
        return run.outLines().value(0).section(u'\t', 1, 1);
    }

    // A test assessment of the first case, answered and (when asked) completed; its id.
    QString assessment(bool complete)
    {
        const CliRun started
            = runCli({ u"assessment"_s, u"start"_s, hub, u"--case"_s, firstCase(), u"--template"_s,
                       u"test_scored"_s, u"--date"_s, u"2025-11-15"_s });
        if (started.exitCode != 0) {
            qWarning("%s", started.describe().constData());
            return QString();
        }
        const QString id = started.out.trimmed();
        const CliRun answered
            = runCli({ u"assessment"_s, u"answer"_s, hub, id, u"--set"_s, u"source=\"none\""_s,
                       u"--set"_s, u"months=7"_s, u"--set"_s, u"violence=true"_s, u"--set"_s,
                       u"note=Lives with her aunt"_s });
        if (answered.exitCode != 0)
            return QString();
        if (complete && runCli({ u"assessment"_s, u"complete"_s, hub, id }).exitCode != 0)
            return QString();
        return id;
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

class TestCliAssessments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void templates_listsTheShippedOnes();
    void templateAdd_isRefusedAtAnOffice();
    void templateAdd_atTheHub_isListed();
    void templateAdd_brokenFile_saysWhy();
    void parameterSet_isRefusedAtAnOffice();
    void parameterSet_atTheHub_isListed();
    void assessment_startAnswerCompleteShow();
    void assessment_unknownQuestion_isRefused();
    void listAssessments_labelsDateTemplateStatusLevel();
    void print_writesAPdf();
    void print_inRussian();
    void print_draftIsMarked();
    void print_refusesWhatItCannotPrint_data();
    void print_refusesWhatItCannotPrint();
};

void TestCliAssessments::templates_listsTheShippedOnes()
{
    Sites s;
    QVERIFY(s.make());
    const CliRun run = runCli({ u"templates"_s, s.office });
    QVERIFY_CLI_OK(run);
    const QList<AssessmentTemplate> shipped = TemplateCatalogue::shipped();
    QCOMPARE(run.outLines().size(), shipped.size());
    const QRegularExpression line(
        u"^[a-z0-9_]+\\t\\d+\\t\\d{4}-\\d\\d-\\d\\d\\t[0-9a-f]{12}\\t.+$"_s);
    for (const QString &l : run.outLines())
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    for (const AssessmentTemplate &t : shipped)
        QVERIFY(run.out.contains(t.id + u'\t' + QString::number(t.version) + u'\t'
                                 + t.effectiveFrom.toString(Qt::ISODate) + u'\t' + t.hash.left(12)
                                 + u'\t' + t.title.en));
}

void TestCliAssessments::templateAdd_isRefusedAtAnOffice()
{
    Sites s;
    QVERIFY(s.make());
    const CliRun run = runCli({ u"template"_s, u"add"_s, s.office, s.templateFile });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"central desk"_s), run.describe().constData());
    QVERIFY(!runCli({ u"templates"_s, s.office }).out.contains(u"test_scored"_s));
}

void TestCliAssessments::templateAdd_atTheHub_isListed()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(s.templateHash).hasMatch(),
             qPrintable(s.templateHash));
    const CliRun list = runCli({ u"templates"_s, s.hub });
    QVERIFY_CLI_OK(list);
    QVERIFY2(list.out.contains(u"test_scored\t1\t2020-01-01\t"_s + s.templateHash.left(12)
                               + u"\tTest situation"_s),
             list.describe().constData());
    // The same bytes again are the same template.
    const CliRun again = runCli({ u"template"_s, u"add"_s, s.hub, s.templateFile });
    QVERIFY_CLI_OK(again);
    QCOMPARE(again.out.trimmed(), s.templateHash);
}

void TestCliAssessments::templateAdd_brokenFile_saysWhy()
{
    Sites s;
    QVERIFY(s.make());
    QJsonObject broken = scoredTemplate();
    broken.insert(u"colour"_s, u"blue"_s);
    const QString path = s.dir.file(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes(broken));
    file.close();
    const CliRun run = runCli({ u"template"_s, u"add"_s, s.hub, path });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(u"colour"_s), run.describe().constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliAssessments::parameterSet_isRefusedAtAnOffice()
{
    Sites s;
    QVERIFY(s.make());
    const CliRun run
        = runCli({ u"parameter"_s, u"set"_s, s.office, u"--name"_s, u"subsistence_minimum"_s,
                   u"--value"_s, u"5000000"_s, u"--from"_s, u"2026-06-01"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"central desk"_s), run.describe().constData());
    QVERIFY(!runCli({ u"parameter"_s, u"list"_s, s.office }).out.contains(u"5000000"_s));
}

void TestCliAssessments::parameterSet_atTheHub_isListed()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY_CLI_OK(runCli({ u"parameter"_s, u"set"_s, s.hub, u"--name"_s, u"subsistence_minimum"_s,
                            u"--value"_s, u"5000000"_s, u"--from"_s, u"2026-06-01"_s, u"--region"_s,
                            u"Almaty"_s, u"--note"_s, u"Decree 12"_s }));
    const CliRun list = runCli({ u"parameter"_s, u"list"_s, s.hub });
    QVERIFY_CLI_OK(list);
    QVERIFY2(list.out.contains(u"subsistence_minimum\tAlmaty\t2026-06-01\t5000000\tcentral desk"_s),
             list.describe().constData());
    QVERIFY(list.out.contains(u"poverty_line_share\t(all)\t2025-01-01\t700\tshipped"_s));
    const CliRun wrong
        = runCli({ u"parameter"_s, u"set"_s, s.hub, u"--name"_s, u"subsistence_minimum"_s,
                   u"--value"_s, u"many"_s, u"--from"_s, u"2026-06-01"_s });
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(u"whole number"_s));
}

void TestCliAssessments::assessment_startAnswerCompleteShow()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(false);
    QVERIFY(!id.isEmpty());
    const CliRun draft = runCli({ u"assessment"_s, u"show"_s, s.hub, id });
    QVERIFY_CLI_OK(draft);
    for (const QString &line : QStringList {
             u"template\ttest_scored\t1\t"_s + s.templateHash.left(12) + u"\tTest situation"_s,
             u"date\t2025-11-15"_s, u"status\tdraft"_s, u"answer\tsource\t\"none\""_s,
             u"answer\tmonths\t7"_s, u"answer\tviolence\ttrue"_s,
             u"answer\tnote\t\"Lives with her aunt\""_s, u"domain\tincome\t6\temergency"_s,
             u"level\temergency\t11"_s })
        QVERIFY2(draft.outLines().contains(line), qPrintable(line + u"\n"_s + draft.out));

    const CliRun completed = runCli({ u"assessment"_s, u"complete"_s, s.hub, id });
    QVERIFY_CLI_OK(completed);
    QCOMPARE(completed.out.trimmed(), u"emergency (total score 11)"_s);
    const CliRun shown = runCli({ u"assessment"_s, u"show"_s, s.hub, id });
    QVERIFY(shown.outLines().contains(u"status\tcompleted"_s));
    QVERIFY(shown.outLines().contains(u"domain\tsafety\t5\temergency"_s));
    QVERIFY(shown.outLines().contains(u"need\tcash"_s));
    // Completed is read-only.
    const CliRun again
        = runCli({ u"assessment"_s, u"answer"_s, s.hub, id, u"--set"_s, u"months=1"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"completed"_s));
}

void TestCliAssessments::assessment_unknownQuestion_isRefused()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(false);
    QVERIFY(!id.isEmpty());
    const CliRun run
        = runCli({ u"assessment"_s, u"answer"_s, s.hub, id, u"--set"_s, u"colour=\"blue\""_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"colour"_s), run.describe().constData());
    const CliRun start = runCli({ u"assessment"_s, u"start"_s, s.hub, u"--case"_s, s.firstCase(),
                                  u"--template"_s, u"no_such_template"_s });
    QCOMPARE(start.exitCode, 1);
    QVERIFY(start.err.contains(u"no_such_template"_s));
}

void TestCliAssessments::listAssessments_labelsDateTemplateStatusLevel()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(true);
    QVERIFY(!id.isEmpty());
    const CliRun list = runCli({ u"list"_s, s.hub, u"assessment"_s });
    QVERIFY_CLI_OK(list);
    // The demo cases have assessments of their own; this one is listed with its label.
    QVERIFY(list.outLines().contains(id + u"\t2025-11-15 test_scored completed emergency"_s));
}

void TestCliAssessments::print_writesAPdf()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(true);
    QVERIFY(!id.isEmpty());
    const QString pdf = s.dir.file(u"assessment.pdf"_s);
    const CliRun run = runCli({ u"print"_s, s.hub, u"--document"_s, u"assessment"_s, u"--id"_s, id,
                                u"--out"_s, pdf, u"--lang"_s, u"en"_s });
    QVERIFY_CLI_OK(run);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY2(text.contains(u"Test situation"_s) && text.contains(u"Page 1 of"_s), qPrintable(text));
}

void TestCliAssessments::print_inRussian()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(true);
    QVERIFY(!id.isEmpty());
    const QString pdf = s.dir.file(u"assessment-ru.pdf"_s);
    QVERIFY_CLI_OK(runCli({ u"print"_s, s.hub, u"--document"_s, u"assessment"_s, u"--id"_s, id,
                            u"--out"_s, pdf, u"--lang"_s, u"ru"_s }));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY2(text.contains(u"Тестовая ситуация"_s), qPrintable(text));
    QVERIFY2(text.contains(u"15.11.2025"_s), qPrintable(text));
}

void TestCliAssessments::print_draftIsMarked()
{
    Sites s;
    QVERIFY(s.make());
    QVERIFY(s.issue());
    const QString id = s.assessment(false);
    QVERIFY(!id.isEmpty());
    const QString pdf = s.dir.file(u"draft.pdf"_s);
    QVERIFY_CLI_OK(runCli(
        { u"print"_s, s.hub, u"--document"_s, u"assessment"_s, u"--id"_s, id, u"--out"_s, pdf }));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY2(text.contains(u"DRAFT — not completed"_s), qPrintable(text));
}

void TestCliAssessments::print_refusesWhatItCannotPrint_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("unknown assessment")
        << u"assessment"_s << unknown << u"en"_s << u"does not exist"_s;
    QTest::newRow("not an id") << u"assessment"_s << u"42"_s << u"en"_s << u"not a record id"_s;
    QTest::newRow("unknown document")
        << u"poem"_s << unknown << u"en"_s << u"unknown document poem"_s;
    QTest::newRow("unknown language")
        << u"assessment"_s << unknown << u"fr"_s << u"--lang is ru or en"_s;
}

void TestCliAssessments::print_refusesWhatItCannotPrint()
{
    QFETCH(QString, document);
    QFETCH(QString, id);
    QFETCH(QString, language);
    QFETCH(QString, message);
    Sites s;
    QVERIFY(s.make());
    const QString pdf = s.dir.file(u"nothing.pdf"_s);
    const CliRun run = runCli({ u"print"_s, s.hub, u"--document"_s, document, u"--id"_s, id,
                                u"--out"_s, pdf, u"--lang"_s, language });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(message), run.describe().constData());
    QVERIFY(!QFileInfo::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliAssessments)
#include "tst_cli_assessments.moc"
