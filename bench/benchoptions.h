#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace casedesk {

// The command line of casedesk-bench.
struct BenchOptions
{
    int cases = 200000;
    quint32 seed = 1;
    bool json = false;
    bool keep = false;
    QString dbPath; // empty: a fresh file in a temporary folder
    // Hidden child mode: only measure start-to-first-page of this file.
    QString measureFirstPage;
    qint64 startedNs = 0;
    // --sync: the sync workload instead of the region read workload.
    bool sync = false;
    qint64 syncVersions = 100000;
    bool syncFlatness = true;
    int syncOffices = 20;
    qint64 syncOfficeVersions = 5000;
    int syncRegionCases = 50000;
    QString syncDir = QStringLiteral("/tmp/bench-sync");
    // --myday: only "My day" and the supervisor view, on their own dataset with plans.
    bool mydayOnly = false;
    // --minutes: only the minutes of a 10-case conference rendered to PDF.
    bool minutesOnly = false;
    bool myday = true; // part of the region run unless --skip-myday
    QString mydayDir = QStringLiteral("/tmp/bench-myday");
    int mydayRuns = 20;

    static Result<BenchOptions> parse(const QStringList &arguments);
};

} // namespace casedesk
