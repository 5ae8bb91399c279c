#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace casedesk {

class Database;
class RecordStore;

// Consistent copies of a site file while the program runs (SQLite backup API) and restoring
// them, which starts a new incarnation of the site (ARCHITECTURE §3).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Writes a verified copy: temporary file, fsync, rename, fsync of the folder.
    static Status write(Database &db, const QString &target);
    // The same as a person's operation: an office administrator (or the local user of a file
    // without accounts) signed in to the store.
    static Status write(const RecordStore &store, const QString &target);
    // Replaces targetDb with the backup and gives the site a new incarnation.
    static Status restore(const QString &backupFile, const QString &targetDb);
    // The same as a person's operation, checked against the store in use (the file replaced).
    static Status restore(const RecordStore &current, const QString &backupFile,
                          const QString &targetDb);
    // Writes a backup into folder when the newest there is older than a day; keeps the last
    // `keep`. Not checked against the user: an administrator chose the folder, and the daily
    // copy must happen whoever is signed in. Returns the path written, or an empty string when none
    // was due.
    static Result<QString> automatic(Database &db, const QString &folder, int keep,
                                     const QDateTime &now = QDateTime::currentDateTime());
    // What a restore means for the site, for the confirmation and the result message.
    static QString restoreExplanation();
};

// fsync of a file or a folder; false when the system refused.
bool syncPath(const QString &path);

} // namespace casedesk
