#include "stepprobe.h"

#include "benchreport.h"
#include "processmemory.h"

#include <sqlite3.h>
#include <sys/resource.h>

namespace casedesk {

namespace {

double cpuSeconds()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 sqliteUsed(bool resetPeak, qint64 *peak)
{
    sqlite3_int64 current = 0, high = 0;
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &high, resetPeak ? 1 : 0);
    if (peak)
        *peak = high;
    return current;
}

} // namespace

void StepProbe::start(bool trim)
{
    if (trim)
        ProcessMemory::trimHeap();
    m_baseMb = ProcessMemory::currentRssMb();
    m_peakReset = ProcessMemory::resetPeak();
    m_sqliteBase = sqliteUsed(true, nullptr);
    m_cpuStart = cpuSeconds();
    m_timer.start();
}

void StepProbe::stop()
{
    m_seconds = m_timer.nsecsElapsed() / 1e9;
    m_cpuSeconds = cpuSeconds() - m_cpuStart;
    m_peakMb = m_peakReset ? ProcessMemory::highWaterMb() : -1;
    sqliteUsed(false, &m_sqlitePeak);
}

double StepProbe::peakGrowthMb() const
{
    return m_peakMb < 0 ? -1 : rounded(m_peakMb - m_baseMb, 1);
}

double StepProbe::baseMb() const
{
    return rounded(m_baseMb, 1);
}

double StepProbe::sqliteGrowthMb() const
{
    return rounded(double(m_sqlitePeak - m_sqliteBase) / (1024.0 * 1024.0), 1);
}

} // namespace casedesk
