#include "planstab.h"

#include "actionstatusdialog.h"
#include "contractsection.h"
#include "documentprinting.h"
#include "namedbutton.h"
#include "newplandialog.h"
#include "permissions.h"
#include "planactiondialog.h"
#include "plangoaldialog.h"
#include "planmodel.h"
#include "planreport.h"
#include "planreviewdialog.h"
#include "planreviewspanel.h"
#include "planvocabulary.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk {

namespace {

bool isPlanEntity(const QString &entity)
{
    return entity.startsWith(QLatin1String("plan"))
        || entity.startsWith(QLatin1String("contract_"));
}

} // namespace

PlansTab::PlansTab(CaseFiles &files, QWidget *parent) : QWidget(parent), m_files(files)
{
    setObjectName(QStringLiteral("plansTab"));
    m_model = new PlanModel(files.store(), this);
    QLayout *bar = buildPlanBar();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_empty = new QLabel(tr("No plan has been drafted for this case yet. Use \"New plan…\" to "
                            "draft an individual action plan or a social contract."),
                         this);
    m_empty->setObjectName(QStringLiteral("noPlanLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #5f6368; padding: 24px; }"));
    m_contract = new ContractSection(files.store(), this);
    m_reviews = new PlanReviewsPanel(this);
    m_contract->addTab(m_reviews, tr("Reviews"));
    m_body = new QSplitter(Qt::Vertical, this);
    m_body->setChildrenCollapsible(false);
    m_body->addWidget(buildTree());
    m_body->addWidget(m_contract);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);

    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &PlansTab::showCurrentPlan);
    connect(&files.store(), &RecordStore::changed, this, &PlansTab::onStoreChanged);
    // Who is signed in decides what may be read and whether the plan may be signed off.
    connect(&files.store(), &RecordStore::sessionChanged, this, &PlansTab::reloadPlans);
    // A reload after each change must not lose the row the person was working with.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PlansTab::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansTab::restoreSelection);
    reloadPlans();
}

PlansTab::~PlansTab() = default;

QLayout *PlansTab::buildPlanBar()
{
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_planCombo->setMinimumContentsLength(40);
    m_newPlan = namedButton(tr("New p&lan…"), "newPlanButton", this);
    m_review = namedButton(tr("&Review…"), "reviewButton", this);
    m_review->setToolTip(tr("Keep the plan as it is now before changing its goals and actions"));
    m_signOff = namedButton(tr("&Sign off"), "signOffButton", this);
    m_print = DocumentPrinting::button(
        tr("&Print"), [this] { return PlanReport::build(m_files.store(), currentPlan()); }, this);
    m_print->setObjectName(QStringLiteral("printPlanButton"));
    m_print->setToolTip(tr("The plan on paper, with signature lines for the client and the "
                           "worker"));
    connect(m_newPlan, &QPushButton::clicked, this, &PlansTab::newPlan);
    connect(m_review, &QPushButton::clicked, this, &PlansTab::reviewPlan);
    connect(m_signOff, &QPushButton::clicked, this, &PlansTab::signOff);
    auto *label = new QLabel(tr("Plan:"), this);
    label->setBuddy(m_planCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_planCombo, 1);
    bar->addWidget(m_newPlan);
    bar->addSpacing(12);
    bar->addWidget(m_review);
    bar->addWidget(m_signOff);
    bar->addWidget(m_print);
    return bar;
}

QWidget *PlansTab::buildTree()
{
    auto *box = new QWidget(this);
    m_tree = new QTreeView(box);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    // Six columns share the width in fixed proportions, so the goal or action keeps the most
    // room whatever the notes hold; every cell shows its whole text as a tooltip.
    m_tree->header()->setStretchLastSection(true);
    m_tree->viewport()->installEventFilter(this);
    m_addGoal = namedButton(tr("Add &goal…"), "addGoalButton", box);
    m_addAction = namedButton(tr("Add a&ction…"), "addActionButton", box);
    m_editAction = namedButton(tr("&Edit action…"), "editActionButton", box);
    m_changeStatus = namedButton(tr("Change stat&us…"), "changeStatusButton", box);
    connect(m_addGoal, &QPushButton::clicked, this, &PlansTab::addGoal);
    connect(m_addAction, &QPushButton::clicked, this, &PlansTab::addAction);
    connect(m_editAction, &QPushButton::clicked, this, &PlansTab::editAction);
    connect(m_changeStatus, &QPushButton::clicked, this, &PlansTab::changeStatus);
    connect(m_tree, &QAbstractItemView::activated, this, [this] {
        if (m_editable && !currentAction().isNull())
            editAction();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansTab::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_editAction);
    buttons->addStretch();
    buttons->addWidget(m_changeStatus);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    return box;
}

bool PlansTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PlansTab::fitColumns()
{
    // Per cent of the width for Title, KindOrNeed, Responsible, Due and Status; Outcome the rest.
    static const int shares[] = { 28, 14, 16, 16, 14 };
    const int width = m_tree->viewport()->width();
    for (int column = 0; column < PlanModel::Outcome; ++column)
        m_tree->header()->resizeSection(column, width * shares[column] / 100);
}

void PlansTab::showCase(const CaseFileData &data)
{
    // The tab follows the store by itself; a refresh of the window does not reload it.
    if (data.id == m_caseId)
        return;
    m_caseId = data.id;
    m_planCombo->setCurrentIndex(-1);
    reloadPlans();
}

void PlansTab::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton *b :
         { m_newPlan, m_review, m_signOff, m_addGoal, m_addAction, m_editAction, m_changeStatus })
        b->setVisible(editable);
    m_contract->setEditable(editable);
    updateButtons();
}

void PlansTab::onStoreChanged(const ChangeSet &changes)
{
    if (m_caseId.isNull())
        return;
    if (!changes.everything && !changes.scopeRoots.contains(m_caseId))
        return;
    bool plans = changes.everything;
    for (const QString &entity : changes.entities)
        plans = plans || isPlanEntity(entity);
    if (plans)
        reloadPlans();
}

void PlansTab::reloadPlans()
{
    const QUuid kept = currentPlan();
    m_plans = m_caseId.isNull() ? QList<Plan>() : Plans(m_files.store()).forCase(m_caseId);
    {
        const QSignalBlocker block(m_planCombo);
        m_planCombo->clear();
        for (const Plan &p : std::as_const(m_plans))
            m_planCombo->addItem(planLabel(p), p.id);
        // The newest plan first, unless the person was looking at another one.
        const int row = m_planCombo->findData(kept);
        m_planCombo->setCurrentIndex(row >= 0 ? row : (m_plans.isEmpty() ? -1 : 0));
    }
    showCurrentPlan();
}

QString PlansTab::planLabel(const Plan &p) const
{
    const QString kind = Vocabulary::label(PlanVocabulary::planKinds(), p.kind);
    const QString period = p.endDate.isValid()
        //: the period of a plan: "01.03.2026 – 31.08.2026"
        ? tr("%1 – %2").arg(displayDate(p.startDate), displayDate(p.endDate))
        //: the period of a plan without an end date
        : tr("from %1").arg(displayDate(p.startDate));
    QString status = Vocabulary::label(PlanVocabulary::planStatuses(), p.status);
    //: a plan in the chooser: kind, period, status
    return tr("%1, %2 — %3").arg(kind, period, status);
}

const Plan *PlansTab::plan() const
{
    const QUuid id = currentPlan();
    for (const Plan &p : m_plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

QUuid PlansTab::currentPlan() const
{
    return m_planCombo->currentData().toUuid();
}

void PlansTab::selectPlan(const QUuid &planId)
{
    const int row = m_planCombo->findData(planId);
    if (row >= 0)
        m_planCombo->setCurrentIndex(row);
}

QString PlansTab::statusText() const
{
    return m_status->text();
}

void PlansTab::showCurrentPlan()
{
    const Plan *p = plan();
    m_empty->setVisible(m_plans.isEmpty());
    m_body->setVisible(!m_plans.isEmpty());
    m_planCombo->setEnabled(!m_plans.isEmpty());
    const bool another = m_model->planId() != (p ? p->id : QUuid());
    if (another)
        m_model->setPlanId(p ? p->id : QUuid());
    m_contract->showPlan(p ? *p : Plan());
    // Another plan opens on its first page: a contract's compliance, else its reviews.
    if (another)
        m_contract->setCurrentIndex(m_contract->showsContract() ? 0
                                                                : m_contract->indexOf(m_reviews));
    m_reviews->showReviews(p ? p->reviews : QList<PlanReview>());
    //: the tab of a plan's reviews, with their number
    m_contract->setTabText(m_contract->indexOf(m_reviews),
                           p && !p->reviews.isEmpty() ? tr("Reviews (%1)").arg(p->reviews.size())
                                                      : tr("Reviews"));
    QString status;
    if (p) {
        status = Vocabulary::label(PlanVocabulary::planStatuses(), p->status);
        if (!p->signedOffBy.isEmpty())
            //: under the plan chooser: "Active — signed off by Supervisor on 02.03.2026"
            status = tr("%1 — signed off by %2 on %3")
                         .arg(status, p->signedOffBy,
                              displayDate(p->signedOffAt.toLocalTime().date()));
        int overdue = 0;
        for (const PlanAction &a : p->actions)
            overdue += Plans::isOverdue(a, QDate::currentDate()) ? 1 : 0;
        if (overdue > 0)
            //: after the plan's status: the number of actions past their due date
            status += QStringLiteral(". ") + tr("Overdue actions: %1").arg(overdue);
    }
    m_status->setText(status);
    m_status->setVisible(p != nullptr);
    updateButtons();
}

void PlansTab::updateButtons()
{
    const Plan *p = plan();
    const bool open = p && p->status != QLatin1String("closed");
    const bool change = m_editable && open;
    m_newPlan->setEnabled(m_editable && !m_caseId.isNull());
    m_review->setEnabled(change);
    m_print->setEnabled(p);
    m_addGoal->setEnabled(change);
    m_addAction->setEnabled(change);
    const QModelIndex current = m_tree->currentIndex();
    const PlanAction *a
        = m_tree->selectionModel()->isSelected(current) ? m_model->action(current) : nullptr;
    m_editAction->setEnabled(change && a);
    m_changeStatus->setEnabled(change && a
                               && !ActionStatusDialog::nextStatuses(a->status).isEmpty());
    updateSignOff(p);
}

void PlansTab::updateSignOff(const Plan *p)
{
    // The same check the domain makes, so the button is on exactly when signing off can work.
    const Status allowed = Access::require(m_files.store(), Operation::SignOff);
    QString why;
    if (!allowed)
        why = allowed.message();
    else if (p && p->status != QLatin1String("draft"))
        why = tr("Only a draft plan is signed off.");
    else if (p && p->actions.isEmpty())
        why = tr("A plan is signed off once it has actions.");
    m_signOff->setEnabled(m_editable && p && why.isEmpty());
    m_signOff->setToolTip(why.isEmpty() ? tr("Approve the plan; it becomes active") : why);
}

QUuid PlansTab::currentAction() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_tree->selectionModel()->isSelected(current))
        return QUuid();
    const PlanAction *a = m_model->action(current);
    return a ? a->id : QUuid();
}

QUuid PlansTab::currentGoal() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_tree->selectionModel()->isSelected(current))
        return QUuid();
    const PlanGoal *g = m_model->goal(current);
    return g ? g->id : QUuid();
}

void PlansTab::selectAction(const QUuid &actionId)
{
    const QModelIndex index = m_model->indexOfAction(actionId);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void PlansTab::selectGoal(const QUuid &goalId)
{
    const QModelIndex index = m_model->indexOfGoal(goalId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void PlansTab::rememberSelection()
{
    m_keptAction = currentAction();
    m_keptGoal = currentGoal();
}

void PlansTab::restoreSelection()
{
    m_tree->expandAll();
    if (!m_keptAction.isNull())
        selectAction(m_keptAction);
    else if (!m_keptGoal.isNull())
        selectGoal(m_keptGoal);
    updateButtons();
}

void PlansTab::newPlan()
{
    if (!m_editable || m_caseId.isNull())
        return;
    NewPlanDialog dialog(m_files.store(), m_caseId, this);
    if (dialog.exec() == QDialog::Accepted)
        selectPlan(dialog.createdPlan());
}

void PlansTab::signOff()
{
    const Plan *p = plan();
    if (!p)
        return;
    const QUuid id = p->id;
    QMessageBox box(QMessageBox::Question, tr("Sign off plan"),
                    tr("Sign off this plan? It becomes active, and later changes are made "
                       "after a review."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("signOffConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Sign off"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const Status s = Plans(m_files.store()).signOff(id); !s)
        QMessageBox::warning(this, tr("Sign off plan"), s.message());
}

void PlansTab::reviewPlan()
{
    const Plan *p = plan();
    if (!p || !m_editable)
        return;
    PlanReviewDialog dialog(m_files.store(), p->id, this);
    if (dialog.exec() == QDialog::Accepted)
        m_contract->setCurrentWidget(m_reviews);
}

void PlansTab::addGoal()
{
    const Plan *p = plan();
    if (!p || !m_editable)
        return;
    PlanGoalDialog dialog(m_files.store(), p->id,
                          PlanModel::assessedNeeds(m_files.store(), m_caseId), this);
    if (dialog.exec() == QDialog::Accepted)
        selectGoal(dialog.createdGoal());
}

void PlansTab::addAction()
{
    const Plan *p = plan();
    if (!p || !m_editable)
        return;
    PlanAction action;
    action.goalId = currentGoal();
    PlanActionDialog dialog(m_files.store(), *p, action, this);
    if (dialog.exec() == QDialog::Accepted)
        selectAction(dialog.actionId());
}

void PlansTab::editAction()
{
    const Plan *p = plan();
    const PlanAction *a = m_model->action(m_tree->currentIndex());
    if (!p || !a || !m_editable)
        return;
    PlanActionDialog dialog(m_files.store(), *p, *a, this);
    dialog.exec();
}

void PlansTab::changeStatus()
{
    const PlanAction *a = m_model->action(m_tree->currentIndex());
    if (!a || !m_editable)
        return;
    ActionStatusDialog dialog(m_files.store(), *a, this);
    dialog.exec();
}

} // namespace casedesk
