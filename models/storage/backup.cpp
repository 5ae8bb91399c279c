#include "backup.h"

#include "database.h"
#include "permissions.h"
#include "recordstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace casedesk {

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

namespace {

Status copyInto(sqlite3 *source, const QString &target)
{
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // Small steps let the writer go on between them.
            do {
                rc = sqlite3_backup_step(backup, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(dest);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return Status::error(Database::describeSqliteError(rc, detail));
    return Status::ok();
}

Status verify(const QString &path)
{
    if (Status s = Database::checkFileHeader(path); !s)
        return s;
    sqlite3 *db = nullptr;
    int rc
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QString result;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    if (result != QLatin1String("ok"))
        return Status::error(Backup::tr("The copy could not be read back correctly (%1); the disk "
                                        "or stick may be failing.")
                                 .arg(result.isEmpty() ? QStringLiteral("?") : result));
    return Status::ok();
}

} // namespace

Status Backup::write(Database &db, const QString &target)
{
    const QFileInfo info(target);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return Status::error(
            tr("The folder %1 does not exist or is read-only.").arg(dir.filePath()));
    if (QFileInfo(db.path()).canonicalFilePath() == info.canonicalFilePath())
        return Status::error(tr("A backup cannot replace the file it is made of."));
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    if (Status s = copyInto(db.handle(), temp); !s) {
        QFile::remove(temp);
        return Status::error(tr("The backup was not written: %1").arg(s.message()));
    }
    if (!syncPath(temp)) {
        QFile::remove(temp);
        return Status::error(tr("The backup could not be flushed to the disk."));
    }
    if (Status s = verify(temp); !s) {
        QFile::remove(temp);
        return s;
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Status::error(tr("The backup could not be renamed to %1.").arg(target));
    }
    syncPath(info.absolutePath());
    return Status::ok();
}

Status Backup::write(const RecordStore &store, const QString &target)
{
    if (Status s = Access::require(store, Operation::Backup); !s)
        return s;
    return write(store.db(), target);
}

Status Backup::restore(const RecordStore &current, const QString &backupFile,
                       const QString &targetDb)
{
    if (Status s = Access::require(current, Operation::Backup); !s)
        return s;
    return restore(backupFile, targetDb);
}

QString Backup::restoreExplanation()
{
    return tr("Restoring replaces this site's file with the backup. The site then writes under a "
              "new incarnation: its change numbers start again under a new name, so nothing it "
              "writes can be confused with changes made after the backup. Changes made after "
              "the backup that were sent to the central desk come back with the next package; "
              "changes that were never sent are lost.");
}

Status Backup::restore(const QString &backupFile, const QString &targetDb)
{
    int version = 0;
    if (Status s = Database::checkFileHeader(backupFile, &version); !s)
        return s;
    if (Status s = verify(backupFile); !s)
        return s;
    const QFileInfo target(targetDb);
    const QFileInfo dir(target.absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return Status::error(
            tr("The folder %1 does not exist or is read-only.").arg(dir.filePath()));
    const QString temp = targetDb + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backupFile, temp) || !syncPath(temp)) {
        QFile::remove(temp);
        return Status::error(
            tr("The backup could not be copied to %1 (is the disk full?).").arg(dir.filePath()));
    }
    QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner);
    // A log left by the replaced file must never be applied to the restored one.
    QFile::remove(targetDb + QStringLiteral("-wal"));
    QFile::remove(targetDb + QStringLiteral("-shm"));
    // rename(2) replaces the old file in one step: at every moment one whole file is in place.
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetDb).constData())
        != 0) {
        QFile::remove(temp);
        return Status::error(tr("The restored file could not be put in place."));
    }
    syncPath(dir.filePath());
    auto store = RecordStore::open(targetDb, Database::Mode::ReadWrite);
    if (!store)
        return store.status();
    const QString reason = QStringLiteral("restored from %1").arg(QFileInfo(backupFile).fileName());
    if (Status s = store.value()->startNewIncarnation(reason); !s)
        return s;
    // Case numbers continue past a gap: numbers given after the backup may exist elsewhere.
    Statement max = store.value()->db().statement(
        "SELECT max(CAST(substr(case_number, -6) AS INTEGER)) FROM cases");
    qint64 floor = 1;
    if (max.step() == Statement::Step::Row)
        floor = max.int64(0) + 1000;
    max.reset();
    Statement meta = store.value()->db().statement(
        "INSERT OR REPLACE INTO meta(key, value) VALUES('case_number_floor', ?)");
    meta.bind(1, QString::number(floor));
    return meta.run();
}

Result<QString> Backup::automatic(Database &db, const QString &folder, int keep,
                                  const QDateTime &now)
{
    QDir dir(folder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return Status::error(tr("The backup folder %1 cannot be created.").arg(folder));
    const QStringList filter { QStringLiteral("casedesk-*.cdbak") };
    QFileInfoList existing = dir.entryInfoList(filter, QDir::Files, QDir::Name);
    if (!existing.isEmpty() && existing.last().lastModified().secsTo(now) < 24 * 3600)
        return QString();
    const QString name
        = QStringLiteral("casedesk-%1.cdbak").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = dir.filePath(name);
    if (Status s = write(db, path); !s)
        return s;
    existing = dir.entryInfoList(filter, QDir::Files, QDir::Name);
    while (existing.size() > std::max(1, keep))
        QFile::remove(existing.takeFirst().filePath());
    return path;
}

} // namespace casedesk
