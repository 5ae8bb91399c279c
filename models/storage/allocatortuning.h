#pragma once

namespace casedesk {

// How the C library's allocator keeps freed memory, set once at the start of every CaseDesk
// program (the GUI, casedesk-cli, the benchmark). glibc hands memory back to the system as soon
// as 128 KiB lie free at the top of a heap. An import decodes on one thread and frees on
// another, so each chunk's memory went back to the system and was faulted in again: 45,000 page
// faults for the region benchmark's 20 packages instead of 19,000, and each fault is dear on a
// virtual machine (docs/benchmarks.md). Up to 32 MiB of freed memory now stay with the process.
// Blocks of 128 KiB and more keep their own mappings, returned when freed.
void tuneAllocator();

} // namespace casedesk
