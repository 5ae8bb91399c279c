// Individual action plans: the action lifecycle, overdue around midnight and month ends,
// reviews that keep the previous state, and a supervisor's sign-off.

#include "plans.h"
#include "roleaccounts.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(ActionStatus)

class TestPlans : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;

    PlanAction action(const QString &what, const QDate &due)
    {
        PlanAction a;
        a.kind = u"vocational_training"_s;
        a.description = what;
        a.agency = u"Employment centre"_s;
        a.person = u"Айгуль Серикбаева"_s;
        a.dueDate = due;
        return a;
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_store = createStore(m_dir.file(u"plans-%1.cdsk"_s.arg(tag)));
        QVERIFY(m_store);
        auto caseId = CaseFiles(*m_store).openCase(newCase(person(u"Ибраимова"_s, u"Асель"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
    }

    void lifecycle_data()
    {
        QTest::addColumn<ActionStatus>("from");
        QTest::addColumn<ActionStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = ActionStatus;
        const QList<S> all = { S::Planned, S::InProgress, S::Done, S::Cancelled };
        const QSet<QPair<int, int>> allowed = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 1, 3 } };
        for (int i = 0; i < all.size(); ++i)
            for (int j = 0; j < all.size(); ++j)
                QTest::addRow("%s to %s", qPrintable(actionStatusKey(all[i])),
                              qPrintable(actionStatusKey(all[j])))
                    << all[i] << all[j] << allowed.contains({ i, j });
    }

    void lifecycle()
    {
        QFETCH(ActionStatus, from);
        QFETCH(ActionStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(Plans::allows(from, to), allowed);
    }

    void overdue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<ActionStatus>("status");
        QTest::addColumn<bool>("overdue");
        using S = ActionStatus;
        QTest::newRow("due today")
            << QDate(2026, 3, 10) << QDate(2026, 3, 10) << S::Planned << false;
        QTest::newRow("due yesterday")
            << QDate(2026, 3, 9) << QDate(2026, 3, 10) << S::Planned << true;
        QTest::newRow("due tomorrow")
            << QDate(2026, 3, 11) << QDate(2026, 3, 10) << S::InProgress << false;
        QTest::newRow("month end, on the day")
            << QDate(2026, 1, 31) << QDate(2026, 1, 31) << S::InProgress << false;
        QTest::newRow("month end, next morning")
            << QDate(2026, 1, 31) << QDate(2026, 2, 1) << S::InProgress << true;
        QTest::newRow("28 February, 1 March")
            << QDate(2027, 2, 28) << QDate(2027, 3, 1) << S::Planned << true;
        QTest::newRow("year end") << QDate(2026, 12, 31) << QDate(2027, 1, 1) << S::Planned << true;
        QTest::newRow("done late is not overdue")
            << QDate(2026, 1, 1) << QDate(2026, 6, 1) << S::Done << false;
        QTest::newRow("cancelled is not overdue")
            << QDate(2026, 1, 1) << QDate(2026, 6, 1) << S::Cancelled << false;
    }

    void overdue()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(ActionStatus, status);
        QFETCH(bool, overdue);
        PlanAction a;
        a.dueDate = due;
        a.status = status;
        QCOMPARE(Plans::isOverdue(a, today), overdue);
    }

    void overdue_followsTheLocalDayAroundMidnight()
    {
        PlanAction a;
        a.dueDate = QDate(2026, 5, 31);
        const QDateTime beforeMidnight(QDate(2026, 5, 31), QTime(23, 59, 59));
        const QDateTime afterMidnight = beforeMidnight.addSecs(2);
        QVERIFY(!Plans::isOverdue(a, beforeMidnight.date()));
        QVERIFY(Plans::isOverdue(a, afterMidnight.date()));
    }

    void plan_goalsAndActions_areKeptAndLoaded()
    {
        Plans plans(*m_store);
        auto plan = plans.create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        PlanGoal goal;
        goal.text = u"Find stable work"_s;
        goal.need = u"job_search"_s;
        auto goalId = plans.addGoal(plan.value(), goal);
        QVERIFY_STATUS(goalId);
        PlanAction a = action(u"Welding course"_s, QDate::currentDate().addDays(30));
        a.goalId = goalId.value();
        QVERIFY_STATUS(plans.addAction(plan.value(), a));
        Result<Plan> loaded = plans.load(plan.value());
        QVERIFY_STATUS(loaded);
        QCOMPARE(loaded->goals.size(), 1);
        QCOMPARE(loaded->goals.first().need, u"job_search"_s);
        QCOMPARE(loaded->actions.size(), 1);
        QCOMPARE(loaded->actions.first().goalId, goalId.value());
        QCOMPARE(loaded->actions.first().status, ActionStatus::Planned);
        QCOMPARE(loaded->status, u"draft"_s);
        QCOMPARE(plans.forCase(m_case).size(), 1);
        QCOMPARE(m_store->check(), QStringList());
    }

    void actionStatus_followsTheLifecycle_andRefusesTheRest()
    {
        Plans plans(*m_store);
        auto plan = plans.create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        auto id = plans.addAction(plan.value(), action(u"Job fair"_s, QDate::currentDate()));
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(plans.setActionStatus(id.value(), ActionStatus::InProgress, QString()));
        QVERIFY_REFUSED(plans.setActionStatus(id.value(), ActionStatus::Planned, QString()),
                        u"cannot become"_s);
        QVERIFY_REFUSED(plans.setActionStatus(id.value(), ActionStatus::Cancelled, QString()),
                        u"why"_s);
        QVERIFY_REFUSED(plans.setActionStatus(id.value(), ActionStatus::Done, QString(),
                                              QDate::currentDate().addDays(1)),
                        u"to come"_s);
        QVERIFY_STATUS(plans.setActionStatus(id.value(), ActionStatus::Done, u"Attended"_s));
        const PlanAction done = plans.load(plan.value())->actions.first();
        QCOMPARE(done.status, ActionStatus::Done);
        QCOMPARE(done.doneDate, QDate::currentDate());
        QCOMPARE(done.outcomeNote, u"Attended"_s);
        QVERIFY_REFUSED(plans.setActionStatus(id.value(), ActionStatus::Cancelled, u"x"_s),
                        u"cannot become"_s);
    }

    void planAndAction_refuseMissingOrImpossibleValues()
    {
        Plans plans(*m_store);
        QVERIFY_REFUSED(plans.create(m_case, u"wish_list"_s, QDate::currentDate(), QDate()),
                        u"social contract"_s);
        QVERIFY_REFUSED(
            plans.create(m_case, u"action_plan"_s, QDate(2026, 5, 1), QDate(2026, 4, 1)),
            u"before it starts"_s);
        auto plan = plans.create(m_case, u"social_contract"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        QVERIFY_REFUSED(plans.addAction(plan.value(), action(u" "_s, QDate::currentDate())),
                        u"to be done"_s);
        QVERIFY_REFUSED(plans.addAction(plan.value(), action(u"Course"_s, QDate())), u"due"_s);
        QVERIFY_REFUSED(plans.addGoal(plan.value(), PlanGoal()), u"goal"_s);
    }

    void review_keepsThePlanAsItWasBefore()
    {
        Plans plans(*m_store);
        auto plan = plans.create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        auto id
            = plans.addAction(plan.value(), action(u"Psychologist visits"_s, QDate::currentDate()));
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(plans.review(plan.value(), QDate::currentDate(), u"Quarterly review"_s));
        PlanAction changed = plans.load(plan.value())->actions.first();
        changed.description = u"Group sessions"_s;
        QVERIFY_STATUS(plans.updateAction(changed));
        const Plan now = plans.load(plan.value()).value();
        QCOMPARE(now.actions.first().description, u"Group sessions"_s);
        QCOMPARE(now.reviews.size(), 1);
        QVERIFY2(now.reviews.first().before.contains(u"Psychologist visits"_s),
                 qPrintable(now.reviews.first().before));
        QCOMPARE(now.reviews.first().note, u"Quarterly review"_s);
    }

    void signOff_needsASupervisor_andActions()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        Plans plans(*m_store);
        auto plan = plans.create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        QVERIFY_STATUS(plans.addAction(plan.value(), action(u"Course"_s, QDate::currentDate())));
        QVERIFY_REFUSED(plans.signOff(plan.value()), u"supervisor"_s);
        Accounts::signOut(*m_store);
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        auto empty = plans.create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(empty);
        QVERIFY_REFUSED(plans.signOff(empty.value()), u"without actions"_s);
        QVERIFY_STATUS(plans.signOff(plan.value()));
        const Plan signedOff = plans.load(plan.value()).value();
        QCOMPARE(signedOff.status, u"active"_s);
        QCOMPARE(signedOff.signedOffBy, u"Supervisor"_s);
        QVERIFY(signedOff.signedOffAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
