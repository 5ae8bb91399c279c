// The printed action plan and social contract: the case, goals with their actions (who does
// what by when, status, outcome), reviews, both sides' obligations, the assistance and the
// monthly compliance with what is payable; a draft marked; refused for a sensitive case the user
// may not see; and as a PDF with the client's name in Cyrillic.
#include "assessmenttestsupport.h"
#include "roleaccounts.h"
#include "testsupport.h"

#include "assessments.h"
#include "caseaccess.h"
#include "meanstest.h"
#include "planreport.h"
#include "plans.h"
#include "reportprinter.h"
#include "socialcontracts.h"
#include "templatecatalogue.h"
#include "translator.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString clientFamily = u"Ибраимова"_s;
const QString clientGiven = u"Асель"_s;

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

PlanAction action(const QUuid &goal, const QString &kind, const QString &what,
                  const QString &agency, const QString &person, const QDate &due)
{
    PlanAction a;
    a.goalId = goal;
    a.kind = kind;
    a.description = what;
    a.agency = agency;
    a.person = person;
    a.dueDate = due;
    return a;
}

QString monthName(const QDate &month)
{
    return QLocale().standaloneMonthName(month.month());
}

// An office with one case and, on demand, a plan with two goals, four actions in every state
// (one of them overdue, one under no goal) and a review.
struct Office
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store;
    QUuid caseId;
    QString caseNumber, birthDate;
    const QDate today = QDate::currentDate();

    bool make()
    {
        store = createStore(dir.file(u"office.cdsk"_s), officeSite(u"Office North"_s));
        if (!store)
            return false;
        auto id = CaseFiles(*store).openCase(
            newCase(person(clientFamily, clientGiven, u"14.02.1991"_s)));
        if (!id)
            return false;
        caseId = id.value();
        const auto file = CaseFiles(*store).load(caseId);
        caseNumber = file->number;
        birthDate = file->client.birthDate.toDisplay();
        return true;
    }

    QUuid plan(const QString &kind)
    {
        Plans plans(*store);
        auto plan = plans.create(caseId, kind, today.addMonths(-4), today.addMonths(8));
        if (!plan)
            return QUuid();
        auto work = plans.addGoal(
            plan.value(),
            { QUuid(), u"Find a job as a welder"_s, u"Stable income from work"_s, QUuid() });
        auto papers = plans.addGoal(plan.value(),
                                    { QUuid(), u"Restore the passport"_s, QString(), QUuid() });
        if (!work || !papers)
            return QUuid();
        auto course = plans.addAction(plan.value(),
                                      action(work.value(), u"vocational_training"_s,
                                             u"Welding course"_s, u"Employment centre"_s,
                                             u"Бекзат Омаров"_s, today.addDays(-20)));
        auto search
            = plans.addAction(plan.value(),
                              action(work.value(), u"job_search"_s, u"Weekly job club"_s,
                                     u"Employment centre"_s, u"Гульнара Ким"_s, today.addDays(-3)));
        auto passport
            = plans.addAction(plan.value(),
                              action(papers.value(), u"documents"_s, u"Apply for a new passport"_s,
                                     u"Migration service"_s, QString(), today.addDays(14)));
        auto visit = plans.addAction(
            plan.value(),
            action(QUuid(), u"psychosocial"_s, u"Talks with the psychologist"_s,
                   u"Social work centre"_s, u"Дана Сейткали"_s, today.addDays(30)));
        if (!course || !search || !passport || !visit)
            return QUuid();
        if (!plans.review(plan.value(), today, u"Course dates moved"_s))
            return QUuid();
        if (!plans.setActionStatus(course.value(), ActionStatus::Done, u"Certificate obtained"_s,
                                   today.addDays(-2)))
            return QUuid();
        if (!plans.setActionStatus(visit.value(), ActionStatus::InProgress, QString()))
            return QUuid();
        return plan.value();
    }

    // A social contract with both sides' obligations, two kinds of assistance, and four months:
    // kept, then a warning, a reduction and a suspension.
    QUuid contract()
    {
        const QUuid id = plan(u"social_contract"_s);
        if (id.isNull())
            return id;
        SocialContracts contracts(*store);
        if (!contracts.addObligation(id, u"client"_s, u"Attend every lesson of the course"_s)
            || !contracts.addObligation(id, u"client"_s, u"Report to the office every month"_s)
            || !contracts.addObligation(id, u"agency"_s, u"Pay the monthly benefit"_s)
            || !contracts.addAssistance(
                id, { QUuid(), u"Monthly benefit"_s, 2500000, u"Course attendance"_s })
            || !contracts.addAssistance(
                id, { QUuid(), u"Travel allowance"_s, 1000050, u"Tickets shown"_s }))
            return QUuid();
        const struct
        {
            bool kept;
            Consequence consequence;
            const char *reason;
        } months[] = { { true, Consequence::None, "" },
                       { false, Consequence::Warning, "Missed four lessons" },
                       { false, Consequence::Reduction, "Missed the exam" },
                       { false, Consequence::Suspension, "Stopped attending" } };
        for (int i = 0; i < 4; ++i) {
            ComplianceMonth m;
            m.month = today.addMonths(-4 + i);
            m.kept = months[i].kept;
            m.consequence = months[i].consequence;
            m.reason = QString::fromLatin1(months[i].reason);
            if (!contracts.recordMonth(id, m))
                return QUuid();
        }
        return id;
    }
};

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
        installTranslations(u"en"_s);
    }

    void actionPlan_showsCaseGoalsActionsAndReviews();
    void actionPlan_hasSignatureLinesForClientAndWorker();
    void draft_isMarked_signedOffNamesWhoAndWhen();
    void socialContract_showsObligationsAssistanceAndCompliance();
    void goalNeed_isWordedByTheAssessmentTemplate();
    void everyValue_isEscaped();
    void sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt();
    void unknownPlan_isRefused();
    void pdf_hasTheClientsNameAndRepeatsTableHeaders();
};

void TestPlanReport::actionPlan_showsCaseGoalsActionsAndReviews()
{
    Office o;
    QVERIFY(o.make());
    const QUuid id = o.plan(u"action_plan"_s);
    QVERIFY(!id.isNull());
    const auto document = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(document);
    QCOMPARE(document->title, u"Individual action plan"_s);
    const QString text = bodyText(document.value());
    QVERIFY_CONTAINS(
        text,
        QStringList({ clientFamily, clientGiven, o.caseNumber, u"Office North"_s,
                      u"Айгуль Серикбаева"_s, o.birthDate, displayDate(o.today.addMonths(-4)),
                      displayDate(o.today.addMonths(8)) }));
    QVERIFY_CONTAINS(text,
                     QStringList({ u"Goal 1. Find a job as a welder"_s,
                                   u"Need it answers: Stable income from work"_s,
                                   u"Goal 2. Restore the passport"_s, u"Other actions"_s }));
    // Each action: kind label, description, responsible agency and person, due date, status.
    const QRegularExpression course(
        u"Vocational training\\s+Welding course\\s+Employment centre\\s+Бекзат Омаров\\s+%1\\s+"
        "done\\s+on %2\\s+Certificate obtained"_s.arg(
            QRegularExpression::escape(displayDate(o.today.addDays(-20))),
            QRegularExpression::escape(displayDate(o.today.addDays(-2)))));
    QVERIFY2(text.contains(course), qPrintable(text));
    const QRegularExpression search(
        u"Job search assistance\\s+Weekly job club\\s+Employment centre\\s+Гульнара Ким\\s+%1\\s+"
        "planned\\s+overdue"_s.arg(QRegularExpression::escape(displayDate(o.today.addDays(-3)))));
    QVERIFY2(text.contains(search), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(
        u"Restoring identity documents\\s+Apply for a new passport\\s+Migration service\\s+%1\\s+"
        "planned"_s.arg(QRegularExpression::escape(displayDate(o.today.addDays(14)))))));
    // The action of no goal comes after "Other actions".
    QVERIFY(text.indexOf(u"Talks with the psychologist"_s) > text.indexOf(u"Other actions"_s));
    QVERIFY(text.contains(QRegularExpression(
        u"Talks with the psychologist\\s+Social work centre\\s+Дана Сейткали\\s+%1\\s+in progress"_s
            .arg(QRegularExpression::escape(displayDate(o.today.addDays(30)))))));
    // The review with the plan as it was before it: the course was still planned.
    const Plan plan = Plans(*o.store).load(id).value();
    QCOMPARE(plan.reviews.size(), 1);
    QVERIFY(!plan.reviews.first().author.isEmpty());
    QVERIFY_CONTAINS(
        text,
        QStringList({ u"Reviews"_s, u"Course dates moved"_s, plan.reviews.first().author,
                      u"Action: Welding course, due %1, planned"_s.arg(
                          displayDate(o.today.addDays(-20))) }));
    QCOMPARE(text.count(u"overdue"_s), 1);
}

void TestPlanReport::actionPlan_hasSignatureLinesForClientAndWorker()
{
    Office o;
    QVERIFY(o.make());
    const QUuid id = o.plan(u"action_plan"_s);
    QVERIFY(!id.isNull());
    const auto document = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    const QString signatures = text.mid(text.lastIndexOf(u"Signatures"_s));
    QVERIFY2(
        signatures.contains(QRegularExpression(
            u"Client\\s+%1 %2\\s+_+\\s+signature\\s+_+\\s+date"_s.arg(clientFamily, clientGiven))),
        qPrintable(signatures));
    QVERIFY2(signatures.contains(QRegularExpression(
                 u"Case worker\\s+Айгуль Серикбаева\\s+_+\\s+signature\\s+_+\\s+date"_s)),
             qPrintable(signatures));
    QVERIFY(signatures.contains(u"agrees to the goals and actions"_s));
    QVERIFY(!signatures.contains(u"For the agency"_s));
}

void TestPlanReport::draft_isMarked_signedOffNamesWhoAndWhen()
{
    Office o;
    QVERIFY(o.make());
    const QUuid id = o.plan(u"action_plan"_s);
    QVERIFY(!id.isNull());
    const auto draft = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(draft);
    QVERIFY_CONTAINS(bodyText(draft.value()),
                     QStringList({ u"DRAFT — not signed off"_s, u"Draft — waiting for sign-off"_s,
                                   u"not signed off yet"_s }));
    QVERIFY(draft->header.contains(u"DRAFT — not signed off"_s));
    QVERIFY(draft->header.contains(o.caseNumber));

    QVERIFY_STATUS(Plans(*o.store).signOff(id));
    const Plan plan = Plans(*o.store).load(id).value();
    const auto active = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(active);
    const QString text = bodyText(active.value());
    QVERIFY(!text.contains(u"DRAFT"_s));
    QVERIFY(!active->header.contains(u"DRAFT"_s));
    QVERIFY_CONTAINS(text,
                     QStringList({ u"Active"_s, plan.signedOffBy,
                                   displayDateTime(plan.signedOffAt.toLocalTime()) }));
}

void TestPlanReport::socialContract_showsObligationsAssistanceAndCompliance()
{
    Office o;
    QVERIFY(o.make());
    const QUuid id = o.contract();
    QVERIFY(!id.isNull());
    const auto document = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(document);
    QCOMPARE(document->title, u"Social contract"_s);
    const QString text = bodyText(document.value());
    // Both sides' obligations, each under its side.
    const qsizetype client = text.indexOf(u"The client undertakes to"_s);
    const qsizetype agency = text.indexOf(u"The agency undertakes to"_s);
    QVERIFY2(client >= 0 && agency > client, qPrintable(text));
    QVERIFY(text.indexOf(u"Attend every lesson of the course"_s) > client);
    QVERIFY(text.indexOf(u"Report to the office every month"_s) < agency);
    QVERIFY(text.indexOf(u"Pay the monthly benefit"_s) > agency);
    // The assistance in money with two decimals, and the total of a month.
    QVERIFY(text.contains(QRegularExpression(u"Monthly benefit\\s+%1\\s+Course attendance"_s.arg(
        QRegularExpression::escape(moneyText(2500000))))));
    QVERIFY(text.contains(QRegularExpression(u"Travel allowance\\s+%1\\s+Tickets shown"_s.arg(
        QRegularExpression::escape(moneyText(1000050))))));
    QVERIFY(text.contains(QRegularExpression(
        u"Total per month\\s+%1"_s.arg(QRegularExpression::escape(moneyText(3500050))))));
    QCOMPARE(moneyText(1000050), QLocale().toString(10000.50, 'f', 2));
    // Each month: kept or not, the consequence, its reason, what is payable.
    const QDate start = o.today.addMonths(-4);
    const QStringList rows {
        u"%1 %2\\s+Yes\\s+none\\s+%3"_s,
        u"%1 %2\\s+No\\s+warning\\s+Missed four lessons\\s+%3"_s,
        u"%1 %2\\s+No\\s+reduction of the assistance\\s+Missed the exam\\s+%3"_s,
        u"%1 %2\\s+No\\s+suspension of the assistance\\s+Stopped attending\\s+%3"_s,
    };
    const QList<qint64> payable { 3500050, 3500050, 1750025, 0 };
    for (int i = 0; i < rows.size(); ++i) {
        const QDate month = start.addMonths(i);
        const QRegularExpression line(
            rows.at(i)
                .arg(monthName(month))
                .arg(month.year())
                .arg(QRegularExpression::escape(moneyText(payable.at(i)))));
        QVERIFY2(text.contains(line), qPrintable(line.pattern() + u"\n"_s + text));
    }
    // The goals and actions are there too, and both parties sign.
    QVERIFY_CONTAINS(text,
                     QStringList({ u"Welding course"_s, u"Compliance by month"_s,
                                   u"For the agency"_s, u"agree to the obligations above"_s }));
    const QString signatures = text.mid(text.lastIndexOf(u"Signatures"_s));
    QVERIFY2(
        signatures.contains(QRegularExpression(
            u"For the agency\\s+Айгуль Серикбаева\\s+Office North\\s+_+\\s+signature\\s+_+"
            "\\s+date\\s+Client\\s+%1 %2\\s+_+\\s+signature"_s.arg(clientFamily, clientGiven))),
        qPrintable(signatures));
}

void TestPlanReport::goalNeed_isWordedByTheAssessmentTemplate()
{
    TempFolder dir;
    SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
    hub.kind = u"hub"_s;
    auto store = createStore(dir.file(u"hub.cdsk"_s), hub);
    QVERIFY(store);
    QJsonObject t = scoredTemplate();
    QJsonArray needs;
    for (const QJsonValue &v : t.value(u"needs"_s).toArray()) {
        QJsonObject need = v.toObject();
        if (need.value(u"id"_s).toString() == u"cash"_s)
            need.insert(u"text"_s, texts(u"Cash for food and heating"_s));
        needs.append(need);
    }
    t.insert(u"needs"_s, needs);
    const auto hash = TemplateCatalogue::issue(*store, bytes(t));
    QVERIFY_STATUS(hash);
    const auto caseId = CaseFiles(*store).openCase(newCase(person(clientFamily, clientGiven)));
    QVERIFY_STATUS(caseId);
    const QDate date = QDate::currentDate().addDays(-5);
    const auto assessment = Assessments(*store).start(caseId.value(), hash.value(), date);
    QVERIFY_STATUS(assessment);
    Plans plans(*store);
    const auto plan = plans.create(caseId.value(), u"action_plan"_s, date, QDate());
    QVERIFY_STATUS(plan);
    QVERIFY_STATUS(plans.addGoal(
        plan.value(), { QUuid(), u"Enough to eat this winter"_s, u"cash"_s, assessment.value() }));
    const auto document = PlanReport::build(*store, plan.value());
    QVERIFY_STATUS(document);
    const QString text = bodyText(document.value());
    QVERIFY_CONTAINS(
        text,
        QStringList({ u"Cash for food and heating (assessment of %1)"_s.arg(displayDate(date)),
                      u"No actions yet."_s, u"from %1, no end date"_s.arg(displayDate(date)) }));
}

void TestPlanReport::everyValue_isEscaped()
{
    Office o;
    QVERIFY(o.make());
    Plans plans(*o.store);
    const auto plan = plans.create(o.caseId, u"action_plan"_s, o.today, QDate());
    QVERIFY_STATUS(plan);
    const auto goal = plans.addGoal(
        plan.value(), { QUuid(), u"Work <b>& home</b>"_s, u"<i>need</i>"_s, QUuid() });
    QVERIFY_STATUS(goal);
    QVERIFY_STATUS(plans.addAction(plan.value(),
                                   action(goal.value(), u"other"_s, u"Call <Ms & Mr>\nthen write"_s,
                                          u"A&B <agency>"_s, u"<script>"_s, o.today)));
    const auto document = PlanReport::build(*o.store, plan.value());
    QVERIFY_STATUS(document);
    QVERIFY(document->html.contains(u"Work &lt;b&gt;&amp; home&lt;/b&gt;"_s));
    QVERIFY(document->html.contains(u"Call &lt;Ms &amp; Mr&gt;<br/>then write"_s));
    QVERIFY(document->html.contains(u"A&amp;B &lt;agency&gt;"_s));
    for (const QString &raw : { u"<b>& home"_s, u"<i>need"_s, u"<script>"_s, u"<agency>"_s })
        QVERIFY2(!document->html.contains(raw), qPrintable(raw));
    QVERIFY_CONTAINS(bodyText(document.value()),
                     QStringList({ u"Work <b>& home</b>"_s, u"<i>need</i>"_s, u"<script>"_s }));
}

void TestPlanReport::sensitiveCase_isRefusedToAWorkerWhoMayNotSeeIt()
{
    TempFolder dir;
    auto store = makeSite(dir.file(u"office.cdsk"_s), u"Office North"_s, u"office"_s);
    QVERIFY(store);
    QVERIFY(createRoleAccounts(*store, u"Айгуль Серикбаева"_s));
    QVERIFY(signInAs(*store, Role::OfficeAdmin));
    QVERIFY_STATUS(Accounts::create(
        *store, { u"nurlan"_s, u"Нурлан Ахметов"_s, QUuid(), { Role::CaseWorker } },
        testPassword()));
    QVERIFY(signInAs(*store, Role::CaseWorker));
    CaseFiles files(*store);
    const auto caseId = files.openCase(
        newCase(person(clientFamily, clientGiven, u"1991"_s), { u"domestic_violence"_s }));
    QVERIFY_STATUS(caseId);
    QVERIFY_STATUS(files.setSensitive(caseId.value(), true, u"Victim of domestic violence"_s));
    Plans plans(*store);
    const auto plan = plans.create(caseId.value(), u"action_plan"_s, QDate::currentDate(), QDate());
    QVERIFY_STATUS(plan);
    // Her own worker prints it, and the printing is recorded as an opening.
    const QString accesses = u"SELECT count(*) FROM case_access WHERE case_id=?"_s;
    const qint64 before = countRows(*store, accesses, caseId.value());
    const auto own = PlanReport::build(*store, plan.value());
    QVERIFY_STATUS(own);
    QVERIFY(own->header.contains(u"confidential"_s));
    QCOMPARE(countRows(*store, accesses, caseId.value()), before + 1);

    QVERIFY(signInAs(*store, u"nurlan"_s));
    QVERIFY_REFUSED(PlanReport::build(*store, plan.value()), CaseAccess::restrictedMessage());
    // A refusal is not an opening.
    QCOMPARE(countRows(*store, accesses, caseId.value()), before + 1);
}

void TestPlanReport::unknownPlan_isRefused()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY_REFUSED(PlanReport::build(*o.store, QUuid::createUuid()), u"does not exist"_s);
}

void TestPlanReport::pdf_hasTheClientsNameAndRepeatsTableHeaders()
{
    Office o;
    QVERIFY(o.make());
    const QUuid id = o.contract();
    QVERIFY(!id.isNull());
    // Enough actions under the first goal for its table to run over a page.
    Plans plans(*o.store);
    const QUuid goal = plans.load(id)->goals.first().id;
    for (int i = 0; i < 40; ++i)
        QVERIFY_STATUS(plans.addAction(
            id,
            action(goal, u"job_search"_s, u"Interview number %1"_s.arg(i + 1),
                   u"Employment centre"_s, u"Гульнара Ким"_s, o.today.addDays(40 + i))));
    const auto document = PlanReport::build(*o.store, id);
    QVERIFY_STATUS(document);
    const QString path = o.dir.file(u"contract.pdf"_s);
    QVERIFY_STATUS(ReportPrinter::writePdf(document.value(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    const QString pdf = pdfText(path);
    if (pdf.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
    QVERIFY_CONTAINS(
        pdf,
        QStringList({ clientFamily, clientGiven, u"Social contract"_s, u"Interview number 40"_s,
                      u"Stopped attending"_s, u"Signatures"_s, u"Page 1 of"_s }));
    const QRegularExpressionMatch pages = QRegularExpression(u"Page 1 of (\\d+)"_s).match(pdf);
    QVERIFY(pages.captured(1).toInt() > 1);
    // The action table's header row is printed again on the page it continues on.
    const int headers = int(pdf.count(QRegularExpression(u"Action\\s+Responsible\\s+Due"_s)));
    QVERIFY2(headers > 3, qPrintable(pdf)); // two goals, other actions, one repetition at least
}

QTEST_MAIN(TestPlanReport)
#include "tst_planreport.moc"
