#include "localtext.h"

#include <QJsonObject>
#include <QLocale>

namespace casedesk {

QString LocalText::text(const QString &language) const
{
    if (language == QLatin1String("ru") && !ru.isEmpty())
        return ru;
    return en.isEmpty() ? ru : en;
}

QString LocalText::text() const
{
    return text(QLocale().language() == QLocale::Russian ? QStringLiteral("ru")
                                                         : QStringLiteral("en"));
}

LocalText LocalText::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ru")).toString() };
}

} // namespace casedesk
