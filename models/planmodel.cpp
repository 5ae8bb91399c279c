#include "planmodel.h"

#include "assessments.h"
#include "planvocabulary.h"
#include "recordstore.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>
#include <QSet>

namespace casedesk {

namespace {

// Top-level rows have internal id 0; an action's internal id is its goal row + 1.
constexpr quintptr TopLevel = 0;

const QColor overdueColour(0xb0, 0x00, 0x20);

QString needLabel(const Assessments &assessments, const QString &templateHash, const QString &need)
{
    const AssessmentTemplate *t = assessments.catalogue().byHash(templateHash);
    const Need *n = t ? t->need(need) : nullptr;
    return n ? n->text.text() : need;
}

} // namespace

PlanModel::PlanModel(RecordStore &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &PlanModel::onStoreChanged);
    // Who is signed in decides what may be read (a sensitive case shows nothing).
    connect(&store, &RecordStore::sessionChanged, this, &PlanModel::reload);
}

void PlanModel::setPlanId(const QUuid &planId)
{
    m_planId = planId;
    reload();
}

void PlanModel::reload()
{
    beginResetModel();
    m_plan = Plan();
    m_nodes.clear();
    m_needTexts.clear();
    if (!m_planId.isNull()) {
        if (Result<Plan> loaded = Plans(m_store).load(m_planId))
            m_plan = loaded.value();
    }
    QSet<QUuid> goalIds;
    for (int g = 0; g < m_plan.goals.size(); ++g) {
        Node node;
        node.goal = g;
        for (int a = 0; a < m_plan.actions.size(); ++a)
            if (m_plan.actions.at(a).goalId == m_plan.goals.at(g).id)
                node.actions << a;
        m_nodes << node;
        goalIds.insert(m_plan.goals.at(g).id);
    }
    // An action whose goal is unknown here (not arrived yet, or none) still shows.
    Node ungrouped;
    for (int a = 0; a < m_plan.actions.size(); ++a)
        if (!goalIds.contains(m_plan.actions.at(a).goalId))
            ungrouped.actions << a;
    if (!ungrouped.actions.isEmpty())
        m_nodes << ungrouped;
    resolveNeedTexts();
    endResetModel();
}

void PlanModel::resolveNeedTexts()
{
    bool any = false;
    for (const PlanGoal &g : std::as_const(m_plan.goals))
        any = any || !g.need.isEmpty();
    if (!any)
        return;
    // Built only when needed: it reads every template the site knows.
    const Assessments assessments(m_store);
    QHash<QUuid, QString> hashes;
    for (const PlanGoal &g : std::as_const(m_plan.goals)) {
        if (g.need.isEmpty())
            continue;
        if (!g.assessmentId.isNull() && !hashes.contains(g.assessmentId)) {
            const Result<AssessmentRecord> record = assessments.load(g.assessmentId);
            hashes.insert(g.assessmentId, record ? record->summary.templateHash : QString());
        }
        m_needTexts.insert(g.id, needLabel(assessments, hashes.value(g.assessmentId), g.need));
    }
}

void PlanModel::onStoreChanged(const ChangeSet &changes)
{
    if (m_planId.isNull())
        return;
    if (changes.everything) {
        reload();
        return;
    }
    if (!changes.scopeRoots.contains(m_plan.caseId) && !changes.rows.contains(m_planId))
        return;
    for (const char *entity : { "plan", "plan_goal", "plan_action" })
        if (changes.entities.contains(QLatin1String(entity))) {
            reload();
            return;
        }
}

const PlanAction *PlanModel::action(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == TopLevel)
        return nullptr;
    const Node &node = m_nodes.at(int(index.internalId() - 1));
    return &m_plan.actions.at(node.actions.at(index.row()));
}

const PlanGoal *PlanModel::goal(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const int row = index.internalId() == TopLevel ? index.row() : int(index.internalId() - 1);
    const int g = m_nodes.at(row).goal;
    return g < 0 ? nullptr : &m_plan.goals.at(g);
}

QModelIndex PlanModel::indexOfAction(const QUuid &actionId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        const QList<int> &actions = m_nodes.at(row).actions;
        for (int i = 0; i < actions.size(); ++i)
            if (m_plan.actions.at(actions.at(i)).id == actionId)
                return createIndex(i, 0, quintptr(row + 1));
    }
    return QModelIndex();
}

QModelIndex PlanModel::indexOfGoal(const QUuid &goalId) const
{
    for (int row = 0; row < m_nodes.size(); ++row) {
        const int g = m_nodes.at(row).goal;
        if (g >= 0 && m_plan.goals.at(g).id == goalId)
            return createIndex(row, 0, TopLevel);
    }
    return QModelIndex();
}

QModelIndex PlanModel::ungroupedIndex() const
{
    if (!m_nodes.isEmpty() && m_nodes.last().goal < 0)
        return createIndex(int(m_nodes.size()) - 1, 0, TopLevel);
    return QModelIndex();
}

QString PlanModel::needText(const PlanGoal &goal) const
{
    return m_needTexts.value(goal.id, goal.need);
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return 0;
    return int(m_nodes.at(parent.row()).actions.size());
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Goal / action");
    case KindOrNeed:
        return tr("Need / kind");
    case Responsible:
        return tr("Responsible");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Outcome");
    }
    return QVariant();
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == TopLevel)
        return goalData(m_nodes.at(index.row()), index.column(), role);
    return actionData(*action(index), index.column(), role);
}

QVariant PlanModel::goalData(const Node &node, int column, int role) const
{
    const PlanGoal *g = node.goal < 0 ? nullptr : &m_plan.goals.at(node.goal);
    switch (role) {
    case int(Role::GoalId):
        return g ? g->id : QUuid();
    case Qt::FontRole: {
        if (g && column != Title)
            return QVariant();
        QFont font;
        font.setBold(g != nullptr);
        font.setItalic(g == nullptr);
        return font;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case Title:
        return g ? g->text : tr("Not under a goal");
    case KindOrNeed:
        return g ? needText(*g) : QString();
    case Status: {
        if (node.actions.isEmpty())
            return role == Qt::DisplayRole ? tr("no actions yet") : QVariant();
        int done = 0;
        for (int a : node.actions)
            done += m_plan.actions.at(a).status == ActionStatus::Done ? 1 : 0;
        //: a goal's progress: "1 of 3 done"
        return tr("%1 of %2 done").arg(done).arg(node.actions.size());
    }
    }
    return QVariant();
}

QVariant PlanModel::actionData(const PlanAction &a, int column, int role) const
{
    const bool overdue = Plans::isOverdue(a, QDate::currentDate());
    switch (role) {
    case int(Role::ActionId):
        return a.id;
    case int(Role::GoalId):
        return a.goalId;
    case int(Role::Overdue):
        return overdue;
    case int(Role::StatusKey):
        return actionStatusKey(a.status);
    case int(Role::DueDate):
        return a.dueDate;
    case Qt::ForegroundRole:
        if (overdue && (column == Due || column == Title))
            return overdueColour;
        if (!a.isOpen())
            return QColor(0x5f, 0x63, 0x68);
        return QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case Title:
        return a.description;
    case KindOrNeed:
        return a.kind.isEmpty() ? QString()
                                : Vocabulary::label(PlanVocabulary::actionKinds(), a.kind);
    case Responsible: {
        QStringList who;
        for (const QString &part : { a.agency, a.person })
            if (!part.isEmpty())
                who << part;
        return who.join(QStringLiteral(", "));
    }
    case Due:
        //: due date of an action that is late
        return overdue ? tr("%1 — overdue").arg(displayDate(a.dueDate)) : displayDate(a.dueDate);
    case Status:
        if (a.status == ActionStatus::Done && a.doneDate.isValid())
            //: status of an action: "done on 12.03.2026"
            return tr("%1 on %2").arg(actionStatusText(a.status), displayDate(a.doneDate));
        return actionStatusText(a.status);
    case Outcome:
        return role == Qt::DisplayRole ? a.outcomeNote.section(QLatin1Char('\n'), 0, 0)
                                       : a.outcomeNote;
    }
    return QVariant();
}

QList<AssessedNeed> PlanModel::assessedNeeds(RecordStore &store, const QUuid &caseId)
{
    QList<AssessedNeed> needs;
    QSet<QString> seen;
    const Assessments assessments(store);
    for (const AssessmentSummary &s : assessments.forCase(caseId)) {
        if (!s.isCompleted())
            continue;
        const Result<AssessmentRecord> record = assessments.load(s.id);
        if (!record)
            continue;
        for (const QString &need : record->result.needs) {
            if (seen.contains(need))
                continue;
            seen.insert(need);
            //: where a need comes from: assessment title and its date
            const QString source = tr("%1, %2").arg(s.title, displayDate(s.date));
            needs.append({ need, s.id, needLabel(assessments, s.templateHash, need), source });
        }
    }
    return needs;
}

} // namespace casedesk
