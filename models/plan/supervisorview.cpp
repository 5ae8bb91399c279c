#include "supervisorview.h"

#include "permissions.h"
#include "recordstore.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace casedesk {

namespace {

// Each query gives the worker, the office and one or more counts; ?1 is today, ?2 the first
// day that counts as contact. Both read only a covering index of the per-case counts kept beside
// the sort keys (case_sort, action_watch), in worker order, so a region of thousands of workers
// is one pass over two narrow indexes.
const char *const countQueries[] = {
    "SELECT c.assigned_worker, c.office_id, sum(c.status='open'), "
    "sum(c.status='open' AND c.last_contact < ?2), sum(c.status='closure_requested'), "
    "sum(c.any_conflict), sum(CASE WHEN c.status='open' THEN c.sign_off_plans ELSE 0 END) "
    "FROM case_sort c INDEXED BY case_sort_worker "
    "WHERE c.status IN ('open', 'closure_requested') %1 GROUP BY 1, 2",
    "SELECT c.assigned_worker, c.office_id, count(*) FROM action_watch c "
    "INDEXED BY action_watch_worker WHERE c.due_date < ?1 %1 GROUP BY 1, 2",
};

} // namespace

QList<WorkerLoad> SupervisorView::load(const RecordStore &store, const QDate &today,
                                       int noContactDays)
{
    const CaseVisibility visibility(store);
    const QString visible = visibility.seesAll()
        ? QString()
        : QStringLiteral("AND %1").arg(QLatin1String(CaseVisibility::listCondition()));
    QMap<QPair<QString, QUuid>, WorkerLoad> loads;
    for (int q = 0; q < int(std::size(countQueries)); ++q) {
        Statement st = store.db().prepare(QString::fromLatin1(countQueries[q]).arg(visible));
        // Numbers a statement does not use are ignored by SQLite.
        st.bind(1, today.toString(Qt::ISODate));
        st.bind(2, today.addDays(1 - noContactDays).toString(Qt::ISODate));
        visibility.bind(st);
        while (st.step() == Statement::Step::Row) {
            WorkerLoad &load = loads[{ st.text(0), st.uuid(1) }];
            load.worker = st.text(0);
            load.office = st.uuid(1);
            if (q == 0) {
                load.openCases = int(st.int64(2));
                load.casesWithoutContact = int(st.int64(3));
                load.closuresToSignOff = int(st.int64(4));
                load.conflicts = int(st.int64(5));
                load.plansToSignOff = int(st.int64(6));
            } else {
                load.overdueActions = int(st.int64(2));
            }
        }
    }
    QHash<QUuid, QString> officeNames;
    Statement sites = store.db().statement("SELECT id, name FROM sites WHERE deleted=0");
    while (sites.step() == Statement::Step::Row)
        officeNames.insert(sites.uuid(0), sites.text(1));
    QList<WorkerLoad> result;
    for (WorkerLoad &load : loads) {
        load.officeName = officeNames.value(load.office);
        result.append(load);
    }
    std::sort(result.begin(), result.end(), [](const WorkerLoad &a, const WorkerLoad &b) {
        return a.officeName == b.officeName ? a.worker.localeAwareCompare(b.worker) < 0
                                            : a.officeName.localeAwareCompare(b.officeName) < 0;
    });
    return result;
}

} // namespace casedesk
