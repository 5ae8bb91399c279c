#pragma once

#include <QString>

namespace casedesk {

// "ru" or "en": the language chosen in settings, else the system locale's.
QString preferredLanguage();
// Loads CaseDesk's and Qt's own translations for the language and makes its locale the default
// for dates and numbers.
void installTranslations(const QString &language);

} // namespace casedesk
