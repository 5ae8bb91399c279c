#include "searchworkload.h"

#include "caselistmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <time.h>

namespace casedesk {

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

SearchWorkload::Outcome SearchWorkload::run(CaseListModel &model, const QList<SearchQuery> &queries)
{
    Outcome outcome;
    QList<Timed> timed;
    for (const SearchQuery &query : queries) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        model.setSearchText(query.text);
        const double ms = timer.nsecsElapsed() / 1e6;
        outcome.cpu.add(threadCpuMs() - cpuStart);
        outcome.all.add(ms);
        outcome.byKind[SearchQuery::kindName(query.kind)].add(ms);
        if (model.totalCount() == 0)
            ++outcome.withoutHits;
        timed.append({ query, ms, model.totalCount() });
    }
    std::sort(timed.begin(), timed.end(),
              [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
    outcome.slowest = timed.mid(0, 5);
    model.setSearchText(QString());
    return outcome;
}

} // namespace casedesk
