// The case-file domain: opening a case, the validation rules, duplicates, household,
// categories, interactions, documents and the field history.
#include "testsupport.h"

#include "partialdate.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct Site
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store;
    std::unique_ptr<CaseFiles> files;

    bool open()
    {
        store = createStore(dir.file(u"site.cdsk"_s), officeSite(u"Алматы, центр 2"_s, u"ALM2"_s));
        if (store)
            files = std::make_unique<CaseFiles>(*store);
        return store != nullptr;
    }
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestCaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openCase_createsCasePersonHouseholdMemberAndCategories();
    void openCase_numbersIncrease();
    void openCase_refusesInvalidInput_data();
    void openCase_refusesInvalidInput();
    void validateIdNumber_followsDocumentFormat_data();
    void validateIdNumber_followsDocumentFormat();
    void partialDateParse_acceptsWhatPeopleType_data();
    void partialDateParse_acceptsWhatPeopleType();
    void findDuplicates_bySameIdNumber();
    void findDuplicates_bySameNameAndBirthDate_data();
    void findDuplicates_bySameNameAndBirthDate();
    void addHouseholdMember_joinsHousehold();
    void setCategories_addsAndRemovesWithTombstones();
    void recordInteraction_isListedNewestFirst();
    void attachDocument_storesSameContentOnce();
    void attachDocument_refusesTooLargeFile();
    void history_showsAuthorFieldAndNewValue();
};

void TestCaseFiles::openCase_createsCasePersonHouseholdMemberAndCategories()
{
    Site site;
    QVERIFY(site.open());
    PersonData client = person(u"Нұрланова"_s, u"Айгүл"_s, u"12.03.1984"_s, u"+7 701 234-56-78"_s);
    client.patronymic = u"Серікқызы"_s;
    client.idType = u"personal_number"_s;
    client.idNumber = u"840312 450 123"_s;
    auto caseId = site.files->openCase(newCase(client, { u"unemployed"_s, u"many_children"_s }));
    QVERIFY_STATUS(caseId);

    auto file = site.files->load(caseId.value());
    QVERIFY_STATUS(file);
    QCOMPARE(file->status, u"open"_s);
    QCOMPARE(file->openedDate, QDate::currentDate());
    QCOMPARE(file->assignedWorker, u"Айгуль Серикбаева"_s);
    QCOMPARE(file->officeId, site.store->site().id);
    QCOMPARE(file->officeName, u"Алматы, центр 2"_s);
    QVERIFY(file->consentGiven);
    QCOMPARE(file->client.fullName(), u"Нұрланова Айгүл Серікқызы"_s);
    QCOMPARE(file->client.birthDate.toIso(), u"1984-03-12"_s);
    QCOMPARE(file->client.idNumber, u"840312450123"_s); // spaces dropped
    QCOMPARE(file->client.phones.size(), 1);
    QCOMPARE(file->client.phones.first().number, u"+7 701 234-56-78"_s);
    QVERIFY(!file->householdId.isNull());
    QCOMPARE(file->household.size(), 1);
    QCOMPARE(file->household.first().relationship, u"self"_s);
    QCOMPARE(file->household.first().person.id, file->client.id);
    QCOMPARE(file->categories, QStringList({ u"many_children"_s, u"unemployed"_s }));

    const auto count = [&](const QString &table) {
        return countRows(*site.store, u"SELECT count(*) FROM %1 WHERE scope_root=?"_s.arg(table),
                         caseId.value());
    };
    QCOMPARE(count(u"cases"_s), 1);
    QCOMPARE(count(u"persons"_s), 1);
    QCOMPARE(count(u"households"_s), 1);
    QCOMPARE(count(u"household_members"_s), 1);
    QCOMPARE(count(u"phones"_s), 1);
    QCOMPARE(count(u"case_categories"_s), 2);
    QCOMPARE(site.store->check(), QStringList());
}

void TestCaseFiles::openCase_numbersIncrease()
{
    Site site;
    QVERIFY(site.open());
    const QRegularExpression format(u"^ALM2-(\\d{4})-(\\d{6})$"_s);
    QStringList numbers;
    for (const QString &family : { u"Омаров"_s, u"Ахметова"_s, u"Есенов"_s }) {
        auto caseId = site.files->openCase(newCase(person(family, u"Дана"_s)));
        QVERIFY_STATUS(caseId);
        numbers << site.files->load(caseId.value())->number;
    }
    for (int i = 0; i < numbers.size(); ++i) {
        const auto match = format.match(numbers[i]);
        QVERIFY2(match.hasMatch(), qPrintable(numbers[i]));
        QCOMPARE(match.captured(1).toInt(), QDate::currentDate().year());
        QCOMPARE(match.captured(2).toInt(), i + 1);
    }
    QCOMPARE(site.files->nextCaseNumber(QDate::currentDate()),
             u"ALM2-%1-000004"_s.arg(QDate::currentDate().year()));
    // Another year starts its own sequence.
    QCOMPARE(site.files->nextCaseNumber(QDate(2019, 5, 1)), u"ALM2-2019-000001"_s);
}

void TestCaseFiles::openCase_refusesInvalidInput_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("worker");
    QTest::addColumn<int>("openedInDays");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");
    QTest::newRow("no family name")
        << u" "_s << u"Дана"_s << QString() << u"W"_s << 0 << QString() << u"family name"_s;
    QTest::newRow("no given name")
        << u"Омарова"_s << QString() << QString() << u"W"_s << 0 << QString() << u"given name"_s;
    QTest::newRow("phone with letters") << u"Омарова"_s << u"Дана"_s << u"+7 701 ABC"_s << u"W"_s
                                        << 0 << QString() << u"phone number"_s;
    QTest::newRow("phone too short")
        << u"Омарова"_s << u"Дана"_s << u"1234"_s << u"W"_s << 0 << QString() << u"phone number"_s;
    QTest::newRow("no worker") << u"Омарова"_s << u"Дана"_s << QString() << QString() << 0
                               << QString() << u"worker"_s;
    QTest::newRow("opened tomorrow")
        << u"Омарова"_s << u"Дана"_s << QString() << u"W"_s << 1 << QString() << u"future"_s;
    QTest::newRow("unknown category")
        << u"Омарова"_s << u"Дана"_s << QString() << u"W"_s << 0 << u"rich"_s << u"category"_s;
}

void TestCaseFiles::openCase_refusesInvalidInput()
{
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, phone);
    QFETCH(QString, worker);
    QFETCH(int, openedInDays);
    QFETCH(QString, category);
    QFETCH(QString, message);
    Site site;
    QVERIFY(site.open());
    const qint64 versions = site.store->versions().size();
    NewCase c = newCase(person(family, given, QString(), phone));
    c.assignedWorker = worker;
    c.openedDate = QDate::currentDate().addDays(openedInDays);
    if (!category.isEmpty())
        c.categories << category;
    QVERIFY_REFUSED(site.files->openCase(c), message);
    // Nothing of the refused case was written.
    QCOMPARE(site.store->versions().size(), versions);
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM cases"_s), 0);
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM persons"_s), 0);
    // The refused write left no gap: the next case is number 1 and the file checks clean.
    auto caseId = site.files->openCase(newCase(person(u"Омарова"_s, u"Дана"_s)));
    QVERIFY_STATUS(caseId);
    QVERIFY(site.files->load(caseId.value())->number.endsWith(u"-000001"_s));
    QCOMPARE(site.store->check(), QStringList());
}

void TestCaseFiles::validateIdNumber_followsDocumentFormat_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("passport, one letter seven digits") << u"passport"_s << u"N1234567"_s << true;
    QTest::newRow("passport, two letters eight digits") << u"passport"_s << u"AB12345678"_s << true;
    QTest::newRow("passport, lower case") << u"passport"_s << u"n1234567"_s << true;
    QTest::newRow("passport, no letter") << u"passport"_s << u"12345678"_s << false;
    QTest::newRow("passport, six digits") << u"passport"_s << u"N123456"_s << false;
    QTest::newRow("passport, Cyrillic letter") << u"passport"_s << u"Н1234567"_s << false;
    QTest::newRow("personal number, 12 digits")
        << u"personal_number"_s << u"840312450123"_s << true;
    QTest::newRow("personal number, 14 digits")
        << u"personal_number"_s << u"12345678901234"_s << true;
    QTest::newRow("personal number, spaces") << u"personal_number"_s << u"8403 1245 0123"_s << true;
    QTest::newRow("personal number, 13 digits")
        << u"personal_number"_s << u"1234567890123"_s << false;
    QTest::newRow("personal number, letter") << u"personal_number"_s << u"84031245012A"_s << false;
    QTest::newRow("national id, digits") << u"national_id"_s << u"012345678"_s << true;
    QTest::newRow("national id, letters and digits") << u"national_id"_s << u"ID123456"_s << true;
    QTest::newRow("national id, five digits") << u"national_id"_s << u"12345"_s << false;
    QTest::newRow("birth certificate") << u"birth_certificate"_s << u"I-АК 123456"_s << true;
    QTest::newRow("birth certificate, too short") << u"birth_certificate"_s << u"12"_s << false;
    QTest::newRow("residence permit") << u"residence_permit"_s << u"RP123456"_s << true;
    QTest::newRow("residence permit, dash") << u"residence_permit"_s << u"RP-123456"_s << false;
    QTest::newRow("other") << u"other"_s << u"Справка № 15/2"_s << true;
    QTest::newRow("other, too long") << u"other"_s << QString(41, u'x') << false;
    QTest::newRow("empty number needs no type") << QString() << QString() << true;
    QTest::newRow("number without type") << QString() << u"N1234567"_s << false;
    QTest::newRow("unknown type") << u"driving_licence"_s << u"N1234567"_s << false;
}

void TestCaseFiles::validateIdNumber_followsDocumentFormat()
{
    QFETCH(QString, type);
    QFETCH(QString, number);
    QFETCH(bool, valid);
    const Status status = CaseFiles::validateIdNumber(type, number);
    QCOMPARE(status.isOk(), valid);
    if (!valid)
        QVERIFY(!status.message().isEmpty());
}

void TestCaseFiles::partialDateParse_acceptsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("precision");
    const int day = int(PartialDate::Precision::Day);
    const int month = int(PartialDate::Precision::Month);
    const int year = int(PartialDate::Precision::Year);
    QTest::newRow("full date with dots") << u"12.03.1984"_s << true << u"1984-03-12"_s << day;
    QTest::newRow("month and year") << u"03.1984"_s << true << u"1984-03"_s << month;
    QTest::newRow("year only") << u"1984"_s << true << u"1984"_s << year;
    QTest::newRow("ISO date") << u"1984-03-12"_s << true << u"1984-03-12"_s << day;
    QTest::newRow("ISO month") << u"1984-03"_s << true << u"1984-03"_s << month;
    QTest::newRow("one-digit day and month") << u"1.2.1990"_s << true << u"1990-02-01"_s << day;
    QTest::newRow("slashes") << u"12/03/1984"_s << true << u"1984-03-12"_s << day;
    QTest::newRow("blanks around") << u" 1984 "_s << true << u"1984"_s << year;
    QTest::newRow("leap day") << u"29.02.2000"_s << true << u"2000-02-29"_s << day;
    QTest::newRow("today") << QDate::currentDate().toString(u"dd.MM.yyyy"_s) << true
                           << QDate::currentDate().toString(Qt::ISODate) << day;
    QTest::newRow("empty is no date")
        << QString() << true << QString() << int(PartialDate::Precision::None);
    QTest::newRow("31 February") << u"31.02.1990"_s << false << QString() << 0;
    QTest::newRow("29 February, no leap year") << u"29.02.1990"_s << false << QString() << 0;
    QTest::newRow("month 13") << u"13.1990"_s << false << QString() << 0;
    QTest::newRow("month 0") << u"00.1990"_s << false << QString() << 0;
    QTest::newRow("ISO month 0") << u"1990-00"_s << false << QString() << 0;
    QTest::newRow("day 0") << u"00.03.1990"_s << false << QString() << 0;
    QTest::newRow("tomorrow") << QDate::currentDate().addDays(1).toString(u"dd.MM.yyyy"_s) << false
                              << QString() << 0;
    QTest::newRow("next year") << QString::number(QDate::currentDate().year() + 1) << false
                               << QString() << 0;
    QTest::newRow("letters") << u"abc"_s << false << QString() << 0;
    QTest::newRow("1850") << u"1850"_s << false << QString() << 0;
    QTest::newRow("two-digit year") << u"12.03.84"_s << false << QString() << 0;
}

void TestCaseFiles::partialDateParse_acceptsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, iso);
    QFETCH(int, precision);
    const auto parsed = PartialDate::parse(text);
    QCOMPARE(parsed.isOk(), valid);
    if (!valid) {
        QVERIFY(!parsed.message().isEmpty());
        return;
    }
    QCOMPARE(parsed->toIso(), iso);
    QCOMPARE(int(parsed->precision()), precision);
    // What is stored reads back as the same date.
    if (!iso.isEmpty())
        QCOMPARE(PartialDate::parse(iso).value(), parsed.value());
}

void TestCaseFiles::findDuplicates_bySameIdNumber()
{
    Site site;
    QVERIFY(site.open());
    PersonData existing = person(u"Турсунов"_s, u"Ботир"_s, u"1975"_s);
    existing.idType = u"passport"_s;
    existing.idNumber = u"AA1234567"_s;
    auto caseId = site.files->openCase(newCase(existing));
    QVERIFY_STATUS(caseId);

    PersonData other = person(u"Tursunov"_s, u"Botir"_s);
    other.idType = u"passport"_s;
    other.idNumber = u"aa 1234567"_s;
    const QList<DuplicateCandidate> found = site.files->findDuplicates(other);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().caseId, caseId.value());
    QCOMPARE(found.first().personName, u"Турсунов Ботир"_s);
    QCOMPARE(found.first().caseNumber, site.files->load(caseId.value())->number);
    QVERIFY(!found.first().reason.isEmpty());

    other.idNumber = u"AA7654321"_s;
    QCOMPARE(site.files->findDuplicates(other).size(), 0);
    // The person compared with themselves is no duplicate.
    existing.id = site.files->load(caseId.value())->client.id;
    QCOMPARE(site.files->findDuplicates(existing).size(), 0);
}

void TestCaseFiles::findDuplicates_bySameNameAndBirthDate_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("same") << u"Фёдорова"_s << u"Алёна"_s << u"12.03.1984"_s << true;
    QTest::newRow("other case, е for ё") << u"ФЕДОРОВА"_s << u"алена"_s << u"1984-03-12"_s << true;
    QTest::newRow("blanks around") << u" Федорова "_s << u"Алена "_s << u"12.03.1984"_s << true;
    QTest::newRow("other birth date") << u"Фёдорова"_s << u"Алёна"_s << u"13.03.1984"_s << false;
    QTest::newRow("birth year only") << u"Фёдорова"_s << u"Алёна"_s << u"1984"_s << false;
    QTest::newRow("other given name") << u"Фёдорова"_s << u"Анна"_s << u"12.03.1984"_s << false;
    QTest::newRow("no birth date") << u"Фёдорова"_s << u"Алёна"_s << QString() << false;
}

void TestCaseFiles::findDuplicates_bySameNameAndBirthDate()
{
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, birth);
    QFETCH(bool, duplicate);
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(newCase(person(u"Фёдорова"_s, u"Алёна"_s, u"12.03.1984"_s)));
    QVERIFY_STATUS(caseId);
    QVERIFY_STATUS(site.files->openCase(newCase(person(u"Фёдорова"_s, u"Анна"_s, u"1990"_s))));

    const QList<DuplicateCandidate> found
        = site.files->findDuplicates(person(family, given, birth));
    QCOMPARE(found.size(), duplicate ? 1 : 0);
    if (duplicate) {
        QCOMPARE(found.first().caseId, caseId.value());
        QCOMPARE(found.first().birthDate, u"1984-03-12"_s);
    }
}

void TestCaseFiles::addHouseholdMember_joinsHousehold()
{
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(newCase(person(u"Саидова"_s, u"Нигина"_s, u"1988"_s)));
    QVERIFY_STATUS(caseId);
    auto child = site.files->addHouseholdMember(
        caseId.value(), person(u"Саидов"_s, u"Фирӯз"_s, u"03.2015"_s), u"child"_s);
    QVERIFY_STATUS(child);
    auto spouse = site.files->addHouseholdMember(
        caseId.value(), person(u"Саидов"_s, u"Далер"_s, u"1985"_s, u"+992 93 555 12 34"_s),
        u"spouse"_s);
    QVERIFY_STATUS(spouse);

    auto file = site.files->load(caseId.value());
    QVERIFY_STATUS(file);
    QCOMPARE(file->household.size(), 3);
    QCOMPARE(file->household[1].memberId, child.value());
    QCOMPARE(file->household[1].relationship, u"child"_s);
    QCOMPARE(file->household[1].person.fullName(), u"Саидов Фирӯз"_s);
    QCOMPARE(file->household[1].person.birthDate.toIso(), u"2015-03"_s);
    QCOMPARE(file->household[2].person.phones.size(), 1);
    // Members are found by the case search too.
    QCOMPARE(searchCases(*site.store, u"далер"_s), QList<QUuid> { caseId.value() });
    QCOMPARE(searchCases(*site.store, u"5551234"_s), QList<QUuid> { caseId.value() });

    QVERIFY_REFUSED(site.files->addHouseholdMember(QUuid::createUuid(),
                                                   person(u"Саидов"_s, u"Рустам"_s), u"child"_s),
                    u"does not exist"_s);
    QVERIFY_REFUSED(
        site.files->addHouseholdMember(caseId.value(), person(QString(), u"Рустам"_s), u"child"_s),
        u"family name"_s);
    QCOMPARE(site.files->load(caseId.value())->household.size(), 3);
    QCOMPARE(site.store->check(), QStringList());
}

void TestCaseFiles::setCategories_addsAndRemovesWithTombstones()
{
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(
        newCase(person(u"Мамытов"_s, u"Улан"_s), { u"unemployed"_s, u"disability"_s }));
    QVERIFY_STATUS(caseId);
    const qint64 rowsBefore = countRows(*site.store, u"SELECT count(*) FROM case_categories"_s);
    const qint64 versionsBefore = site.store->versions().size();

    QVERIFY_STATUS(
        site.files->setCategories(caseId.value(), { u"unemployed"_s, u"returning_migrant"_s }));
    QCOMPARE(site.files->load(caseId.value())->categories,
             QStringList({ u"returning_migrant"_s, u"unemployed"_s }));
    // One new row, one tombstone; the removed row stays with its versions.
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM case_categories"_s), rowsBefore + 1);
    QCOMPARE(
        countRows(
            *site.store,
            u"SELECT count(*) FROM case_categories WHERE deleted=1 AND category='disability'"_s),
        1);
    QCOMPARE(site.store->versions().size(), versionsBefore + 2);

    // The same list again changes nothing.
    QVERIFY_STATUS(
        site.files->setCategories(caseId.value(), { u"returning_migrant"_s, u"unemployed"_s }));
    QCOMPARE(site.store->versions().size(), versionsBefore + 2);

    QVERIFY_STATUS(site.files->setCategories(caseId.value(), {}));
    QVERIFY(site.files->load(caseId.value())->categories.isEmpty());
    QVERIFY_REFUSED(site.files->setCategories(caseId.value(), { u"wealthy"_s }), u"wealthy"_s);
    QCOMPARE(site.store->check(), QStringList());
}

void TestCaseFiles::recordInteraction_isListedNewestFirst()
{
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(newCase(person(u"Осмонова"_s, u"Бермет"_s)));
    QVERIFY_STATUS(caseId);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime earlier = QDateTime(now.date().addDays(-3), QTime(10, 30));
    const QDateTime later = QDateTime(now.date().addDays(-1), QTime(15, 0));
    QVERIFY_STATUS(site.files->recordInteraction(
        caseId.value(), { QUuid(), earlier, u"home_visit"_s, u"Айгуль"_s, u"Дома чисто"_s }));
    QVERIFY_STATUS(site.files->recordInteraction(
        caseId.value(), { QUuid(), later, u"phone"_s, u"Айгуль"_s, u"Перезвонит"_s }));

    const auto file = site.files->load(caseId.value());
    QVERIFY_STATUS(file);
    QCOMPARE(file->interactions.size(), 2);
    QCOMPARE(file->interactions[0].occurredAt, later);
    QCOMPARE(file->interactions[0].kind, u"phone"_s);
    QCOMPARE(file->interactions[1].occurredAt, earlier);
    QCOMPARE(file->interactions[1].note, u"Дома чисто"_s);

    QVERIFY_REFUSED(site.files->recordInteraction(
                        caseId.value(), { QUuid(), now.addDays(2), u"phone"_s, u"A"_s, {} }),
                    u"future"_s);
    QVERIFY_REFUSED(site.files->recordInteraction(
                        caseId.value(), { QUuid(), now, u"carrier_pigeon"_s, u"A"_s, {} }),
                    u"kind"_s);
    QVERIFY_REFUSED(
        site.files->recordInteraction(caseId.value(), { QUuid(), now, u"phone"_s, u" "_s, {} }),
        u"worker"_s);
    QVERIFY_REFUSED(site.files->recordInteraction(caseId.value(),
                                                  { QUuid(), QDateTime(), u"phone"_s, u"A"_s, {} }),
                    u"date"_s);
    QCOMPARE(site.files->load(caseId.value())->interactions.size(), 2);
}

void TestCaseFiles::attachDocument_storesSameContentOnce()
{
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(newCase(person(u"Акопян"_s, u"Анна"_s)));
    QVERIFY_STATUS(caseId);
    const QByteArray content = u"Справка о составе семьи\n"_s.toUtf8();
    const QString first = site.dir.file(u"spravka.txt"_s);
    const QString second = site.dir.file(u"spravka-copy.txt"_s);
    QVERIFY(writeFile(first, content));
    QVERIFY(writeFile(second, content));

    auto a = site.files->attachDocument(caseId.value(), first);
    QVERIFY_STATUS(a);
    auto b = site.files->attachDocument(caseId.value(), second);
    QVERIFY_STATUS(b);
    QVERIFY(a.value() != b.value());
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM documents"_s), 2);
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM blob"_s), 1);

    const auto file = site.files->load(caseId.value());
    QVERIFY_STATUS(file);
    QCOMPARE(file->documents.size(), 2);
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    for (const DocumentInfo &doc : file->documents) {
        QCOMPARE(doc.sha256, sha);
        QCOMPARE(doc.sizeBytes, qint64(content.size()));
        QCOMPARE(site.files->documentContent(doc.id).value(), content);
    }
    QStringList names { file->documents[0].fileName, file->documents[1].fileName };
    names.sort();
    QCOMPARE(names, QStringList({ u"spravka-copy.txt"_s, u"spravka.txt"_s }));

    QVERIFY(writeFile(second, "other content"));
    QVERIFY_STATUS(site.files->attachDocument(caseId.value(), second));
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM blob"_s), 2);
    QVERIFY_REFUSED(site.files->attachDocument(caseId.value(), site.dir.file(u"missing.pdf"_s)),
                    u"does not exist"_s);
    QCOMPARE(site.store->check(), QStringList());
}

void TestCaseFiles::attachDocument_refusesTooLargeFile()
{
    Site site;
    QVERIFY(site.open());
    auto caseId = site.files->openCase(newCase(person(u"Варданян"_s, u"Нарек"_s)));
    QVERIFY_STATUS(caseId);
    const QString big = site.dir.file(u"scan.pdf"_s);
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(CaseFiles::MaxDocumentBytes + 1)); // sparse: no time spent writing
    }
    const qint64 versions = site.store->versions().size();
    const auto refused = site.files->attachDocument(caseId.value(), big);
    QVERIFY_REFUSED(refused, u"scan.pdf"_s);
    QVERIFY2(
        refused.message().contains(QString::number(CaseFiles::MaxDocumentBytes / (1024 * 1024))),
        qPrintable(refused.message()));
    QCOMPARE(site.store->versions().size(), versions);
    QCOMPARE(countRows(*site.store, u"SELECT count(*) FROM blob"_s), 0);

    // Exactly at the limit is still accepted.
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(CaseFiles::MaxDocumentBytes));
    }
    QVERIFY_STATUS(site.files->attachDocument(caseId.value(), big));
}

void TestCaseFiles::history_showsAuthorFieldAndNewValue()
{
    Site site;
    QVERIFY(site.open());
    site.store->setAuthor(u"Гүлнар Ахметова"_s);
    auto caseId = site.files->openCase(newCase(person(u"Ержанов"_s, u"Айдос"_s, u"1970"_s)));
    QVERIFY_STATUS(caseId);
    site.store->setAuthor(u"Сәуле Омарова"_s);
    PersonData client = site.files->load(caseId.value())->client;
    client.familyName = u"Ержанұлы"_s;
    QVERIFY_STATUS(site.files->updatePerson(caseId.value(), client));

    const QList<HistoryEntry> history = site.files->history(caseId.value());
    QVERIFY(!history.isEmpty());
    // Newest first: the rename, by its author, with the new value.
    const HistoryEntry &rename = history.first();
    QCOMPARE(rename.author, u"Сәуле Омарова"_s);
    QCOMPARE(rename.entity, u"Person"_s);
    QCOMPARE(rename.rowId, client.id);
    QCOMPARE(rename.site, u"Алматы, центр 2"_s);
    const auto byField = [&](const QString &field) {
        QStringList values;
        for (const HistoryEntry &e : history)
            if (e.field == field && e.author == u"Сәуле Омарова"_s)
                values << e.value;
        return values;
    };
    QVERIFY2(byField(u"Family name"_s).contains(u"Ержанұлы"_s),
             qPrintable(byField(u"Family name"_s).join(u", "_s)));
    QVERIFY(qAbs(rename.when.secsTo(QDateTime::currentDateTime())) < 60);

    // The opening was written by the first author and lists the first name.
    bool opened = false;
    for (const HistoryEntry &e : history)
        if (e.author == u"Гүлнар Ахметова"_s && e.field == u"Family name"_s
            && e.value == u"Ержанов"_s)
            opened = true;
    QVERIFY(opened);
    // Links between rows mean nothing to a reader and are not listed.
    for (const HistoryEntry &e : history)
        QVERIFY2(!e.field.endsWith(u"_id"_s), qPrintable(e.field));

    // An unchanged save adds nothing to the history.
    QVERIFY_STATUS(
        site.files->updatePerson(caseId.value(), site.files->load(caseId.value())->client));
    QCOMPARE(site.files->history(caseId.value()).size(), history.size());
}

QTEST_GUILESS_MAIN(TestCaseFiles)
#include "tst_casefiles.moc"
