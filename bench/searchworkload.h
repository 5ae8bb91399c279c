#pragma once

#include "samples.h"
#include "searchqueries.h"

#include <QList>
#include <QMap>

namespace casedesk {

class CaseListModel;

// Times each query as the search box runs it: CaseListModel::setSearchText, which runs the
// FTS query and loads the first page of hits and their count.
class SearchWorkload
{
public:
    struct Timed
    {
        SearchQuery query;
        double ms = 0;
        int hits = 0;
    };
    struct Outcome
    {
        Samples all;
        // CPU time of the same calls: on a shared machine it shows what waiting for a core
        // added to the wall-clock figures.
        Samples cpu;
        QMap<QString, Samples> byKind;
        QList<Timed> slowest; // the five slowest, slowest first
        int withoutHits = 0; // queries from real data that found nothing
    };

    static Outcome run(CaseListModel &model, const QList<SearchQuery> &queries);
};

} // namespace casedesk
