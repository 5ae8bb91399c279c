// The case-management part of the demo data: plans with overdue actions, social contracts with a
// missed month, referrals within consent past their deadline or waiting for feedback, visits
// today, closures; the same for the same seed, and the case files unchanged by it.

#include "caseclosure.h"
#include "consent.h"
#include "demodata.h"
#include "myday.h"
#include "plans.h"
#include "planvocabulary.h"
#include "referrals.h"
#include "socialcontracts.h"
#include "supervisorview.h"
#include "synctestsupport.h"
#include "testsupport.h"
#include "visits.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int DemoCases = 200;

// The rows of a query, their first `columns` columns joined by '|'.
QStringList rows(const RecordStore &store, const char *sql, int columns = 1)
{
    QStringList out;
    Statement st = store.db().statement(sql);
    while (st.step() == Statement::Step::Row) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << st.text(i);
        out << values.join(u'|');
    }
    st.reset();
    return out;
}

// Everything the case-management part drew, keyed by case number (row ids are not seeded).
QStringList caseManagement(const RecordStore &store)
{
    QStringList all;
    all << rows(store,
                "SELECT case_number, management_model, status, closure_reason, outcome, "
                "closed_date FROM cases ORDER BY 1",
                6);
    all << rows(store,
                "SELECT c.case_number, p.kind, p.status, p.start_date, p.end_date FROM plans p "
                "JOIN cases c ON c.id=p.case_id ORDER BY 1, 2, 4",
                5);
    all << rows(store,
                "SELECT c.case_number, g.text, g.need FROM plan_goals g JOIN plans p "
                "ON p.id=g.plan_id JOIN cases c ON c.id=p.case_id ORDER BY 1, 2",
                3);
    all << rows(store,
                "SELECT c.case_number, a.kind, a.description, a.agency, a.person, a.due_date, "
                "a.status, a.done_date FROM plan_actions a JOIN plans p ON p.id=a.plan_id "
                "JOIN cases c ON c.id=p.case_id ORDER BY 1, 6, 2, 3, 7",
                8);
    all << rows(store,
                "SELECT c.case_number, m.month, m.kept, m.consequence FROM contract_compliance m "
                "JOIN plans p ON p.id=m.plan_id JOIN cases c ON c.id=p.case_id ORDER BY 1, 2",
                4);
    all << rows(store,
                "SELECT c.case_number, r.agency_name, r.sent_date, r.deadline, r.status, "
                "r.status_date FROM referrals r JOIN cases c ON c.id=r.case_id "
                "ORDER BY 1, 3, 2, 5",
                6);
    // The day a held visit was marked is the clock's, not the seed's.
    all << rows(store,
                "SELECT c.case_number, v.visit_date, v.visit_time, v.visit_kind, "
                "v.repeat_months, v.status FROM visits v JOIN cases c ON c.id=v.case_id "
                "ORDER BY 1, 2, 4, 6",
                6);
    return all;
}

qint64 count(const RecordStore &store, const char *sql)
{
    Statement st = store.db().statement(sql);
    const qint64 n = st.step() == Statement::Step::Row ? st.int64(0) : -1;
    st.reset();
    return n;
}

QList<QUuid> ids(const RecordStore &store, const char *sql)
{
    QList<QUuid> out;
    Statement st = store.db().statement(sql);
    while (st.step() == Statement::Step::Row)
        out << st.uuid(0);
    st.reset();
    return out;
}

} // namespace

class TestDemoPlans : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_hub;
    QDate m_today;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_today = QDate::currentDate();
        m_hub = demoSite(m_dir.file(u"hub.cdsk"_s), u"hub"_s, DemoCases, 7);
        QVERIFY(m_hub);
    }

    void demo_givesAboutSixInTenCasesAPlanWithGoalsAndActions()
    {
        const qint64 withPlan = count(*m_hub, "SELECT count(DISTINCT case_id) FROM plans");
        QVERIFY2(withPlan >= DemoCases * 45 / 100 && withPlan <= DemoCases * 75 / 100,
                 qPrintable(QString::number(withPlan)));
        QCOMPARE(rows(*m_hub,
                      "SELECT min(n), max(n) FROM (SELECT count(*) n FROM plan_goals "
                      "GROUP BY plan_id)",
                      2),
                 QStringList { u"1|3"_s });
        QCOMPARE(rows(*m_hub,
                      "SELECT min(n), max(n) FROM (SELECT count(*) n FROM plan_actions "
                      "GROUP BY plan_id)",
                      2),
                 QStringList { u"2|5"_s });
        const QStringList kinds = Vocabulary::codes(PlanVocabulary::actionKinds());
        for (const QString &kind : rows(*m_hub, "SELECT DISTINCT kind FROM plan_actions"))
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        QCOMPARE(count(*m_hub,
                       "SELECT count(*) FROM plan_actions WHERE agency IS NULL OR person IS NULL"),
                 0);
        // Goals answer the needs the case's assessments found.
        QVERIFY(count(*m_hub,
                      "SELECT count(*) FROM plan_goals g JOIN assessments a "
                      "ON a.id=g.assessment_id WHERE g.need IS NOT NULL")
                > 0);
    }

    void demo_hasSignedOffPlansDraftsAndOverdueActions()
    {
        QVERIFY(count(*m_hub, "SELECT count(*) FROM plans WHERE status='draft'") > 0);
        QVERIFY(count(*m_hub,
                      "SELECT count(*) FROM plans WHERE status='active' AND signed_off_by "
                      "IS NOT NULL")
                > 0);
        QVERIFY(count(*m_hub, "SELECT count(*) FROM plan_reviews") > 0);
        Plans plans(*m_hub);
        QMap<ActionStatus, int> byStatus;
        int overdue = 0;
        for (const QUuid &id : ids(*m_hub, "SELECT id FROM plans")) {
            const Result<Plan> plan = plans.load(id);
            QVERIFY_STATUS(plan);
            for (const PlanAction &a : plan->actions) {
                ++byStatus[a.status];
                overdue += Plans::isOverdue(a, m_today) ? 1 : 0;
                QVERIFY(a.dueDate >= m_today.addDays(-60) || a.dueDate > plan->startDate);
                QVERIFY(a.dueDate <= m_today.addDays(90 + 45));
                if (a.status == ActionStatus::Done)
                    QVERIFY(a.doneDate.isValid() && a.doneDate <= m_today);
            }
        }
        QVERIFY(overdue > 0);
        for (ActionStatus s : { ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                                ActionStatus::Cancelled })
            QVERIFY2(byStatus.value(s) > 0, qPrintable(actionStatusKey(s)));
    }

    void demo_socialContractsHaveBothSidesAssistanceAndAMissedMonthWithItsConsequence()
    {
        SocialContracts contracts(*m_hub);
        int withMissedMonth = 0;
        const QList<QUuid> all = ids(*m_hub, "SELECT id FROM plans WHERE kind='social_contract'");
        QVERIFY(!all.isEmpty());
        for (const QUuid &id : all) {
            QSet<QString> sides;
            for (const Obligation &o : contracts.obligations(id))
                sides << o.side;
            QCOMPARE(sides, (QSet<QString> { u"client"_s, u"agency"_s }));
            QCOMPARE(contracts.assistance(id).size(), 1);
            const QList<ComplianceMonth> months = contracts.compliance(id);
            for (int i = 0; i < months.size(); ++i) {
                if (months.at(i).kept) {
                    QCOMPARE(months.at(i).consequence, Consequence::None);
                    continue;
                }
                ++withMissedMonth;
                QCOMPARE(months.at(i).consequence,
                         SocialContracts::suggested(months.mid(0, i), months.at(i).month));
            }
        }
        QVERIFY(withMissedMonth > 0);
    }

    void demo_refersAboutThreeInTenCasesWithinConsent()
    {
        const qint64 referred = count(*m_hub, "SELECT count(DISTINCT case_id) FROM referrals");
        QVERIFY2(referred >= DemoCases * 15 / 100 && referred <= DemoCases * 45 / 100,
                 qPrintable(QString::number(referred)));
        QVERIFY(count(*m_hub, "SELECT count(*) FROM agencies") > 0);
        Referrals referrals(*m_hub);
        QMap<ReferralStatus, int> byStatus;
        int pastDeadline = 0, waiting = 0;
        for (const QUuid &caseId : ids(*m_hub, "SELECT DISTINCT case_id FROM referrals")) {
            for (const Referral &r : referrals.forCase(caseId)) {
                QVERIFY2(Consent::covers(*m_hub, caseId, r.agencyId), qPrintable(r.agencyName));
                QVERIFY(r.sentDate <= m_today && r.deadline >= r.sentDate);
                ++byStatus[r.status];
                pastDeadline += Referrals::isPastDeadline(r, m_today) ? 1 : 0;
                waiting += Referrals::isWaitingForFeedback(r) ? 1 : 0;
            }
        }
        QVERIFY(pastDeadline > 0);
        QVERIFY(waiting > 0);
        QVERIFY(byStatus.value(ReferralStatus::Completed) > 0);
        QVERIFY(byStatus.value(ReferralStatus::Sent) > 0);
        QVERIFY(byStatus.value(ReferralStatus::Declined) + byStatus.value(ReferralStatus::Expired)
                > 0);
        // Nothing went outside the consent.
        QCOMPARE(count(*m_hub, "SELECT count(*) FROM consent_overrides"), 0);
    }

    void demo_schedulesVisitsTodayThisWeekAndRepeatingReRegistrations()
    {
        const QList<AgendaEntry> today = Visits(*m_hub).agenda(m_today, m_today);
        QVERIFY(!today.isEmpty());
        QVERIFY(Visits(*m_hub).agenda(m_today, MyDay::weekEnd(m_today)).size() >= today.size());
        QCOMPARE(count(*m_hub,
                       "SELECT count(*) FROM visits WHERE visit_kind='re_registration' AND "
                       "repeat_months NOT IN (3, 6)"),
                 0);
        QVERIFY(count(*m_hub, "SELECT count(*) FROM visits WHERE repeat_months IN (3, 6)") > 0);
        QVERIFY(count(*m_hub, "SELECT count(*) FROM visits WHERE status='held'") > 0);
        QVERIFY(count(*m_hub, "SELECT count(*) FROM visits WHERE status='missed'") > 0);
        // A visit is never scheduled for a day gone by.
        for (const QString &day :
             rows(*m_hub, "SELECT visit_date FROM visits WHERE status='scheduled'"))
            QVERIFY2(QDate::fromString(day, Qt::ISODate) >= m_today, qPrintable(day));
    }

    void demo_closesAFewCasesWithReasonAndOutcome()
    {
        const qint64 closed = count(*m_hub, "SELECT count(*) FROM cases WHERE status<>'open'");
        QVERIFY2(closed > 0 && closed <= DemoCases / 10, qPrintable(QString::number(closed)));
        QVERIFY(count(*m_hub, "SELECT count(*) FROM cases WHERE status='closure_requested'") > 0);
        QVERIFY(count(*m_hub, "SELECT count(*) FROM cases WHERE reopened_date IS NOT NULL") > 0);
        const QStringList reasons = Vocabulary::codes(PlanVocabulary::closureReasons());
        const QStringList outcomes = Vocabulary::codes(PlanVocabulary::closureOutcomes());
        for (const QString &row :
             rows(*m_hub,
                  "SELECT closure_reason, outcome, closed_date FROM cases WHERE "
                  "closed_date IS NOT NULL",
                  3)) {
            const QStringList parts = row.split(u'|');
            QVERIFY2(reasons.contains(parts.at(0)), qPrintable(row));
            QVERIFY2(outcomes.contains(parts.at(1)), qPrintable(row));
            QVERIFY(QDate::fromString(parts.at(2), Qt::ISODate) <= m_today);
        }
        for (const QUuid &id : ids(*m_hub, "SELECT id FROM cases WHERE status<>'open'"))
            QVERIFY(CaseClosure::lateEdits(*m_hub, id).isEmpty());
    }

    void demo_setsTheManagementModelOfMostCases()
    {
        const QStringList models = Vocabulary::codes(PlanVocabulary::managementModels());
        int set = 0;
        for (const QString &model : rows(*m_hub, "SELECT management_model FROM cases")) {
            if (model.isEmpty())
                continue;
            QVERIFY2(models.contains(model), qPrintable(model));
            ++set;
        }
        QVERIFY2(set >= DemoCases * 70 / 100 && set <= DemoCases * 95 / 100,
                 qPrintable(QString::number(set)));
    }

    void demo_fillsMyDayAndTheSupervisorView()
    {
        QSet<MyDayItem::Kind> kinds;
        for (const QString &worker : rows(*m_hub, "SELECT DISTINCT assigned_worker FROM cases"))
            for (const MyDayItem &item : MyDay::load(*m_hub, { m_today, 30, worker, true }))
                kinds << item.kind;
        for (MyDayItem::Kind kind :
             { MyDayItem::Kind::OverdueAction, MyDayItem::Kind::VisitToday,
               MyDayItem::Kind::ReferralPastDeadline, MyDayItem::Kind::ReferralWaitingForFeedback,
               MyDayItem::Kind::NoContact, MyDayItem::Kind::PlanToSignOff,
               MyDayItem::Kind::ClosureToSignOff })
            QVERIFY2(kinds.contains(kind), qPrintable(MyDay::kindText(kind)));
        int overdue = 0, toSignOff = 0, closures = 0;
        for (const WorkerLoad &load : SupervisorView::load(*m_hub, m_today, 30)) {
            overdue += load.overdueActions;
            toSignOff += load.plansToSignOff;
            closures += load.closuresToSignOff;
        }
        QVERIFY(overdue > 0);
        QVERIFY(toSignOff > 0);
        QVERIFY(closures > 0);
    }

    void myDay_asksNothingOfAClosedCase()
    {
        auto hub = demoSite(m_dir.file(u"closing.cdsk"_s), u"hub"_s, 60, 8);
        QVERIFY(hub);
        // A case whose referral waits for feedback or is past its deadline is closed.
        const QList<QUuid> waiting
            = ids(*hub,
                  "SELECT c.id FROM referrals r JOIN cases c ON c.id=r.case_id WHERE "
                  "c.status='open' AND (r.status='attended' OR (r.status IN ('sent', "
                  "'received') AND r.deadline < date('now', 'localtime'))) ORDER BY c.case_number");
        QVERIFY(!waiting.isEmpty());
        const QUuid closed = waiting.first();
        QVERIFY_STATUS(
            CaseClosure(*hub).close(closed, u"moved"_s, u"unknown"_s, QString(), m_today));
        for (const QString &worker : rows(*hub, "SELECT DISTINCT assigned_worker FROM cases"))
            for (const MyDayItem &item : MyDay::load(*hub, { m_today, 30, worker, false }))
                QVERIFY2(item.caseId != closed,
                         qPrintable(item.caseNumber + u": "_s + MyDay::kindText(item.kind)));
    }

    void demo_sameSeed_drawsTheSameCaseManagement()
    {
        auto a = demoSite(m_dir.file(u"a.cdsk"_s), u"hub"_s, 40, 3);
        auto b = demoSite(m_dir.file(u"b.cdsk"_s), u"hub"_s, 40, 3);
        auto c = demoSite(m_dir.file(u"c.cdsk"_s), u"hub"_s, 40, 4);
        QVERIFY(a && b && c);
        const QStringList drawn = caseManagement(*a);
        QVERIFY(drawn.size() > 100);
        QCOMPARE(caseManagement(*b), drawn);
        QVERIFY(caseManagement(*c) != drawn);
    }

    void demoWithoutPlans_writesTheSameCaseFilesAndNoPlans()
    {
        auto with = demoSite(m_dir.file(u"with.cdsk"_s), u"hub"_s, 40, 5);
        auto without = demoSite(m_dir.file(u"without.cdsk"_s), u"hub"_s, 40, 5, false);
        QVERIFY(with && without);
        const char *sql = "SELECT c.case_number, c.assigned_worker, c.opened_date, "
                          "c.consent_given, p.family_name, p.given_name, p.birth_date, "
                          "p.id_number FROM cases c JOIN persons p ON p.id=c.client_id "
                          "ORDER BY 1";
        QCOMPARE(rows(*without, sql, 8), rows(*with, sql, 8));
        // Held visits aside, the interactions are the same too.
        QCOMPARE(count(*without, "SELECT count(*) FROM interactions"),
                 count(*with, "SELECT count(*) FROM interactions")
                     - count(*with, "SELECT count(*) FROM visits WHERE status='held'"));
        for (const char *table : { "SELECT count(*) FROM plans", "SELECT count(*) FROM referrals",
                                   "SELECT count(*) FROM visits", "SELECT count(*) FROM agencies",
                                   "SELECT count(*) FROM cases WHERE status<>'open' OR "
                                   "management_model IS NOT NULL" })
            QCOMPARE(count(*without, table), 0);
    }

    void demoAtAnOffice_withoutAgencies_refersNoOne()
    {
        auto office = demoSite(m_dir.file(u"office.cdsk"_s), u"office"_s, 30, 7);
        QVERIFY(office);
        QVERIFY(count(*office, "SELECT count(*) FROM plans") > 0);
        QCOMPARE(count(*office, "SELECT count(*) FROM referrals"), 0);
        QCOMPARE(count(*office, "SELECT count(*) FROM agencies"), 0);
        QCOMPARE(count(*office, "SELECT count(*) FROM cases WHERE consent_sites IS NOT NULL"), 0);
    }

    void demoAtAnOffice_refersToTheAgenciesTheCentralDeskSent()
    {
        auto hub = makeSite(m_dir.file(u"desk.cdsk"_s), u"Central desk"_s, u"hub"_s);
        auto office = makeSite(m_dir.file(u"lake.cdsk"_s), u"Lake office"_s, u"office"_s);
        QVERIFY(hub && office);
        QVERIFY(peerUp(*hub, *office));
        QVERIFY_STATUS(Referrals::addAgency(
            *hub, { QUuid(), u"Центр занятости"_s, u"employment_centre"_s, QUuid() }));
        const QString package = exportPackage(*hub, *office, m_dir.file(u"agencies.cdpkg"_s));
        QVERIFY(!package.isEmpty());
        QVERIFY_STATUS(PackageImport::importFile(*office, package));
        DemoData::Options options;
        options.cases = 30;
        options.seed = 7;
        options.documents = false;
        QVERIFY_STATUS(DemoData::generate(*office, options));
        QVERIFY(count(*office, "SELECT count(*) FROM referrals") > 0);
        QCOMPARE(count(*office, "SELECT count(*) FROM agencies"), 1);
        QCOMPARE(rows(*office, "SELECT DISTINCT agency_name FROM referrals"),
                 QStringList { u"Центр занятости"_s });
    }
};

QTEST_GUILESS_MAIN(TestDemoPlans)
#include "tst_demoplans.moc"
