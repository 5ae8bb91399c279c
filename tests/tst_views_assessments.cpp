// The Assessments tab and the assessment form driven headlessly: starting from a template,
// typing answers into the generated editors, messages, skip rules, drafts, completion, the
// result panel, comparison and the means test tables.
#include "assessmentviewsupport.h"

#include "assessmentcomparedialog.h"
#include "assessmentresultpanel.h"
#include "householdanswereditor.h"
#include "meanstest.h"

#include <QDateEdit>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

class TestAssessmentViews : public AssessmentViewTest
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { setUpSite(); }
    void cleanup() { tearDownSite(); }

    void tab_isAfterInteractions()
    {
        const int interactions = m_window->tabs()->indexOf(m_window->interactions());
        QCOMPARE(m_window->tabs()->indexOf(tab()), interactions + 1);
        QCOMPARE(m_window->tabs()->tabText(interactions + 1), u"&Assessments"_s);
    }

    void newAssessment_opensTheFormWithAnEditorPerQuestion()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(tab()->model()->rowCount(), 1);
        QCOMPARE(tab()->model()->summary(0).status, u"draft"_s);
        auto *source = answerField<QComboBox>(dialog, u"source"_s);
        QVERIFY(source);
        QCOMPARE(source->currentText(), QString()); // the empty first entry
        QCOMPARE(source->count(), 4);
        QVERIFY(answerField<QLineEdit>(dialog, u"months"_s));
        auto *violence = answerField<QComboBox>(dialog, u"violence"_s);
        QVERIFY(violence);
        QCOMPARE(violence->count(), 3); // empty, yes, no
        QVERIFY(answerField<QPlainTextEdit>(dialog, u"note"_s));
        for (const QString &id : { u"source"_s, u"months"_s, u"violence"_s, u"note"_s })
            QVERIFY2(problemLabel(dialog, id), qPrintable(id));
        QCOMPARE(dialog->dateEdit()->date(), QDate::currentDate());
        // The required question says so; the first field takes the typing.
        auto *label = dialog->findChild<QLabel *>(u"label_source"_s);
        QVERIFY(label->text().endsWith(u'*'));
        QVERIFY(label->font().bold());
        QCOMPARE(dialog->focusWidget(), source);
    }

    void tab_walksTheQuestionsInTheirOrder()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *source = answerField<QComboBox>(dialog, u"source"_s);
        QTRY_COMPARE(QApplication::focusWidget(), source);
        // "months" is not asked yet, so Tab goes from the income to the safety question.
        QTest::keyClick(source, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), answerField<QComboBox>(dialog, u"violence"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), answerField<QPlainTextEdit>(dialog, u"note"_s));
        // Before the first question comes the assessment date.
        source->setFocus(Qt::TabFocusReason);
        QTest::keyClick(source, Qt::Key_Backtab);
        QWidget *before = QApplication::focusWidget();
        const QByteArray where = QByteArray(before->metaObject()->className()) + ' '
            + before->objectName().toUtf8() + ' '
            + (before->parentWidget() ? before->parentWidget()->objectName().toUtf8() : "");
        QVERIFY2(before == dialog->dateEdit() || dialog->dateEdit()->isAncestorOf(before),
                 where.constData());
    }

    void closingTheCaseFile_savesTheOpenDraftWhenAsked()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        const QUuid id = dialog->assessmentId();
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"benefit"_s);
        QVERIFY(m_window->hasUnsavedChanges());
        QString prompt;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            prompt = box->objectName();
            box->button(QMessageBox::Save)->click();
        });
        QPointer<CaseFileWindow> guard(m_window.get());
        QVERIFY(m_window->close());
        QCOMPARE(prompt, u"unsavedChangesPrompt"_s);
        // The window deletes itself on close.
        m_window.release();
        QTRY_VERIFY(!guard);
        QCOMPARE(Assessments(*m_store).load(id)->answers.value(u"source"_s),
                 QJsonValue(u"benefit"_s));
    }

    void requiredQuestion_showsItsMessageOnceTouched()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        auto *source = answerField<QComboBox>(dialog, u"source"_s);
        QLabel *problem = problemLabel(dialog, u"source"_s);
        QCOMPARE(problem->isHidden(), true);
        chooseValue(source, u"wages"_s);
        QCOMPARE(problem->isHidden(), true);
        source->setCurrentIndex(0);
        QCOMPARE(problem->isHidden(), false);
        QCOMPARE(problem->text(), u"An answer is required."_s);
        // A number out of the template's range says which limit, as it is typed.
        chooseValue(source, u"none"_s);
        auto *months = answerField<QLineEdit>(dialog, u"months"_s);
        months->setFocus();
        QTest::keyClicks(months, u"200"_s);
        QCOMPARE(problemLabel(dialog, u"months"_s)->text(),
                 u"The largest accepted value is 120."_s);
        months->clear();
        QTest::keyClicks(months, u"abc"_s);
        QCOMPARE(problemLabel(dialog, u"months"_s)->text(), u"Enter a number."_s);
    }

    void complete_withMissingAnswers_showsEveryMessageAndFocusesTheFirst()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        chooseValue(answerField<QComboBox>(dialog, u"violence"_s), true);
        // No confirmation is asked: nothing could be completed.
        dialog->findChild<QPushButton *>(u"completeButton"_s)->click();
        QVERIFY(dialog->errorText().contains(u"need attention"_s));
        QCOMPARE(problemLabel(dialog, u"source"_s)->isHidden(), false);
        QCOMPARE(dialog->focusWidget(), answerField<QComboBox>(dialog, u"source"_s));
        QCOMPARE(Assessments(*m_store).load(dialog->assessmentId())->summary.status, u"draft"_s);
    }

    void skipRule_hidesTheQuestionWhenTheAnswerChanges()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *source = answerField<QComboBox>(dialog, u"source"_s);
        QWidget *months = dialog->form()->questionBox(u"months"_s);
        QVERIFY(months);
        QCOMPARE(months->isVisibleTo(dialog), false);
        chooseValue(source, u"none"_s);
        QCOMPARE(months->isVisibleTo(dialog), true);
        QVERIFY(answerField<QLineEdit>(dialog, u"months"_s)->isVisible());
        chooseValue(source, u"wages"_s);
        QCOMPARE(months->isVisibleTo(dialog), false);
        QCOMPARE(answerField<QLineEdit>(dialog, u"months"_s)->isVisible(), false);
    }

    void saveDraft_thenReopen_keepsTheAnswers()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        const QUuid id = dialog->assessmentId();
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"none"_s);
        QTest::keyClicks(answerField<QLineEdit>(dialog, u"months"_s), u"4"_s);
        chooseValue(answerField<QComboBox>(dialog, u"violence"_s), true);
        answerField<QPlainTextEdit>(dialog, u"note"_s)->setPlainText(u"Lives with her sister."_s);
        QVERIFY(dialog->isModified());
        QVERIFY(m_window->hasUnsavedChanges());
        dialog->findChild<QPushButton *>(u"saveDraftButton"_s)->click();
        QCOMPARE(dialog->errorText(), QString());
        QVERIFY(!dialog->isModified());
        const Answers stored = Assessments(*m_store).load(id)->answers;
        QCOMPARE(stored.value(u"months"_s), QJsonValue(4));
        QCOMPARE(stored.value(u"violence"_s), QJsonValue(true));

        QPointer<AssessmentDialog> guard(dialog);
        dialog->findChild<QPushButton *>(u"closeButton"_s)->click();
        QTRY_VERIFY(!guard);
        QCOMPARE(tab()->model()->rowCount(), 1);
        AssessmentDialog *again = tab()->openAssessment(id);
        QVERIFY(again);
        QCOMPARE(answerField<QComboBox>(again, u"source"_s)->currentData().toString(), u"none"_s);
        QCOMPARE(answerField<QLineEdit>(again, u"months"_s)->text(), u"4"_s);
        QCOMPARE(answerField<QComboBox>(again, u"violence"_s)->currentData().toBool(), true);
        QCOMPARE(answerField<QPlainTextEdit>(again, u"note"_s)->toPlainText(),
                 u"Lives with her sister."_s);
        QVERIFY(!again->isModified());
    }

    void ctrlS_savesTheDraft()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"benefit"_s);
        QVERIFY(dialog->isModified());
        QTest::keyClick(answerField<QComboBox>(dialog, u"source"_s), Qt::Key_S,
                        Qt::ControlModifier);
        QVERIFY(!dialog->isModified());
        QCOMPARE(Assessments(*m_store).load(dialog->assessmentId())->answers.value(u"source"_s),
                 QJsonValue(u"benefit"_s));
    }

    void closingWithUnsavedAnswers_asksToSave()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        const QUuid id = dialog->assessmentId();
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"wages"_s);
        QString prompt;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            prompt = box->objectName();
            box->button(QMessageBox::Save)->click();
        });
        QPointer<AssessmentDialog> guard(dialog);
        dialog->findChild<QPushButton *>(u"closeButton"_s)->click();
        QCOMPARE(prompt, u"unsavedAssessmentPrompt"_s);
        QTRY_VERIFY(!guard);
        QCOMPARE(Assessments(*m_store).load(id)->answers.value(u"source"_s),
                 QJsonValue(u"wages"_s));
    }

    void complete_makesTheFormReadOnly_andThePanelShowsTheLevel()
    {
        AssessmentDialog *dialog = startFromTab(u"test_scored"_s);
        QVERIFY(dialog);
        chooseValue(answerField<QComboBox>(dialog, u"source"_s), u"none"_s);
        QTest::keyClicks(answerField<QLineEdit>(dialog, u"months"_s), u"7"_s);
        chooseValue(answerField<QComboBox>(dialog, u"violence"_s), false);
        // The preview follows the answers before anything is kept.
        auto *level = dialog->resultPanel()->findChild<QLabel *>(u"overallLevelLabel"_s);
        QVERIFY(dialog->resultPanel()->text().contains(u"Preview"_s));
        QVERIFY(dialog->resultPanel()->text().contains(levelText(Level::Emergency)));
        confirmCompletion();
        dialog->findChild<QPushButton *>(u"completeButton"_s)->click();
        QCOMPARE(dialog->errorText(), QString());
        QVERIFY(dialog->isReadOnly());
        QCOMPARE(answerField<QComboBox>(dialog, u"source"_s)->isEnabled(), false);
        QCOMPARE(answerField<QLineEdit>(dialog, u"months"_s)->isEnabled(), false);
        QCOMPARE(dialog->dateEdit()->isEnabled(), false);
        QCOMPARE(dialog->findChild<QPushButton *>(u"saveDraftButton"_s)->isHidden(), true);
        QCOMPARE(dialog->findChild<QPushButton *>(u"completeButton"_s)->isHidden(), true);
        QCOMPARE(dialog->findChild<QPushButton *>(u"printButton"_s)->isHidden(), false);
        QVERIFY(level->text().contains(levelText(Level::Emergency)));
        QVERIFY(dialog->resultPanel()->text().contains(u"Result at completion"_s));
        QVERIFY(dialog->resultPanel()->text().contains(u"Rule version: template Test situation "
                                                       "version 1"_s));
        QCOMPARE(dialog->bannerText(), QString());
        QCOMPARE(tab()->model()->summary(0).status, u"completed"_s);
        QCOMPARE(tab()->model()->index(0, AssessmentListModel::Result).data().toString(),
                 levelText(Level::Emergency));
    }

    void completed_editedElsewhere_showsTheBanner()
    {
        const QUuid id = completeDirectly(
            { { u"source"_s, u"none"_s }, { u"months"_s, 7 }, { u"violence"_s, false } },
            QDate::currentDate());
        QVERIFY(!id.isNull());
        Statement st = m_store->db().statement(
            "SELECT id FROM assessment_answers WHERE assessment_id=? AND question_id='months'");
        st.bind(1, id);
        QCOMPARE(st.step(), Statement::Step::Row);
        const QUuid answer = st.uuid(0);
        st.reset();
        QVERIFY_STATUS(
            m_store->update(u"assessment_answer"_s, answer, fields({ { u"value"_s, u"[1]"_s } })));
        AssessmentDialog *dialog = tab()->openAssessment(id);
        QVERIFY(dialog->isReadOnly());
        QVERIFY(dialog->bannerText().startsWith(u"This assessment was changed at another site "
                                                "after it was completed."_s));
        // The result kept at completion, not one of the changed answer.
        QVERIFY(dialog->resultPanel()
                    ->findChild<QLabel *>(u"overallLevelLabel"_s)
                    ->text()
                    .contains(levelText(Level::Emergency)));
        QVERIFY(tab()
                    ->model()
                    ->index(0, AssessmentListModel::Status)
                    .data()
                    .toString()
                    .contains(u"edited after completion"_s));
    }

    void compare_showsWhatGotBetter()
    {
        QVERIFY(!completeDirectly(
                     { { u"source"_s, u"none"_s }, { u"months"_s, 7 }, { u"violence"_s, true } },
                     QDate::currentDate().addDays(-20))
                     .isNull());
        QVERIFY(!completeDirectly({ { u"source"_s, u"wages"_s }, { u"violence"_s, true } },
                                  QDate::currentDate())
                     .isNull());
        QCOMPARE(tab()->model()->rowCount(), 2);
        auto *compare = tab()->findChild<QPushButton *>(u"compareAssessmentButton"_s);
        tab()->table()->selectRow(1);
        QCOMPARE(compare->isEnabled(), false); // nothing before the oldest
        tab()->table()->selectRow(0);
        QCOMPARE(compare->isEnabled(), true);
        QStringList changes;
        QString income;
        whenModal<AssessmentCompareDialog>([&](AssessmentCompareDialog *dialog) {
            QTableWidget *table = dialog->table();
            for (int row = 0; row < table->rowCount(); ++row) {
                changes << table->item(row, AssessmentCompareDialog::Change)->text();
                if (table->item(row, AssessmentCompareDialog::What)->text() == u"income"_s)
                    income = table->item(row, AssessmentCompareDialog::Change)->text();
            }
            QCOMPARE(dialog->errorText(), QString());
            dialog->reject();
        });
        compare->click();
        QCOMPARE(income, u"Better"_s);
        QVERIFY(changes.contains(u"Same"_s)); // safety stayed where it was
        QVERIFY(changes.contains(u"No longer needed"_s)); // cash
    }

    void meansTest_countedMembersAndIncomes_giveThePerCapitaFigure()
    {
        AssessmentDialog *dialog = startFromTab(u"means_test"_s);
        QVERIFY(dialog);
        const AssessmentTemplate &t = dialog->form()->assessmentTemplate();
        const QString household = t.meansTest.householdQuestion;
        const QString incomes = t.meansTest.incomesQuestion;
        auto *members = answerField<QTableWidget>(dialog, household);
        QVERIFY(members);
        QCOMPARE(members->rowCount(), 3);
        QCOMPARE(members->item(0, HouseholdAnswerEditor::Name)->text(), u"Ахметова Динара"_s);
        // The spouse lives elsewhere: not counted, with the reason.
        members->item(2, HouseholdAnswerEditor::Counted)->setCheckState(Qt::Unchecked);
        QVERIFY(problemLabel(dialog, household)->text().contains(u"Give the reason"_s));
        members->item(2, HouseholdAnswerEditor::Reason)->setText(u"lives elsewhere"_s);
        QCOMPARE(problemLabel(dialog, household)->isHidden(), true);

        auto *add = dialog->findChild<QPushButton *>(u"addIncomeButton"_s);
        QVERIFY(add);
        add->click();
        chooseValue(dialog->findChild<QComboBox *>(u"income_member_0"_s), m_members.at(0));
        chooseValue(dialog->findChild<QComboBox *>(u"income_kind_0"_s), u"wages"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"income_amount_0"_s), u"90000.00"_s);
        // The member who is not counted brings no income into the figure.
        add->click();
        chooseValue(dialog->findChild<QComboBox *>(u"income_member_1"_s), m_members.at(2));
        chooseValue(dialog->findChild<QComboBox *>(u"income_kind_1"_s), u"wages"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"income_amount_1"_s), u"50000"_s);
        QCOMPARE(problemLabel(dialog, incomes)->isHidden(), true);

        const Answers answers = dialog->form()->answers();
        const QJsonArray rows = answers.value(incomes).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"amount"_s), QJsonValue(9000000));
        // 90 000,00 over 3 months for 2 counted members.
        const QString panel = dialog->resultPanel()->text();
        QVERIFY2(panel.contains(u"= "_s + moneyText(1500000)), qPrintable(panel));
        QVERIFY(panel.contains(u"Members counted: 2."_s));
        QVERIFY(panel.contains(u"not counted: the member is not counted"_s));
        QVERIFY(panel.contains(u"subsistence minimum"_s));
        QVERIFY(panel.contains(u"(shipped)"_s));

        // Removing the second income leaves the figure as it was.
        dialog->findChild<QPushButton *>(u"income_remove_1"_s)->click();
        QCOMPARE(dialog->form()->answers().value(incomes).toArray().size(), 1);
        QVERIFY(dialog->resultPanel()->text().contains(u"= "_s + moneyText(1500000)));
    }

    void discardDraft_removesItAfterConfirmation()
    {
        QVERIFY_STATUS(Assessments(*m_store).start(m_case, m_hash, QDate::currentDate()));
        QCOMPARE(tab()->model()->rowCount(), 1);
        tab()->table()->selectRow(0);
        auto *discard = tab()->findChild<QPushButton *>(u"discardDraftButton"_s);
        QCOMPARE(discard->isEnabled(), true);
        whenModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->objectName(), u"discardDraftPrompt"_s);
            box->button(QMessageBox::Discard)->click();
        });
        discard->click();
        QCOMPARE(tab()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAssessmentViews)
#include "tst_views_assessments.moc"
