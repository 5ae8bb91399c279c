#include "processmemory.h"

#include <QFile>
#include <QList>

#include <malloc.h>
#include <sys/resource.h>

namespace casedesk {

double ProcessMemory::peakRssMb()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

bool ProcessMemory::resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // "5" resets the peak resident set size and nothing else.
    return file.write("5") == 1;
}

namespace {

// One "Name:   1234 kB" line of /proc/self/status in MiB.
double statusMb(const QByteArray &name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith(name))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : -1;
    }
    return -1;
}

} // namespace

double ProcessMemory::highWaterMb()
{
    return statusMb("VmHWM:");
}

double ProcessMemory::currentRssMb()
{
    return statusMb("VmRSS:");
}

void ProcessMemory::trimHeap()
{
    malloc_trim(0);
}

double ProcessMemory::heapInUseMb()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return -1;
#endif
}

} // namespace casedesk
