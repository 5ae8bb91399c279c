#include "vocabulary.h"

#include <QLocale>

namespace casedesk {

Vocabulary::Items Vocabulary::categories()
{
    return {
        { QStringLiteral("unemployed"), tr("Unemployed") },
        { QStringLiteral("low_income_family"), tr("Low-income family") },
        { QStringLiteral("disability"), tr("Person with disability") },
        { QStringLiteral("domestic_violence"), tr("Victim of domestic violence") },
        { QStringLiteral("trafficking"), tr("Victim of trafficking") },
        { QStringLiteral("homeless"), tr("Homeless") },
        { QStringLiteral("released_prisoner"), tr("Released from prison / on probation") },
        { QStringLiteral("returning_migrant"), tr("Returning labour migrant") },
        { QStringLiteral("elderly_alone"), tr("Elderly without relatives") },
        { QStringLiteral("many_children"), tr("Family with many children") },
    };
}

Vocabulary::Items Vocabulary::interactionKinds()
{
    return {
        { QStringLiteral("office_visit"), tr("Office visit") },
        { QStringLiteral("home_visit"), tr("Home visit") },
        { QStringLiteral("phone"), tr("Phone call") },
        { QStringLiteral("remote"), tr("Remote (video, messenger)") },
    };
}

Vocabulary::Items Vocabulary::caseStatuses()
{
    return {
        { QStringLiteral("open"), tr("Open") },
        { QStringLiteral("closure_requested"), tr("Closing — waiting for sign-off") },
        { QStringLiteral("closed"), tr("Closed") },
    };
}

Vocabulary::Items Vocabulary::idDocumentTypes()
{
    return {
        { QStringLiteral("national_id"), tr("National ID card") },
        { QStringLiteral("passport"), tr("Passport") },
        { QStringLiteral("personal_number"), tr("Personal identification number") },
        { QStringLiteral("birth_certificate"), tr("Birth certificate") },
        { QStringLiteral("residence_permit"), tr("Residence permit") },
        { QStringLiteral("other"), tr("Other document") },
    };
}

Vocabulary::Items Vocabulary::relationships()
{
    return {
        { QStringLiteral("self"), tr("Applicant") },
        { QStringLiteral("spouse"), tr("Spouse or partner") },
        { QStringLiteral("child"), tr("Child") },
        { QStringLiteral("parent"), tr("Parent") },
        { QStringLiteral("sibling"), tr("Brother or sister") },
        { QStringLiteral("grandparent"), tr("Grandparent") },
        { QStringLiteral("grandchild"), tr("Grandchild") },
        { QStringLiteral("other_relative"), tr("Other relative") },
        { QStringLiteral("not_related"), tr("Not related") },
    };
}

Vocabulary::Items Vocabulary::sexes()
{
    return {
        { QStringLiteral("female"), tr("Female") },
        { QStringLiteral("male"), tr("Male") },
    };
}

Vocabulary::Items Vocabulary::phoneKinds()
{
    return {
        { QStringLiteral("mobile"), tr("Mobile") },
        { QStringLiteral("home"), tr("Home") },
        { QStringLiteral("work"), tr("Work") },
        { QStringLiteral("relative"), tr("Relative's phone") },
    };
}

QString Vocabulary::label(const Items &items, const QString &code)
{
    for (const auto &item : items)
        if (item.first == code)
            return item.second;
    return code;
}

QStringList Vocabulary::codes(const Items &items)
{
    QStringList list;
    for (const auto &item : items)
        list << item.first;
    return list;
}

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString displayDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return displayDate(dateTime.date()) + QLatin1Char(' ')
        + QLocale().toString(dateTime.time(), QStringLiteral("HH:mm"));
}

} // namespace casedesk
