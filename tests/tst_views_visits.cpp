// The Visits tab driven headlessly: scheduling a re-registration through its dialog, marking it
// held (the interaction is recorded and the next one scheduled), a cancellation refused without
// a reason that keeps the dialog as typed, and the buttons of a visit no longer scheduled.
#include "mydaytestsupport.h"
#include "viewtesthelpers.h"

#include "visitdialog.h"
#include "visitlistmodel.h"
#include "visitoutcomedialog.h"
#include "visitstab.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QTimeEdit>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Runs fill on the next modal dialog of type T; one still open afterwards is cancelled, so a
// failing check cannot leave the test waiting.
template<typename T> void whenDialog(std::function<void(T *)> fill)
{
    whenModalShown([fill](QWidget *modal) {
        if (auto *dialog = qobject_cast<T *>(modal))
            fill(dialog);
        if (modal->isVisible())
            modal->close();
    });
}

} // namespace

class TestVisitViews : public QObject
{
    Q_OBJECT

    MyDaySite m_site;
    std::unique_ptr<CaseFiles> m_files;
    std::unique_ptr<VisitsTab> m_tab;

    QPushButton *button(const char *name) const
    {
        return m_tab->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void init()
    {
        QVERIFY(m_site.build());
        m_files = std::make_unique<CaseFiles>(*m_site.store);
        m_tab = std::make_unique<VisitsTab>(*m_files);
        m_tab->resize(1000, 500);
        m_tab->showCase(m_files->load(m_site.visits).value());
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_files.reset();
        m_site = MyDaySite();
    }

    void schedule_aReRegistration_throughTheDialog()
    {
        const QDate day = QDate::currentDate().addDays(14);
        whenDialog<VisitDialog>([&](VisitDialog *dialog) {
            chooseData(dialog, "visitKindCombo", u"re_registration"_s);
            dialog->findChild<QDateEdit *>(u"visitDateEdit"_s)->setDate(day);
            dialog->findChild<QCheckBox *>(u"visitHasTimeCheck"_s)->setChecked(true);
            dialog->findChild<QTimeEdit *>(u"visitTimeEdit"_s)->setTime(QTime(9, 15));
            dialog->findChild<QSpinBox *>(u"visitRepeatSpin"_s)->setValue(6);
            dialog->findChild<QPlainTextEdit *>(u"visitPurposeEdit"_s)
                ->setPlainText(u"Confirm the job search"_s);
            dialog->accept();
        });
        QVERIFY(m_tab->scheduleVisit());
        const QUuid id = m_tab->currentVisit();
        QVERIFY(!id.isNull());
        const auto visit = Visits(*m_site.store).load(id);
        QVERIFY_STATUS(visit);
        QCOMPARE(visit->date, day);
        QCOMPARE(visit->time, QTime(9, 15));
        QCOMPARE(visit->kind, u"re_registration"_s);
        QCOMPARE(visit->repeatMonths, 6);
        QCOMPARE(visit->purpose, u"Confirm the job search"_s);
        QCOMPARE(m_tab->model()->rowCount(), 4);
    }

    void repeat_isOfferedOnlyForAReRegistration()
    {
        whenDialog<VisitDialog>([](VisitDialog *dialog) {
            auto *repeat = dialog->findChild<QSpinBox *>(u"visitRepeatSpin"_s);
            chooseData(dialog, "visitKindCombo", u"home_visit"_s);
            QVERIFY(repeat->isHidden());
            chooseData(dialog, "visitKindCombo", u"re_registration"_s);
            QVERIFY(!repeat->isHidden());
            dialog->reject();
        });
        QVERIFY(!m_tab->scheduleVisit());
        QCOMPARE(m_tab->model()->rowCount(), 3);
    }

    void markHeld_recordsTheInteraction_andSchedulesTheNext()
    {
        const int interactions = m_files->load(m_site.visits)->interactions.size();
        m_tab->selectVisit(m_site.reRegistration);
        QVERIFY(button("markHeldButton")->isEnabled());
        whenDialog<VisitOutcomeDialog>([](VisitOutcomeDialog *dialog) {
            QCOMPARE(dialog->outcome(), VisitOutcomeDialog::Outcome::Held);
            dialog->findChild<QPlainTextEdit *>(u"visitNoteEdit"_s)
                ->setPlainText(u"Documents renewed"_s);
            dialog->accept();
        });
        QVERIFY(m_tab->markHeld());
        const CaseFileData data = m_files->load(m_site.visits).value();
        QCOMPARE(data.interactions.size(), interactions + 1);
        QCOMPARE(m_tab->model()->rowCount(), 4);
        // The held visit stays selected, and it cannot be marked again.
        QCOMPARE(m_tab->currentVisit(), m_site.reRegistration);
        QVERIFY(!button("markHeldButton")->isEnabled());
        QVERIFY(!button("cancelVisitButton")->isEnabled());
    }

    void cancel_withoutAReason_isRefused_andKeepsTheDialog()
    {
        m_tab->selectVisit(m_site.visitLater);
        // A visit still to come cannot have been missed yet.
        QVERIFY(!button("markMissedButton")->isEnabled());
        QString error;
        whenDialog<VisitOutcomeDialog>([&](VisitOutcomeDialog *dialog) {
            dialog->accept();
            error = dialog->errorText();
            QVERIFY(dialog->isVisible());
            dialog->findChild<QPlainTextEdit *>(u"visitNoteEdit"_s)
                ->setPlainText(u"Client moved to another district"_s);
            dialog->accept();
        });
        QVERIFY(m_tab->cancelVisit());
        QVERIFY2(error.contains(u"reason"_s), qPrintable(error));
        const auto visit = Visits(*m_site.store).load(m_site.visitLater);
        QCOMPARE(visit->status, VisitStatus::Cancelled);
        QCOMPARE(visit->note, u"Client moved to another district"_s);
    }

    void readOnlyTab_hidesTheButtons()
    {
        m_tab->setEditable(false);
        for (const char *name : { "scheduleVisitButton", "markHeldButton", "markMissedButton",
                                  "rescheduleButton", "cancelVisitButton" })
            QVERIFY2(button(name)->isHidden(), name);
        QVERIFY(!m_tab->scheduleVisit());
    }
};

QTEST_MAIN(TestVisitViews)
#include "tst_views_visits.moc"
