#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

struct sqlite3;

namespace casedesk {

// Wall time, CPU time and memory of one step of a benchmark: the resident set is measured from
// a trimmed heap (unless `trim` is false), and the peak is the kernel's high-water mark since
// the start (VmHWM after clear_refs). SQLite's part is that of the connection `db` the step
// works on, when one is given. The heap in use is followed only when asked (`Heap::Sampled`).
class StepProbe
{
public:
    enum class Heap { Untracked, Sampled };
    void start(bool trim = true, sqlite3 *db = nullptr, Heap heap = Heap::Untracked);
    void stop();
    // Notes the connection's memory now: a step that shrinks its cache before it returns (an
    // import gives back its larger cache) samples along the way. The heap is read at most
    // every 50 ms: mallinfo2 walks every free block, and after every chunk of an import it
    // took 8% of the applying thread of a folder import (the versions in flight build up over
    // some 300 ms, so their peak is still seen).
    void sample();
    double seconds() const { return m_seconds; }
    // User and system CPU time of the process: what the step cost without waiting for a core.
    double cpu() const { return m_cpuSeconds; }
    double elapsedNow() const { return m_timer.nsecsElapsed() / 1e9; }
    // Peak resident memory above what the process held at the start (MiB).
    double peakGrowthMb() const;
    double baseMb() const;
    // The most the connection's page cache held at the samples and at the end, above the start
    // (MiB). CaseDesk switches SQLite's global memory count off (tuneAllocator), so the
    // connection is asked; its cache only grows until its size is lowered, so a sample just
    // before that is the peak.
    double sqliteGrowthMb() const;
    // The most the program held in malloc's blocks apart from the connection's page cache, at
    // the samples and at the end, above the same figure at the start (MiB); negative when the
    // C library does not say. Unlike the resident set it leaves out what the allocator keeps
    // free, so it does not move with what ran before the step.
    double heapGrowthMb() const;
    // The same figure now, not at its peak: what the step holds at this point.
    double heapHeldMb() const;

private:
    QElapsedTimer m_timer;
    double m_seconds = 0;
    double m_cpuStart = 0;
    double m_cpuSeconds = 0;
    double m_baseMb = 0;
    double m_peakMb = -1;
    bool m_peakReset = false;
    sqlite3 *m_db = nullptr;
    qint64 m_sqliteBase = 0;
    qint64 m_sqlitePeak = 0;
    double m_heapBase = -1;
    double m_heapPeak = -1;
    qint64 m_nextHeapNs = 0;
};

} // namespace casedesk
