#include "pagecache.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace casedesk {

bool PageCache::evict(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    // Only clean pages can be dropped: write back whatever is still dirty first.
    ::fdatasync(fd);
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
}

bool PageCache::warmSiteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (file.read(buffer.data(), buffer.size()) > 0) { }
    return true;
}

bool PageCache::evictSiteFile(const QString &path)
{
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            evict(companion);
    }
    return evict(path);
}

} // namespace casedesk
