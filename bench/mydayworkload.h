#pragma once

#include "result.h"

#include <QString>

namespace casedesk {

class BenchReport;

// "My day" of the busiest worker (as a supervisor sees it, with the sign-offs) and the
// supervisor view, on a region-size central desk file with plans, referrals and visits. The
// file is generated once and kept beside the other datasets under its own name. Each is timed
// once cold (the file dropped from the OS cache, a fresh connection), then repeatedly warm.
class MyDayWorkload
{
public:
    struct Options
    {
        int cases = 200000;
        quint32 seed = 1;
        QString dir = QStringLiteral("/tmp/bench-myday");
        int runs = 20; // warm runs of each
        int noContactDays = 30;
        // Cases per worker: the cases are spread over cases / caseload workers (at least 12),
        // so the busiest worker's "My day" is a real worker's and not a twelfth of the region.
        int caseload = 100;
    };

    // DIR/region-plans-N.cdsk
    static QString datasetPath(const Options &options);
    static Status run(const Options &options, BenchReport &report);
};

} // namespace casedesk
