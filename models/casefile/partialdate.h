#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "result.h"

namespace casedesk {

// A date known to the day, to the month, or only to the year (common for migrants and the
// elderly). Stored as ISO text of the known precision: "1984-03-12", "1984-03" or "1984".
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static PartialDate fromDate(const QDate &date);
    // Accepts ISO forms and the forms people type: 12.03.1984, 03.1984, 1984.
    static Result<PartialDate> parse(const QString &text,
                                     const QDate &today = QDate::currentDate());

    Precision precision() const { return m_precision; }
    bool isNull() const { return m_precision == Precision::None; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    QString toIso() const;
    QString toDisplay() const; // in the current locale's style

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month
            && a.m_day == b.m_day;
    }

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace casedesk
