#pragma once

#include <QCborValue>
#include <QDate>
#include <QString>

namespace casedesk {

// Field values for store writes. The store keeps text and null apart, so an empty text is
// written as no value, and an invalid date as none.
inline QCborValue textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(trimmed);
}

inline QCborValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
}

} // namespace casedesk
