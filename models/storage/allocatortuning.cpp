#include "allocatortuning.h"

#include <sqlite3.h>

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace casedesk {

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
    // Only before SQLite's first use; later it answers SQLITE_MISUSE and keeps counting, which
    // costs speed, never correctness.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

} // namespace casedesk
