#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace casedesk {

// What a person types into an answer field, turned into an answer value and back: numbers and
// money in the locale's form or with a point, dates in the locale's short form or ISO.
class AnswerInput
{
    Q_DECLARE_TR_FUNCTIONS(AnswerInput)

public:
    // "1 234,50", "1234.50", "1,234.50" (English) → 123450 minor units.
    static std::optional<qint64> parseMoney(const QString &text);
    static std::optional<double> parseNumber(const QString &text);
    static QDate parseDate(const QString &text);

    static QString numberText(double value, int decimals);
    static QString dateText(const QDate &date);
    // The date format shown as a placeholder, e.g. "dd.MM.yyyy".
    static QString datePattern();

    // Empty text is unanswered (an undefined value); text that does not parse is kept as it is,
    // so the message under the field says what is wrong and a saved draft keeps what was typed.
    static QJsonValue moneyValue(const QString &text);
    static QJsonValue numberValue(const QString &text);
    static QJsonValue dateValue(const QString &text);
    static QString moneyDisplay(const QJsonValue &value);
    static QString numberDisplay(const QJsonValue &value, int decimals);
    static QString dateDisplay(const QJsonValue &value);
};

} // namespace casedesk
