// Finding case files as people type: Cyrillic with ё and the region's letters, Latin, ID and
// phone fragments, FTS syntax typed by accident; and the client order of the case list.
#include "testsupport.h"

#include "caselistmodel.h"
#include "searchtext.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The case ids the list shows, every page fetched.
QList<QUuid> listedCases(CaseListModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseId(row);
    return ids;
}

QStringList listedFamilyNames(CaseListModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CaseListModel::Client).data().toString().section(u' ', 0, 0);
    return names;
}

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Clients of the search fixture, by the name the tests use for them.
struct SearchFixture
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store;
    QHash<QString, QUuid> cases;
};

bool fill(SearchFixture &f)
{
    f.store = createStore(f.dir.file(u"search.cdsk"_s));
    if (!f.store)
        return false;
    CaseFiles files(*f.store);
    struct Client
    {
        const char16_t *key, *family, *given, *phone, *idType, *idNumber;
    };
    static const Client clients[] = {
        { u"Иванов", u"Иванов", u"Сергей", u"+7 701 234-56-78", u"", u"" },
        { u"ИВАНОВА", u"ИВАНОВА", u"Мария", u"", u"", u"" },
        { u"Иванова-Петрова", u"Иванова-Петрова", u"Анна", u"", u"", u"" },
        { u"Фёдоров", u"Фёдоров", u"Пётр", u"", u"", u"" },
        { u"Қайрат", u"Сейітов", u"Қайрат", u"", u"", u"" },
        { u"Ivanov", u"Ivanov", u"John", u"", u"passport", u"N7654321" },
        { u"Омаров", u"Омаров", u"Асхат", u"", u"personal_number", u"870419876543" },
        { u"Лебедев", u"Лебедев", u"Николай", u"+996 555 10-20-30", u"", u"" },
    };
    for (const Client &c : clients) {
        PersonData p = person(QString::fromUtf16(c.family), QString::fromUtf16(c.given), u"1980"_s,
                              QString::fromUtf16(c.phone));
        p.idType = QString::fromUtf16(c.idType);
        p.idNumber = QString::fromUtf16(c.idNumber);
        auto id = files.openCase(newCase(p));
        if (!id) {
            QTest::qFail(qPrintable(id.message()), __FILE__, __LINE__);
            return false;
        }
        f.cases.insert(QString::fromUtf16(c.key), id.value());
    }
    return true;
}

QList<QUuid> casesNamed(const SearchFixture &f, const QStringList &keys)
{
    QList<QUuid> ids;
    for (const QString &k : keys)
        ids << f.cases.value(k);
    return sorted(ids);
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalizeForSearch_foldsCaseAndLetters_data();
    void normalizeForSearch_foldsCaseAndLetters();
    void digitSuffixes_listsEveryTail_data();
    void digitSuffixes_listsEveryTail();
    void buildMatchQuery_quotesEveryWord_data();
    void buildMatchQuery_quotesEveryWord();

    void caseNumberPrefix_recognisesTheStartOfANumber_data();
    void caseNumberPrefix_recognisesTheStartOfANumber();
    void typedCaseNumber_findsItsCase_data();
    void typedCaseNumber_findsItsCase();
    void typedText_findsItsCases_data();
    void typedText_findsItsCases();
    void ftsSyntaxTypedByUser_isHarmless_data();
    void ftsSyntaxTypedByUser_isHarmless();
    void noHits_givesZeroRows();
    void sortByClient_followsReaderAlphabet_data();
    void sortByClient_followsReaderAlphabet();
    void changingSortLocale_reordersOpenList();
};

void TestSearch::normalizeForSearch_foldsCaseAndLetters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ё to е") << u"Фёдоров"_s << u"федоров"_s;
    QTest::newRow("upper case and dash") << u"ИВАНОВА-Петрова"_s << u"иванова-петрова"_s;
    QTest::newRow("Kazakh қ") << u"Қайрат"_s << u"кайрат"_s;
    QTest::newRow("Kazakh ә ғ") << u"Әсел Ғалымқызы"_s << u"асел галымкызы"_s;
    QTest::newRow("Kazakh ұ ө ү ң һ і")
        << u"Нұрлан Өмірбек Үсен Ңа Һ"_s << u"нурлан омирбек усен на х"_s;
    QTest::newRow("Tajik ҷ ӯ ҳ ӣ") << u"Ҷӯраев Ҳасанов Ӣ"_s << u"чураев хасанов и"_s;
    QTest::newRow("Uzbek ў ғ") << u"Ўринбоев Ғуломов"_s << u"уринбоев гуломов"_s;
    QTest::newRow("Latin stays") << u"Ivanov O'Brien"_s << u"ivanov o'brien"_s;
    QTest::newRow("digits and signs stay") << u"+7 701 234-56-78"_s << u"+7 701 234-56-78"_s;
    QTest::newRow("й stays") << u"Сергей"_s << u"сергей"_s;
    // Text pasted from elsewhere may carry ё and й as a letter plus a combining mark.
    QTest::newRow("decomposed ё") << u"Фе\u0308доров"_s << u"федоров"_s;
    QTest::newRow("decomposed й") << u"Серге\u0438\u0306"_s << u"сергей"_s;
}

void TestSearch::normalizeForSearch_foldsCaseAndLetters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeForSearch(input), expected);
}

void TestSearch::digitSuffixes_listsEveryTail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("phone") << u"+7 701 234-56-78"_s
                           << u"77012345678 7012345678 012345678 12345678 2345678 345678 45678 "
                              "5678 678"_s;
    QTest::newRow("passport") << u"N1234567"_s << u"1234567 234567 34567 4567 567"_s;
    QTest::newRow("three digits") << u"123"_s << u"123"_s;
    QTest::newRow("too short") << u"12"_s << QString();
    QTest::newRow("no digits") << u"abc"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::digitSuffixes_listsEveryTail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(digitSuffixes(input), expected);
}

void TestSearch::buildMatchQuery_quotesEveryWord_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one word") << u"иван"_s << u"\"иван\"*"_s;
    QTest::newRow("two words, folded") << u"Фёдор Иванович"_s << u"\"федор\"* \"иванович\"*"_s;
    QTest::newRow("Kazakh letter") << u"Қайрат"_s << u"\"кайрат\"*"_s;
    QTest::newRow("digits") << u"2345"_s << u"\"2345\"*"_s;
    QTest::newRow("phone with separators")
        << u"+7 701 234"_s << u"(\"7\"* \"701\"* \"234\"*) OR \"7701234\"*"_s;
    QTest::newRow("NEAR is a word") << u"NEAR(a b)"_s << u"\"near\"* \"a\"* \"b\"*"_s;
    QTest::newRow("apostrophe splits") << u"O'Brien"_s << u"\"o\"* \"brien\"*"_s;
    QTest::newRow("quotes and star dropped") << u"\"иван\"*"_s << u"\"иван\"*"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blanks") << u"   "_s << QString();
    QTest::newRow("only syntax") << u"\"*()'^:"_s << QString();
}

void TestSearch::buildMatchQuery_quotesEveryWord()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(buildMatchQuery(input), expected);
}

void TestSearch::caseNumberPrefix_recognisesTheStartOfANumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code, year, part of the number") << u"ast1-2026-00"_s << u"AST1-2026-00"_s;
    QTest::newRow("whole number") << u"ALM-2024-000001"_s << u"ALM-2024-000001"_s;
    QTest::newRow("code and dash") << u"TST1-"_s << u"TST1-"_s;
    QTest::newRow("blanks around") << u" tst1-2026 "_s << u"TST1-2026"_s;
    QTest::newRow("code alone is a word") << u"TST1"_s << QString();
    QTest::newRow("starts with a digit") << u"1-2026"_s << QString();
    QTest::newRow("five-digit year") << u"TST1-20261"_s << QString();
    QTest::newRow("seven-digit number") << u"TST1-2026-0000012"_s << QString();
    QTest::newRow("a name") << u"иван"_s << QString();
    QTest::newRow("a phone") << u"+7 701 234"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::caseNumberPrefix_recognisesTheStartOfANumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(caseNumberPrefix(input), expected);
}

void TestSearch::typedCaseNumber_findsItsCase_data()
{
    QTest::addColumn<QString>("typed"); // @Y@ stands for this year
    QTest::addColumn<QStringList>("expected");
    const QStringList all { u"Иванов"_s, u"ИВАНОВА"_s, u"Иванова-Петрова"_s, u"Фёдоров"_s,
                            u"Қайрат"_s, u"Ivanov"_s,  u"Омаров"_s,          u"Лебедев"_s };
    QTest::newRow("whole number") << u"TST1-@Y@-000004"_s << QStringList { u"Фёдоров"_s };
    QTest::newRow("lower case") << u"tst1-@Y@-000007"_s << QStringList { u"Омаров"_s };
    QTest::newRow("start of the number") << u"TST1-@Y@-00000"_s << all;
    QTest::newRow("code and year") << u"tst1-@Y@"_s << all;
    QTest::newRow("code and dash") << u"TST1-"_s << all;
    QTest::newRow("code alone, as a word") << u"tst1"_s << all;
    QTest::newRow("another year") << u"TST1-1999"_s << QStringList();
    QTest::newRow("another office") << u"ALM1-"_s << QStringList();
}

void TestSearch::typedCaseNumber_findsItsCase()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    typed.replace(u"@Y@"_s, QString::number(QDate::currentDate().year()));
    SearchFixture f;
    QVERIFY(fill(f));
    CaseListModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(typed);
    QCOMPARE(sorted(listedCases(model)), casesNamed(f, expected));
    QCOMPARE(model.totalCount(), int(expected.size()));
}

void TestSearch::typedText_findsItsCases_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("иван") << u"иван"_s
                          << QStringList { u"Иванов"_s, u"ИВАНОВА"_s, u"Иванова-Петрова"_s };
    QTest::newRow("ИВАН") << u"ИВАН"_s
                          << QStringList { u"Иванов"_s, u"ИВАНОВА"_s, u"Иванова-Петрова"_s };
    QTest::newRow("second part of a double name")
        << u"петрова"_s << QStringList { u"Иванова-Петрова"_s };
    QTest::newRow("федор finds Фёдоров") << u"федор"_s << QStringList { u"Фёдоров"_s };
    QTest::newRow("фёдоров finds Фёдоров") << u"фёдоров"_s << QStringList { u"Фёдоров"_s };
    QTest::newRow("decomposed ё") << u"Фе\u0308доров"_s << QStringList { u"Фёдоров"_s };
    QTest::newRow("кайрат finds Қайрат") << u"кайрат"_s << QStringList { u"Қайрат"_s };
    QTest::newRow("қайрат finds Қайрат") << u"қайрат"_s << QStringList { u"Қайрат"_s };
    QTest::newRow("family and given name") << u"сейітов қай"_s << QStringList { u"Қайрат"_s };
    QTest::newRow("ivan finds Ivanov only") << u"ivan"_s << QStringList { u"Ivanov"_s };
    QTest::newRow("ID number fragment") << u"0419"_s << QStringList { u"Омаров"_s };
    QTest::newRow("whole ID number") << u"870419876543"_s << QStringList { u"Омаров"_s };
    QTest::newRow("passport, letters and digits") << u"n7654321"_s << QStringList { u"Ivanov"_s };
    QTest::newRow("passport digits from the middle") << u"54321"_s << QStringList { u"Ivanov"_s };
    QTest::newRow("phone fragment from the middle") << u"2345"_s << QStringList { u"Иванов"_s };
    QTest::newRow("phone typed from the start") << u"+7 701 234"_s << QStringList { u"Иванов"_s };
    QTest::newRow("phone typed with dashes") << u"234-56-78"_s << QStringList { u"Иванов"_s };
    QTest::newRow("phone digits run") << u"77012345"_s << QStringList { u"Иванов"_s };
    QTest::newRow("other phone") << u"555 10"_s << QStringList { u"Лебедев"_s };
}

void TestSearch::typedText_findsItsCases()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    SearchFixture f;
    QVERIFY(fill(f));
    CaseListModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(typed);
    QCOMPARE(sorted(listedCases(model)), casesNamed(f, expected));
    QCOMPARE(model.totalCount(), int(expected.size()));

    bool ok = false;
    QCOMPARE(sorted(searchCases(*f.store, typed, &ok)), casesNamed(f, expected));
    QVERIFY(ok);
}

void TestSearch::ftsSyntaxTypedByUser_isHarmless_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("hits"); // -1: nothing searchable, the list shows every case
    QTest::newRow("double quote") << u"\""_s << -1;
    QTest::newRow("single quote") << u"'"_s << -1;
    QTest::newRow("star") << u"*"_s << -1;
    QTest::newRow("open parenthesis") << u"("_s << -1;
    QTest::newRow("three quotes") << u"\"\"\""_s << -1;
    QTest::newRow("percent underscore") << u"%_"_s << -1;
    QTest::newRow("column filter syntax") << u"{names}:"_s << 0;
    QTest::newRow("NEAR") << u"NEAR"_s << 0;
    QTest::newRow("AND") << u"AND"_s << 0;
    QTest::newRow("OR") << u"OR"_s << 0;
    QTest::newRow("NOT with a word") << u"NOT иван"_s << 0;
    QTest::newRow("word then AND") << u"иван AND"_s << 0;
    QTest::newRow("word OR word") << u"иван OR федор"_s << 0;
    QTest::newRow("NEAR group") << u"NEAR(иван сергей)"_s << 0;
    QTest::newRow("column name") << u"names:иван"_s << 0;
    QTest::newRow("word with star") << u"иван*"_s << 3;
    QTest::newRow("quoted word") << u"\"иван\""_s << 3;
    QTest::newRow("half-quoted word") << u"\"иван"_s << 3;
    QTest::newRow("apostrophes") << u"'иван'"_s << 3;
    QTest::newRow("parenthesis before") << u"(иван"_s << 3;
    QTest::newRow("parenthesis after") << u"иван)"_s << 3;
    QTest::newRow("caret") << u"^иван"_s << 3;
    QTest::newRow("minus") << u"-иван"_s << 3;
    QTest::newRow("SQL injection") << u"'; DROP TABLE cases; --"_s << 0;
    QTest::newRow("quote inside a name") << u"O\"Brien"_s << 0;
}

void TestSearch::ftsSyntaxTypedByUser_isHarmless()
{
    QFETCH(QString, typed);
    QFETCH(int, hits);
    SearchFixture f;
    QVERIFY(fill(f));
    const int all = int(f.cases.size());
    CaseListModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::failOnWarning(QRegularExpression(u".*SQL.*"_s));
    model.setSearchText(typed);
    QCOMPARE(int(listedCases(model).size()), hits < 0 ? all : hits);
    QCOMPARE(model.totalCount(), hits < 0 ? all : hits);

    // The query of casedesk-cli search: no SQLite error, and nothing when nothing was typed.
    bool ok = false;
    const QList<QUuid> found = searchCases(*f.store, typed, &ok);
    QVERIFY(ok);
    QCOMPARE(int(found.size()), std::max(hits, 0));
    QCOMPARE(countRows(*f.store, u"SELECT count(*) FROM cases"_s), qint64(all));
    QCOMPARE(f.store->check(), QStringList());
}

void TestSearch::noHits_givesZeroRows()
{
    SearchFixture f;
    QVERIFY(fill(f));
    CaseListModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(f.cases.size()));
    for (const QString &typed : { u"Zyxwvut"_s, u"99999"_s, u"иван федор"_s }) {
        model.setSearchText(typed);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(searchCases(*f.store, typed).isEmpty());
    }
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), int(f.cases.size()));
}

void TestSearch::sortByClient_followsReaderAlphabet_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("Kazakh") << u"kk"_s;
    QTest::newRow("Russian") << u"ru"_s;
    QTest::newRow("Kazakh (Kazakhstan)") << u"kk_KZ"_s;
}

void TestSearch::sortByClient_followsReaderAlphabet()
{
    QFETCH(QString, locale);
    const QStringList names { u"Карпов"_s, u"Қасымов"_s, u"Лебедев"_s,
                              u"Әлиев"_s,  u"Абаев"_s,   u"Бекова"_s };
    const QStringList expected { u"Абаев"_s,  u"Әлиев"_s,   u"Бекова"_s,
                                 u"Карпов"_s, u"Қасымов"_s, u"Лебедев"_s };
    // Code point order would put Ә and Қ after every Russian letter.
    QStringList codePoints = names;
    codePoints.sort();
    QCOMPARE(codePoints.mid(4), QStringList({ u"Қасымов"_s, u"Әлиев"_s }));

    TempFolder dir;
    auto store = createStore(dir.file(u"sort.cdsk"_s));
    QVERIFY(store);
    QVERIFY_STATUS(store->setSortLocale(locale));
    QCOMPARE(store->sortLocale(), locale);
    CaseFiles files(*store);
    for (const QString &family : names)
        QVERIFY_STATUS(files.openCase(newCase(person(family, u"Дана"_s))));

    CaseListModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CaseListModel::Client, Qt::AscendingOrder);
    QCOMPARE(listedFamilyNames(model), expected);
    model.sort(CaseListModel::Client, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(listedFamilyNames(model), reversed);

    // The order is kept in the file: reopening gives it again.
    const QString path = store->db().path();
    store.reset();
    store = openStore(path, Database::Mode::ReadOnly);
    QVERIFY(store);
    QCOMPARE(store->sortLocale(), locale);
    CaseListModel reopened(*store);
    reopened.sort(CaseListModel::Client, Qt::AscendingOrder);
    QCOMPARE(listedFamilyNames(reopened), expected);
}

void TestSearch::changingSortLocale_reordersOpenList()
{
    TempFolder dir;
    auto store = createStore(dir.file(u"sort.cdsk"_s));
    QVERIFY(store);
    QVERIFY_STATUS(store->setSortLocale(u"ru"_s));
    CaseFiles files(*store);
    for (const QString &family : { u"Карпов"_s, u"Іргебаев"_s, u"Иванов"_s })
        QVERIFY_STATUS(files.openCase(newCase(person(family, u"Дана"_s))));
    CaseListModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CaseListModel::Client, Qt::AscendingOrder);
    // Russian readers find І beside И; in the Kazakh alphabet it comes after Ы, near the end.
    QCOMPARE(listedFamilyNames(model), QStringList({ u"Иванов"_s, u"Іргебаев"_s, u"Карпов"_s }));
    QVERIFY_STATUS(store->setSortLocale(u"kk"_s));
    QCOMPARE(listedFamilyNames(model), QStringList({ u"Иванов"_s, u"Карпов"_s, u"Іргебаев"_s }));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
