// The "My day" and supervisor pages driven headlessly: the worker's items and week agenda,
// opening an item asks for its case at the right tab, the no-contact setting, and a supervisor
// choosing a worker and signing off a plan; a case worker gets no sign-off buttons.
#include "mydaytestsupport.h"
#include "viewtesthelpers.h"

#include "agendamodel.h"
#include "appsettings.h"
#include "mydaymodel.h"
#include "mydaypage.h"
#include "supervisormodel.h"
#include "supervisorpage.h"

#include <QSignalSpy>
#include <QSpinBox>

using namespace casedesk;
using namespace casedesk::test;

class TestMyDayViews : public QObject
{
    Q_OBJECT

    MyDaySite m_site;

    template<typename Page> std::unique_ptr<Page> show()
    {
        auto page = std::make_unique<Page>(*m_site.store);
        page->resize(1100, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        return page;
    }

    static int rowOfKind(const MyDayModel &model, MyDayItem::Kind kind)
    {
        return rowWith(model, int(MyDayModel::Role::Kind), int(kind));
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_site.build());
    }

    void cleanup() { m_site = MyDaySite(); }

    void myDay_listsTheWorkersItems_underTodaysDate()
    {
        auto page = show<MyDayPage>();
        QVERIFY(page);
        QVERIFY(page->table()->model()->rowCount() > 0);
        QCOMPARE(page->table()->model(), page->model());
        QVERIFY(rowOfKind(*page->model(), MyDayItem::Kind::OverdueAction) >= 0);
        QVERIFY(page->headerText().contains(
            QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
        QVERIFY(page->headerText().contains(dayWorker()));
        // The week's visits: today's and the one in three days.
        QCOMPARE(page->agendaTable()->model()->rowCount(), 2);
        auto *summary = page->findChild<QLabel *>(u"myDaySummary"_s);
        QVERIFY(summary);
        QVERIFY(summary->text().contains(MyDay::kindText(MyDayItem::Kind::OverdueAction)));
    }

    void summary_givesTheWholeCount_whenTheListIsCut()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        auto page = show<MyDayPage>();
        QVERIFY(page);
        auto *summary = page->findChild<QLabel *>(u"myDaySummary"_s);
        QVERIFY(summary);
        const QString plans = MyDay::kindText(MyDayItem::Kind::PlanToSignOff);
        QVERIFY(summary->text().contains(plans + u": 2"_s));
        QVERIFY(!summary->text().contains(u'\n'));
        page->model()->setListLimit(1);
        QCOMPARE(rowOfKind(*page->model(), MyDayItem::Kind::PlanToSignOff) >= 0, true);
        QVERIFY2(summary->text().contains(plans + u": 2"_s), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"Only the 1 oldest of each kind are listed"_s));
    }

    void enterOnAnItem_opensItsCaseAtItsTab_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tab");
        QTest::newRow("overdue action")
            << int(MyDayItem::Kind::OverdueAction) << int(CaseTab::Plans);
        QTest::newRow("referral past deadline")
            << int(MyDayItem::Kind::ReferralPastDeadline) << int(CaseTab::Referrals);
        QTest::newRow("visit today") << int(MyDayItem::Kind::VisitToday) << int(CaseTab::Visits);
    }

    void enterOnAnItem_opensItsCaseAtItsTab()
    {
        QFETCH(int, kind);
        QFETCH(int, tab);
        auto page = show<MyDayPage>();
        QVERIFY(page);
        const int row = rowOfKind(*page->model(), MyDayItem::Kind(kind));
        QVERIFY(row >= 0);
        QSignalSpy opened(page.get(), &MyDayPage::openCase);
        page->table()->setFocus();
        page->table()->setCurrentIndex(page->model()->index(row, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toUuid(), page->model()->item(row).caseId);
        QCOMPARE(opened.first().at(1).toInt(), tab);
    }

    void doubleClickOnTheAgenda_opensTheVisits()
    {
        auto page = show<MyDayPage>();
        QVERIFY(page);
        QSignalSpy opened(page.get(), &MyDayPage::openCase);
        TableView *agenda = page->agendaTable();
        const QRect cell = agenda->visualRect(agenda->model()->index(1, AgendaModel::CaseNumber));
        QVERIFY(cell.isValid());
        // A person's double-click starts with a click.
        QTest::mouseClick(agenda->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(agenda->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toUuid(), m_site.visits);
        QCOMPARE(opened.first().at(1).toInt(), int(CaseTab::Visits));
    }

    void noContactSpin_isKeptInTheSettings()
    {
        auto page = show<MyDayPage>();
        QVERIFY(page);
        QCOMPARE(page->noContactSpin()->value(), 30);
        const auto quiet = [&] {
            return countWith(*page->model(), int(MyDayModel::Role::Kind),
                             int(MyDayItem::Kind::NoContact));
        };
        QCOMPARE(quiet(), 1);
        page->noContactSpin()->setValue(2);
        QCOMPARE(AppSettings::noContactDays(), 2);
        QCOMPARE(quiet(), 4);
        // A page made later starts from the setting.
        auto second = show<MyDayPage>();
        QCOMPARE(second->noContactSpin()->value(), 2);
    }

    void supervisor_seesAWorkersCounts_andSignsOffTheirPlan()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        auto page = show<SupervisorPage>();
        QVERIFY(page);
        SupervisorModel *loads = page->model();
        QCOMPARE(loads->rowCount(), 2);
        const int row = rowWith(*loads, int(SupervisorModel::Role::WorkerName), otherDayWorker());
        QVERIFY(row >= 0);
        QCOMPARE(loads->index(row, SupervisorModel::OpenCases).data().toInt(), 1);
        QCOMPARE(loads->index(row, SupervisorModel::OverdueActions).data().toInt(), 1);
        QCOMPARE(loads->index(row, SupervisorModel::PlansToSignOff).data().toInt(), 1);

        page->table()->selectRow(row);
        MyDayModel *items = page->workerItems();
        QCOMPARE(items->worker(), otherDayWorker());
        const int plan = rowOfKind(*items, MyDayItem::Kind::PlanToSignOff);
        QVERIFY(plan >= 0);
        QVERIFY(rowOfKind(*items, MyDayItem::Kind::OverdueAction) >= 0);
        auto *signOff = page->findChild<QPushButton *>(u"signOffPlanButton"_s);
        auto *signOffClosure = page->findChild<QPushButton *>(u"signOffClosureButton"_s);
        QVERIFY(signOff && signOffClosure);
        QVERIFY(signOff->isVisible());
        page->itemsTable()->selectRow(plan);
        QVERIFY(signOff->isEnabled());
        QVERIFY(!signOffClosure->isEnabled());
        bool asked = false;
        whenModalShown([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            asked = box && box->objectName() == u"signOffConfirmation"_s;
            if (box)
                box->button(QMessageBox::Yes)->click();
            else
                modal->close();
        });
        signOff->click();
        QVERIFY(asked);
        QCOMPARE(Plans(*m_site.store).load(m_site.otherPlan)->status, u"active"_s);
        QTRY_COMPARE(loads->index(row, SupervisorModel::PlansToSignOff).data().toInt(), 0);
        QTRY_COMPARE(rowOfKind(*items, MyDayItem::Kind::PlanToSignOff), -1);
        // The worker stays chosen across the reload.
        QCOMPARE(items->worker(), otherDayWorker());
    }

    void supervisor_signsOffAClosure()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        QVERIFY_STATUS(CaseClosure(*m_site.store)
                           .close(m_site.quiet, u"moved"_s, u"unknown"_s, QString(), m_site.today));
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        auto page = show<SupervisorPage>();
        QVERIFY(page);
        page->table()->selectRow(
            rowWith(*page->model(), int(SupervisorModel::Role::WorkerName), dayWorker()));
        const int closure = rowOfKind(*page->workerItems(), MyDayItem::Kind::ClosureToSignOff);
        QVERIFY(closure >= 0);
        page->itemsTable()->selectRow(closure);
        whenModalShown([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Yes)->click();
            else
                modal->close();
        });
        QVERIFY(page->signOffClosure());
        QCOMPARE(CaseFiles(*m_site.store).load(m_site.quiet)->status, u"closed"_s);
        QCOMPARE(CaseFiles(*m_site.store).load(m_site.quiet)->closedBy, u"Supervisor"_s);
    }

    void activatingAWorkersItem_opensItsCase()
    {
        auto page = show<SupervisorPage>();
        QVERIFY(page);
        page->table()->selectRow(
            rowWith(*page->model(), int(SupervisorModel::Role::WorkerName), dayWorker()));
        const int row = rowOfKind(*page->workerItems(), MyDayItem::Kind::NoContact);
        QVERIFY(row >= 0);
        QSignalSpy opened(page.get(), &SupervisorPage::openCase);
        page->itemsTable()->setFocus();
        page->itemsTable()->setCurrentIndex(page->workerItems()->index(row, 0));
        QTest::keyClick(page->itemsTable(), Qt::Key_Enter);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toUuid(), m_site.quiet);
        QCOMPARE(opened.first().at(1).toInt(), int(CaseTab::Interactions));
    }

    void caseWorker_getsNoSignOffButtons()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        auto page = show<SupervisorPage>();
        QVERIFY(page);
        QVERIFY(!page->canSignOff());
        QVERIFY(page->findChild<QPushButton *>(u"signOffPlanButton"_s)->isHidden());
        QVERIFY(page->findChild<QPushButton *>(u"signOffClosureButton"_s)->isHidden());
        // Signing in as a supervisor at the same desk brings them back.
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        QVERIFY(!page->findChild<QPushButton *>(u"signOffPlanButton"_s)->isHidden());
    }
};

QTEST_MAIN(TestMyDayViews)
#include "tst_views_myday.moc"
