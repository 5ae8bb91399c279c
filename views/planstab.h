#pragma once

#include "casefiles.h"
#include "plans.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace casedesk {

class ContractSection;
class PlanModel;
class PlanReviewsPanel;

// The Plans tab: the case's individual action plans and social contracts. Draft a plan, add
// goals tied to assessed needs and actions under them, move actions along their lifecycle,
// review the plan (keeping it as it was), and have a supervisor sign it off; a social contract
// also shows its obligations, assistance and monthly compliance.
class PlansTab : public QWidget
{
    Q_OBJECT

public:
    PlansTab(CaseFiles &files, QWidget *parent = nullptr);
    ~PlansTab() override;

    void showCase(const CaseFileData &data);
    // Whether this user may change the case here; the edit buttons follow.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    PlanModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QComboBox *planCombo() const { return m_planCombo; }
    ContractSection *contractSection() const { return m_contract; }
    PlanReviewsPanel *reviewsPanel() const { return m_reviews; }
    // The text under the plan chooser: its status and who signed it off when.
    QString statusText() const;

    QUuid currentPlan() const;
    void selectPlan(const QUuid &planId);
    // The action selected in the tree, or null.
    QUuid currentAction() const;
    // The goal selected in the tree, or the goal of the selected action; null for none.
    QUuid currentGoal() const;
    void selectAction(const QUuid &actionId);
    void selectGoal(const QUuid &goalId);

    // Each opens its dialog (modal) and does what the button of the same name does.
    void newPlan();
    void signOff();
    void reviewPlan();
    void addGoal();
    void addAction();
    void editAction();
    void changeStatus();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLayout *buildPlanBar();
    void fitColumns();
    QWidget *buildTree();
    void reloadPlans();
    void showCurrentPlan();
    void onStoreChanged(const ChangeSet &changes);
    void updateButtons();
    void updateSignOff(const Plan *plan);
    const Plan *plan() const;
    QString planLabel(const Plan &plan) const;
    void rememberSelection();
    void restoreSelection();

    CaseFiles &m_files;
    QUuid m_caseId;
    bool m_editable = true;
    QList<Plan> m_plans;
    PlanModel *m_model;
    QComboBox *m_planCombo;
    QLabel *m_status;
    QLabel *m_empty;
    QSplitter *m_body;
    QTreeView *m_tree;
    ContractSection *m_contract;
    PlanReviewsPanel *m_reviews;
    QPushButton *m_newPlan;
    QPushButton *m_review;
    QPushButton *m_print;
    QPushButton *m_signOff;
    QPushButton *m_addGoal;
    QPushButton *m_addAction;
    QPushButton *m_editAction;
    QPushButton *m_changeStatus;
    QUuid m_keptAction; // the selection across a reload
    QUuid m_keptGoal;
};

} // namespace casedesk
