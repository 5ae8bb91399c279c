// The Plans tab driven headlessly: drafting a plan, goals tied to assessed needs and actions
// through their dialogs, the action lifecycle, refusals that keep what was typed, reviews,
// sign-off by a supervisor only, and a social contract with its obligations, assistance and
// monthly compliance.
#include "assessmentviewsupport.h"

#include "actionstatusdialog.h"
#include "assistancedialog.h"
#include "compliancedialog.h"
#include "compliancemodel.h"
#include "contractsection.h"
#include "newplandialog.h"
#include "obligationdialog.h"
#include "planactiondialog.h"
#include "plangoaldialog.h"
#include "planmodel.h"
#include "planreport.h"
#include "planreviewdialog.h"
#include "planreviewspanel.h"
#include "planstab.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QTreeView>
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

QPushButton *tabButton(PlansTab *tab, const char *name)
{
    return field<QPushButton>(tab, name);
}

// Accepts the dialog while the next message box is answered; returns the box's text.
QString acceptExpectingWarning(QDialog *dialog)
{
    QString text;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        box->accept();
    });
    dialog->accept();
    return text;
}

} // namespace

class TestPlanViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CaseFiles> m_files;
    std::unique_ptr<PlansTab> m_tab;
    QUuid m_case;
    QUuid m_assessment;

    void showTab()
    {
        m_tab = std::make_unique<PlansTab>(*m_files);
        m_tab->resize(1100, 700);
        auto data = m_files->load(m_case);
        QVERIFY_STATUS(data);
        m_tab->showCase(data.value());
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    QUuid createPlan(const QString &kind, const QDate &start = QDate::currentDate())
    {
        auto plan = Plans(*m_store).create(m_case, kind, start, start.addMonths(6));
        return plan ? plan.value() : QUuid();
    }

    QUuid addAction(const QUuid &plan, const QString &what)
    {
        PlanAction a;
        a.description = what;
        a.dueDate = QDate::currentDate().addDays(7);
        auto id = Plans(*m_store).addAction(plan, a);
        return id ? id.value() : QUuid();
    }

    void selectInTree(const QModelIndex &index)
    {
        QVERIFY(index.isValid());
        m_tab->tree()->setCurrentIndex(index);
        QVERIFY(m_tab->tree()->selectionModel()->isSelected(index));
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        // The central desk, so a template raising needs can be issued for the goal's need.
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        m_files = std::make_unique<CaseFiles>(*m_store);
        auto caseId = m_files->openCase(newCase(person(u"Ахметова"_s, u"Динара"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto hash = TemplateCatalogue::issue(*m_store, bytes(scoredTemplate()));
        QVERIFY_STATUS(hash);
        Assessments assessments(*m_store);
        auto assessment = assessments.start(m_case, hash.value(), QDate::currentDate());
        QVERIFY_STATUS(assessment);
        m_assessment = assessment.value();
        const Answers answers { { u"source"_s, u"none"_s },
                                { u"months"_s, 7 },
                                { u"violence"_s, false } };
        QVERIFY_STATUS(assessments.complete(m_assessment, answers, QDate::currentDate()));
    }

    void cleanup()
    {
        m_tab.reset();
        m_files.reset();
        m_store.reset();
        m_dir.reset();
    }

    void newPlan_throughTheDialog_isShownAndChosen()
    {
        showTab();
        QCOMPARE(field<QLabel>(m_tab.get(), "noPlanLabel")->isVisible(), true);
        QCOMPARE(tabButton(m_tab.get(), "addGoalButton")->isVisible(), false);
        const QDate start = QDate::currentDate().addDays(-3);
        whenModal<NewPlanDialog>([&](NewPlanDialog *dialog) {
            chooseData(dialog, "kindCombo", u"action_plan"_s);
            field<QDateEdit>(dialog, "startDateEdit")->setDate(start);
            field<QCheckBox>(dialog, "openEndCheck")->setChecked(true);
            dialog->accept();
        });
        tabButton(m_tab.get(), "newPlanButton")->click();
        const QList<Plan> plans = Plans(*m_store).forCase(m_case);
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().startDate, start);
        QVERIFY(!plans.first().endDate.isValid());
        QCOMPARE(m_tab->currentPlan(), plans.first().id);
        QCOMPARE(m_tab->model()->planId(), plans.first().id);
        QVERIFY2(m_tab->planCombo()->currentText().startsWith(u"Individual action plan"_s),
                 qPrintable(m_tab->planCombo()->currentText()));
        QCOMPARE(field<QLabel>(m_tab.get(), "noPlanLabel")->isVisible(), false);
        QCOMPARE(tabButton(m_tab.get(), "addGoalButton")->isEnabled(), true);
    }

    void newPlan_refused_keepsTheDialogOpenWithWhatWasChosen()
    {
        showTab();
        QString warning;
        bool stayedOpen = false;
        whenModal<NewPlanDialog>([&](NewPlanDialog *dialog) {
            chooseData(dialog, "kindCombo", u"social_contract"_s);
            field<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(2026, 5, 1));
            field<QDateEdit>(dialog, "endDateEdit")->setDate(QDate(2026, 4, 1));
            warning = acceptExpectingWarning(dialog);
            stayedOpen = dialog->isVisible()
                && field<QComboBox>(dialog, "kindCombo")->currentData() == u"social_contract"_s
                && field<QDateEdit>(dialog, "startDateEdit")->date() == QDate(2026, 5, 1);
            dialog->reject();
        });
        tabButton(m_tab.get(), "newPlanButton")->click();
        QCOMPARE(warning, u"The plan cannot end before it starts."_s);
        QVERIFY(stayedOpen);
        QCOMPARE(Plans(*m_store).forCase(m_case).size(), 0);
    }

    void goalAndAction_throughTheDialogs_showInTheTree()
    {
        const QUuid plan = createPlan(u"action_plan"_s);
        QVERIFY(!plan.isNull());
        showTab();
        int needsOffered = 0;
        whenModal<PlanGoalDialog>([&](PlanGoalDialog *dialog) {
            needsOffered = field<QComboBox>(dialog, "needCombo")->count() - 1;
            setText(dialog, "goalTextEdit", u"An income every month"_s);
            chooseData(dialog, "needCombo", u"cash"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "addGoalButton")->click();
        QVERIFY(needsOffered >= 1);
        PlanModel *model = m_tab->model();
        QCOMPARE(model->rowCount(), 1);
        const PlanGoal goal = model->plan().goals.first();
        QCOMPARE(goal.need, u"cash"_s);
        QCOMPARE(goal.assessmentId, m_assessment);
        QCOMPARE(m_tab->currentGoal(), goal.id);

        // With the goal selected, the new action goes under it.
        const QDate due = QDate::currentDate().addDays(20);
        QUuid offeredGoal;
        whenModal<PlanActionDialog>([&](PlanActionDialog *dialog) {
            offeredGoal = field<QComboBox>(dialog, "goalCombo")->currentData().toUuid();
            chooseData(dialog, "kindCombo", u"job_search"_s);
            setText(dialog, "descriptionEdit", u"Register at the job centre"_s);
            setText(dialog, "agencyEdit", u"Employment centre"_s);
            setText(dialog, "personEdit", u"Айгуль Серикбаева"_s);
            field<QDateEdit>(dialog, "dueDateEdit")->setDate(due);
            dialog->accept();
        });
        tabButton(m_tab.get(), "addActionButton")->click();
        QCOMPARE(offeredGoal, goal.id);
        const QModelIndex goalRow = model->indexOfGoal(goal.id);
        QCOMPARE(model->rowCount(goalRow), 1);
        QVERIFY(m_tab->tree()->isExpanded(goalRow));
        const QModelIndex actionRow = model->index(0, 0, goalRow);
        QCOMPARE(actionRow.data().toString(), u"Register at the job centre"_s);
        QCOMPARE(model->index(0, PlanModel::Responsible, goalRow).data().toString(),
                 u"Employment centre, Айгуль Серикбаева"_s);
        QCOMPARE(model->index(0, PlanModel::Due, goalRow).data().toString(), displayDate(due));
        QCOMPARE(m_tab->currentAction(), model->action(actionRow)->id);

        whenModal<PlanActionDialog>([&](PlanActionDialog *dialog) {
            QCOMPARE(field<QLineEdit>(dialog, "descriptionEdit")->text(),
                     u"Register at the job centre"_s);
            QCOMPARE(field<QComboBox>(dialog, "goalCombo")->isEnabled(), false);
            setText(dialog, "descriptionEdit", u"Register and attend the job club"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "editActionButton")->click();
        QCOMPARE(model->plan().actions.first().description, u"Register and attend the job club"_s);
        QCOMPARE(model->plan().actions.first().goalId, goal.id);
    }

    void changeStatus_offersTheNextStatusesOnly_andCancellingNeedsAReason()
    {
        const QUuid plan = createPlan(u"action_plan"_s);
        const QUuid action = addAction(plan, u"Job fair"_s);
        QVERIFY(!action.isNull());
        showTab();
        QCOMPARE(tabButton(m_tab.get(), "changeStatusButton")->isEnabled(), false);
        selectInTree(m_tab->model()->indexOfAction(action));
        QCOMPARE(tabButton(m_tab.get(), "changeStatusButton")->isEnabled(), true);
        QStringList offered;
        QString warning;
        whenModal<ActionStatusDialog>([&](ActionStatusDialog *dialog) {
            auto *status = field<QComboBox>(dialog, "statusCombo");
            for (int i = 0; i < status->count(); ++i)
                offered << status->itemData(i).toString();
            chooseData(dialog, "statusCombo", u"cancelled"_s);
            warning = acceptExpectingWarning(dialog);
            QVERIFY(dialog->isVisible());
            field<QPlainTextEdit>(dialog, "outcomeEdit")
                ->setPlainText(u"The fair was called off"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "changeStatusButton")->click();
        QCOMPARE(offered, QStringList({ u"in_progress"_s, u"done"_s, u"cancelled"_s }));
        QCOMPARE(warning, u"Say why the action is cancelled."_s);
        const QModelIndex row = m_tab->model()->indexOfAction(action);
        QCOMPARE(row.data(int(PlanModel::Role::StatusKey)).toString(), u"cancelled"_s);
        // Cancelled is final: nothing more to change, and the selection survived the reload.
        QCOMPARE(m_tab->currentAction(), action);
        QCOMPARE(tabButton(m_tab.get(), "changeStatusButton")->isEnabled(), false);
    }

    void signOff_isForSupervisors()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        const QUuid plan = createPlan(u"action_plan"_s);
        QVERIFY(!addAction(plan, u"Welding course"_s).isNull());
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        showTab();
        QPushButton *signOff = tabButton(m_tab.get(), "signOffButton");
        QCOMPARE(signOff->isVisible(), true);
        QCOMPARE(signOff->isEnabled(), false);
        QCOMPARE(signOff->toolTip(), Access::refusal(Operation::SignOff));

        Accounts::signOut(*m_store);
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QCOMPARE(signOff->isEnabled(), true);
        bool asked = false;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->objectName() == u"signOffConfirmation"_s;
            box->button(QMessageBox::Yes)->click();
        });
        signOff->click();
        QVERIFY(asked);
        QCOMPARE(Plans(*m_store).load(plan)->status, u"active"_s);
        QVERIFY2(m_tab->statusText().contains(
                     u"signed off by Supervisor on %1"_s.arg(displayDate(QDate::currentDate()))),
                 qPrintable(m_tab->statusText()));
        QCOMPARE(signOff->isEnabled(), false);
    }

    void signOff_waitsForActions()
    {
        QVERIFY(!createPlan(u"action_plan"_s).isNull());
        showTab();
        // The local user of a file without accounts may sign off, but not an empty plan.
        QPushButton *signOff = tabButton(m_tab.get(), "signOffButton");
        QCOMPARE(signOff->isEnabled(), false);
        QVERIFY(signOff->toolTip().contains(u"actions"_s));
        QVERIFY(!addAction(m_tab->currentPlan(), u"Course"_s).isNull());
        QCOMPARE(signOff->isEnabled(), true);
    }

    void review_keepsThePlanAsItWas_andItStaysEditable()
    {
        const QUuid plan = createPlan(u"action_plan"_s);
        QVERIFY(!addAction(plan, u"Psychologist visits"_s).isNull());
        showTab();
        whenModal<PlanReviewDialog>([&](PlanReviewDialog *dialog) {
            field<QPlainTextEdit>(dialog, "reviewNoteEdit")->setPlainText(u"Quarterly review"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "reviewButton")->click();
        PlanReviewsPanel *reviews = m_tab->reviewsPanel();
        QCOMPARE(reviews->list()->count(), 1);
        QCOMPARE(reviews->list()->currentRow(), 0);
        QVERIFY2(reviews->beforeText()->toPlainText().contains(u"Psychologist visits"_s),
                 qPrintable(reviews->beforeText()->toPlainText()));
        QVERIFY(reviews->beforeText()->isReadOnly());
        QVERIFY(reviews->isVisible());
        QCOMPARE(tabButton(m_tab.get(), "addActionButton")->isEnabled(), true);
        QCOMPARE(tabButton(m_tab.get(), "addGoalButton")->isEnabled(), true);
    }

    void socialContract_showsItsSection_andANotKeptMonthProposesTheEscalation()
    {
        const QDate today = QDate::currentDate();
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-3);
        const QUuid contract = createPlan(u"social_contract"_s, start);
        QVERIFY(!contract.isNull());
        showTab();
        ContractSection *section = m_tab->contractSection();
        QVERIFY(section->showsContract());
        // The compliance page comes first, the reviews after the contract's pages.
        QCOMPARE(section->currentWidget(), section->complianceTable()->parentWidget());
        QVERIFY(section->complianceTable()->isVisible());
        QCOMPARE(section->isTabVisible(section->indexOf(m_tab->reviewsPanel())), true);

        whenModal<ObligationDialog>([&](ObligationDialog *dialog) {
            chooseData(dialog, "sideCombo", u"client"_s);
            field<QPlainTextEdit>(dialog, "obligationTextEdit")
                ->setPlainText(u"Attend the course"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "addObligationButton")->click();
        QCOMPARE(section->obligationList(u"client"_s)->count(), 1);
        QCOMPARE(section->obligationList(u"agency"_s)->count(), 0);

        whenModal<AssistanceDialog>([&](AssistanceDialog *dialog) {
            setText(dialog, "assistanceKindEdit", u"Monthly benefit"_s);
            field<QDoubleSpinBox>(dialog, "amountSpin")->setValue(1234.56);
            dialog->accept();
        });
        tabButton(m_tab.get(), "addAssistanceButton")->click();
        QCOMPARE(SocialContracts(*m_store).assistance(contract).first().monthlyAmount,
                 qint64(123456));
        QCOMPARE(section->assistanceList()->topLevelItemCount(), 1);

        QString proposed;
        whenModal<ComplianceDialog>([&](ComplianceDialog *dialog) {
            dialog->setMonth(start);
            field<QCheckBox>(dialog, "keptCheck")->setChecked(false);
            proposed = field<QComboBox>(dialog, "consequenceCombo")->currentData().toString();
            setText(dialog, "reasonEdit", u"Missed four lessons"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "recordMonthButton")->click();
        QCOMPARE(proposed, u"warning"_s);
        ComplianceModel *compliance = section->complianceModel();
        QCOMPARE(compliance->rowCount(), 1);
        QCOMPARE(compliance->index(0, ComplianceModel::ConsequenceText).data().toString(),
                 consequenceText(Consequence::Warning));

        // The next month not kept either: a reduction is proposed, and half is payable.
        whenModal<ComplianceDialog>([&](ComplianceDialog *dialog) {
            dialog->setMonth(start.addMonths(1));
            field<QCheckBox>(dialog, "keptCheck")->setChecked(false);
            proposed = field<QComboBox>(dialog, "consequenceCombo")->currentData().toString();
            setText(dialog, "reasonEdit", u"Did not come"_s);
            dialog->accept();
        });
        tabButton(m_tab.get(), "recordMonthButton")->click();
        QCOMPARE(proposed, u"reduction"_s);
        QCOMPARE(compliance->rowCount(), 2);
        QCOMPARE(
            compliance->index(1, 0).data(int(ComplianceModel::Role::PayableAmount)).toLongLong(),
            qint64(61728));
    }

    void compliance_refused_keepsTheDialogOpen()
    {
        const QDate today = QDate::currentDate();
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-1);
        QVERIFY(!createPlan(u"social_contract"_s, start).isNull());
        showTab();
        QString warning;
        whenModal<ComplianceDialog>([&](ComplianceDialog *dialog) {
            field<QCheckBox>(dialog, "keptCheck")->setChecked(false);
            // No reason for the proposed warning: the domain refuses.
            warning = acceptExpectingWarning(dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(field<QCheckBox>(dialog, "keptCheck")->isChecked(), false);
            dialog->reject();
        });
        tabButton(m_tab.get(), "recordMonthButton")->click();
        QCOMPARE(warning, u"Give the reason for the consequence."_s);
    }

    void actionPlan_hasNoContractSection()
    {
        QVERIFY(!createPlan(u"action_plan"_s).isNull());
        showTab();
        ContractSection *section = m_tab->contractSection();
        QCOMPARE(section->showsContract(), false);
        QCOMPARE(
            section->isTabVisible(section->indexOf(section->complianceTable()->parentWidget())),
            false);
        QCOMPARE(m_tab->reviewsPanel()->isVisible(), true);
    }

    void print_showsThePlanInThePreview_alsoWhenNotEditable()
    {
        const QUuid plan = createPlan(u"action_plan"_s);
        QVERIFY(!addAction(plan, u"Course"_s).isNull());
        showTab();
        m_tab->setEditable(false);
        auto *print = field<QPushButton>(m_tab.get(), "printPlanButton");
        QVERIFY(print);
        QVERIFY(print->isEnabled());
        QVERIFY(print->menu());
        QCOMPARE(print->menu()->actions().size(), 2);
        QString title;
        whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            title = preview->windowTitle();
            preview->reject();
        });
        print->menu()->actions().first()->trigger();
        const Result<ReportDocument> document = PlanReport::build(*m_store, plan);
        QVERIFY_STATUS(document);
        QVERIFY2(title.contains(document->title), qPrintable(title));
    }

    void notEditable_hidesTheEditButtons()
    {
        const QUuid plan = createPlan(u"social_contract"_s);
        QVERIFY(!addAction(plan, u"Course"_s).isNull());
        showTab();
        m_tab->setEditable(false);
        for (const char *name :
             { "newPlanButton", "reviewButton", "signOffButton", "addGoalButton", "addActionButton",
               "editActionButton", "changeStatusButton", "addObligationButton",
               "addAssistanceButton", "recordMonthButton" })
            QVERIFY2(tabButton(m_tab.get(), name)->isHidden(), name);
        QCOMPARE(m_tab->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestPlanViews)
#include "tst_views_plans.moc"
