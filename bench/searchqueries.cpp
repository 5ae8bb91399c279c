#include "searchqueries.h"

#include "database.h"
#include "searchtext.h"

#include <QSet>

#include <algorithm>
#include <random>

namespace casedesk {

namespace {

// Letters the FTS tokenizer does not fold by itself (ARCHITECTURE §2), in both cases.
const QString &foldedLetters()
{
    static const QString letters = QString::fromUtf8("ёЁқҚәӘғҒұҰүҮңҢөӨіІһҺҳҲҷҶӯӮўЎӣӢ");
    return letters;
}

int firstFoldedLetter(const QString &word)
{
    for (int i = 0; i < word.size(); ++i)
        if (foldedLetters().contains(word.at(i)))
            return i;
    return -1;
}

class Picker
{
public:
    Picker(Database &db, quint32 seed) : m_db(db), m_rng(seed) { }

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }

    // A random live row's text columns; rows are sampled by rid, so gaps cost nothing.
    QStringList randomRow(const char *maxSql, const char *rowSql)
    {
        Statement max = m_db.statement(maxSql);
        const qint64 top = max.step() == Statement::Step::Row ? max.int64(0) : 0;
        max.reset();
        if (top <= 0)
            return {};
        Statement row = m_db.statement(rowSql);
        row.bind(1, std::uniform_int_distribution<qint64>(1, top)(m_rng));
        QStringList columns;
        if (row.step() == Statement::Step::Row)
            for (int i = 0; i < 2; ++i)
                columns << row.text(i);
        return columns;
    }

    QString namePrefix(bool foldedLetter)
    {
        for (int attempt = 0; attempt < 500; ++attempt) {
            const QStringList names = randomRow(
                "SELECT max(rid) FROM persons",
                "SELECT family_name, given_name FROM persons WHERE rid>=? AND deleted=0 "
                "ORDER BY rid LIMIT 1");
            if (names.size() < 2)
                return QString();
            const QString name = names.at(chance(60) ? 0 : 1);
            int shortest = 2;
            if (foldedLetter) {
                const int at = firstFoldedLetter(name);
                if (at < 0 || at >= 5)
                    continue;
                shortest = std::max(2, at + 1);
            }
            const int longest = std::min<int>(5, int(name.size()));
            if (longest < shortest)
                continue;
            const QString prefix = name.left(uniform(shortest, longest));
            return chance(40) ? prefix.toLower() : prefix;
        }
        return QString();
    }

    QString caseNumber()
    {
        const QStringList row = randomRow("SELECT max(rid) FROM cases",
                                          "SELECT case_number, '' FROM cases WHERE rid>=? AND "
                                          "deleted=0 ORDER BY rid LIMIT 1");
        if (row.isEmpty() || row.first().isEmpty())
            return QString();
        const QString number = row.first(); // SITE-YYYY-NNNNNN
        switch (uniform(0, 3)) {
        case 0:
            return number;
        case 1:
            return number.left(uniform(int(number.size()) - 6, int(number.size()) - 1));
        case 2:
            return number.left(uniform(int(number.size()) - 6, int(number.size()) - 1)).toLower();
        default:
            return number.section(QLatin1Char('-'), -1); // the serial alone
        }
    }

    QString phoneFragment()
    {
        const QStringList row = randomRow("SELECT max(rid) FROM phones",
                                          "SELECT number, '' FROM phones WHERE rid>=? AND "
                                          "deleted=0 ORDER BY rid LIMIT 1");
        if (row.isEmpty())
            return QString();
        QString digits;
        for (const QChar c : row.first())
            if (c.isDigit())
                digits.append(c);
        const int length = uniform(3, 5);
        if (digits.size() < length + 2)
            return QString();
        // From the middle: neither the country code's first digit nor the last digit.
        return digits.mid(uniform(1, int(digits.size()) - length - 1), length);
    }

    std::mt19937 &rng() { return m_rng; }

private:
    Database &m_db;
    std::mt19937 m_rng;
};

} // namespace

QString SearchQuery::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::CaseNumber:
        return QStringLiteral("case_number");
    case Kind::Phone:
        return QStringLiteral("phone");
    }
    return QString();
}

QList<SearchQuery> SearchQueries::pick(Database &db, quint32 seed, int count)
{
    Picker picker(db, seed);
    // 45% names (a quarter of them with a letter FTS does not fold), 25% case numbers,
    // 30% phone fragments: roughly how a desk looks people up.
    const int names = count * 45 / 100;
    const int folded = names / 4;
    const int numbers = count / 4;
    const int phones = count - names - numbers;

    QList<SearchQuery> queries;
    // Two queries with the same MATCH would make the second a no-op in CaseListModel.
    QSet<QString> seen;
    const auto add = [&](SearchQuery::Kind kind, int wanted, const auto &make) {
        for (int made = 0, attempts = 0; made < wanted && attempts < wanted * 50; ++attempts) {
            const QString text = make(made);
            const QString match = buildMatchQuery(text);
            if (match.isEmpty() || seen.contains(match))
                continue;
            seen.insert(match);
            queries.append({ kind, text });
            ++made;
        }
    };
    add(SearchQuery::Kind::Name, names, [&](int made) { return picker.namePrefix(made < folded); });
    add(SearchQuery::Kind::CaseNumber, numbers, [&](int) { return picker.caseNumber(); });
    add(SearchQuery::Kind::Phone, phones, [&](int) { return picker.phoneFragment(); });
    std::shuffle(queries.begin(), queries.end(), picker.rng());
    return queries;
}

} // namespace casedesk
