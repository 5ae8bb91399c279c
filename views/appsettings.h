#pragma once

#include <QString>

namespace casedesk {

// The QSettings keys of the desktop program in one place, with their defaults.
class AppSettings
{
public:
    static QString userName();
    static void setUserName(const QString &name);
    static QString userOffice();
    static void setUserOffice(const QString &siteId);
    static QString lastFile();
    static void setLastFile(const QString &path);
    static QString backupFolder();
    static void setBackupFolder(const QString &folder);
    static int backupKeep();
    static void setBackupKeep(int keep);
    // Idle minutes before the screen locks; 0 never locks by itself.
    static int lockMinutes();
    static void setLockMinutes(int minutes);
    // "", "en" or "ru"; empty follows the system.
    static QString language();
    static void setLanguage(const QString &language);
    // "My day" and the supervisor view: a case is without contact after this many days.
    static int noContactDays();
    static void setNoContactDays(int days);
};

} // namespace casedesk
