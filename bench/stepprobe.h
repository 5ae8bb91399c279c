#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace casedesk {

// Wall time, CPU time and memory of one step of a benchmark: the resident set is measured from
// a trimmed heap (unless `trim` is false), and the peak is the kernel's high-water mark since
// the start (VmHWM after clear_refs).
class StepProbe
{
public:
    void start(bool trim = true);
    void stop();
    double seconds() const { return m_seconds; }
    // User and system CPU time of the process: what the step cost without waiting for a core.
    double cpu() const { return m_cpuSeconds; }
    double elapsedNow() const { return m_timer.nsecsElapsed() / 1e9; }
    // Peak resident memory above what the process held at the start (MiB).
    double peakGrowthMb() const;
    double baseMb() const;
    // SQLite's own allocations (page cache included) at their peak, above the start (MiB).
    double sqliteGrowthMb() const;

private:
    QElapsedTimer m_timer;
    double m_seconds = 0;
    double m_cpuStart = 0;
    double m_cpuSeconds = 0;
    double m_baseMb = 0;
    double m_peakMb = -1;
    bool m_peakReset = false;
    qint64 m_sqliteBase = 0;
    qint64 m_sqlitePeak = 0;
};

} // namespace casedesk
