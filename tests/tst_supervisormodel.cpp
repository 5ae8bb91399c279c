// The supervisor's table: one row per worker with their counts, numbers aligned right, late work
// standing out, and the counts following writes and the no-contact setting.
#include "mydaytestsupport.h"
#include "supervisormodel.h"

#include <QFont>

using namespace casedesk;
using namespace casedesk::test;

class TestSupervisorModel : public QObject
{
    Q_OBJECT

    MyDaySite m_site;
    std::unique_ptr<SupervisorModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int number(int row, int column) const { return m_model->index(row, column).data().toInt(); }

    int rowOf(const QString &worker) const
    {
        return rowWith(*m_model, int(SupervisorModel::Role::WorkerName), worker);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_site.build());
        m_model = std::make_unique<SupervisorModel>(*m_site.store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_site = MyDaySite();
    }

    void eachWorker_hasARowWithTheirCounts_data()
    {
        QTest::addColumn<bool>("first");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("expected");
        using M = SupervisorModel;
        QTest::newRow("open cases") << true << int(M::OpenCases) << 4;
        QTest::newRow("overdue actions") << true << int(M::OverdueActions) << 1;
        QTest::newRow("without contact") << true << int(M::WithoutContact) << 1;
        QTest::newRow("plans to sign off") << true << int(M::PlansToSignOff) << 1;
        QTest::newRow("closures to sign off") << true << int(M::ClosuresToSignOff) << 0;
        QTest::newRow("conflicts") << true << int(M::Conflicts) << 0;
        QTest::newRow("other: open cases") << false << int(M::OpenCases) << 1;
        QTest::newRow("other: overdue actions") << false << int(M::OverdueActions) << 1;
        QTest::newRow("other: without contact") << false << int(M::WithoutContact) << 0;
    }

    void eachWorker_hasARowWithTheirCounts()
    {
        QFETCH(bool, first);
        QFETCH(int, column);
        QFETCH(int, expected);
        QCOMPARE(m_model->rowCount(), 2);
        const int row = rowOf(first ? dayWorker() : otherDayWorker());
        QVERIFY(row >= 0);
        QCOMPARE(number(row, column), expected);
        QCOMPARE(m_model->index(row, column).data(int(SupervisorModel::Role::Count)).toInt(),
                 expected);
        QCOMPARE(m_model->index(row, SupervisorModel::Office).data().toString(),
                 m_site.store->site().name);
        QCOMPARE(m_model->index(row, SupervisorModel::Worker).data().toString(),
                 first ? dayWorker() : otherDayWorker());
    }

    void numbers_areAlignedRight()
    {
        const QModelIndex count = m_model->index(0, SupervisorModel::OpenCases);
        QCOMPARE(count.data(Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask,
                 int(Qt::AlignRight));
        const QModelIndex name = m_model->index(0, SupervisorModel::Worker);
        QVERIFY(!name.data(Qt::TextAlignmentRole).isValid());
    }

    void lateWork_standsOut_andZeroDoesNot()
    {
        const int other = rowOf(otherDayWorker());
        const QModelIndex overdue = m_model->index(other, SupervisorModel::OverdueActions);
        QVERIFY(qvariant_cast<QFont>(overdue.data(Qt::FontRole)).bold());
        QVERIFY(overdue.data(Qt::ForegroundRole).isValid());
        const QModelIndex quiet = m_model->index(other, SupervisorModel::WithoutContact);
        QCOMPARE(quiet.data().toInt(), 0);
        QVERIFY(!quiet.data(Qt::FontRole).isValid());
        const QModelIndex mine
            = m_model->index(rowOf(dayWorker()), SupervisorModel::WithoutContact);
        QVERIFY(qvariant_cast<QFont>(mine.data(Qt::FontRole)).bold());
        // Other counts are not alarms, even when they are not zero.
        const QModelIndex open = m_model->index(other, SupervisorModel::OpenCases);
        QVERIFY(!open.data(Qt::FontRole).isValid());
    }

    void counts_followWrites()
    {
        const int before = number(rowOf(otherDayWorker()), SupervisorModel::OverdueActions);
        m_site.addAction(m_site.otherPlan, m_site.today.addDays(-3), u"Late again"_s);
        QTRY_COMPARE(number(rowOf(otherDayWorker()), SupervisorModel::OverdueActions), before + 1);
        QVERIFY_STATUS(Plans(*m_site.store).signOff(m_site.otherPlan));
        QTRY_COMPARE(number(rowOf(otherDayWorker()), SupervisorModel::PlansToSignOff), 0);
    }

    void closureRequested_isCounted_andLeavesTheOpenCases()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        QVERIFY_STATUS(CaseClosure(*m_site.store)
                           .close(m_site.quiet, u"moved"_s, u"unknown"_s, QString(), m_site.today));
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        const int row = rowOf(dayWorker());
        QCOMPARE(number(row, SupervisorModel::ClosuresToSignOff), 1);
        QCOMPARE(number(row, SupervisorModel::OpenCases), 3);
    }

    void noContactDays_changeTheCount()
    {
        m_model->setNoContactDays(2);
        QCOMPARE(number(rowOf(dayWorker()), SupervisorModel::WithoutContact), 4);
        QCOMPARE(number(rowOf(otherDayWorker()), SupervisorModel::WithoutContact), 1);
        m_model->setNoContactDays(60);
        QCOMPARE(number(rowOf(dayWorker()), SupervisorModel::WithoutContact), 0);
    }

    void countHeaders_takeTwoLines_soNamesFit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lines");
        QTest::newRow("two words") << u"Overdue actions"_s << u"Overdue\nactions"_s;
        QTest::newRow("nearest the middle")
            << u"Закрытия на утверждение"_s << u"Закрытия на\nутверждение"_s;
        QTest::newRow("one word") << u"Conflicts"_s << u"Conflicts"_s;
    }

    void countHeaders_takeTwoLines_soNamesFit()
    {
        QFETCH(QString, text);
        QFETCH(QString, lines);
        QCOMPARE(SupervisorModel::headerLines(text), lines);
        QCOMPARE(m_model->headerData(SupervisorModel::OverdueActions, Qt::Horizontal).toString(),
                 SupervisorModel::headerLines(
                     SupervisorModel::headerText(SupervisorModel::OverdueActions)));
        QVERIFY(!m_model->headerData(SupervisorModel::Worker, Qt::Horizontal)
                     .toString()
                     .contains(u'\n'));
    }

    void headers_nameEveryColumn()
    {
        for (int c = 0; c < m_model->columnCount(); ++c)
            QVERIFY2(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty(),
                     qPrintable(QString::number(c)));
    }
};

QTEST_GUILESS_MAIN(TestSupervisorModel)
#include "tst_supervisormodel.moc"
