// Closing and reopening a case through their dialogs (a supervisor closes at once, a case
// worker's closure waits for sign-off, a refusal keeps what was typed), and the Overview showing
// the closure read-only while its case-management model is edited and saved.
#include "mydaytestsupport.h"
#include "viewtesthelpers.h"

#include "casedetailsform.h"
#include "closuredialog.h"
#include "overviewdraft.h"
#include "planvocabulary.h"
#include "vocabulary.h"

#include <QDateEdit>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Runs fill on the next closure dialog; a dialog still open afterwards is cancelled, so a
// failing check cannot leave the test waiting.
void whenClosureDialog(std::function<void(ClosureDialog *)> fill)
{
    whenModalShown([fill](QWidget *modal) {
        auto *dialog = qobject_cast<ClosureDialog *>(modal);
        if (dialog)
            fill(dialog);
        if (modal->isVisible())
            modal->close();
    });
}

void choose(QWidget *dialog, const char *name, const QString &code)
{
    auto *combo = dialog->findChild<QComboBox *>(QLatin1String(name));
    QVERIFY2(combo, name);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

void type(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QPlainTextEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setPlainText(text);
}

} // namespace

class TestClosureViews : public QObject
{
    Q_OBJECT

    MyDaySite m_site;
    std::unique_ptr<CaseFiles> m_files;

    CaseFileData load(const QUuid &caseId) const
    {
        const auto data = m_files->load(caseId);
        return data ? data.value() : CaseFileData();
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void init()
    {
        QVERIFY(m_site.build());
        m_files = std::make_unique<CaseFiles>(*m_site.store);
    }

    void cleanup()
    {
        m_files.reset();
        m_site = MyDaySite();
    }

    void supervisor_closesTheCaseAtOnce()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        bool signOffNeeded = true;
        whenClosureDialog([&](ClosureDialog *dialog) {
            signOffNeeded = dialog->needsSignOff();
            choose(dialog, "closureReasonCombo", u"employed"_s);
            choose(dialog, "closureOutcomeCombo", u"goals_met"_s);
            type(dialog, "closingNotesEdit", u"Works at the bakery"_s);
            dialog->accept();
        });
        QVERIFY(ClosureDialog::closeCase(*m_files, m_site.actions));
        QVERIFY(!signOffNeeded);
        const CaseFileData data = load(m_site.actions);
        QCOMPARE(data.status, u"closed"_s);
        QCOMPARE(data.closureReason, u"employed"_s);
        QCOMPARE(data.outcome, u"goals_met"_s);
        QCOMPARE(data.closingNotes, u"Works at the bakery"_s);
        QCOMPARE(data.closedBy, u"Supervisor"_s);
        QCOMPARE(data.closedDate, QDate::currentDate());
    }

    void caseWorker_requestsTheClosure_andIsToldItWaits()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        QString notice;
        whenClosureDialog([&](ClosureDialog *dialog) {
            QVERIFY(dialog->needsSignOff());
            notice = dialog->noticeText();
            choose(dialog, "closureReasonCombo", u"moved"_s);
            choose(dialog, "closureOutcomeCombo", u"partly_met"_s);
            dialog->findChild<QDateEdit *>(u"closureDateEdit"_s)
                ->setDate(QDate::currentDate().addDays(-1));
            dialog->accept();
        });
        QVERIFY(ClosureDialog::closeCase(*m_files, m_site.actions));
        QVERIFY2(notice.contains(u"supervisor"_s, Qt::CaseInsensitive), qPrintable(notice));
        const CaseFileData data = load(m_site.actions);
        QCOMPARE(data.status, u"closure_requested"_s);
        QCOMPARE(data.closedDate, QDate::currentDate().addDays(-1));
        QCOMPARE(data.closedBy, QString());
    }

    void refusal_isShown_andKeepsWhatWasTyped()
    {
        QString error;
        QString reasonAfter;
        whenClosureDialog([&](ClosureDialog *dialog) {
            choose(dialog, "closureReasonCombo", u"other"_s);
            choose(dialog, "closureOutcomeCombo", u"unknown"_s);
            dialog->accept();
            error = dialog->errorText();
            QVERIFY(dialog->isVisible());
            reasonAfter
                = dialog->findChild<QComboBox *>(u"closureReasonCombo"_s)->currentData().toString();
            type(dialog, "closingNotesEdit", u"Left for Russia with the family"_s);
            dialog->accept();
        });
        QVERIFY(ClosureDialog::closeCase(*m_files, m_site.referrals));
        QVERIFY2(error.contains(u"closing notes"_s), qPrintable(error));
        QCOMPARE(reasonAfter, u"other"_s);
        QCOMPARE(load(m_site.referrals).closingNotes, u"Left for Russia with the family"_s);
    }

    void cancelling_leavesTheCaseOpen()
    {
        whenClosureDialog([](ClosureDialog *dialog) {
            choose(dialog, "closureReasonCombo", u"moved"_s);
            dialog->reject();
        });
        QVERIFY(!ClosureDialog::closeCase(*m_files, m_site.actions));
        QCOMPARE(load(m_site.actions).status, u"open"_s);
    }

    void reopening_recordsTheReason()
    {
        QVERIFY_STATUS(CaseClosure(*m_site.store)
                           .close(m_site.actions, u"employed"_s, u"goals_met"_s, QString(),
                                  QDate::currentDate()));
        QString firstError;
        whenClosureDialog([&](ClosureDialog *dialog) {
            QCOMPARE(dialog->mode(), ClosureDialog::Mode::Reopen);
            dialog->accept();
            firstError = dialog->errorText();
            type(dialog, "reopenReasonEdit", u"Lost the job again"_s);
            dialog->accept();
        });
        QVERIFY(ClosureDialog::reopenCase(*m_files, m_site.actions));
        QVERIFY2(firstError.contains(u"reason"_s), qPrintable(firstError));
        const CaseFileData data = load(m_site.actions);
        QCOMPARE(data.status, u"open"_s);
        QCOMPARE(data.reopenReason, u"Lost the job again"_s);
        QCOMPARE(data.reopenedDate, QDate::currentDate());
        // The last closure stays on the case.
        QCOMPARE(data.closureReason, u"employed"_s);
    }

    void overview_showsTheClosureReadOnly()
    {
        QVERIFY_STATUS(CaseClosure(*m_site.store)
                           .close(m_site.actions, u"goals_reached"_s, u"partly_met"_s,
                                  u"Housing found"_s, QDate::currentDate()));
        OverviewTab tab(*m_files);
        tab.showCase(load(m_site.actions));
        QVERIFY(!tab.findChild<QComboBox *>(u"statusCombo"_s));
        auto *form = tab.findChild<CaseDetailsForm *>();
        QVERIFY(form);
        const QString text = form->closureText();
        QVERIFY2(text.contains(Vocabulary::label(Vocabulary::caseStatuses(), u"closed"_s)),
                 qPrintable(text));
        QVERIFY2(text.contains(displayDate(QDate::currentDate())), qPrintable(text));
        QVERIFY2(
            text.contains(Vocabulary::label(PlanVocabulary::closureReasons(), u"goals_reached"_s)),
            qPrintable(text));
        QVERIFY2(
            text.contains(Vocabulary::label(PlanVocabulary::closureOutcomes(), u"partly_met"_s)),
            qPrintable(text));
        QVERIFY2(text.contains(u"Housing found"_s), qPrintable(text));
        QVERIFY2(text.contains(dayWorker()), qPrintable(text)); // closed by
        QCOMPARE(tab.findChild<QLabel *>(u"closureReasonLabel"_s)->text(),
                 Vocabulary::label(PlanVocabulary::closureReasons(), u"goals_reached"_s));
    }

    void overview_ofAnOpenCase_showsOnlyItsStatus()
    {
        OverviewTab tab(*m_files);
        tab.showCase(load(m_site.actions));
        const QString text = tab.findChild<CaseDetailsForm *>()->closureText();
        QCOMPARE(text.count(u'\n'), 0);
        QVERIFY2(text.contains(Vocabulary::label(Vocabulary::caseStatuses(), u"open"_s)),
                 qPrintable(text));
    }

    void managementModel_isSavedFromTheOverview()
    {
        OverviewTab tab(*m_files);
        tab.showCase(load(m_site.actions));
        auto *combo = tab.findChild<QComboBox *>(u"managementCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(!tab.isModified());
        chooseData(&tab, "managementCombo", u"intensive"_s);
        QVERIFY(tab.isModified());
        QVERIFY2(tab.save(), qPrintable(tab.errorText()));
        QCOMPARE(load(m_site.actions).managementModel, u"intensive"_s);
        QCOMPARE(load(m_site.actions).status, u"open"_s);
        QCOMPARE(combo->currentData().toString(), u"intensive"_s);
    }

    void draftWrittenBeforeClosure_doesNotBringTheStatusBack()
    {
        const CaseFileData shown = load(m_site.actions);
        CaseFileData edited = shown;
        edited.managementModel = u"standard"_s;
        const QByteArray draft = OverviewDraft::encode(shown, edited);
        QVERIFY_STATUS(
            CaseClosure(*m_site.store)
                .close(m_site.actions, u"moved"_s, u"unknown"_s, QString(), QDate::currentDate()));
        const auto state = OverviewDraft::decode(draft, load(m_site.actions));
        QVERIFY(state);
        QCOMPARE(state->edited.status, u"closed"_s);
        QCOMPARE(state->shown.status, u"closed"_s);
        QCOMPARE(state->edited.managementModel, u"standard"_s);
    }
};

QTEST_MAIN(TestClosureViews)
#include "tst_views_closure.moc"
