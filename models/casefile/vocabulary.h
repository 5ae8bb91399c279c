#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>

namespace casedesk {

// The fixed lists of the case file (codes stored, labels shown) and how dates are shown.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    using Items = QList<QPair<QString, QString>>; // code, translated label

    static Items categories();
    static Items interactionKinds();
    static Items caseStatuses();
    static Items idDocumentTypes();
    static Items relationships();
    static Items sexes();
    static Items phoneKinds();

    static QString label(const Items &items, const QString &code);
    static QStringList codes(const Items &items);
};

// A date in the current locale's short form with a four-digit year.
QString displayDate(const QDate &date);
QString displayDateTime(const QDateTime &dateTime);

} // namespace casedesk
