#pragma once

namespace casedesk {

// Resident memory of this process. The peak can be reset (Linux 4.0+), so the read workload
// is reported apart from the generation that ran before it in the same process.
class ProcessMemory
{
public:
    // getrusage(RUSAGE_SELF) ru_maxrss in MiB.
    static double peakRssMb();
    // Starts a new high-water mark; false when the kernel does not allow it.
    static bool resetPeak();
    // VmHWM from /proc/self/status in MiB: the peak since the last reset; negative if unknown.
    static double highWaterMb();
    // VmRSS from /proc/self/status in MiB: resident now; negative if unknown.
    static double currentRssMb();
    // Gives freed heap pages back to the system (glibc malloc_trim), so that a later peak
    // measures what the next step allocates rather than what an earlier one left behind.
    static void trimHeap();
    // Bytes the program holds in malloc's blocks now, all threads' arenas and the blocks of
    // their own (glibc mallinfo2: in use plus mmapped); what the allocator keeps free is not
    // counted, so the figure does not depend on what earlier steps left behind. Negative when
    // the C library does not say.
    static double heapInUseMb();
};

} // namespace casedesk
