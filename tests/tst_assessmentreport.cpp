// The printed needs assessment: what it says (client, template and rule version, answers,
// scores, the means test line by line with its parameters), in the installed language, refused
// for a sensitive case the user may not see, and as a PDF that paginates and embeds its fonts.
#include "assessmenttestsupport.h"
#include "roleaccounts.h"
#include "testsupport.h"

#include "assessmentparameters.h"
#include "assessmentreport.h"
#include "assessments.h"
#include "caseaccess.h"
#include "meanstest.h"
#include "reportprinter.h"
#include "templatecatalogue.h"
#include "translator.h"
#include "vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString clientFamily = u"Жумабекова"_s;
const QString clientGiven = u"Динара"_s;
const QString memberFamily = u"Жумабеков"_s;
const QString memberGiven = u"Тимур"_s;
const QDate assessmentDate(2025, 11, 15);

QJsonObject question(const QString &id, const QString &kind, const QString &en,
                     const QString &ru = QString())
{
    return QJsonObject { { u"id"_s, id }, { u"kind"_s, kind }, { u"text"_s, texts(en, ru) } };
}

QJsonObject section(const QString &id, const QString &title, const QJsonArray &questions)
{
    return QJsonObject { { u"id"_s, id },
                         { u"title"_s, texts(title) },
                         { u"questions"_s, questions } };
}

// A means test: household, incomes over three months, housing area and one welfare flag; care
// allowances do not count.
QJsonObject meansTemplate()
{
    QJsonObject area = question(u"housing_area"_s, u"number"_s, u"Housing area"_s);
    area.insert(u"decimals"_s, 1);
    area.insert(u"min"_s, 0);
    area.insert(u"max"_s, 2000);
    const auto kind = [](const QString &id, const QString &text, bool counts) {
        return QJsonObject { { u"id"_s, id }, { u"text"_s, texts(text) }, { u"counts"_s, counts } };
    };
    return QJsonObject {
        { u"format"_s, 1 },
        { u"id"_s, u"test_means"_s },
        { u"version"_s, 3 },
        { u"effective_from"_s, u"2020-01-01"_s },
        { u"kind"_s, u"means_test"_s },
        { u"title"_s, texts(u"Test means test"_s, u"Тестовая проверка нуждаемости"_s) },
        { u"sections"_s,
          QJsonArray {
              section(u"household"_s, u"Household"_s,
                      { question(u"household"_s, u"household"_s, u"Members"_s) }),
              section(u"incomes"_s, u"Incomes"_s,
                      { question(u"incomes"_s, u"incomes"_s, u"Incomes over the period"_s) }),
              section(u"housing"_s, u"Housing"_s, { area }),
              section(u"welfare"_s, u"Welfare"_s,
                      { question(u"car"_s, u"yes_no"_s, u"Owns a new car"_s) }) } },
        { u"means_test"_s,
          QJsonObject {
              { u"period_months"_s, 3 },
              { u"household_question"_s, u"household"_s },
              { u"income_question"_s, u"incomes"_s },
              { u"housing_area_question"_s, u"housing_area"_s },
              { u"welfare_flags"_s, QJsonArray { u"car"_s } },
              { u"income_kinds"_s,
                QJsonArray { kind(u"wages"_s, u"Wages"_s, true),
                             kind(u"care_allowance"_s, u"Care allowance"_s, false) } } } },
    };
}

// A central desk with both test templates, a value of the subsistence minimum of its own and a
// case whose household has two members.
struct Desk
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store;
    QUuid caseId;
    QString scoredHash, meansHash;

    bool make()
    {
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        store = createStore(dir.file(u"hub.cdsk"_s), hub);
        return store && prepare();
    }

    bool prepare()
    {
        if (!issueTemplates(*store))
            return false;
        ParameterValue minimum;
        minimum.name = u"subsistence_minimum"_s;
        minimum.effectiveFrom = QDate(2025, 6, 1);
        minimum.value = 4500000;
        if (!AssessmentParameters::set(*store, minimum))
            return false;
        CaseFiles files(*store);
        auto id = files.openCase(newCase(person(clientFamily, clientGiven, u"14.02.1991"_s)));
        if (!id)
            return false;
        caseId = id.value();
        return files
            .addHouseholdMember(caseId, person(memberFamily, memberGiven, u"2012"_s), u"child"_s)
            .isOk();
    }

    bool issueTemplates(RecordStore &at)
    {
        auto scored = TemplateCatalogue::issue(at, bytes(scoredTemplate()));
        auto means = TemplateCatalogue::issue(at, bytes(meansTemplate()));
        if (!scored || !means) {
            qWarning("issuing: %s %s", qPrintable(scored.message()), qPrintable(means.message()));
            return false;
        }
        scoredHash = scored.value();
        meansHash = means.value();
        return true;
    }

    QUuid start(const QString &hash, const QDate &date = assessmentDate)
    {
        auto id = Assessments(*store).start(caseId, hash, date);
        if (!id)
            qWarning("start: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    QUuid completedScored()
    {
        const QUuid id = start(scoredHash);
        const Answers answers { { u"source"_s, u"none"_s },
                                { u"months"_s, 7 },
                                { u"violence"_s, true },
                                { u"note"_s, u"Lives with <b>her</b> aunt & uncle\nsince May"_s } };
        if (id.isNull() || !Assessments(*store).complete(id, answers, assessmentDate))
            return QUuid();
        return id;
    }

    // The client earns wages; the child gets a care allowance that does not count, plus
    // `extraRows` more incomes of the client.
    QUuid completedMeansTest(int extraRows = 0)
    {
        const QUuid id = start(meansHash);
        Assessments assessments(*store);
        auto record = assessments.load(id);
        if (!record)
            return QUuid();
        const QJsonArray household = record->answers.value(u"household"_s).toArray();
        if (household.size() != 2)
            return QUuid();
        const QString client = household.at(0).toObject().value(u"person"_s).toString();
        const QString child = household.at(1).toObject().value(u"person"_s).toString();
        const auto income = [](const QString &person, const QString &kind, qint64 amount) {
            return QJsonObject { { u"person"_s, person },
                                 { u"kind"_s, kind },
                                 { u"amount"_s, amount } };
        };
        QJsonArray incomes { income(client, u"wages"_s, 9000000),
                             income(child, u"care_allowance"_s, 3000000) };
        for (int i = 0; i < extraRows; ++i)
            incomes.append(income(i % 2 ? client : child, i % 3 ? u"wages"_s : u"care_allowance"_s,
                                  10000 + i));
        Answers answers = record->answers;
        answers.insert(u"incomes"_s, incomes);
        answers.insert(u"housing_area"_s, 30.5);
        answers.insert(u"car"_s, false);
        auto result = assessments.complete(id, answers, assessmentDate);
        if (!result) {
            qWarning("complete: %s", qPrintable(result.message()));
            return QUuid();
        }
        return id;
    }
};

QString bodyText(const ReportDocument &document)
{
    QTextDocument text;
    ReportPrinter::layout(text, document, ReportPrinter::bodySize(96));
    return text.toPlainText();
}

// Fails the test unless the text contains every one of the expected pieces.
#define QVERIFY_CONTAINS(text, expected) \
    do { \
        for (const QString &cdPiece_ : (expected)) \
            QVERIFY2((text).contains(cdPiece_), \
                     qPrintable(u"missing \""_s + cdPiece_ + u"\" in:\n"_s + (text))); \
    } while (false)

// The text of a PDF by pdftotext, or an empty string when poppler-utils is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, { u"-layout"_s, path, u"-"_s });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray fileStart(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

// Headings whose next paragraph or table starts on a later page.
int lonelyHeadings(QTextDocument &text)
{
    const qreal height = text.pageSize().height();
    const auto page = [&](const QTextBlock &block) {
        return int(text.documentLayout()->blockBoundingRect(block).top() / height);
    };
    int lonely = 0;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && next.text().trimmed().isEmpty())
            next = next.next();
        if (next.isValid() && next.blockFormat().headingLevel() == 0 && page(next) > page(block))
            ++lonely;
    }
    return lonely;
}

// The words of a text, ligatures (ﬃ) taken apart as pdftotext writes them.
QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    for (const QString &word : text.normalized(QString::NormalizationForm_KC)
                                   .split(QRegularExpression(u"[^\\w]+"_s), Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

// Answers for every domain of the shipped difficult life situation.
Answers difficultLifeSituation()
{
    const auto list = [](std::initializer_list<const char *> values) {
        QJsonArray array;
        for (const char *v : values)
            array.append(QString::fromLatin1(v));
        return QJsonValue(array);
    };
    return { { u"income_source"_s, u"none"_s },
             { u"months_without_income"_s, 7 },
             { u"below_subsistence"_s, true },
             { u"food_insecurity"_s, true },
             { u"unpaid_debts"_s, false },
             { u"housing_situation"_s, u"relatives"_s },
             { u"housing_at_risk"_s, true },
             { u"housing_conditions"_s, list({ "no_heating", "overcrowded" }) },
             { u"chronic_illness"_s, false },
             { u"disability"_s, u"none"_s },
             { u"no_access_to_care"_s, true },
             { u"urgent_medical"_s, false },
             { u"unemployed_members"_s, 2 },
             { u"registered_jobseeker"_s, false },
             { u"unemployment_duration"_s, u"over_12_months"_s },
             { u"no_qualification"_s, true },
             { u"has_children"_s, true },
             { u"number_of_children"_s, 3 },
             { u"children_needs"_s, list({ "kindergarten", "clothes_supplies" }) },
             { u"child_neglect"_s, false },
             { u"family_crisis"_s, true },
             { u"domestic_violence"_s, true },
             { u"immediate_danger"_s, true },
             { u"trafficking_screening"_s, true },
             { u"trafficking_indicators"_s, list({ "deceived", "documents_taken" }) },
             { u"identity_document"_s, false },
             { u"members_documents"_s, true },
             { u"residence_registration"_s, false },
             { u"citizenship_status"_s, u"citizen"_s },
             { u"legal_issues"_s, list({ "benefit_refused" }) } };
}

// Rows of a table whose lines lie on two pages.
int splitRows(QTextDocument &text)
{
    const qreal height = text.pageSize().height();
    const auto page = [&](const QTextBlock &block, bool last) {
        const QRectF rect = text.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const QTextLine line = layout->lineAt(last ? layout->lineCount() - 1 : 0);
        return int((rect.top() + line.y() + (last ? line.height() - 0.5 : 0)) / height);
    };
    int split = 0;
    QSet<QTextTable *> seen;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (!table || seen.contains(table))
            continue;
        seen.insert(table);
        for (int row = 0; row < table->rows(); ++row) {
            int first = INT_MAX, last = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                first = qMin(first, page(cell.firstCursorPosition().block(), false));
                last = qMax(last, page(cell.lastCursorPosition().block(), true));
            }
            split += first != last ? 1 : 0;
        }
    }
    return split;
}

} // namespace

class TestAssessmentReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
        installTranslations(u"en"_s);
    }
    void cleanup() { installTranslations(u"en"_s); }

    void scored_showsCaseTemplateAnswersAndScores();
    void scored_escapesEveryValue();
    void draft_isMarkedAndShowsThePreview();
    void meansTest_showsTheLinesAndTheParametersWithTheirDates();
    void russian_followsTheInstalledLanguage();
    void sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt();
    void unknownAssessment_isRefused();
    void pdf_hasTheTextAndEmbedsTheFonts();
    void pdf_paintsEveryWordOfTheBody();
    void longMeansTest_paginatesWithRepeatedHeaderRows();
    void layout_keepsRowsAndHeadingsWithTheirContent();
    void pdfIntoMissingFolder_failsAndLeavesNothing();
    void pdfOverAFolder_failsAndLeavesNothing();
};

void TestAssessmentReport::scored_showsCaseTemplateAnswersAndScores()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedScored();
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    const auto file = CaseFiles(*d.store).load(d.caseId);
    QVERIFY_STATUS(file);
    QVERIFY_CONTAINS(
        text,
        QStringList({ clientFamily, clientGiven, file->number, u"Central desk"_s,
                      file->client.birthDate.toDisplay(), u"Test situation"_s, u"version 1"_s,
                      d.scoredHash.left(12), displayDate(assessmentDate), u"completed"_s }));
    // Answers: the choice by its option text, the number, yes/no, the text.
    QVERIFY_CONTAINS(text,
                     QStringList({ u"Main income"_s, u"Months without income"_s, u"7"_s,
                                   u"Violence at home"_s, u"Yes"_s, u"since May"_s }));
    // income: none (3) + 7 months (3) = 6, emergency; safety: violence 5, emergency.
    QVERIFY(text.contains(QRegularExpression(u"income\\s+6\\s+emergency"_s)));
    QVERIFY(text.contains(QRegularExpression(u"safety\\s+5\\s+emergency"_s)));
    QVERIFY_CONTAINS(text,
                     QStringList({ u"Overall level: emergency"_s, u"(total score 11)"_s, u"cash"_s,
                                   u"safety_plan"_s }));
    QVERIFY_CONTAINS(text, QStringList({ u"Signatures"_s, u"Case worker"_s, u"Client"_s }));
    QVERIFY(!text.contains(u"DRAFT"_s));
    QVERIFY(document->header.contains(file->number));
    QVERIFY(document->header.contains(u"Central desk"_s));
}

void TestAssessmentReport::scored_escapesEveryValue()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedScored();
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    QVERIFY(document->html.contains(u"Lives with &lt;b&gt;her&lt;/b&gt; aunt &amp; uncle<br/>"_s));
    QVERIFY(!document->html.contains(u"<b>her</b>"_s));
    QVERIFY(bodyText(document.value()).contains(u"Lives with <b>her</b> aunt & uncle"_s));
}

void TestAssessmentReport::draft_isMarkedAndShowsThePreview()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.start(d.scoredHash);
    QVERIFY(!id.isNull());
    QVERIFY_STATUS(
        Assessments(*d.store).saveDraft(id, { { u"source"_s, u"benefit"_s } }, assessmentDate));
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    QVERIFY_CONTAINS(text,
                     QStringList({ u"DRAFT — not completed"_s, u"draft"_s, u"benefit"_s,
                                   u"not answered"_s, u"Preview"_s }));
    QVERIFY(document->header.contains(u"DRAFT — not completed"_s));
    // The preview: income 1 (benefit), none; the skipped question is not printed.
    QVERIFY(text.contains(QRegularExpression(u"income\\s+1\\s+none"_s)));
    QVERIFY(!text.contains(u"Months without income"_s));
}

void TestAssessmentReport::meansTest_showsTheLinesAndTheParametersWithTheirDates()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedMeansTest();
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    const Assessments assessments(*d.store);
    auto record = assessments.load(id);
    QVERIFY_STATUS(record);
    const AssessmentTemplate *t = assessments.catalogue().byHash(d.meansHash);
    QVERIFY(t);
    // Every line of the computation, as the domain describes it.
    const QStringList lines = MeansTest::describe(record->result.meansTest, t);
    QVERIFY(lines.size() > 8);
    QVERIFY_CONTAINS(text, lines);
    QCOMPARE(record->result.meansTest.perCapitaMonthly, 1500000);
    QVERIFY_CONTAINS(
        text, QStringList({ moneyText(1500000), moneyText(3150000), u"Outcome: eligible"_s }));
    // The household and incomes tables.
    QVERIFY_CONTAINS(text,
                     QStringList({ memberFamily, u"Child"_s, u"Applicant"_s, u"Care allowance"_s,
                                   u"does not count"_s, moneyText(9000000),
                                   u"30.5"_s.replace(u'.', QLocale().decimalPoint()) }));
    // The parameters used: the central desk's minimum from 1 June, the shipped share.
    QVERIFY_CONTAINS(text,
                     QStringList({ AssessmentParameters::nameText(u"subsistence_minimum"_s),
                                   AssessmentParameters::nameText(u"poverty_line_share"_s),
                                   displayDate(QDate(2025, 6, 1)), displayDate(QDate(2025, 1, 1)),
                                   u"central desk"_s, u"shipped with CaseDesk"_s,
                                   moneyText(4500000), u"all regions"_s }));
}

void TestAssessmentReport::russian_followsTheInstalledLanguage()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid scored = d.completedScored();
    const QUuid means = d.completedMeansTest();
    QVERIFY(!scored.isNull() && !means.isNull());
    installTranslations(u"ru"_s);
    const auto document = AssessmentReport::build(*d.store, scored);
    QVERIFY_STATUS(document);
    QVERIFY(document->title.contains(u"Тестовая ситуация"_s));
    const QString text = bodyText(document.value());
    QVERIFY_CONTAINS(
        text, QStringList({ u"Тестовая ситуация"_s, u"Main income (ru)"_s, u"15.11.2025"_s }));
    const auto meansDocument = AssessmentReport::build(*d.store, means);
    QVERIFY_STATUS(meansDocument);
    QVERIFY(meansDocument->title.contains(u"Тестовая проверка нуждаемости"_s));
    QVERIFY_CONTAINS(
        bodyText(meansDocument.value()),
        QStringList({ u"Ребёнок"_s, u"Care allowance (ru)"_s, u"15 000,00"_s, u"01.06.2025"_s }));
}

void TestAssessmentReport::sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt()
{
    TempFolder dir;
    auto store = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    QVERIFY(store);
    QVERIFY(createRoleAccounts(*store, u"Айгуль Серикбаева"_s));
    QVERIFY(signInAs(*store, Role::OfficeAdmin));
    QVERIFY_STATUS(Accounts::create(
        *store, { u"nurlan"_s, u"Нурлан Ахметов"_s, QUuid(), { Role::CaseWorker } },
        testPassword()));
    const auto scored = TemplateCatalogue::issue(*store, bytes(scoredTemplate()));
    QVERIFY_STATUS(scored);
    QVERIFY(signInAs(*store, Role::CaseWorker));
    CaseFiles files(*store);
    NewCase c = newCase(person(clientFamily, clientGiven, u"1991"_s), { u"domestic_violence"_s });
    c.assignedWorker = u"Айгуль Серикбаева"_s;
    const auto caseId = files.openCase(c);
    QVERIFY_STATUS(caseId);
    QVERIFY_STATUS(files.setSensitive(caseId.value(), true, u"Victim of domestic violence"_s));
    const auto id = Assessments(*store).start(caseId.value(), scored.value(), assessmentDate);
    QVERIFY_STATUS(id);
    // Her own worker prints it, and the printing is recorded as an opening.
    const qint64 before
        = countRows(*store, u"SELECT count(*) FROM case_access WHERE case_id=?"_s, caseId.value());
    const auto own = AssessmentReport::build(*store, id.value());
    QVERIFY_STATUS(own);
    QVERIFY(own->header.contains(u"confidential"_s));
    QCOMPARE(
        countRows(*store, u"SELECT count(*) FROM case_access WHERE case_id=?"_s, caseId.value()),
        before + 1);

    QVERIFY(signInAs(*store, u"nurlan"_s));
    const auto refused = AssessmentReport::build(*store, id.value());
    QVERIFY_REFUSED(refused, CaseAccess::restrictedMessage());
}

void TestAssessmentReport::unknownAssessment_isRefused()
{
    Desk d;
    QVERIFY(d.make());
    QVERIFY_REFUSED(AssessmentReport::build(*d.store, QUuid::createUuid()), u"does not exist"_s);
}

void TestAssessmentReport::pdf_hasTheTextAndEmbedsTheFonts()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedScored();
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    const QString path = d.dir.file(u"assessment.pdf"_s);
    QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
    QVERIFY(fileStart(path, 5).startsWith("%PDF-"));
    QVERIFY(QFileInfo(path).size() > 5000);
    QCOMPARE(QDir(d.dir.path()).entryList({ u"*.pdf*"_s }, QDir::Files),
             QStringList({ u"assessment.pdf"_s }));

    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        QVERIFY_CONTAINS(text,
                         QStringList({ clientFamily, clientGiven, u"Test situation"_s,
                                       u"Overall level: emergency"_s, u"Signatures"_s,
                                       u"Page 1 of 1"_s, u"Central desk"_s }));
    }
    const QString fonts = QStandardPaths::findExecutable(u"pdffonts"_s);
    if (fonts.isEmpty())
        QSKIP("pdffonts (poppler-utils) is not installed; fonts not checked");
    QProcess process;
    process.start(fonts, { path });
    QVERIFY(process.waitForFinished(30000));
    const QStringList rows
        = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QStringList dejaVu;
    for (const QString &row : rows.mid(2)) {
        const QStringList columns = row.simplified().split(u' ');
        QVERIFY2(columns.size() > 5, qPrintable(row));
        // name, type (one or two words), encoding, emb, sub, uni, object, id
        QCOMPARE(columns.at(columns.size() - 5), u"yes"_s);
        if (columns.first().contains(u"DejaVu"_s))
            dejaVu << columns.first();
    }
    QVERIFY2(!dejaVu.isEmpty(), qPrintable(rows.join(u'\n')));
}

void TestAssessmentReport::pdf_paintsEveryWordOfTheBody()
{
    Desk d;
    QVERIFY(d.make());
    const AssessmentTemplate *dls = nullptr;
    const QList<AssessmentTemplate> shipped = TemplateCatalogue::shipped();
    for (const AssessmentTemplate &t : shipped)
        if (t.id == u"difficult_life_situation"_s)
            dls = &t;
    if (!dls)
        QSKIP("the difficult life situation template is not shipped");
    if (dls->effectiveFrom > QDate::currentDate())
        QSKIP("the shipped difficult life situation template is not in force yet");
    const QUuid id = d.start(dls->hash, dls->effectiveFrom);
    QVERIFY(!id.isNull());
    QVERIFY_STATUS(
        Assessments(*d.store).complete(id, difficultLifeSituation(), dls->effectiveFrom));
    const QUuid means = d.completedMeansTest(60);
    QVERIFY(!means.isNull());
    for (const QUuid &assessment : { id, means }) {
        const auto document = AssessmentReport::build(*d.store, assessment);
        QVERIFY_STATUS(document);
        const QString path = d.dir.file(u"words.pdf"_s);
        QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
        const QString pdf = pdfText(path);
        if (pdf.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QSet<QString> painted = wordsOf(pdf);
        QStringList missing;
        for (const QString &word : wordsOf(bodyText(document.value())))
            if (!painted.contains(word))
                missing << word;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    }
}

void TestAssessmentReport::longMeansTest_paginatesWithRepeatedHeaderRows()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedMeansTest(60);
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    QTextDocument text;
    ReportPrinter::layout(text, document.value(), ReportPrinter::bodySize(96));
    QVERIFY(text.pageCount() > 1);

    const QString path = d.dir.file(u"long.pdf"_s);
    QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
    QVERIFY(fileStart(path, 5).startsWith("%PDF-"));
    const QString pdf = pdfText(path);
    if (pdf.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; pages not checked");
    const QRegularExpressionMatch last = QRegularExpression(u"Page 1 of (\\d+)"_s).match(pdf);
    QVERIFY2(last.hasMatch(), qPrintable(pdf));
    const int pages = last.captured(1).toInt();
    QVERIFY(pages > 1);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(pdf.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    // Everything is painted, to the last page.
    QVERIFY_CONTAINS(pdf,
                     QStringList({ u"Parameters used"_s, u"Outcome: eligible"_s, u"Signatures"_s,
                                   clientFamily }));
    // 62 incomes over several pages: the table's header row is printed on each of them.
    QVERIFY(pdf.count(u"Kind of income"_s) > 1);
    QCOMPARE(pdf.count(u"Central desk · Case"_s), pages);
}

void TestAssessmentReport::layout_keepsRowsAndHeadingsWithTheirContent()
{
    Desk d;
    QVERIFY(d.make());
    const QUuid id = d.completedMeansTest(60);
    QVERIFY(!id.isNull());
    const auto document = AssessmentReport::build(*d.store, id);
    QVERIFY_STATUS(document);
    // Several page heights, so rows meet the foot of the page at different places.
    for (const qreal height : { 0.5, 0.63, 0.8, 1.0 }) {
        QTextDocument text;
        const QSizeF body = ReportPrinter::bodySize(96);
        ReportPrinter::layout(text, document.value(), QSizeF(body.width(), body.height() * height));
        QVERIFY(text.pageCount() > 1);
        QCOMPARE(splitRows(text), 0);
        QCOMPARE(lonelyHeadings(text), 0);
    }
    // Tables with a header row repeat it on every page.
    QTextDocument text;
    ReportPrinter::layout(text, document.value(), ReportPrinter::bodySize(96));
    int withHeader = 0;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next())
        if (QTextTable *table = QTextCursor(block).currentTable();
            table && table->firstCursorPosition().block() == block)
            withHeader += table->format().headerRowCount() == 1 ? 1 : 0;
    QVERIFY(withHeader >= 5); // household, incomes, two answer tables, parameters
}

void TestAssessmentReport::pdfIntoMissingFolder_failsAndLeavesNothing()
{
    TempFolder dir;
    ReportDocument document { u"Title"_s, u"Header"_s, u"<p>Body</p>"_s };
    const QString path = dir.file(u"missing/report.pdf"_s);
    QVERIFY_REFUSED(ReportPrinter::writePdf(document, path), u"does not exist"_s);
    QVERIFY(!QFileInfo::exists(dir.file(u"missing"_s)));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestAssessmentReport::pdfOverAFolder_failsAndLeavesNothing()
{
    TempFolder dir;
    QVERIFY(QDir(dir.path()).mkdir(u"report.pdf"_s));
    ReportDocument document { u"Title"_s, u"Header"_s, u"<p>Body</p>"_s };
    QVERIFY_REFUSED(ReportPrinter::writePdf(document, dir.file(u"report.pdf"_s)), u"folder"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({ u"report.pdf"_s }));
    QVERIFY(QDir(dir.file(u"report.pdf"_s)).isEmpty());
}

QTEST_MAIN(TestAssessmentReport)
#include "tst_assessmentreport.moc"
