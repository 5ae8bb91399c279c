#pragma once

#include "result.h"

#include <QString>

namespace casedesk {

class BenchReport;

// Sync speed (ARCHITECTURE §4): one office's package of N versions written and imported into a
// hub, the same rows inserted into a plain SQLite table as the reference, the peak memory of
// packages of N/4, N/2 and N versions, and a region-size hub importing one package from each
// of its offices.
class SyncWorkload
{
public:
    struct Options
    {
        qint64 versions = 100000; // versions in the large package
        bool flatness = true; // also packages of N/4 and N/2, for the memory growth
        int offices = 20; // office packages into the region hub; 0 skips the region
        qint64 officeVersions = 5000; // versions in each office package
        int regionCases = 50000; // cases in the region hub
        QString dir = QStringLiteral("/tmp/bench-sync");
        quint32 seed = 1;
    };

    static Status run(const Options &options, BenchReport &report);
};

} // namespace casedesk
