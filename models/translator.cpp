#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace casedesk {

QString preferredLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    if (chosen == QLatin1String("ru") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

void installTranslations(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : { &own, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale::system().language() == QLocale::Russian
                                ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale::system());
        return;
    }
    QLocale::setDefault(QLocale(language));
    own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace casedesk
