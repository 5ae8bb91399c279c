#pragma once

#include <QJsonValue>
#include <QString>

namespace casedesk {

// A text a template gives in English and Russian; shown in the UI language, else English.
struct LocalText
{
    QString en;
    QString ru;

    QString text(const QString &language) const;
    // The text in the language the program is shown in.
    QString text() const;
    bool isEmpty() const { return en.isEmpty() && ru.isEmpty(); }
    static LocalText fromJson(const QJsonValue &value);
};

} // namespace casedesk
