#pragma once

#include <QString>

namespace casedesk {

// Drops a site file's pages from the operating system's cache, so a start can be measured as
// after a reboot without root rights or disturbing other programs' cached files.
class PageCache
{
public:
    // The file and its -wal and -shm companions; false if the main file could not be evicted.
    static bool evictSiteFile(const QString &path);
    // Reads the file once so warm measurements do not depend on what ran before them.
    static bool warmSiteFile(const QString &path);

private:
    static bool evict(const QString &file);
};

} // namespace casedesk
