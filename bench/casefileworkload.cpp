#include "casefileworkload.h"

#include "casefiles.h"
#include "recordstore.h"

#include <QElapsedTimer>

#include <random>

namespace casedesk {

CaseFileWorkload::Outcome CaseFileWorkload::run(RecordStore &store, quint32 seed, int count)
{
    Outcome outcome;
    Statement max = store.db().statement("SELECT max(rid) FROM cases");
    const qint64 top = max.step() == Statement::Step::Row ? max.int64(0) : 0;
    max.reset();
    if (top <= 0)
        return outcome;
    // Chosen before timing, so the timing holds only what the window does.
    std::mt19937 rng(seed);
    QList<QUuid> ids;
    Statement pick = store.db().statement(
        "SELECT id FROM cases WHERE rid>=? AND deleted=0 ORDER BY rid LIMIT 1");
    for (int i = 0; i < count; ++i) {
        pick.bind(1, std::uniform_int_distribution<qint64>(1, top)(rng));
        if (pick.step() == Statement::Step::Row)
            ids.append(pick.uuid(0));
        pick.reset();
    }

    CaseFiles files(store);
    qint64 historyEntries = 0;
    qint64 interactions = 0;
    for (const QUuid &id : std::as_const(ids)) {
        QElapsedTimer timer;
        timer.start();
        const Result<CaseFileData> data = files.load(id);
        const QList<HistoryEntry> history = files.history(id);
        outcome.ms.add(timer.nsecsElapsed() / 1e6);
        if (!data) {
            ++outcome.failures;
            continue;
        }
        historyEntries += history.size();
        interactions += data->interactions.size();
    }
    if (!ids.isEmpty()) {
        outcome.meanHistoryEntries = double(historyEntries) / double(ids.size());
        outcome.meanInteractions = double(interactions) / double(ids.size());
    }
    return outcome;
}

} // namespace casedesk
