// The monthly compliance of a social contract as the Plans tab lists it: months oldest first,
// what was kept, the consequence and the assistance payable after it, refreshed when the
// contract's case changes.
#include "compliancemodel.h"
#include "meanstest.h"
#include "plans.h"
#include "socialcontracts.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(Consequence)

class TestComplianceModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;
    QUuid m_contract;
    QDate m_start;

    Status record(int monthAfterStart, bool kept, Consequence consequence)
    {
        ComplianceMonth m;
        m.month = m_start.addMonths(monthAfterStart);
        m.kept = kept;
        m.consequence = consequence;
        m.reason = kept ? QString() : u"Missed the course"_s;
        const Result<QUuid> recorded = SocialContracts(*m_store).recordMonth(m_contract, m);
        return recorded.status();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        m_store = createStore(m_dir->file(u"contract.cdsk"_s));
        QVERIFY(m_store);
        auto caseId = CaseFiles(*m_store).openCase(newCase(person(u"Рахимов"_s, u"Бахтиёр"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        const QDate today = QDate::currentDate();
        m_start = QDate(today.year(), today.month(), 1).addMonths(-4);
        auto plan = Plans(*m_store).create(m_case, u"social_contract"_s, m_start,
                                           m_start.addMonths(12).addDays(-1));
        QVERIFY_STATUS(plan);
        m_contract = plan.value();
        SocialContracts contracts(*m_store);
        QVERIFY_STATUS(contracts.addAssistance(
            m_contract, { QUuid(), u"Monthly benefit"_s, 2500001, u"Course attendance"_s }));
        QVERIFY_STATUS(
            contracts.addAssistance(m_contract, { QUuid(), u"Travel"_s, 300000, QString() }));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void months_areOldestFirst_andRefreshWhenRecorded()
    {
        ComplianceModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_contract);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ComplianceModel::ColumnCount));
        QVERIFY_STATUS(record(2, true, Consequence::None));
        QVERIFY_STATUS(record(1, false, Consequence::Warning));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(int(ComplianceModel::Role::MonthDate)).toDate(),
                 m_start.addMonths(1));
        QCOMPARE(model.index(0, ComplianceModel::Month).data().toString(),
                 m_start.addMonths(1).toString(u"MM.yyyy"_s));
        QCOMPARE(model.index(0, ComplianceModel::Kept).data().toString(), u"no"_s);
        QCOMPARE(model.index(0, ComplianceModel::ConsequenceText).data().toString(),
                 consequenceText(Consequence::Warning));
        QCOMPARE(model.index(0, ComplianceModel::Reason).data().toString(), u"Missed the course"_s);
        QCOMPARE(model.index(1, ComplianceModel::Kept).data().toString(), u"yes"_s);
        QCOMPARE(model.monthlyAssistance(), qint64(2800001));
    }

    void payable_followsTheConsequence_perAssistanceItem_data()
    {
        QTest::addColumn<bool>("kept");
        QTest::addColumn<Consequence>("consequence");
        QTest::addColumn<qint64>("payable");
        QTest::newRow("kept") << true << Consequence::None << qint64(2800001);
        QTest::newRow("warning") << false << Consequence::Warning << qint64(2800001);
        // Each item is halved and rounded down on its own: 1250000 + 150000.
        QTest::newRow("reduction") << false << Consequence::Reduction << qint64(1400000);
        QTest::newRow("suspension") << false << Consequence::Suspension << qint64(0);
    }

    void payable_followsTheConsequence_perAssistanceItem()
    {
        QFETCH(bool, kept);
        QFETCH(Consequence, consequence);
        QFETCH(qint64, payable);
        QVERIFY_STATUS(record(0, kept, consequence));
        ComplianceModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_contract);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(int(ComplianceModel::Role::PayableAmount)).toLongLong(),
                 payable);
        QCOMPARE(model.index(0, ComplianceModel::Payable).data().toString(), moneyText(payable));
        QCOMPARE(model.payable(consequence), payable);
    }

    void anActionPlan_hasNoCompliance()
    {
        auto plan = Plans(*m_store).create(m_case, u"action_plan"_s, m_start, QDate());
        QVERIFY_STATUS(plan);
        ComplianceModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(plan.value());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.monthlyAssistance(), qint64(0));
    }

    void changesOfAnotherCase_doNotReset()
    {
        QVERIFY_STATUS(record(0, true, Consequence::None));
        ComplianceModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_contract);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto other = CaseFiles(*m_store).openCase(newCase(person(u"Ким"_s, u"Алина"_s)));
        QVERIFY_STATUS(other);
        auto plan = Plans(*m_store).create(other.value(), u"social_contract"_s, m_start, QDate());
        QVERIFY_STATUS(plan);
        ComplianceMonth m;
        m.month = m_start;
        QVERIFY_STATUS(SocialContracts(*m_store).recordMonth(plan.value(), m));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComplianceModel)
#include "tst_compliancemodel.moc"
