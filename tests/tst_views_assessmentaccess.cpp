// Who may change an assessment and what happens to unsaved answers: a transferred case and an
// auditor see forms read-only, a worker's unsaved answers survive another worker signing in, and
// completed assessments print through the preview and to PDF.
#include "assessmentviewsupport.h"

#include "assessmentprinting.h"
#include "drafts.h"
#include "syncscope.h"

#include <QPrintPreviewDialog>

using namespace casedesk;
using namespace casedesk::test;

class TestAssessmentAccessViews : public AssessmentViewTest
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { setUpSite(); }
    void cleanup() { tearDownSite(); }

    void print_showsThePreview_andPdfIsWritten()
    {
        const QUuid id = completeDirectly({ { u"source"_s, u"wages"_s } }, QDate::currentDate());
        QVERIFY(!id.isNull());
        tab()->table()->selectRow(0);
        bool previewed = false;
        whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            previewed = true;
            preview->reject();
        });
        tab()->findChild<QPushButton *>(u"printAssessmentButton"_s)->click();
        QVERIFY(previewed);
        const QString path = m_dir->file(u"assessment.pdf"_s);
        QVERIFY_STATUS(AssessmentPrinting::writePdf(*m_store, id, path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    void anotherWorkerSignsIn_unsavedAnswersComeBackToTheirWorker()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        m_window.reset();
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        const QUuid worker = m_store->session()->user().id;
        m_window = std::make_unique<CaseFileWindow>(*m_store, m_case, u"Case Worker"_s);
        m_window->show();
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        const QUuid id = dialog->assessmentId();
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"benefit"_s);
        QPointer<AssessmentDialog> guard(dialog);
        m_window->keepAsDraft(worker);
        QTRY_VERIFY(!guard);
        // Kept for the worker, not written as the assessment's answers.
        QVERIFY(Drafts::find(*m_store, worker, m_case, AssessmentDialog::draftKindOf(id)));
        QVERIFY(!Assessments(*m_store).load(id)->answers.contains(u"source"_s));

        m_window = std::make_unique<CaseFileWindow>(*m_store, m_case, u"Case Worker"_s);
        m_window->show();
        QTRY_COMPARE(m_window->assessments()->openForms().size(), 1);
        AssessmentDialog *back = m_window->assessments()->openForms().first();
        QCOMPARE(answerField<QComboBox>(back, u"source"_s)->currentData().toString(), u"benefit"_s);
        QVERIFY(back->isModified());
        QVERIFY(back->bannerText().startsWith(u"Your unsaved answers are back"_s));
        back->findChild<QPushButton *>(u"saveDraftButton"_s)->click();
        QVERIFY(!Drafts::find(*m_store, worker, m_case, AssessmentDialog::draftKindOf(id)));
        QCOMPARE(Assessments(*m_store).load(id)->answers.value(u"source"_s),
                 QJsonValue(u"benefit"_s));
    }

    void auditor_seesAssessmentsWithoutEditButtons()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        const QUuid id = completeDirectly({ { u"source"_s, u"wages"_s } }, QDate::currentDate());
        QVERIFY(!id.isNull());
        QVERIFY_STATUS(Assessments(*m_store).start(m_case, m_hash, QDate::currentDate()));
        m_window.reset();
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::Auditor));
        m_window = std::make_unique<CaseFileWindow>(*m_store, m_case, u"Auditor"_s);
        m_window->show();
        AssessmentsTab *assessments = m_window->assessments();
        QCOMPARE(assessments->model()->rowCount(), 2);
        QCOMPARE(assessments->findChild<QPushButton *>(u"newAssessmentButton"_s)->isHidden(), true);
        QCOMPARE(assessments->findChild<QPushButton *>(u"discardDraftButton"_s)->isHidden(), true);
        assessments->selectAssessment(id);
        QCOMPARE(assessments->findChild<QPushButton *>(u"printAssessmentButton"_s)->isEnabled(),
                 true);
        const QUuid draft = assessments->model()->summary(0).id == id
            ? assessments->model()->summary(1).id
            : assessments->model()->summary(0).id;
        AssessmentDialog *dialog = assessments->openAssessment(draft);
        QVERIFY(dialog->isReadOnly());
        QCOMPARE(answerField<QComboBox>(dialog, u"source"_s)->isEnabled(), false);
        QCOMPARE(dialog->findChild<QPushButton *>(u"completeButton"_s)->isHidden(), true);
    }

    void transferredCase_opensAssessmentsReadOnly()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        QVERIFY(exchange(*t.a, *t.b));
        Assessments atA(*t.a);
        const QList<const AssessmentTemplate *> offered
            = atA.catalogue().available(QDate::currentDate());
        QVERIFY(!offered.isEmpty());
        auto id = atA.start(t.caseId, offered.first()->hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(SyncScope::transfer(*t.a, t.caseId, t.b->site().id));
        auto window = std::make_unique<CaseFileWindow>(*t.a, t.caseId, u"Test Worker"_s);
        window->show();
        AssessmentsTab *assessments = window->assessments();
        QCOMPARE(assessments->findChild<QPushButton *>(u"newAssessmentButton"_s)->isHidden(), true);
        QCOMPARE(assessments->findChild<QPushButton *>(u"discardDraftButton"_s)->isHidden(), true);
        QCOMPARE(assessments->model()->rowCount(), 1);
        AssessmentDialog *dialog = assessments->openAssessment(id.value());
        QVERIFY(dialog->isReadOnly());
        const QList<AnswerEditor *> editors = dialog->findChildren<AnswerEditor *>();
        QVERIFY(!editors.isEmpty());
        for (AnswerEditor *editor : editors)
            QVERIFY2(!editor->field()->isEnabled(), qPrintable(editor->objectName()));
        QCOMPARE(dialog->findChild<QPushButton *>(u"saveDraftButton"_s)->isHidden(), true);
        QVERIFY(!dialog->bannerText().isEmpty());
        window.reset();
    }
};

QTEST_MAIN(TestAssessmentAccessViews)
#include "tst_views_assessmentaccess.moc"
