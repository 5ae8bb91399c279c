// "My day" and the supervisor view on a known dataset: overdue actions, visits, referrals past
// their deadline or waiting for feedback, cases without contact, conflicts and sign-offs, each
// with the tab it opens; another worker's cases stay out; a sensitive case shows its number only.

#include "caseclosure.h"
#include "myday.h"
#include "plans.h"
#include "referrals.h"
#include "roleaccounts.h"
#include "storetestsupport.h"
#include "supervisorview.h"
#include "synctestsupport.h"
#include "visits.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(MyDayItem::Kind)

namespace {

const QString worker = u"Айгуль Серикбаева"_s;
const QString otherWorker = u"Бахыт Ержанов"_s;

} // namespace

class TestMyDay : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QDate m_today = QDate::currentDate();
    QUuid m_actions, m_referrals, m_visits, m_quiet, m_other;
    QUuid m_overdue, m_pastDeadline, m_attended, m_visitToday, m_plan;

    QUuid openCase(const QString &family, const QString &assigned, int openedDaysAgo = 0)
    {
        NewCase c = newCase(person(family, u"Тест"_s));
        c.assignedWorker = assigned;
        c.openedDate = m_today.addDays(-openedDaysAgo);
        auto id = CaseFiles(*m_store).openCase(c);
        return id ? id.value() : QUuid();
    }

    QUuid addAction(const QUuid &plan, const QDate &due, const QString &what)
    {
        PlanAction a;
        a.kind = u"job_search"_s;
        a.description = what;
        a.dueDate = due;
        auto id = Plans(*m_store).addAction(plan, a);
        return id ? id.value() : QUuid();
    }

    void contact(const QUuid &caseId, int daysAgo)
    {
        Interaction i;
        i.occurredAt = QDateTime(m_today.addDays(-daysAgo), QTime(12, 0));
        i.kind = u"phone"_s;
        i.worker = worker;
        QVERIFY_STATUS(CaseFiles(*m_store).recordInteraction(caseId, i));
    }

    QList<MyDayItem> myDay(const QDate &today, int noContactDays = 30, bool signOffs = false)
    {
        return MyDay::load(*m_store, { today, noContactDays, worker, signOffs });
    }

    static QList<MyDayItem> ofKind(const QList<MyDayItem> &items, MyDayItem::Kind kind)
    {
        QList<MyDayItem> found;
        for (const MyDayItem &i : items)
            if (i.kind == kind)
                found << i;
        return found;
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        // The central desk: it keeps the partner agencies a referral goes to.
        m_store = makeSite(m_dir.file(u"myday-%1.cdsk"_s.arg(tag)), u"Central desk"_s, u"hub"_s);
        QVERIFY(m_store);
        m_actions = openCase(u"Действиева"_s, worker, 10);
        m_referrals = openCase(u"Направленова"_s, worker, 10);
        m_visits = openCase(u"Визитова"_s, worker, 10);
        m_quiet = openCase(u"Тихонова"_s, worker, 45);
        m_other = openCase(u"Чужова"_s, otherWorker, 45);
        for (const QUuid &c : { m_actions, m_referrals, m_visits, m_other })
            contact(c, 2);

        Plans plans(*m_store);
        auto plan = plans.create(m_actions, u"action_plan"_s, m_today.addDays(-10), QDate());
        QVERIFY_STATUS(plan);
        m_plan = plan.value();
        m_overdue = addAction(m_plan, m_today.addDays(-2), u"Register at the employment centre"_s);
        const QUuid done = addAction(m_plan, m_today.addDays(-5), u"Bring the diploma"_s);
        QVERIFY_STATUS(plans.setActionStatus(done, ActionStatus::Done, QString(), m_today));
        addAction(m_plan, m_today, u"Call the training centre"_s);
        auto otherPlan = plans.create(m_other, u"action_plan"_s, m_today, QDate());
        QVERIFY_STATUS(otherPlan);
        addAction(otherPlan.value(), m_today.addDays(-1), u"Someone else's action"_s);

        auto agency = Referrals::addAgency(
            *m_store, { QUuid(), u"Центр занятости"_s, u"employment_centre"_s, QUuid() });
        QVERIFY_STATUS(agency);
        QVERIFY_STATUS(CaseFiles(*m_store).updateCase(
            m_referrals, { { u"consent_sites"_s, Consent::joinSites({ agency.value() }) } }));
        Referrals referrals(*m_store);
        Referral r;
        r.caseId = m_referrals;
        r.agencyId = agency.value();
        r.agencyName = u"Центр занятости"_s;
        r.reason = u"Job search"_s;
        r.sentDate = m_today.addDays(-10);
        r.deadline = m_today.addDays(-1);
        auto late = referrals.send(r);
        QVERIFY_STATUS(late);
        m_pastDeadline = late.value();
        r.deadline = m_today;
        QVERIFY_STATUS(referrals.send(r)); // due today: not yet past
        auto attended = referrals.send(r);
        QVERIFY_STATUS(attended);
        m_attended = attended.value();
        QVERIFY_STATUS(
            referrals.setStatus(m_attended, ReferralStatus::Attended, m_today, QString()));

        Visits visits(*m_store);
        Visit v;
        v.caseId = m_visits;
        v.kind = u"home_visit"_s;
        v.date = m_today;
        auto today = visits.schedule(v);
        QVERIFY_STATUS(today);
        m_visitToday = today.value();
        v.date = m_today.addDays(40);
        QVERIFY_STATUS(visits.schedule(v));
    }

    void weekEnd_isTheComingSunday_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("end");
        QTest::newRow("Monday") << QDate(2026, 11, 30) << QDate(2026, 12, 6);
        QTest::newRow("Wednesday") << QDate(2026, 12, 2) << QDate(2026, 12, 6);
        QTest::newRow("Sunday") << QDate(2026, 12, 6) << QDate(2026, 12, 6);
        QTest::newRow("across the year") << QDate(2026, 12, 31) << QDate(2027, 1, 3);
    }

    void weekEnd_isTheComingSunday()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, end);
        QCOMPARE(MyDay::weekEnd(day), end);
    }

    void myDay_listsWhatNeedsAttention_withTheTabToOpen()
    {
        const QList<MyDayItem> items = myDay(m_today);
        const QList<MyDayItem> overdue = ofKind(items, MyDayItem::Kind::OverdueAction);
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().itemId, m_overdue);
        QCOMPARE(overdue.first().caseId, m_actions);
        QCOMPARE(overdue.first().tab(), CaseTab::Plans);
        QVERIFY(overdue.first().detail.contains(u"Register at the employment centre"_s));
        QCOMPARE(overdue.first().clientName, u"Действиева Тест"_s);

        const QList<MyDayItem> past = ofKind(items, MyDayItem::Kind::ReferralPastDeadline);
        QCOMPARE(past.size(), 1);
        QCOMPARE(past.first().itemId, m_pastDeadline);
        QCOMPARE(past.first().tab(), CaseTab::Referrals);
        const QList<MyDayItem> waiting = ofKind(items, MyDayItem::Kind::ReferralWaitingForFeedback);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().itemId, m_attended);

        const QList<MyDayItem> visits = ofKind(items, MyDayItem::Kind::VisitToday);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().itemId, m_visitToday);
        QCOMPARE(visits.first().tab(), CaseTab::Visits);

        const QList<MyDayItem> quiet = ofKind(items, MyDayItem::Kind::NoContact);
        QCOMPARE(quiet.size(), 1);
        QCOMPARE(quiet.first().caseId, m_quiet);
        QCOMPARE(quiet.first().date, m_today.addDays(-45));
        QCOMPARE(quiet.first().tab(), CaseTab::Interactions);

        for (const MyDayItem &i : items)
            QVERIFY2(i.caseId != m_other, "another worker's case");
        QVERIFY(ofKind(items, MyDayItem::Kind::PlanToSignOff).isEmpty());
        // The most urgent kinds come first.
        QCOMPARE(items.first().kind, MyDayItem::Kind::OverdueAction);
    }

    void myDay_movesOnWithTheDays()
    {
        // Three days on, the action due today is overdue too and today's visit was not recorded.
        const QDate later = m_today.addDays(3);
        const QList<MyDayItem> items = myDay(later);
        QCOMPARE(ofKind(items, MyDayItem::Kind::OverdueAction).size(), 2);
        QCOMPARE(ofKind(items, MyDayItem::Kind::VisitNotRecorded).size(), 1);
        QVERIFY(ofKind(items, MyDayItem::Kind::VisitToday).isEmpty());
        QCOMPARE(ofKind(items, MyDayItem::Kind::ReferralPastDeadline).size(), 2);
        // A visit is "this week" until the Sunday.
        const QDate day = m_today.addDays(40);
        QCOMPARE(ofKind(myDay(day.addDays(-1)), MyDayItem::Kind::VisitThisWeek).size(),
                 MyDay::weekEnd(day.addDays(-1)) >= day ? 1 : 0);
    }

    void noContact_followsTheSetting_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("expected");
        QTest::newRow("30 days: the case quiet for 45") << 30 << 1;
        QTest::newRow("45 days: on the day") << 45 << 1;
        QTest::newRow("46 days: not yet") << 46 << 0;
        QTest::newRow("2 days: every case") << 2 << 4;
        QTest::newRow("3 days: only the quiet one") << 3 << 1;
    }

    void noContact_followsTheSetting()
    {
        QFETCH(int, days);
        QFETCH(int, expected);
        QCOMPARE(ofKind(myDay(m_today, days), MyDayItem::Kind::NoContact).size(), expected);
    }

    void finishedWork_leavesMyDay()
    {
        QVERIFY_STATUS(
            Plans(*m_store).setActionStatus(m_overdue, ActionStatus::InProgress, QString()));
        QCOMPARE(ofKind(myDay(m_today), MyDayItem::Kind::OverdueAction).size(), 1);
        QVERIFY_STATUS(Plans(*m_store).setActionStatus(m_overdue, ActionStatus::Done, QString()));
        QVERIFY(ofKind(myDay(m_today), MyDayItem::Kind::OverdueAction).isEmpty());
        QVERIFY_STATUS(Referrals(*m_store).setStatus(m_attended, ReferralStatus::Completed, m_today,
                                                     u"Placed in a job"_s));
        QVERIFY(ofKind(myDay(m_today), MyDayItem::Kind::ReferralWaitingForFeedback).isEmpty());
        QVERIFY_STATUS(
            Visits(*m_store).markHeld(m_visitToday, QDateTime::currentDateTime(), QString()));
        QVERIFY(ofKind(myDay(m_today), MyDayItem::Kind::VisitToday).isEmpty());
        // Holding the visit was a contact.
        QCOMPARE(ofKind(myDay(m_today, 1), MyDayItem::Kind::NoContact).size(), 3);
        // A closed case asks for nothing more.
        QVERIFY_STATUS(
            CaseClosure(*m_store).close(m_quiet, u"moved"_s, u"unknown"_s, QString(), m_today));
        QVERIFY(ofKind(myDay(m_today), MyDayItem::Kind::NoContact).isEmpty());
    }

    void signOffs_showPlansAndClosuresWaiting()
    {
        QVERIFY(createRoleAccounts(*m_store, worker));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        QVERIFY_STATUS(
            CaseClosure(*m_store).close(m_quiet, u"refused"_s, u"not_met"_s, QString(), m_today));
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        const QList<MyDayItem> items
            = MyDay::load(*m_store, { m_today, 30, u"Supervisor"_s, true });
        const QList<MyDayItem> plans = ofKind(items, MyDayItem::Kind::PlanToSignOff);
        QCOMPARE(plans.size(), 2); // both draft plans have actions
        QCOMPARE(ofKind(items, MyDayItem::Kind::ClosureToSignOff).size(), 1);
        QCOMPARE(ofKind(items, MyDayItem::Kind::ClosureToSignOff).first().caseId, m_quiet);
        QVERIFY_STATUS(Plans(*m_store).signOff(m_plan));
        QCOMPARE(ofKind(MyDay::load(*m_store, { m_today, 30, u"Supervisor"_s, true }),
                        MyDayItem::Kind::PlanToSignOff)
                     .size(),
                 1);
    }

    void sensitiveCase_showsOnlyItsNumberToOthers()
    {
        QVERIFY(createRoleAccounts(*m_store, u"Case Worker"_s));
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_store).setSensitive(m_actions, true, u"Trafficking"_s));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        const QList<MyDayItem> overdue = ofKind(myDay(m_today), MyDayItem::Kind::OverdueAction);
        QCOMPARE(overdue.size(), 1);
        QVERIFY(overdue.first().restricted);
        QVERIFY(overdue.first().clientName.isEmpty());
        QVERIFY(overdue.first().detail.isEmpty());
        QVERIFY(!overdue.first().caseNumber.isEmpty());
    }

    void supervisorView_countsPerWorker()
    {
        const QList<WorkerLoad> loads = SupervisorView::load(*m_store, m_today, 30);
        QCOMPARE(loads.size(), 2);
        const WorkerLoad mine = loads.at(0).worker == worker ? loads.at(0) : loads.at(1);
        const WorkerLoad theirs = loads.at(0).worker == worker ? loads.at(1) : loads.at(0);
        QCOMPARE(mine.openCases, 4);
        QCOMPARE(mine.overdueActions, 1);
        QCOMPARE(mine.casesWithoutContact, 1);
        QCOMPARE(mine.plansToSignOff, 1);
        QCOMPARE(mine.closuresToSignOff, 0);
        QCOMPARE(theirs.worker, otherWorker);
        QCOMPARE(theirs.openCases, 1);
        QCOMPARE(theirs.overdueActions, 1);
        QCOMPARE(theirs.casesWithoutContact, 0);
        QCOMPARE(mine.officeName, m_store->site().name);
    }

    void conflicts_ofTheWorkersCases_areListed()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        QVERIFY_STATUS(CaseFiles(*t.a).updateCase(t.caseId, { { u"consent_scope"_s, u"A"_s } }));
        QVERIFY_STATUS(CaseFiles(*t.b).updateCase(t.caseId, { { u"consent_scope"_s, u"B"_s } }));
        QVERIFY(exchange(*t.a, *t.b));
        const QList<MyDayItem> items = MyDay::load(*t.a, { m_today, 30, worker, false });
        const QList<MyDayItem> conflicts = ofKind(items, MyDayItem::Kind::Conflict);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().caseId, t.caseId);
        QCOMPARE(conflicts.first().tab(), CaseTab::Conflicts);
        QCOMPARE(SupervisorView::load(*t.a, m_today, 30).first().conflicts, 1);
    }

    void editAfterClosure_isListed()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        Interaction call;
        call.occurredAt = QDateTime::currentDateTime();
        call.kind = u"phone"_s;
        call.worker = u"B"_s;
        QVERIFY_STATUS(CaseFiles(*t.b).recordInteraction(t.caseId, call));
        QVERIFY_STATUS(
            CaseClosure(*t.a).close(t.caseId, u"moved"_s, u"unknown"_s, QString(), m_today));
        QVERIFY(exchange(*t.a, *t.b));
        const QList<MyDayItem> items = ofKind(MyDay::load(*t.a, { m_today, 30, worker, false }),
                                              MyDayItem::Kind::EditedAfterClosure);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().caseId, t.caseId);
        QCOMPARE(items.first().clientName, u"Кузнецова Ольга"_s);
    }
};

QTEST_GUILESS_MAIN(TestMyDay)
#include "tst_myday.moc"
