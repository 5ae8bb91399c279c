#pragma once

#include <QList>
#include <QString>

namespace casedesk {

class Database;

struct SearchQuery
{
    enum class Kind { Name, CaseNumber, Phone };
    Kind kind = Kind::Name;
    QString text;
    static QString kindName(Kind kind);
};

// What people type into the case list's search box, taken from the file's own names, case
// numbers and phones so every query finds something: 2–5 letter name prefixes (some in lower
// case, some starting with ё or a Kazakh, Uzbek or Tajik letter), case-number prefixes and
// serials, and 3–5 digits from the middle of a phone number.
class SearchQueries
{
public:
    static QList<SearchQuery> pick(Database &db, quint32 seed, int count = 200);
};

} // namespace casedesk
