#pragma once

namespace casedesk {

// How the C library's allocator keeps freed memory, set once at the start of every CaseDesk
// program (the GUI, casedesk-cli, the benchmark). glibc hands memory back to the system as soon
// as 128 KiB lie free at the top of a heap. An import decodes on one thread and frees on
// another, so each chunk's memory went back to the system and was faulted in again: 45,000 page
// faults for the region benchmark's 20 packages instead of 19,000, and each fault is dear on a
// virtual machine (docs/benchmarks.md). Up to 32 MiB of freed memory now stay with the process.
// Blocks of 128 KiB and more keep their own mappings, returned when freed.
//
// SQLite's global count of its memory goes too. Debian builds SQLite without its per-connection
// lookaside memory, so every small allocation of a statement reaches malloc, and with the count
// each one also took a process-wide mutex and asked for the block's size: 15% of an import was
// SQLite allocating and freeing, and switching the count off made imports 8 to 10% faster
// (docs/benchmarks.md). Nothing in CaseDesk reads the count; the benchmark asks each connection
// for its page cache instead. Call it first in main(), before any database is opened.
void tuneAllocator();

} // namespace casedesk
