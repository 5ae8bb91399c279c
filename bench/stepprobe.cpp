#include "stepprobe.h"

#include "benchreport.h"
#include "processmemory.h"

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>

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

qint64 sqliteUsed(sqlite3 *db)
{
    int current = 0, high = 0;
    if (!db || sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_USED, &current, &high, 0) != SQLITE_OK)
        return 0;
    return current;
}

// What malloc holds apart from the connection's page cache (whose pages are malloc's blocks).
double heapOutsideCacheMb(qint64 cacheUsed)
{
    const double inUse = ProcessMemory::heapInUseMb();
    return inUse < 0 ? -1 : inUse - double(cacheUsed) / (1024.0 * 1024.0);
}

} // namespace

void StepProbe::start(bool trim, sqlite3 *db, Heap heap)
{
    m_db = db;
    if (trim)
        ProcessMemory::trimHeap();
    m_baseMb = ProcessMemory::currentRssMb();
    m_peakReset = ProcessMemory::resetPeak();
    m_sqliteBase = sqliteUsed(m_db);
    m_sqlitePeak = m_sqliteBase;
    m_heapBase = heap == Heap::Sampled ? heapOutsideCacheMb(m_sqliteBase) : -1;
    m_heapPeak = m_heapBase;
    m_nextHeapNs = 0;
    m_cpuStart = cpuSeconds();
    m_timer.start();
}

void StepProbe::stop()
{
    m_seconds = m_timer.nsecsElapsed() / 1e9;
    m_cpuSeconds = cpuSeconds() - m_cpuStart;
    m_peakMb = m_peakReset ? ProcessMemory::highWaterMb() : -1;
    m_nextHeapNs = 0; // the end is always read
    sample();
}

void StepProbe::sample()
{
    constexpr qint64 heapEveryNs = 50'000'000;
    const qint64 used = sqliteUsed(m_db);
    m_sqlitePeak = std::max(m_sqlitePeak, used);
    if (m_heapBase < 0 || m_timer.nsecsElapsed() < m_nextHeapNs)
        return;
    m_heapPeak = std::max(m_heapPeak, heapOutsideCacheMb(used));
    m_nextHeapNs = m_timer.nsecsElapsed() + heapEveryNs;
}

double StepProbe::peakGrowthMb() const
{
    return m_peakMb < 0 ? -1 : rounded(m_peakMb - m_baseMb, 1);
}

double StepProbe::baseMb() const
{
    return rounded(m_baseMb, 1);
}

double StepProbe::heapGrowthMb() const
{
    return m_heapBase < 0 ? -1 : rounded(m_heapPeak - m_heapBase, 1);
}

double StepProbe::heapHeldMb() const
{
    if (m_heapBase < 0)
        return -1;
    const double now = heapOutsideCacheMb(sqliteUsed(m_db));
    return now < 0 ? -1 : rounded(now - m_heapBase, 1);
}

double StepProbe::sqliteGrowthMb() const
{
    return rounded(double(m_sqlitePeak - m_sqliteBase) / (1024.0 * 1024.0), 1);
}

} // namespace casedesk
