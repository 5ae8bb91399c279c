#pragma once

#include "result.h"

#include <QString>

namespace casedesk {

// "Start to first page": a fresh process opens the site file as the GUI does (read-write) and
// builds the case list, whose constructor loads the first page and the total count. It runs as
// a child of the benchmark so nothing the benchmark has cached or allocated helps it.
class FirstPageProbe
{
public:
    struct Run
    {
        double firstPageMs = 0; // from just before the child was started to the first page
        double startupMs = 0; // exec, loading libraries, until main()
        double appMs = 0; // QCoreApplication and arguments, as any Qt program starts
        double openMs = 0; // RecordStore::open
        double modelMs = 0; // CaseListModel constructed: first page and count
        double rssMb = 0; // the child's peak resident memory
        int rows = 0;
        int total = 0;
    };

    // CLOCK_MONOTONIC is one clock for every process, so parent and child times compare.
    static qint64 monotonicNs();

    // The child's side: measures, prints one JSON object on stdout, returns the exit code.
    static int runChild(const QString &path, qint64 startedNs, qint64 mainNs);

    // The parent's side: starts `program --measure-first-page path` and reads its figures.
    // With evictFileCache the site file's pages are dropped from the OS cache first.
    static Result<Run> spawn(const QString &program, const QString &path, bool evictFileCache);
};

} // namespace casedesk
