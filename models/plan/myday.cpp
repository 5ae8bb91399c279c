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
    const char *items; // item columns, FROM and joins after the case
    const char *where;
    bool mine = true; // restricted to the worker's cases
};

const Query queries[] = {
    { MyDayItem::Kind::OverdueAction,
      "a.id, a.due_date, a.kind, a.description FROM cases c "
      "JOIN plans pl ON pl.case_id=c.id JOIN plan_actions a ON a.plan_id=pl.id",
      "c.status='open' AND pl.deleted=0 AND pl.status<>'closed' AND a.deleted=0 "
      "AND a.status IN ('planned', 'in_progress') AND a.due_date < ?2 ORDER BY a.due_date" },
    { MyDayItem::Kind::VisitToday,
      "v.id, v.visit_date, v.visit_kind, coalesce(v.visit_time || ' ', '') || "
      "coalesce(v.purpose, '') FROM cases c JOIN visits v ON v.case_id=c.id",
      "c.status='open' AND v.deleted=0 AND v.status='scheduled' AND v.visit_date <= ?3 "
      "ORDER BY v.visit_date, v.visit_time" },
    { MyDayItem::Kind::ReferralPastDeadline,
      "r.id, CASE WHEN r.status='attended' THEN r.status_date ELSE r.deadline END, "
      "r.status, coalesce(r.agency_name, '') || ': ' || coalesce(r.reason, '') "
      "FROM cases c JOIN referrals r ON r.case_id=c.id",
      "c.status='open' AND r.deleted=0 AND (r.status='attended' OR (r.status IN ('sent', "
      "'received') AND r.deadline < ?2)) ORDER BY r.deadline" },
    { MyDayItem::Kind::NoContact,
      "NULL, k.last_contact, NULL, NULL FROM cases c JOIN case_sort k ON k.rid=c.rid",
      "c.status='open' AND k.last_contact < ?3 ORDER BY k.last_contact" },
    { MyDayItem::Kind::Conflict,
      "NULL, NULL, NULL, NULL FROM cases c JOIN case_sort k ON k.rid=c.rid",
      "(k.any_conflict=1 OR c.conflict=1) ORDER BY c.case_number" },
    { MyDayItem::Kind::PlanToSignOff,
      "pl.id, pl.start_date, pl.kind, c.assigned_worker FROM cases c "
      "JOIN plans pl ON pl.case_id=c.id",
      "c.status='open' AND pl.deleted=0 AND pl.status='draft' AND EXISTS(SELECT 1 FROM "
      "plan_actions a WHERE a.plan_id=pl.id AND a.deleted=0) ORDER BY pl.start_date",
      false },
    { MyDayItem::Kind::ClosureToSignOff,
      "NULL, c.closed_date, c.closure_reason, c.assigned_worker FROM cases c",
      "c.status='closure_requested' ORDER BY c.closed_date", false },
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

void run(const RecordStore &store, const Query &query, const MyDayOptions &options,
         const CaseVisibility &visibility, QList<MyDayItem> *items)
{
    QString sql
        = QString::fromLatin1(caseColumns).arg(QLatin1String(CaseVisibility::detailCondition()))
        + QLatin1String(query.items) + QLatin1String(caseJoin)
        + QStringLiteral("WHERE c.deleted=0 ");
    if (query.mine)
        sql += QStringLiteral("AND c.assigned_worker=?1 ");
    if (!visibility.seesAll())
        sql += QStringLiteral("AND %1 ").arg(QLatin1String(CaseVisibility::listCondition()));
    sql += QStringLiteral("AND ") + QLatin1String(query.where);
    Statement st = store.db().prepare(sql);
    const QDate second = query.kind == MyDayItem::Kind::NoContact
        ? options.today.addDays(1 - options.noContactDays)
        : MyDay::weekEnd(options.today);
    // Numbers a statement does not use are ignored by SQLite.
    st.bind(1, options.worker);
    st.bind(2, options.today.toString(Qt::ISODate));
    st.bind(3, second.toString(Qt::ISODate));
    visibility.bind(st);
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
    }
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

QList<MyDayItem> MyDay::load(const RecordStore &store, const MyDayOptions &options)
{
    const CaseVisibility visibility(store);
    QList<MyDayItem> items;
    for (const Query &query : queries) {
        if (!query.mine && !options.signOffs)
            continue;
        if (query.mine && options.worker.isEmpty())
            continue;
        run(store, query, options, visibility, &items);
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
