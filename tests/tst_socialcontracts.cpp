// Social contracts: monthly compliance, the escalation of consequences, what is paid, and one
// record per month even when two sites record it.

#include "plans.h"
#include "socialcontracts.h"
#include "storetestsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(Consequence)

class TestSocialContracts : public QObject
{
    Q_OBJECT

private slots:
    void suggested_escalatesMonthsNotKeptInARow_data()
    {
        QTest::addColumn<QString>("history"); // from the contract start: k = kept, m = missed
        QTest::addColumn<Consequence>("next");
        QTest::newRow("first miss") << u""_s << Consequence::Warning;
        QTest::newRow("after a kept month") << u"k"_s << Consequence::Warning;
        QTest::newRow("second in a row") << u"km"_s << Consequence::Reduction;
        QTest::newRow("third in a row") << u"mm"_s << Consequence::Suspension;
        QTest::newRow("fourth in a row") << u"mmm"_s << Consequence::Suspension;
        QTest::newRow("a kept month starts again") << u"mmk"_s << Consequence::Warning;
        QTest::newRow("a gap starts again") << u"m_"_s << Consequence::Warning;
    }

    void suggested_escalatesMonthsNotKeptInARow()
    {
        QFETCH(QString, history);
        QFETCH(Consequence, next);
        QList<ComplianceMonth> earlier;
        const QDate start(2026, 1, 1);
        for (int i = 0; i < history.size(); ++i) {
            if (history.at(i) == u'_')
                continue;
            ComplianceMonth m;
            m.month = start.addMonths(i);
            m.kept = history.at(i) == u'k';
            earlier << m;
        }
        QCOMPARE(SocialContracts::suggested(earlier, start.addMonths(int(history.size()))), next);
    }

    void payable_followsTheConsequence_data()
    {
        QTest::addColumn<Consequence>("consequence");
        QTest::addColumn<qint64>("paid");
        QTest::newRow("none") << Consequence::None << qint64(4500001);
        QTest::newRow("warning") << Consequence::Warning << qint64(4500001);
        QTest::newRow("reduction halves, rounding down")
            << Consequence::Reduction << qint64(2250000);
        QTest::newRow("suspension") << Consequence::Suspension << qint64(0);
    }

    void payable_followsTheConsequence()
    {
        QFETCH(Consequence, consequence);
        QFETCH(qint64, paid);
        QCOMPARE(SocialContracts::payable(4500001, consequence), paid);
    }

    void compliance_isRecordedOncePerMonth_withItsRules()
    {
        TempFolder dir;
        auto store = createStore(dir.file(u"contract.cdsk"_s));
        QVERIFY(store);
        auto caseId = CaseFiles(*store).openCase(newCase(person(u"Рахимов"_s, u"Бахтиёр"_s)));
        QVERIFY_STATUS(caseId);
        const QDate start = QDate::currentDate().addMonths(-4);
        auto plan = Plans(*store).create(caseId.value(), u"social_contract"_s, start,
                                         QDate::currentDate().addMonths(8));
        QVERIFY_STATUS(plan);
        SocialContracts contracts(*store);
        QVERIFY_STATUS(
            contracts.addObligation(plan.value(), u"client"_s, u"Attend the vocational course"_s));
        QVERIFY_STATUS(
            contracts.addObligation(plan.value(), u"agency"_s, u"Pay the monthly benefit"_s));
        QVERIFY_REFUSED(contracts.addObligation(plan.value(), u"neighbour"_s, u"x"_s), u"client"_s);
        QVERIFY_STATUS(contracts.addAssistance(
            plan.value(), { QUuid(), u"Monthly benefit"_s, 2500000, u"Course attendance"_s }));
        QCOMPARE(contracts.obligations(plan.value()).size(), 2);
        QCOMPARE(contracts.assistance(plan.value()).first().monthlyAmount, qint64(2500000));

        ComplianceMonth missed;
        missed.month = start.addMonths(1);
        missed.kept = false;
        missed.consequence = Consequence::Warning;
        QVERIFY_REFUSED(contracts.recordMonth(plan.value(), missed), u"reason"_s);
        missed.reason = u"Missed four lessons"_s;
        auto first = contracts.recordMonth(plan.value(), missed);
        QVERIFY_STATUS(first);
        // Recording the same month again changes the record instead of adding one.
        missed.month = missed.month.addDays(10);
        missed.consequence = Consequence::Reduction;
        QCOMPARE(contracts.recordMonth(plan.value(), missed).value(), first.value());
        QCOMPARE(contracts.compliance(plan.value()).size(), 1);
        QCOMPARE(contracts.compliance(plan.value()).first().consequence, Consequence::Reduction);

        ComplianceMonth kept;
        kept.month = start.addMonths(2);
        kept.consequence = Consequence::Warning;
        QVERIFY_REFUSED(contracts.recordMonth(plan.value(), kept), u"no consequence"_s);
        kept.consequence = Consequence::None;
        QVERIFY_STATUS(contracts.recordMonth(plan.value(), kept));
        ComplianceMonth before;
        before.month = start.addMonths(-1);
        QVERIFY_REFUSED(contracts.recordMonth(plan.value(), before), u"outside"_s);
        ComplianceMonth future;
        future.month = QDate::currentDate().addMonths(1);
        QVERIFY_REFUSED(contracts.recordMonth(plan.value(), future), u"begun"_s);
        QCOMPARE(store->check(), QStringList());

        auto actionPlan = Plans(*store).create(caseId.value(), u"action_plan"_s, start, QDate());
        QVERIFY_REFUSED(contracts.addObligation(actionPlan.value(), u"client"_s, u"x"_s),
                        u"social contract"_s);
    }

    void sameMonthAtTwoSites_isOneRow_andAConflictWhenTheyDisagree()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        auto plan = Plans(*t.a).create(t.caseId, u"social_contract"_s,
                                       QDate::currentDate().addMonths(-2), QDate());
        QVERIFY_STATUS(plan);
        QVERIFY(exchange(*t.a, *t.b));
        ComplianceMonth atA;
        atA.month = QDate::currentDate().addMonths(-1);
        atA.kept = true;
        ComplianceMonth atB = atA;
        atB.kept = false;
        atB.consequence = Consequence::Warning;
        atB.reason = u"Did not come to the job fair"_s;
        QVERIFY_STATUS(SocialContracts(*t.a).recordMonth(plan.value(), atA));
        QVERIFY_STATUS(SocialContracts(*t.b).recordMonth(plan.value(), atB));
        QVERIFY(exchange(*t.a, *t.b));
        QCOMPARE(SocialContracts(*t.a).compliance(plan.value()).size(), 1);
        const QUuid row = SocialContracts::monthRowId(plan.value(), atA.month);
        QCOMPARE(conflictGroups(*t.a, row), QStringList({ u"compliance"_s }));
        QCOMPARE(t.a->digest(), t.b->digest());
    }
};

QTEST_GUILESS_MAIN(TestSocialContracts)
#include "tst_socialcontracts.moc"
