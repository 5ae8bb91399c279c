#include "partialdate.h"

#include "vocabulary.h"

#include <QLocale>
#include <QRegularExpression>

namespace casedesk {

PartialDate PartialDate::fromDate(const QDate &date)
{
    PartialDate d;
    if (!date.isValid())
        return d;
    d.m_precision = Precision::Day;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    return d;
}

Result<PartialDate> PartialDate::parse(const QString &input, const QDate &today)
{
    const QString text = input.trimmed();
    PartialDate d;
    if (text.isEmpty())
        return d;
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    static const QRegularExpression dotted(
        QStringLiteral("^(?:(\\d{1,2})[./])?(?:(\\d{1,2})[./])(\\d{4})$"));
    int year = 0, month = 0, day = 0;
    // A typed 0 is a wrong month or day, not an unknown one: "00.1990" is refused.
    bool monthTyped = false, dayTyped = false;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        monthTyped = m.hasCaptured(2);
        dayTyped = m.hasCaptured(3);
    } else if (const auto m = dotted.match(text); m.hasMatch()) {
        year = m.captured(3).toInt();
        month = m.captured(2).toInt();
        day = m.captured(1).toInt();
        monthTyped = m.hasCaptured(2);
        dayTyped = m.hasCaptured(1);
    } else {
        return Status::error(tr("\"%1\" is not a date. Type a full date (12.03.1984), a month "
                                "and year (03.1984) or a year (1984).")
                                 .arg(text));
    }
    if (year < 1900)
        return Status::error(tr("The year %1 is too early.").arg(year));
    if (monthTyped && (month < 1 || month > 12))
        return Status::error(tr("There is no month %1.").arg(month));
    if (dayTyped && !QDate::isValid(year, month, day))
        return Status::error(tr("The date %1 does not exist.").arg(text));
    d.m_year = year;
    d.m_month = month;
    d.m_day = day;
    d.m_precision = day ? Precision::Day : month ? Precision::Month : Precision::Year;
    const QDate earliest(year, month ? month : 1, day ? day : 1);
    if (earliest > today)
        return Status::error(tr("The date %1 is in the future.").arg(text));
    return d;
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return QString();
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QDate(m_year, m_month, m_day).toString(Qt::ISODate);
    }
    return QString();
}

QString PartialDate::toDisplay() const
{
    switch (m_precision) {
    case Precision::None:
        return QString();
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QStringLiteral("%1.%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Day:
        return displayDate(QDate(m_year, m_month, m_day));
    }
    return QString();
}

} // namespace casedesk
