#include "mydayworkload.h"

#include "benchreport.h"
#include "myday.h"
#include "pagecache.h"
#include "recordstore.h"
#include "samples.h"
#include "sitedataset.h"
#include "supervisorview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>

namespace casedesk {

namespace {

qint64 countOf(const RecordStore &store, const char *sql, const QString &day = QString())
{
    Statement st = store.db().statement(sql);
    if (!day.isNull())
        st.bind(1, day);
    const qint64 n = st.step() == Statement::Step::Row ? st.int64(0) : -1;
    st.reset();
    return n;
}

// What the file holds of the things "My day" looks for, so a reader can tell what was measured.
QJsonObject contents(const RecordStore &store, const QDate &today)
{
    const QString day = today.toString(Qt::ISODate);
    return {
        { QStringLiteral("plans"), countOf(store, "SELECT count(*) FROM plans WHERE deleted=0") },
        { QStringLiteral("draft_plans"),
          countOf(store, "SELECT count(*) FROM plans WHERE deleted=0 AND status='draft'") },
        { QStringLiteral("actions"),
          countOf(store, "SELECT count(*) FROM plan_actions WHERE deleted=0") },
        { QStringLiteral("overdue_actions"),
          countOf(store,
                  "SELECT count(*) FROM plan_actions WHERE deleted=0 AND status IN ('planned', "
                  "'in_progress') AND due_date < ?1",
                  day) },
        { QStringLiteral("referrals"),
          countOf(store, "SELECT count(*) FROM referrals WHERE deleted=0") },
        { QStringLiteral("referrals_past_deadline"),
          countOf(store,
                  "SELECT count(*) FROM referrals WHERE deleted=0 AND status IN ('sent', "
                  "'received') AND deadline < ?1",
                  day) },
        { QStringLiteral("scheduled_visits"),
          countOf(store, "SELECT count(*) FROM visits WHERE deleted=0 AND status='scheduled'") },
        { QStringLiteral("visits_today"),
          countOf(store,
                  "SELECT count(*) FROM visits WHERE deleted=0 AND status='scheduled' AND "
                  "visit_date = ?1",
                  day) },
        { QStringLiteral("closed_cases"),
          countOf(store, "SELECT count(*) FROM cases WHERE deleted=0 AND status<>'open'") },
    };
}

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

Result<std::unique_ptr<RecordStore>> openCold(const QString &path)
{
    PageCache::evictSiteFile(path);
    auto store = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!store)
        return store.status();
    return std::move(store.value());
}

QString kindKey(MyDayItem::Kind kind)
{
    using K = MyDayItem::Kind;
    switch (kind) {
    case K::OverdueAction:
        return QStringLiteral("overdue_action");
    case K::VisitNotRecorded:
        return QStringLiteral("visit_not_recorded");
    case K::VisitToday:
        return QStringLiteral("visit_today");
    case K::VisitThisWeek:
        return QStringLiteral("visit_this_week");
    case K::ReferralPastDeadline:
        return QStringLiteral("referral_past_deadline");
    case K::ReferralWaitingForFeedback:
        return QStringLiteral("referral_waiting_for_feedback");
    case K::NoContact:
        return QStringLiteral("no_contact");
    case K::Conflict:
        return QStringLiteral("conflict");
    case K::EditedAfterClosure:
        return QStringLiteral("edited_after_closure");
    case K::PlanToSignOff:
        return QStringLiteral("plan_to_sign_off");
    case K::ClosureToSignOff:
        return QStringLiteral("closure_to_sign_off");
    }
    return QString();
}

void reportTimes(BenchReport &report, const QString &key, const QString &what, double coldMs,
                 const Samples &warm)
{
    report.set(key + QStringLiteral("_cold_ms"), rounded(coldMs),
               what + QStringLiteral(", first run, file not cached (ms)"));
    report.set(key + QStringLiteral("_p50_ms"), rounded(warm.median()),
               what + QStringLiteral(" median (ms)"));
    report.set(key + QStringLiteral("_p95_ms"), rounded(warm.percentile(95)),
               what + QStringLiteral(" p95 (ms)"));
}

} // namespace

QString MyDayWorkload::datasetPath(const Options &options)
{
    const QString seed = options.seed == 1 ? QString() : QStringLiteral("-s%1").arg(options.seed);
    return options.dir + QStringLiteral("/region-plans-%1%2.cdsk").arg(options.cases).arg(seed);
}

Status MyDayWorkload::run(const Options &options, BenchReport &report)
{
    if (!QDir().mkpath(options.dir))
        return Status::error(QStringLiteral("cannot create %1").arg(options.dir));
    const QString path = datasetPath(options);
    // The central desk: only there does the demo have partner agencies to refer clients to.
    SiteDataset dataset(path);
    dataset.setKind(QStringLiteral("hub"));
    dataset.setPlans(true);
    const int workers = std::max(12, options.cases / std::max(1, options.caseload));
    dataset.setWorkers(workers);
    if (Status s = dataset.ensure(options.cases, options.seed); !s)
        return s;
    if (Status s = dataset.count(); !s)
        return s;
    report.set(QStringLiteral("myday_db"), path, QStringLiteral("My day site file"));
    report.set(QStringLiteral("myday_cases"), dataset.cases(), QStringLiteral("My day cases"));
    report.set(QStringLiteral("myday_workers"), workers,
               QStringLiteral("case workers the cases are spread over"));
    report.set(QStringLiteral("myday_versions"), dataset.versions(),
               QStringLiteral("My day versions"));
    report.set(QStringLiteral("myday_db_bytes"), dataset.bytes(),
               QStringLiteral("My day file + WAL (bytes)"));
    report.set(QStringLiteral("myday_generate_s"),
               dataset.generateSeconds() > 0 ? QJsonValue(rounded(dataset.generateSeconds(), 1))
                                             : QJsonValue(QJsonValue::Null),
               QStringLiteral("My day dataset generation (s)"));

    MyDayOptions day;
    day.noContactDays = options.noContactDays;
    day.signOffs = true; // as a supervisor opens it
    {
        auto store = RecordStore::open(path, Database::Mode::ReadOnly);
        if (!store)
            return store.status();
        // The busiest worker, chosen before anything is timed.
        Statement top = store.value()->db().statement(
            "SELECT assigned_worker, count(*) FROM cases WHERE deleted=0 AND status='open' "
            "GROUP BY assigned_worker ORDER BY 2 DESC, 1 LIMIT 1");
        if (top.step() == Statement::Step::Row) {
            day.worker = top.text(0);
            report.set(QStringLiteral("myday_worker_open_cases"), top.int64(1),
                       QStringLiteral("open cases of the busiest worker"));
        }
        top.reset();
        report.set(QStringLiteral("myday_contents"), contents(*store.value(), day.today),
                   QStringLiteral("what the file holds"));
    }
    if (day.worker.isEmpty())
        return Status::error(QStringLiteral("%1 has no open cases").arg(path));

    note(QStringLiteral("Timing My day and the supervisor view, first runs cold ..."));
    QList<MyDayItem> items;
    QList<WorkerLoad> loads;
    // The worker's own items without the sign-offs, which are not one worker's but the site's.
    MyDayOptions own = day;
    own.signOffs = false;
    double myDayCold = 0, ownCold = 0, supervisorCold = 0;
    {
        auto store = openCold(path);
        if (!store)
            return store.status();
        myDayCold = timedMs([&] { items = MyDay::load(*store.value(), day); });
    }
    {
        auto store = openCold(path);
        if (!store)
            return store.status();
        ownCold = timedMs([&] { MyDay::load(*store.value(), own); });
    }
    {
        auto store = openCold(path);
        if (!store)
            return store.status();
        supervisorCold = timedMs([&] {
            loads = SupervisorView::load(*store.value(), day.today, options.noContactDays);
        });
    }
    note(QStringLiteral("Timing %1 warm runs of each ...").arg(options.runs));
    auto store = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!store)
        return store.status();
    Samples myDay, ownDay, supervisor;
    int ownItems = 0;
    for (int i = 0; i < options.runs; ++i) {
        myDay.add(timedMs([&] { items = MyDay::load(*store.value(), day); }));
        ownDay.add(timedMs([&] { ownItems = int(MyDay::load(*store.value(), own).size()); }));
        supervisor.add(timedMs([&] {
            loads = SupervisorView::load(*store.value(), day.today, options.noContactDays);
        }));
    }

    QMap<QString, int> byKind;
    for (const MyDayItem &item : std::as_const(items))
        ++byKind[kindKey(item.kind)];
    QJsonObject kinds;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    report.set(QStringLiteral("myday_items"), int(items.size()),
               QStringLiteral("My day items of the busiest worker"));
    report.set(QStringLiteral("myday_items_by_kind"), kinds, QStringLiteral("  by kind"));
    reportTimes(report, QStringLiteral("myday"), QStringLiteral("My day"), myDayCold, myDay);
    report.set(QStringLiteral("myday_own_items"), ownItems,
               QStringLiteral("My day items without the sign-offs"));
    reportTimes(report, QStringLiteral("myday_own"), QStringLiteral("My day without sign-offs"),
                ownCold, ownDay);
    report.set(QStringLiteral("supervisor_rows"), int(loads.size()),
               QStringLiteral("supervisor view rows (workers)"));
    reportTimes(report, QStringLiteral("supervisor"), QStringLiteral("supervisor view"),
                supervisorCold, supervisor);
    return Status::ok();
}

} // namespace casedesk
