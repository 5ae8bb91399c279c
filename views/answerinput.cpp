#include "answerinput.h"

#include "meanstest.h"

#include <QLocale>

#include <cmath>

namespace casedesk {

namespace {

// Spaces of every kind people and locales put between groups of digits.
QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x202f) && c != QChar(0x00a0) && c != QLatin1Char('\''))
            out += c;
    return out;
}

} // namespace

std::optional<double> AnswerInput::parseNumber(const QString &text)
{
    const QString compact = withoutSpaces(text);
    if (compact.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(compact, &ok);
    if (!ok)
        value = QLocale::c().toDouble(compact, &ok);
    if (!ok) {
        // A comma typed as the decimal separator where the locale uses a point.
        QString swapped = compact;
        swapped.replace(QLatin1Char(','), QLatin1Char('.'));
        value = QLocale::c().toDouble(swapped, &ok);
    }
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> AnswerInput::parseMoney(const QString &text)
{
    const std::optional<double> value = parseNumber(text);
    if (!value || std::abs(*value) > 1e15)
        return std::nullopt;
    const double minor = *value * 100.0;
    const double rounded = std::round(minor);
    // More than two digits after the separator is not an amount of money.
    if (std::abs(minor - rounded) > 1e-6)
        return std::nullopt;
    return qint64(rounded);
}

QString AnswerInput::datePattern()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDate AnswerInput::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    const QLocale locale;
    QDate date = locale.toDate(trimmed, datePattern());
    if (!date.isValid())
        date = locale.toDate(trimmed, QLocale::ShortFormat);
    if (!date.isValid())
        date = QDate::fromString(trimmed, Qt::ISODate);
    return date;
}

QString AnswerInput::numberText(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // Show as many decimals as the value has, up to what the template allows.
    QString text = locale.toString(value, 'f', std::max(0, decimals));
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString AnswerInput::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, datePattern()) : QString();
}

QJsonValue AnswerInput::moneyValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (const auto minor = parseMoney(text))
        return double(*minor);
    return text.trimmed();
}

QJsonValue AnswerInput::numberValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (const auto value = parseNumber(text))
        return *value;
    return text.trimmed();
}

QJsonValue AnswerInput::dateValue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QDate date = parseDate(text);
    return date.isValid() ? date.toString(Qt::ISODate) : text.trimmed();
}

QString AnswerInput::moneyDisplay(const QJsonValue &value)
{
    if (value.isDouble())
        return moneyText(qint64(value.toDouble()));
    return value.toString();
}

QString AnswerInput::numberDisplay(const QJsonValue &value, int decimals)
{
    if (value.isDouble())
        return numberText(value.toDouble(), decimals);
    return value.toString();
}

QString AnswerInput::dateDisplay(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? dateText(date) : value.toString();
}

} // namespace casedesk
