// The "My day" table: the signed-in worker's items with the case and tab each opens, a
// restricted case without its client's name, reloading after writes and with the no-contact
// setting, and a supervisor's look at one worker with the sign-offs of that worker's cases.
#include "mydaymodel.h"
#include "mydaytestsupport.h"
#include "vocabulary.h"

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(MyDayItem::Kind)

namespace {

constexpr int KindRole = int(MyDayModel::Role::Kind);

QVariant kindValue(MyDayItem::Kind kind)
{
    return int(kind);
}

} // namespace

class TestMyDayModel : public QObject
{
    Q_OBJECT

    MyDaySite m_site;
    std::unique_ptr<MyDayModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel()
    {
        m_model = std::make_unique<MyDayModel>(*m_site.store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    int rowOf(MyDayItem::Kind kind) const { return rowWith(*m_model, KindRole, kindValue(kind)); }

    QString cell(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_site.build());
        makeModel();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_site = MyDaySite();
    }

    void items_openTheirCaseAtTheRightTab_data()
    {
        QTest::addColumn<MyDayItem::Kind>("kind");
        QTest::addColumn<int>("tab");
        QTest::newRow("overdue action") << MyDayItem::Kind::OverdueAction << int(CaseTab::Plans);
        QTest::newRow("visit today") << MyDayItem::Kind::VisitToday << int(CaseTab::Visits);
        QTest::newRow("referral past deadline")
            << MyDayItem::Kind::ReferralPastDeadline << int(CaseTab::Referrals);
        QTest::newRow("no contact") << MyDayItem::Kind::NoContact << int(CaseTab::Interactions);
    }

    void items_openTheirCaseAtTheRightTab()
    {
        QFETCH(MyDayItem::Kind, kind);
        QFETCH(int, tab);
        const int row = rowOf(kind);
        QVERIFY2(row >= 0, qPrintable(MyDay::kindText(kind)));
        const QModelIndex index = m_model->index(row, MyDayModel::CaseNumber);
        QCOMPARE(index.data(int(MyDayModel::Role::Tab)).toInt(), tab);
        QCOMPARE(cell(row, MyDayModel::Kind), MyDay::kindText(kind));
        const QUuid caseId = index.data(int(MyDayModel::Role::CaseId)).toUuid();
        QCOMPARE(cell(row, MyDayModel::CaseNumber), CaseFiles(*m_site.store).load(caseId)->number);
    }

    void overdueAction_showsTheActionItsClientAndDueDate()
    {
        const int row = rowOf(MyDayItem::Kind::OverdueAction);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::ItemId)).toUuid(),
                 m_site.overdue);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::CaseId)).toUuid(),
                 m_site.actions);
        QCOMPARE(cell(row, MyDayModel::Client), u"Действиева Тест"_s);
        QVERIFY(cell(row, MyDayModel::Detail).contains(u"Register at the employment centre"_s));
        QCOMPARE(cell(row, MyDayModel::Date), displayDate(m_site.today.addDays(-2)));
        QVERIFY(m_model->index(row, MyDayModel::Kind).data(Qt::ForegroundRole).isValid());
        // Only the worker's own cases: the other worker's overdue action is not here. The
        // local user of a file without accounts may sign off, so that case's plan is.
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::OverdueAction)), 1);
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->item(r).caseId == m_site.other)
                QCOMPARE(m_model->item(r).kind, MyDayItem::Kind::PlanToSignOff);
    }

    void visitToday_andItsAgreedPurpose()
    {
        const int row = rowOf(MyDayItem::Kind::VisitToday);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::ItemId)).toUuid(),
                 m_site.visitToday);
        QVERIFY(cell(row, MyDayModel::Detail).contains(u"Check the housing"_s));
        QCOMPARE(cell(row, MyDayModel::Date), displayDate(m_site.today));
    }

    void restrictedCase_showsItsNumberButNoName()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_site.store).setSensitive(m_site.actions, true, u"Violence"_s));
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        // Signing in reloads the list for the worker now at the desk.
        QCOMPARE(m_model->worker(), dayWorker());
        const int row = rowOf(MyDayItem::Kind::OverdueAction);
        QVERIFY(row >= 0);
        QCOMPARE(cell(row, MyDayModel::Client), MyDayModel::tr("Restricted case"));
        QVERIFY(!cell(row, MyDayModel::Client).contains(u"Действиева"_s));
        QCOMPARE(cell(row, MyDayModel::Detail), QString());
        QVERIFY(!cell(row, MyDayModel::CaseNumber).isEmpty());
    }

    void aWrite_reloadsTheList()
    {
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::VisitToday)), 1);
        QVERIFY_STATUS(Visits(*m_site.store)
                           .markHeld(m_site.visitToday, QDateTime::currentDateTime(), QString()));
        QTRY_COMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::VisitToday)), 0);
        QVERIFY_STATUS(
            Plans(*m_site.store).setActionStatus(m_site.overdue, ActionStatus::Done, QString()));
        QTRY_COMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::OverdueAction)), 0);
    }

    void noContactDays_decideWhichCasesAreQuiet_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("quiet");
        QTest::newRow("30 days: the case never contacted") << 30 << 1;
        QTest::newRow("2 days: every case of the worker") << 2 << 4;
        QTest::newRow("60 days: none") << 60 << 0;
    }

    void noContactDays_decideWhichCasesAreQuiet()
    {
        QFETCH(int, days);
        QFETCH(int, quiet);
        m_model->setNoContactDays(days);
        QCOMPARE(m_model->noContactDays(), days);
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::NoContact)), quiet);
    }

    void signOffs_areListedOnlyForThoseWhoMaySignOff()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::PlanToSignOff)), 0);
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        QCOMPARE(m_model->worker(), u"Supervisor"_s);
        // Both draft plans with actions wait, whoever's cases they are in.
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::PlanToSignOff)), 2);
        const int row = rowOf(MyDayItem::Kind::PlanToSignOff);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::Tab)).toInt(),
                 int(CaseTab::Plans));
    }

    void longLists_stopAtTheLimit_andKeepTheirTotal()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        QCOMPARE(m_model->total(MyDayItem::Kind::PlanToSignOff), 2);
        QVERIFY(m_model->cuts().isEmpty());
        m_model->setListLimit(1);
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::PlanToSignOff)), 1);
        QCOMPARE(m_model->total(MyDayItem::Kind::PlanToSignOff), 2);
        QCOMPARE(m_model->cuts().size(), 1);
        QCOMPARE(m_model->cuts().first().kind, MyDayItem::Kind::PlanToSignOff);
        // The plan listed is the one that started first.
        const int row = rowOf(MyDayItem::Kind::PlanToSignOff);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::ItemId)).toUuid(), m_site.plan);
        m_model->setListLimit(0);
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::PlanToSignOff)), 2);
        QVERIFY(m_model->cuts().isEmpty());
    }

    void namedWorker_showsTheirItemsAndTheSignOffsOfTheirCases()
    {
        m_model->setWorker(otherDayWorker());
        QVERIFY(!m_model->followsSignedInPerson());
        QCOMPARE(m_model->worker(), otherDayWorker());
        const int overdue = rowOf(MyDayItem::Kind::OverdueAction);
        QVERIFY(overdue >= 0);
        QCOMPARE(m_model->index(overdue, 0).data(int(MyDayModel::Role::ItemId)).toUuid(),
                 m_site.otherOverdue);
        const int plan = rowOf(MyDayItem::Kind::PlanToSignOff);
        QVERIFY(plan >= 0);
        QCOMPARE(m_model->index(plan, 0).data(int(MyDayModel::Role::ItemId)).toUuid(),
                 m_site.otherPlan);
        QCOMPARE(countWith(*m_model, KindRole, kindValue(MyDayItem::Kind::PlanToSignOff)), 1);
        QCOMPARE(rowWith(*m_model, int(MyDayModel::Role::CaseId), m_site.actions), -1);

        m_model->setWorker(QString());
        QCOMPARE(m_model->rowCount(), 0);
        m_model->followSignedInPerson();
        QCOMPARE(m_model->worker(), dayWorker());
        QVERIFY(rowOf(MyDayItem::Kind::OverdueAction) >= 0);
    }

    void closureWaiting_isListedForTheSupervisor_andOpensTheOverview()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        QVERIFY_STATUS(CaseClosure(*m_site.store)
                           .close(m_site.quiet, u"moved"_s, u"unknown"_s, QString(), m_site.today));
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        m_model->setWorker(dayWorker());
        const int row = rowOf(MyDayItem::Kind::ClosureToSignOff);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::CaseId)).toUuid(), m_site.quiet);
        QCOMPARE(m_model->index(row, 0).data(int(MyDayModel::Role::Tab)).toInt(),
                 int(CaseTab::Overview));
    }
};

QTEST_GUILESS_MAIN(TestMyDayModel)
#include "tst_mydaymodel.moc"
