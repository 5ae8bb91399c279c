#include "myday.h"

#include "caseclosure.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "recordstore.h"

#include <algorithm>

namespace casedesk {

namespace {

// Every query returns the case first (id, number, shown in detail, the client's name), then the
// item (id, date, two texts). ?1 is the worker, ?2 today, ?3 a second day.
const char *const caseColumns
    = "SELECT c.id, c.case_number, %1, p.family_name, p.given_name, p.patronymic, ";
const char *const caseJoin = " LEFT JOIN persons p ON p.id=c.client_id ";

struct Query
{
    MyDayItem::Kind kind;
    const char *columns; // of the item, after the case's
    const char *from; // with its joins
    const char *where;
    const char *order;
    bool mine = true; // restricted to the worker's cases
    // For the sign-offs, which stop at the limit: how many there are in all.
    const char *total = nullptr;
    // FROM for the sign-offs of everyone the user may list; null: as for one worker.
    const char *fromAll = nullptr;
};

// The worker's own items start from their cases. The sign-offs of a whole office or region walk
// the draft plans and requested closures oldest first through their own small indexes (named,
// since SQLite's sampled statistics would rather sort every draft), so a list cut at the limit
// reads only what it shows; their totals come from the per-case counts beside the sort keys.
const Query queries[] = {
    { MyDayItem::Kind::OverdueAction, "a.id, a.due_date, a.kind, a.description",
      "cases c JOIN plans pl ON pl.case_id=c.id JOIN plan_actions a ON a.plan_id=pl.id",
      "c.status='open' AND pl.deleted=0 AND pl.status<>'closed' AND a.deleted=0 "
      "AND a.status IN ('planned', 'in_progress') AND a.due_date < ?2",
      "a.due_date" },
    { MyDayItem::Kind::VisitToday,
      "v.id, v.visit_date, v.visit_kind, coalesce(v.visit_time || ' ', '') || "
      "coalesce(v.purpose, '')",
      "cases c JOIN visits v ON v.case_id=c.id",
      "c.status='open' AND v.deleted=0 AND v.status='scheduled' AND v.visit_date <= ?3",
      "v.visit_date, v.visit_time" },
    { MyDayItem::Kind::ReferralPastDeadline,
      "r.id, CASE WHEN r.status='attended' THEN r.status_date ELSE r.deadline END, "
      "r.status, coalesce(r.agency_name, '') || ': ' || coalesce(r.reason, '')",
      "cases c JOIN referrals r ON r.case_id=c.id",
      "c.status='open' AND r.deleted=0 AND (r.status='attended' OR (r.status IN ('sent', "
      "'received') AND r.deadline < ?2))",
      "r.deadline" },
    { MyDayItem::Kind::NoContact, "NULL, k.last_contact, NULL, NULL",
      "cases c JOIN case_sort k ON k.rid=c.rid", "c.status='open' AND k.last_contact < ?3",
      "k.last_contact" },
    { MyDayItem::Kind::Conflict, "NULL, NULL, NULL, NULL",
      "cases c JOIN case_sort k ON k.rid=c.rid", "(k.any_conflict=1 OR c.conflict=1)",
      "c.case_number" },
    { MyDayItem::Kind::PlanToSignOff, "pl.id, pl.start_date, pl.kind, c.assigned_worker",
      "cases c CROSS JOIN plans pl ON pl.case_id=c.id",
      "c.status='open' AND pl.deleted=0 AND pl.status='draft' AND EXISTS(SELECT 1 FROM "
      "plan_actions a WHERE a.plan_id=pl.id AND a.deleted=0)",
      "pl.start_date", false,
      "SELECT coalesce(sum(c.sign_off_plans), 0) FROM case_sort c WHERE c.status='open' AND "
      "c.sign_off_plans>0",
      "plans pl INDEXED BY plans_draft CROSS JOIN cases c ON c.id=pl.case_id" },
    { MyDayItem::Kind::ClosureToSignOff, "NULL, c.closed_date, c.closure_reason, c.assigned_worker",
      "cases c", "c.status='closure_requested'", "c.closed_date", false,
      "SELECT count(*) FROM cases c INDEXED BY cases_closure_requested WHERE "
      "c.status='closure_requested' AND c.deleted=0" },
};

QString label(const Vocabulary::Items &items, const QString &code)
{
    const QString text = Vocabulary::label(items, code);
    return text.isEmpty() ? code : text;
}

// What the item is about, from the two texts its query gave.
QString detailOf(MyDayItem::Kind kind, const QString &a, const QString &b, const QDate &date,
                 const QDate &today)
{
    using K = MyDayItem::Kind;
    switch (kind) {
    case K::OverdueAction: {
        const QString what = label(PlanVocabulary::actionKinds(), a);
        return b.isEmpty() ? what : MyDay::tr("%1: %2").arg(what, b);
    }
    case K::VisitNotRecorded:
    case K::VisitToday:
    case K::VisitThisWeek: {
        const QString what = label(PlanVocabulary::visitKinds(), a);
        return b.trimmed().isEmpty() ? what : MyDay::tr("%1, %2").arg(what, b.trimmed());
    }
    case K::ReferralPastDeadline:
    case K::ReferralWaitingForFeedback:
        return b;
    case K::NoContact:
        return MyDay::tr("No contact for %n day(s)", nullptr, int(date.daysTo(today)));
    case K::PlanToSignOff:
        return MyDay::tr("%1 (%2)").arg(label(PlanVocabulary::planKinds(), a), b);
    case K::ClosureToSignOff:
        return MyDay::tr("%1 (%2)").arg(label(PlanVocabulary::closureReasons(), a), b);
    case K::Conflict:
    case K::EditedAfterClosure:
        break;
    }
    return QString();
}

MyDayItem::Kind refine(MyDayItem::Kind kind, const QString &a, const QDate &date,
                       const QDate &today)
{
    if (kind == MyDayItem::Kind::VisitToday) {
        if (date < today)
            return MyDayItem::Kind::VisitNotRecorded;
        return date == today ? MyDayItem::Kind::VisitToday : MyDayItem::Kind::VisitThisWeek;
    }
    if (kind == MyDayItem::Kind::ReferralPastDeadline && a == QLatin1String("attended"))
        return MyDayItem::Kind::ReferralWaitingForFeedback;
    return kind;
}

// Whose cases the query reads, and what the user may see of them.
QString conditions(const Query &query, const MyDayOptions &options,
                   const CaseVisibility &visibility)
{
    QString sql;
    if (query.mine || !options.signOffsOf.isEmpty())
        sql += QStringLiteral(" AND c.assigned_worker=?1");
    if (!visibility.seesAll())
        sql += QStringLiteral(" AND %1").arg(QLatin1String(CaseVisibility::listCondition()));
    return sql;
}

void bindAll(Statement &st, const Query &query, const MyDayOptions &options,
             const CaseVisibility &visibility)
{
    const QDate second = query.kind == MyDayItem::Kind::NoContact
        ? options.today.addDays(1 - options.noContactDays)
        : MyDay::weekEnd(options.today);
    // Numbers a statement does not use are ignored by SQLite.
    st.bind(1, query.mine ? options.worker : options.signOffsOf);
    st.bind(2, options.today.toString(Qt::ISODate));
    st.bind(3, second.toString(Qt::ISODate));
    visibility.bind(st);
}

// How many items the query finds in all, for a list cut at the limit.
int totalOf(const RecordStore &store, const Query &query, const MyDayOptions &options,
            const CaseVisibility &visibility)
{
    Statement st
        = store.db().prepare(QLatin1String(query.total) + conditions(query, options, visibility));
    bindAll(st, query, options, visibility);
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : 0;
}

void run(const RecordStore &store, const Query &query, const MyDayOptions &options,
         const CaseVisibility &visibility, QList<MyDayItem> *items, QList<MyDayCut> *cuts)
{
    // A worker's own sign-offs start from their cases; everyone's from the oldest plan.
    const bool everyone = !query.mine && options.signOffsOf.isEmpty();
    const QString from = QStringLiteral("FROM ")
        + QLatin1String(everyone && query.fromAll ? query.fromAll : query.from)
        + QLatin1String(caseJoin) + QStringLiteral("WHERE c.deleted=0")
        + conditions(query, options, visibility) + QStringLiteral(" AND ")
        + QLatin1String(query.where);
    QString sql
        = QString::fromLatin1(caseColumns).arg(QLatin1String(CaseVisibility::detailCondition()))
        + QLatin1String(query.columns) + u' ' + from + QStringLiteral(" ORDER BY ")
        + QLatin1String(query.order);
    // Only the sign-offs, which may be a whole region's, stop at the limit: a worker's own list
    // is bounded by their caseload, and a cut there could hide today's visits behind old ones.
    const int limit = query.total ? options.limit : 0;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Statement st = store.db().prepare(sql);
    bindAll(st, query, options, visibility);
    int listed = 0;
    while (st.step() == Statement::Step::Row) {
        MyDayItem item;
        item.caseId = st.uuid(0);
        item.caseNumber = st.text(1);
        item.restricted = st.int64(2) == 0;
        item.itemId = st.uuid(6);
        item.date = QDate::fromString(st.text(7), Qt::ISODate);
        item.kind = refine(query.kind, st.text(8), item.date, options.today);
        if (!item.restricted) {
            item.clientName
                = QStringList { st.text(3), st.text(4), st.text(5) }.join(u' ').simplified();
            item.detail = detailOf(item.kind, st.text(8), st.text(9), item.date, options.today);
        }
        items->append(item);
        ++listed;
    }
    if (cuts && limit > 0 && listed == limit)
        cuts->append({ query.kind, listed, totalOf(store, query, options, visibility) });
}

// A case found outside the queries above, as the user may see it.
void addCase(const RecordStore &store, const CaseVisibility &visibility, const QUuid &caseId,
             MyDayItem::Kind kind, QList<MyDayItem> *items)
{
    QString sql
        = QString::fromLatin1(caseColumns).arg(QLatin1String(CaseVisibility::detailCondition()))
        + QStringLiteral("NULL FROM cases c") + QLatin1String(caseJoin)
        + QStringLiteral("WHERE c.id=?1 AND c.deleted=0 ");
    if (!visibility.seesAll())
        sql += QStringLiteral("AND %1 ").arg(QLatin1String(CaseVisibility::listCondition()));
    Statement st = store.db().prepare(sql);
    st.bind(1, caseId);
    visibility.bind(st);
    if (st.step() != Statement::Step::Row)
        return;
    MyDayItem item;
    item.kind = kind;
    item.caseId = caseId;
    item.caseNumber = st.text(1);
    item.restricted = st.int64(2) == 0;
    if (!item.restricted)
        item.clientName
            = QStringList { st.text(3), st.text(4), st.text(5) }.join(u' ').simplified();
    items->append(item);
}

} // namespace

CaseTab MyDayItem::tab() const
{
    switch (kind) {
    case Kind::OverdueAction:
    case Kind::PlanToSignOff:
        return CaseTab::Plans;
    case Kind::VisitNotRecorded:
    case Kind::VisitToday:
    case Kind::VisitThisWeek:
        return CaseTab::Visits;
    case Kind::ReferralPastDeadline:
    case Kind::ReferralWaitingForFeedback:
        return CaseTab::Referrals;
    case Kind::NoContact:
        return CaseTab::Interactions;
    case Kind::Conflict:
    case Kind::EditedAfterClosure:
        return CaseTab::Conflicts;
    case Kind::ClosureToSignOff:
        return CaseTab::Overview;
    }
    return CaseTab::Overview;
}

QDate MyDay::weekEnd(const QDate &day)
{
    return day.addDays(7 - day.dayOfWeek());
}

QList<MyDayItem> MyDay::load(const RecordStore &store, const MyDayOptions &options,
                             QList<MyDayCut> *cuts)
{
    const CaseVisibility visibility(store);
    QList<MyDayItem> items;
    if (cuts)
        cuts->clear();
    for (const Query &query : queries) {
        if (!query.mine && !options.signOffs)
            continue;
        if (query.mine && options.worker.isEmpty())
            continue;
        run(store, query, options, visibility, &items, cuts);
    }
    if (!options.worker.isEmpty())
        for (const QUuid &caseId : CaseClosure::editedAfterClosure(store, options.worker))
            addCase(store, visibility, caseId, MyDayItem::Kind::EditedAfterClosure, &items);
    std::stable_sort(items.begin(), items.end(), [](const MyDayItem &a, const MyDayItem &b) {
        return int(a.kind) < int(b.kind);
    });
    return items;
}

QString MyDay::kindText(MyDayItem::Kind kind)
{
    using K = MyDayItem::Kind;
    switch (kind) {
    case K::OverdueAction:
        return tr("Overdue action");
    case K::VisitNotRecorded:
        return tr("Visit not marked held or missed");
    case K::VisitToday:
        return tr("Visit today");
    case K::VisitThisWeek:
        return tr("Visit this week");
    case K::ReferralPastDeadline:
        return tr("Referral past its deadline");
    case K::ReferralWaitingForFeedback:
        return tr("Referral waiting for feedback");
    case K::NoContact:
        return tr("No recent contact");
    case K::Conflict:
        return tr("Sync conflict");
    case K::EditedAfterClosure:
        return tr("Edited after closure");
    case K::PlanToSignOff:
        return tr("Plan waiting for sign-off");
    case K::ClosureToSignOff:
        return tr("Closure waiting for sign-off");
    }
    return QString();
}

} // namespace casedesk
