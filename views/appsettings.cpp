#include "appsettings.h"

#include <QSettings>

namespace casedesk {

namespace {

QString text(const char *key)
{
    return QSettings().value(QLatin1String(key)).toString();
}

void setText(const char *key, const QString &value)
{
    QSettings().setValue(QLatin1String(key), value);
}

} // namespace

QString AppSettings::userName()
{
    return text("user/name").trimmed();
}

void AppSettings::setUserName(const QString &name)
{
    setText("user/name", name.trimmed());
}

QString AppSettings::userOffice()
{
    return text("user/office");
}

void AppSettings::setUserOffice(const QString &siteId)
{
    setText("user/office", siteId);
}

QString AppSettings::lastFile()
{
    return text("app/lastFile");
}

void AppSettings::setLastFile(const QString &path)
{
    setText("app/lastFile", path);
}

QString AppSettings::backupFolder()
{
    return text("backup/folder");
}

void AppSettings::setBackupFolder(const QString &folder)
{
    setText("backup/folder", folder);
}

int AppSettings::backupKeep()
{
    bool ok = false;
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 10).toInt(&ok);
    return ok && keep > 0 ? keep : 10;
}

void AppSettings::setBackupKeep(int keep)
{
    QSettings().setValue(QStringLiteral("backup/keep"), keep);
}

int AppSettings::lockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QStringLiteral("lock/idleMinutes"), 10).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 10;
}

void AppSettings::setLockMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("lock/idleMinutes"), qMax(0, minutes));
}

QString AppSettings::language()
{
    const QString lang = text("ui/language");
    return lang == QLatin1String("en") || lang == QLatin1String("ru") ? lang : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    setText("ui/language", language);
}

int AppSettings::noContactDays()
{
    bool ok = false;
    const int days = QSettings().value(QStringLiteral("myday/noContactDays"), 30).toInt(&ok);
    return ok && days > 0 ? days : 30;
}

void AppSettings::setNoContactDays(int days)
{
    QSettings().setValue(QStringLiteral("myday/noContactDays"), qMax(1, days));
}

} // namespace casedesk
