#include "plans.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "recordstore.h"
#include "session.h"
#include "vocabulary.h"

namespace casedesk {

namespace {

QDate dateOf(const QCborMap &row, const char *field)
{
    return QDate::fromString(row.value(QLatin1String(field)).toString(), Qt::ISODate);
}

} // namespace

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return QStringLiteral("planned");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool actionStatusFromKey(const QString &key, ActionStatus *status)
{
    for (ActionStatus s : { ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                            ActionStatus::Cancelled })
        if (actionStatusKey(s) == key) {
            *status = s;
            return true;
        }
    return false;
}

QString actionStatusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return Plans::tr("planned");
    case ActionStatus::InProgress:
        return Plans::tr("in progress");
    case ActionStatus::Done:
        return Plans::tr("done");
    case ActionStatus::Cancelled:
        return Plans::tr("cancelled");
    }
    return QString();
}

bool Plans::allows(ActionStatus from, ActionStatus to)
{
    switch (from) {
    case ActionStatus::Planned:
        return to == ActionStatus::InProgress || to == ActionStatus::Done
            || to == ActionStatus::Cancelled;
    case ActionStatus::InProgress:
        return to == ActionStatus::Done || to == ActionStatus::Cancelled;
    case ActionStatus::Done:
    case ActionStatus::Cancelled:
        return false;
    }
    return false;
}

bool Plans::isOverdue(const PlanAction &action, const QDate &today)
{
    return action.isOpen() && action.dueDate.isValid() && action.dueDate < today;
}

Result<QUuid> Plans::create(const QUuid &caseId, const QString &kind, const QDate &start,
                            const QDate &end)
{
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(caseId); !s)
        return s;
    if (kind != QLatin1String("action_plan") && kind != QLatin1String("social_contract"))
        return Status::error(tr("A plan is an action plan or a social contract."));
    if (!start.isValid())
        return Status::error(tr("Give the date the plan starts."));
    if (end.isValid() && end < start)
        return Status::error(tr("The plan cannot end before it starts."));
    return m_store.create(QStringLiteral("plan"), caseId,
                          { { QStringLiteral("case_id"), QCborValue(caseId) },
                            { QStringLiteral("kind"), kind },
                            { QStringLiteral("start_date"), dateOrNull(start) },
                            { QStringLiteral("end_date"), dateOrNull(end) },
                            { QStringLiteral("status"), QStringLiteral("draft") } });
}

Status Plans::checkPlanWritable(const QUuid &planId, QUuid *caseId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("plan"), planId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The plan does not exist."));
    *caseId = row.value(QStringLiteral("case_id")).toUuid();
    if (Status s = CaseAccess::checkWrite(m_store, *caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(*caseId); !s)
        return s;
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        return Status::error(tr("The plan is closed and can no longer be changed."));
    return Status::ok();
}

Result<QUuid> Plans::addGoal(const QUuid &planId, const PlanGoal &goal)
{
    QUuid caseId;
    if (Status s = checkPlanWritable(planId, &caseId); !s)
        return s;
    if (goal.text.trimmed().isEmpty())
        return Status::error(tr("Write what the goal is."));
    QCborMap fields { { QStringLiteral("plan_id"), QCborValue(planId) },
                      { QStringLiteral("text"), goal.text.trimmed() },
                      { QStringLiteral("need"), textOrNull(goal.need) } };
    if (!goal.assessmentId.isNull())
        fields.insert(QStringLiteral("assessment_id"), QCborValue(goal.assessmentId));
    return m_store.create(QStringLiteral("plan_goal"), caseId, fields);
}

Result<QUuid> Plans::addAction(const QUuid &planId, const PlanAction &action)
{
    QUuid caseId;
    if (Status s = checkPlanWritable(planId, &caseId); !s)
        return s;
    if (action.description.trimmed().isEmpty())
        return Status::error(tr("Write what is to be done."));
    if (!action.dueDate.isValid())
        return Status::error(tr("Give the date the action is due."));
    if (!action.kind.isEmpty()
        && !Vocabulary::codes(PlanVocabulary::actionKinds()).contains(action.kind))
        return Status::error(tr("Choose the kind of action from the list."));
    QCborMap fields { { QStringLiteral("plan_id"), QCborValue(planId) },
                      { QStringLiteral("kind"), textOrNull(action.kind) },
                      { QStringLiteral("description"), action.description.trimmed() },
                      { QStringLiteral("agency"), textOrNull(action.agency) },
                      { QStringLiteral("person"), textOrNull(action.person) },
                      { QStringLiteral("due_date"), dateOrNull(action.dueDate) },
                      { QStringLiteral("status"), actionStatusKey(ActionStatus::Planned) } };
    if (!action.goalId.isNull())
        fields.insert(QStringLiteral("goal_id"), QCborValue(action.goalId));
    return m_store.create(QStringLiteral("plan_action"), caseId, fields);
}

Status Plans::updateAction(const PlanAction &action)
{
    const QCborMap row = m_store.row(QStringLiteral("plan_action"), action.id);
    if (row.isEmpty())
        return Status::error(tr("The action does not exist."));
    QUuid caseId;
    if (Status s = checkPlanWritable(row.value(QStringLiteral("plan_id")).toUuid(), &caseId); !s)
        return s;
    if (action.description.trimmed().isEmpty())
        return Status::error(tr("Write what is to be done."));
    if (!action.dueDate.isValid())
        return Status::error(tr("Give the date the action is due."));
    return m_store.update(QStringLiteral("plan_action"), action.id,
                          { { QStringLiteral("kind"), textOrNull(action.kind) },
                            { QStringLiteral("description"), action.description.trimmed() },
                            { QStringLiteral("agency"), textOrNull(action.agency) },
                            { QStringLiteral("person"), textOrNull(action.person) },
                            { QStringLiteral("due_date"), dateOrNull(action.dueDate) } });
}

Status Plans::setActionStatus(const QUuid &actionId, ActionStatus status,
                              const QString &outcomeNote, const QDate &doneDate)
{
    const QCborMap row = m_store.row(QStringLiteral("plan_action"), actionId);
    if (row.isEmpty())
        return Status::error(tr("The action does not exist."));
    QUuid caseId;
    if (Status s = checkPlanWritable(row.value(QStringLiteral("plan_id")).toUuid(), &caseId); !s)
        return s;
    ActionStatus from = ActionStatus::Planned;
    actionStatusFromKey(row.value(QStringLiteral("status")).toString(), &from);
    if (!allows(from, status))
        return Status::error(tr("An action that is %1 cannot become %2.")
                                 .arg(actionStatusText(from), actionStatusText(status)));
    if (status == ActionStatus::Cancelled && outcomeNote.trimmed().isEmpty())
        return Status::error(tr("Say why the action is cancelled."));
    const QDate done = status == ActionStatus::Done
        ? (doneDate.isValid() ? doneDate : QDate::currentDate())
        : QDate();
    if (done.isValid() && done > QDate::currentDate())
        return Status::error(tr("An action cannot be done on a day still to come."));
    return m_store.update(QStringLiteral("plan_action"), actionId,
                          { { QStringLiteral("status"), actionStatusKey(status) },
                            { QStringLiteral("outcome_note"), textOrNull(outcomeNote) },
                            { QStringLiteral("done_date"), dateOrNull(done) } });
}

QString Plans::describe(const Plan &plan) const
{
    QStringList lines;
    for (const PlanGoal &g : plan.goals) {
        lines << tr("Goal: %1").arg(g.text);
        for (const PlanAction &a : plan.actions)
            if (a.goalId == g.id)
                lines << tr("  Action: %1, due %2, %3")
                             .arg(a.description, displayDate(a.dueDate),
                                  actionStatusText(a.status));
    }
    for (const PlanAction &a : plan.actions)
        if (a.goalId.isNull())
            lines << tr("Action: %1, due %2, %3")
                         .arg(a.description, displayDate(a.dueDate), actionStatusText(a.status));
    return lines.join(QLatin1Char('\n'));
}

Result<QUuid> Plans::review(const QUuid &planId, const QDate &date, const QString &note)
{
    QUuid caseId;
    if (Status s = checkPlanWritable(planId, &caseId); !s)
        return s;
    if (!date.isValid() || date > QDate::currentDate())
        return Status::error(tr("The review date must be a valid date, not in the future."));
    Result<Plan> plan = load(planId);
    if (!plan)
        return plan.status();
    return m_store.create(QStringLiteral("plan_review"), caseId,
                          { { QStringLiteral("plan_id"), QCborValue(planId) },
                            { QStringLiteral("review_date"), dateOrNull(date) },
                            { QStringLiteral("note"), textOrNull(note) },
                            { QStringLiteral("author"), textOrNull(Access::personName(m_store)) },
                            { QStringLiteral("before"), textOrNull(describe(plan.value())) } });
}

Status Plans::signOff(const QUuid &planId)
{
    if (Status s = Access::require(m_store, Operation::SignOff); !s)
        return s;
    QUuid caseId;
    if (Status s = checkPlanWritable(planId, &caseId); !s)
        return s;
    Result<Plan> plan = load(planId);
    if (!plan)
        return plan.status();
    if (plan->actions.isEmpty())
        return Status::error(tr("A plan without actions cannot be signed off."));
    return m_store.update(
        QStringLiteral("plan"), planId,
        { { QStringLiteral("status"), QStringLiteral("active") },
          { QStringLiteral("signed_off_by"), textOrNull(Access::personName(m_store)) },
          { QStringLiteral("signed_off_at"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
}

Result<Plan> Plans::load(const QUuid &planId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("plan"), planId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The plan does not exist."));
    Plan plan;
    plan.id = planId;
    plan.caseId = row.value(QStringLiteral("case_id")).toUuid();
    Result<CaseAccess::Level> level = CaseAccess::readLevel(m_store, plan.caseId);
    if (!level)
        return level.status();
    if (level.value() != CaseAccess::Level::Details)
        return Status::error(CaseAccess::restrictedMessage());
    plan.kind = row.value(QStringLiteral("kind")).toString();
    plan.startDate = dateOf(row, "start_date");
    plan.endDate = dateOf(row, "end_date");
    plan.status = row.value(QStringLiteral("status")).toString();
    plan.signedOffBy = row.value(QStringLiteral("signed_off_by")).toString();
    plan.signedOffAt
        = QDateTime::fromString(row.value(QStringLiteral("signed_off_at")).toString(), Qt::ISODate);
    Statement goals = m_store.db().statement(
        "SELECT id, text, need, assessment_id FROM plan_goals WHERE plan_id=? AND deleted=0 "
        "ORDER BY rid");
    goals.bind(1, planId);
    while (goals.step() == Statement::Step::Row)
        plan.goals.append({ goals.uuid(0), goals.text(1), goals.text(2), goals.uuid(3) });
    goals.reset();
    Statement actions = m_store.db().statement(
        "SELECT id, goal_id, kind, description, agency, person, due_date, status, outcome_note, "
        "done_date FROM plan_actions WHERE plan_id=? AND deleted=0 ORDER BY due_date, rid");
    actions.bind(1, planId);
    while (actions.step() == Statement::Step::Row) {
        PlanAction a;
        a.id = actions.uuid(0);
        a.goalId = actions.uuid(1);
        a.kind = actions.text(2);
        a.description = actions.text(3);
        a.agency = actions.text(4);
        a.person = actions.text(5);
        a.dueDate = QDate::fromString(actions.text(6), Qt::ISODate);
        actionStatusFromKey(actions.text(7), &a.status);
        a.outcomeNote = actions.text(8);
        a.doneDate = QDate::fromString(actions.text(9), Qt::ISODate);
        plan.actions << a;
    }
    actions.reset();
    Statement reviews = m_store.db().statement(
        "SELECT id, review_date, note, author, before FROM plan_reviews WHERE plan_id=? AND "
        "deleted=0 ORDER BY review_date, rid");
    reviews.bind(1, planId);
    while (reviews.step() == Statement::Step::Row)
        plan.reviews.append({ reviews.uuid(0), QDate::fromString(reviews.text(1), Qt::ISODate),
                              reviews.text(2), reviews.text(3), reviews.text(4) });
    reviews.reset();
    return plan;
}

QList<Plan> Plans::forCase(const QUuid &caseId) const
{
    QList<Plan> list;
    QList<QUuid> ids;
    Statement st = m_store.db().statement(
        "SELECT id FROM plans WHERE case_id=? AND deleted=0 ORDER BY start_date DESC, rid DESC");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        ids << st.uuid(0);
    st.reset();
    for (const QUuid &id : std::as_const(ids))
        if (Result<Plan> p = load(id))
            list << p.value();
    return list;
}

} // namespace casedesk
