#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace casedesk {

// Positional arguments and --name value options.
struct Args
{
    QStringList positional;
    QHash<QString, QString> options;

    static Args parse(const QStringList &list)
    {
        Args a;
        for (int i = 0; i < list.size(); ++i) {
            const QString &arg = list.at(i);
            if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
                // A flag such as --stop has no value: the next option starts at once.
                const bool hasValue = i + 1 < list.size()
                    && !(list.at(i + 1).startsWith(QLatin1String("--"))
                         && list.at(i + 1).size() > 2);
                a.options.insert(arg.mid(2), hasValue ? list.at(++i) : QString());
            } else {
                a.positional << arg;
            }
        }
        return a;
    }
    QString option(const char *name) const { return options.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return options.contains(QString::fromLatin1(name)); }
};

class RecordStore;

// The author recorded on versions the command line writes.
QString defaultAuthor();
// A case named by its number or its id.
Result<QUuid> findCase(const RecordStore &store, const QString &wanted);

} // namespace casedesk
