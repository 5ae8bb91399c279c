// The Conferences page and the conference window driven headlessly: upcoming and past lists
// with a search, scheduling through the dialog (a refusal keeps what was typed), participants
// invited from the partner list and marked, cases added through the picker with their
// sections kept, decisions and follow-ups, a follow-up made a plan action with its status
// shown, approval refused then given, approved minutes saved as PDF byte for byte, and a
// correction reopening them as a new revision.
#include "assessmentviewsupport.h"

#include "casepickerdialog.h"
#include "conferencecasestab.h"
#include "conferencedetailsform.h"
#include "conferencelistmodel.h"
#include "conferenceparticipantstab.h"
#include "conferencespage.h"
#include "conferencewindow.h"
#include "followupdialog.h"
#include "newconferencedialog.h"
#include "participantdialog.h"
#include "partnerspecialistsdialog.h"
#include "plans.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;

namespace {

template<typename W> W *field(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no %s named %s", W::staticMetaObject.className(), name);
    return w;
}

void clickButton(QWidget *parent, const char *name)
{
    auto *b = field<QPushButton>(parent, name);
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), name);
    b->click();
}

// Answers the next question box with Yes. The warning that may follow is closed and its text
// returned; the watch for it ends after a second, so it never reaches a later test's boxes.
std::shared_ptr<QString> answerYes()
{
    auto warning = std::make_shared<QString>();
    whenModal<QMessageBox>([warning](QMessageBox *question) {
        auto *timer = new QTimer(qApp);
        timer->setInterval(10);
        auto ticks = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, ticks, warning] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            const bool warned = box && box->icon() == QMessageBox::Warning;
            if (!warned && ++*ticks < 100)
                return;
            timer->stop();
            timer->deleteLater();
            if (warned) {
                *warning = box->text();
                box->accept();
            }
        });
        timer->start();
        question->button(QMessageBox::Yes)->click();
    });
    return warning;
}

ConferenceDetails meeting(const QDate &date)
{
    ConferenceDetails d;
    d.date = date;
    d.time = QTime(14, 0);
    d.place = u"Актовый зал"_s;
    d.chair = u"Иванова Анна"_s;
    d.kind = ConferenceKind::SingleCase;
    d.title = u"Семья Бекмуратовых"_s;
    return d;
}

} // namespace

class TestConferenceViews : public QObject
{
    Q_OBJECT

    ViewTestSite m_site;

    ConferencesPage *page()
    {
        m_site.window->showPage(u"conferences"_s);
        return qobject_cast<ConferencesPage *>(m_site.window->page(u"conferences"_s));
    }

    // A fresh case the conference can discuss, with an open plan its follow-ups can join.
    QUuid caseWithPlan()
    {
        auto opened = CaseFiles(*m_site.store)
                          .openCase(newCase(person(u"Бекмуратова"_s, u"Жанна"_s, u"1988-03-02"_s)));
        if (!opened
            || !Plans(*m_site.store)
                    .create(opened.value(), u"action_plan"_s, QDate::currentDate(), QDate()))
            return QUuid();
        return opened.value();
    }

    // A draft conference with one invited participant and a case with a decision and a
    // follow-up.
    struct Draft
    {
        QUuid conference, participant, section, decision, followUp;
    };
    Draft draft(const QUuid &caseId)
    {
        Conferences c(*m_site.store);
        Draft d;
        d.conference = c.create(meeting(QDate::currentDate())).value();
        ConferenceParticipant p;
        p.name = u"Сидорова Мария"_s;
        p.agency = u"Поликлиника №3"_s;
        d.participant = c.addParticipant(d.conference, p).value();
        d.section = c.addCase(d.conference, caseId).value();
        d.decision = c.addDecision(d.section, u"Оформить пособие"_s).value();
        ConferenceFollowUp f;
        f.what = u"Собрать документы"_s;
        f.who = u"Ким Олег"_s;
        f.deadline = QDate::currentDate().addDays(10);
        d.followUp = c.addFollowUp(d.decision, f).value();
        return d;
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { QVERIFY(m_site.setUp()); }
    void cleanup() { m_site.tearDown(); }

    void page_listsUpcomingAndPast_andSearches()
    {
        Conferences conferences(*m_site.store);
        const QDate today = QDate::currentDate();
        for (int days : { -40, -3, 0, 12 }) {
            ConferenceDetails d = meeting(today.addDays(days));
            d.place = days < 0 ? u"Кабинет %1"_s.arg(-days) : u"Актовый зал"_s;
            QVERIFY_STATUS(conferences.create(d));
        }
        ConferencesPage *p = page();
        QVERIFY(p);
        new QAbstractItemModelTester(p->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, p);
        const auto upcoming = conferences.list(Conferences::When::Upcoming);
        const auto past = conferences.list(Conferences::When::Past);
        QVERIFY(past.size() >= 2);
        QVERIFY(upcoming.size() >= 2);
        QTRY_COMPARE(p->model()->rowCount(), int(upcoming.size()));
        for (int row = 0; row < p->model()->rowCount(); ++row)
            QVERIFY(p->model()->item(row).date >= today);

        p->whenCombo()->setCurrentIndex(p->whenCombo()->findData(int(Conferences::When::Past)));
        QCOMPARE(p->model()->rowCount(), int(past.size()));
        for (int row = 0; row < p->model()->rowCount(); ++row)
            QVERIFY(p->model()->item(row).date < today);
        // Latest first, and approved ones say so.
        QVERIFY(p->model()->item(0).date >= p->model()->item(p->model()->rowCount() - 1).date);
        const QModelIndex status = p->model()->index(0, ConferenceListModel::Status);
        QCOMPARE(status.data().toString(),
                 p->model()->item(0).approved ? u"approved"_s : u"draft"_s);

        p->whenCombo()->setCurrentIndex(p->whenCombo()->findData(int(Conferences::When::All)));
        QCOMPARE(p->model()->rowCount(), int(upcoming.size() + past.size()));
        const QString place = u"кабинет 40"_s; // another case than typed at creation
        typeText(p->searchEdit(), place);
        const auto found = conferences.list(Conferences::When::All, place);
        QCOMPARE(found.size(), 1);
        QCOMPARE(p->model()->rowCount(), 1);
        QCOMPARE(p->model()->item(0).date, today.addDays(-40));
        p->searchEdit()->setText(u"нет такого совещания"_s);
        QCOMPARE(p->model()->rowCount(), 0);
    }

    void newConference_refusalKeepsTyping_thenScheduledAndOpened()
    {
        ConferencesPage *p = page();
        QVERIFY(p);
        QString refusal;
        bool stayedOpen = false;
        whenModal<NewConferenceDialog>([&](NewConferenceDialog *dialog) {
            setText(dialog, "titleEdit", u"Совещание по семье Ли"_s);
            setText(dialog, "chairEdit", u"Иванова Анна"_s);
            whenModal<QMessageBox>([&](QMessageBox *box) {
                refusal = box->text();
                box->accept();
            });
            dialog->accept(); // no place given
            stayedOpen = dialog->isVisible()
                && field<QLineEdit>(dialog, "titleEdit")->text() == u"Совещание по семье Ли"_s;
            setText(dialog, "placeEdit", u"Кабинет 12"_s);
            dialog->accept();
        });
        p->newConference();
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(u"where"_s), qPrintable(refusal));
        QCOMPARE(p->windows().size(), 1);
        ConferenceWindow *w = p->windows().first();
        QCOMPARE(w->conference().details.place, u"Кабинет 12"_s);
        QCOMPARE(w->conference().details.secretary, u"Test Worker"_s);
        QVERIFY(w->stateText().contains(u"Совещание по семье Ли"_s));
        QVERIFY(w->stateText().contains(u"Draft"_s));
        QVERIFY(p->model()->rowOf(w->conferenceId()) >= 0);
        // The same conference opens the same window.
        QCOMPARE(p->openConference(w->conferenceId()), w);
        QVERIFY(m_site.window->closeCaseWindows());
        QVERIFY(p->windows().isEmpty());
    }

    void participants_invitedFromPartnerList_andMarked()
    {
        const QUuid partner = PartnerSpecialists(*m_site.store)
                                  .add(u"Ахметова Дина"_s, u"Школа №5"_s, u"психолог"_s)
                                  .value();
        const QUuid conference
            = Conferences(*m_site.store).create(meeting(QDate::currentDate())).value();
        ConferenceWindow *w = page()->openConference(conference);
        QVERIFY(w);
        ConferenceParticipantsTab *tab = w->participantsTab();
        whenModal<ParticipantDialog>([&](ParticipantDialog *dialog) {
            dialog->partnerCombo()->setCurrentIndex(dialog->partnerCombo()->findData(partner));
            QCOMPARE(field<QLineEdit>(dialog, "participantAgencyEdit")->text(), u"Школа №5"_s);
            dialog->accept();
        });
        clickButton(tab, "inviteButton");
        whenModal<ParticipantDialog>([&](ParticipantDialog *dialog) {
            setText(dialog, "participantNameEdit", u"Нуриев Тимур"_s);
            setText(dialog, "participantAgencyEdit", u"Полиция"_s);
            QVERIFY(field<QCheckBox>(dialog, "keepPartnerCheck")->isChecked());
            dialog->accept();
        });
        clickButton(tab, "inviteButton");
        QTRY_COMPARE(tab->tree()->topLevelItemCount(), 2);
        // A typed specialist is kept in the list for the next conference.
        const auto kept = PartnerSpecialists(*m_site.store).list(u"Нуриев"_s);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().agency, u"Полиция"_s);

        tab->tree()->selectAll();
        clickButton(tab, "markPresent");
        QTRY_COMPARE(tab->tree()->topLevelItem(1)->text(3), attendanceText(Attendance::Present));
        const Conference loaded = Conferences(*m_site.store).load(conference).value();
        QCOMPARE(loaded.participants.size(), 2);
        for (const ConferenceParticipant &p : loaded.participants)
            QCOMPARE(p.attendance, Attendance::Present);
        QCOMPARE(loaded.participants.first().partnerId, partner);
        QCOMPARE(loaded.participants.last().partnerId, kept.first().id);
    }

    void approval_refusedUntilAttendanceMarked_thenReadOnly()
    {
        const QUuid caseId = caseWithPlan();
        QVERIFY(!caseId.isNull());
        const Draft d = draft(caseId);
        ConferenceWindow *w = page()->openConference(d.conference);
        auto warning = answerYes();
        w->approve();
        QVERIFY2(!warning->isEmpty(), "approval with someone only invited is refused");
        QVERIFY(!Conferences(*m_site.store).load(d.conference)->approved);
        QVERIFY(field<QPushButton>(w, "approveButton")->isEnabled());

        w->participantsTab()->tree()->selectAll();
        clickButton(w->participantsTab(), "markPresent");
        QTRY_COMPARE(Conferences(*m_site.store).load(d.conference)->participants.first().attendance,
                     Attendance::Present);
        warning = answerYes();
        w->approve();
        QVERIFY2(warning->isEmpty(), qPrintable(*warning));
        QTRY_VERIFY(w->conference().approved);
        QVERIFY2(w->stateText().contains(u"approved"_s), qPrintable(w->stateText()));
        QVERIFY(!field<QPushButton>(w, "approveButton")->isEnabled());
        QVERIFY(field<QPushButton>(w, "correctButton")->isEnabled());
        QVERIFY(!field<QPushButton>(w->participantsTab(), "inviteButton")->isEnabled());
        QVERIFY(!field<QPushButton>(w->casesTab(), "addDecisionButton")->isEnabled());
        QVERIFY(field<QLineEdit>(w->detailsForm(), "placeEdit")->isReadOnly());
        QVERIFY(w->casesTab()->sectionEdit("needs")->isReadOnly());
    }

    void cases_sectionsKept_decisionsFollowUps_andToPlan()
    {
        const QUuid caseId = caseWithPlan();
        QVERIFY(!caseId.isNull());
        const QUuid conference
            = Conferences(*m_site.store).create(meeting(QDate::currentDate())).value();
        ConferenceWindow *w = page()->openConference(conference);
        ConferenceCasesTab *tab = w->casesTab();
        w->tabs()->setCurrentWidget(tab);
        whenModal<CasePickerDialog>([&](CasePickerDialog *picker) {
            typeText(picker->searchEdit(), u"Бекмуратова"_s);
            QTRY_COMPARE(picker->model()->rowCount(), 1);
            picker->table()->selectRow(0);
            picker->accept();
        });
        clickButton(tab, "addCaseButton");
        QTRY_COMPARE(tab->caseList()->count(), 1);
        QVERIFY(tab->caseList()->item(0)->text().contains(u"Бекмуратова"_s));

        QPlainTextEdit *needs = tab->sectionEdit("needs");
        typeText(needs, u"Работа и детский сад"_s);
        QVERIFY(tab->hasUnsavedSections());
        // Leaving the field keeps what was typed (the offscreen platform moves no focus itself).
        QFocusEvent leave(QEvent::FocusOut, Qt::TabFocusReason);
        QApplication::sendEvent(needs, &leave);
        QVERIFY(!tab->hasUnsavedSections());
        QTRY_COMPARE(Conferences(*m_site.store).load(conference)->cases.first().sections.needs,
                     u"Работа и детский сад"_s);

        whenModal<QInputDialog>([](QInputDialog *dialog) {
            dialog->setTextValue(u"Направить в центр занятости"_s);
            dialog->accept();
        });
        clickButton(tab, "addDecisionButton");
        QTRY_COMPARE(tab->decisionTree()->topLevelItemCount(), 1);
        QCOMPARE(tab->decisionTree()->topLevelItem(0)->text(0), u"1"_s);
        tab->decisionTree()->setCurrentItem(tab->decisionTree()->topLevelItem(0));
        whenModal<FollowUpDialog>([](FollowUpDialog *dialog) {
            typeText(field<QPlainTextEdit>(dialog, "followUpWhatEdit"), u"Записать на курсы"_s);
            setText(dialog, "followUpWhoEdit", u"Ким Олег"_s);
            setText(dialog, "followUpAgencyEdit", u"Центр занятости"_s);
            dialog->accept();
        });
        clickButton(tab, "addFollowUpButton");
        QTRY_COMPARE(tab->decisionTree()->topLevelItem(0)->childCount(), 1);
        QTreeWidgetItem *followUp = tab->decisionTree()->topLevelItem(0)->child(0);
        QCOMPARE(followUp->text(1), u"Записать на курсы"_s);
        QVERIFY(followUp->text(5).isEmpty());

        tab->decisionTree()->setCurrentItem(followUp);
        clickButton(tab, "toPlanButton");
        QTRY_COMPARE(tab->decisionTree()->topLevelItem(0)->child(0)->text(5),
                     actionStatusText(ActionStatus::Planned));
        const auto f = Conferences(*m_site.store)
                           .load(conference)
                           ->cases.first()
                           .decisions.first()
                           .followUps.first();
        QVERIFY(!f.planActionId.isNull());
        // The same follow-up cannot go to the plan twice.
        tab->decisionTree()->setCurrentItem(tab->decisionTree()->topLevelItem(0)->child(0));
        QVERIFY(!field<QPushButton>(tab, "toPlanButton")->isEnabled());
    }

    void approvedMinutes_savedAsPdf_areTheApprovedBytes_andPreviewed()
    {
        const QUuid caseId = caseWithPlan();
        QVERIFY(!caseId.isNull());
        const Draft d = draft(caseId);
        Conferences c(*m_site.store);
        QVERIFY_STATUS(c.setAttendance(d.participant, Attendance::Present));
        QVERIFY_STATUS(c.approve(d.conference));
        ConferenceWindow *w = page()->openConference(d.conference);
        QString path;
        whenModalShown([&](QWidget *modal) {
            auto *chooser = qobject_cast<QFileDialog *>(modal);
            QVERIFY(chooser);
            // The suggested name is the document's title; the folder is the test's.
            const QString suggested = QFileInfo(chooser->selectedFiles().value(0)).fileName();
            QVERIFY2(suggested.endsWith(u".pdf"_s), qPrintable(suggested));
            path = m_site.dir->filePath(suggested);
            chooser->selectFile(path);
            // The dialog reads the folder in the background before it takes the name.
            const bool named
                = QTest::qWaitFor([&] { return chooser->selectedFiles().value(0) == path; });
            static_cast<QDialog *>(chooser)->accept();
            QVERIFY2(named, "the file dialog took the name");
        });
        w->saveMinutesPdf(false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), c.approvedPdf(d.conference).value());

        bool previewed = false;
        whenModalShown([&](QWidget *modal) {
            previewed = qobject_cast<QPrintPreviewDialog *>(modal)
                && modal->objectName() == u"minutesPreview"_s;
            static_cast<QDialog *>(modal)->reject();
        });
        w->previewMinutes(true);
        QVERIFY(previewed);
    }

    void correction_reopensMinutesAsNewRevision()
    {
        const QUuid caseId = caseWithPlan();
        QVERIFY(!caseId.isNull());
        const Draft d = draft(caseId);
        Conferences c(*m_site.store);
        QVERIFY_STATUS(c.setAttendance(d.participant, Attendance::Present));
        QVERIFY_STATUS(c.approve(d.conference));
        ConferenceWindow *w = page()->openConference(d.conference);
        QVERIFY(!field<QPushButton>(w, "approveButton")->isEnabled());
        whenModal<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->objectName(), u"correctionDialog"_s);
            dialog->setTextValue(u"Неверный срок"_s);
            dialog->accept();
        });
        clickButton(w, "correctButton");
        QTRY_VERIFY(!w->conference().approved);
        QCOMPARE(w->conference().revision, 2);
        QVERIFY2(w->stateText().contains(u"Неверный срок"_s), qPrintable(w->stateText()));
        QVERIFY(field<QPushButton>(w, "approveButton")->isEnabled());
        QVERIFY(!field<QLineEdit>(w->detailsForm(), "placeEdit")->isReadOnly());
        // The first approved paper stays as it was.
        QVERIFY_STATUS(c.approvedPdf(d.conference, 1));
    }

    void partnerList_addAndRemove()
    {
        PartnerSpecialistsDialog dialog(*m_site.store);
        const int before = dialog.tree()->topLevelItemCount();
        setText(&dialog, "partnerNameEdit", u"Ли Виктор"_s);
        setText(&dialog, "partnerAgencyEdit", u"Центр занятости"_s);
        dialog.addSpecialist();
        QCOMPARE(dialog.tree()->topLevelItemCount(), before + 1);
        setText(&dialog, "partnerSearch", u"Ли Виктор"_s);
        QCOMPARE(dialog.tree()->topLevelItemCount(), 1);
        dialog.tree()->setCurrentItem(dialog.tree()->topLevelItem(0));
        answerYes();
        dialog.removeCurrent();
        QCOMPARE(dialog.tree()->topLevelItemCount(), 0);
        QVERIFY(PartnerSpecialists(*m_site.store).list(u"Ли Виктор"_s).isEmpty());
    }
};

QTEST_MAIN(TestConferenceViews)
#include "tst_views_conferences.moc"
