// Schema versions: a new file is at the latest version, older files are upgraded with their
// data, and a file from a newer CaseDesk is refused without being touched.
#include "testsupport.h"

#include "migrations.h"
#include "rowstate.h"

#include <QCborArray>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The same file bytes a person would see; -wal content counts too.
QByteArray stateHash(const QString &path)
{
    return fileHash(path) + fileHash(path + u"-wal"_s);
}

Status setUserVersion(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Status::error(u"cannot open "_s + path);
    }
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(version);
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return rc == SQLITE_OK ? Status::ok() : Status::error(message);
}

// A site file at the version before the latest, with one person written the way that version
// wrote it: a version row and its materialised row.
struct OlderFile
{
    QUuid site = QUuid::createUuid();
    QUuid incarnation = QUuid::createUuid();
    QUuid person = QUuid::createUuid();
    QUuid caseId = QUuid::createUuid();
};

Status writeOlderFile(const QString &path, const OlderFile &f)
{
    auto opened = Database::open(path, Database::Mode::Create, Migrations::latestVersion() - 1);
    if (!opened)
        return opened.status();
    Database &db = *opened.value();
    QMap<QString, LocalGroup> groups;
    groups[u"name"_s].values = QCborMap { { u"family_name"_s, u"Әбдірахманова"_s },
                                          { u"given_name"_s, u"Әсел"_s },
                                          { u"patronymic"_s, QCborValue(QCborValue::Null) } };
    groups[u"birth"_s].values = QCborMap { { u"birth_date"_s, u"1990-05"_s } };
    const qint64 hlc = QDateTime::currentMSecsSinceEpoch() << 16;
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    const auto meta = [&](const char *key, const QString &value) {
        Statement st = db.statement("INSERT INTO meta(key, value) VALUES(?, ?)");
        st.bind(1, QString::fromLatin1(key)).bind(2, value);
        return st.run();
    };
    for (const auto &[key, value] :
         { std::pair { "site_id", f.site.toString(QUuid::WithoutBraces) },
           std::pair { "site_name", u"Old office"_s }, std::pair { "site_code", u"OLD1"_s },
           std::pair { "site_kind", u"office"_s },
           std::pair { "incarnation", f.incarnation.toString(QUuid::WithoutBraces) } })
        if (Status s = meta(key, value); !s)
            return s;
    Statement origin = db.statement("INSERT INTO origin(n, inc, site) VALUES(1, ?, ?)");
    origin.bind(1, f.incarnation).bind(2, f.site);
    if (Status s = origin.run(); !s)
        return s;
    Statement version = db.statement(
        "INSERT INTO version(origin, seq, hlc, wall, author, entity, row_id, scope_root, body) "
        "VALUES(1, 1, ?, ?, 'old author', 'person', ?, ?, ?)");
    version.bind(1, hlc).bind(2, hlc >> 16).bind(3, f.person).bind(4, f.caseId);
    version.bindBlob(5, encodeBody(groups));
    if (Status s = version.run(); !s)
        return s;
    Statement row = db.statement(
        "INSERT INTO persons(id, scope_root, family_name, given_name, birth_date, heads) "
        "VALUES(?, ?, 'Әбдірахманова', 'Әсел', '1990-05', ?)");
    const QByteArray heads = QCborMap { { u"birth"_s, QCborArray { QCborArray { 1, 1 } } },
                                        { u"name"_s, QCborArray { QCborArray { 1, 1 } } } }
                                 .toCborValue()
                                 .toCbor();
    row.bind(1, f.person).bind(2, f.caseId).bindBlob(3, heads);
    if (Status s = row.run(); !s)
        return s;
    return tx.commit();
}

// Every schema object as "type name: sql", sorted, read with the raw SQLite API.
QStringList schemaOf(const QString &path)
{
    QStringList objects;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master", -1, &st, nullptr)
            == SQLITE_OK)
            while (sqlite3_step(st) == SQLITE_ROW)
                objects << QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(st, 0)))
                        + u' '
                        + QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(st, 1)))
                        + u": "_s
                        + QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    objects.sort();
    return objects;
}

QStringList namesOf(const QStringList &schema)
{
    QStringList names;
    for (const QString &object : schema)
        names << object.section(u' ', 1, 1).chopped(1);
    return names;
}

// The schema a fresh file has at a version.
QStringList freshSchema(const QString &folder, int version)
{
    const QString path = folder + u"/fresh-%1.cdsk"_s.arg(version);
    {
        auto db = Database::open(path, Database::Mode::Create, version);
        if (!db)
            return { db.message() };
    }
    return schemaOf(path);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFile_isAtLatestVersionWithApplicationId();
    void previousVersion_isUpgradedWithItsData();
    void failedStep_leavesFileAtPreviousVersion();
    void newerSchema_isRefusedWithoutWriting_data();
    void newerSchema_isRefusedWithoutWriting();
    void readOnlyOpenOfOlderSchema_isRefused();
};

void TestMigrations::newFile_isAtLatestVersionWithApplicationId()
{
    TempFolder dir;
    const QString path = dir.file(u"new.cdsk"_s);
    {
        auto store = createStore(path);
        QVERIFY(store);
        QCOMPARE(store->db().userVersion(), Migrations::latestVersion());
    }
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
    QCOMPARE(rawSql(path, u"PRAGMA application_id"_s).toLongLong(),
             qint64(Database::ApplicationId));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QCOMPARE(header.mid(68, 4), QByteArray("CDSK"));
    int version = -1;
    QVERIFY_STATUS(Database::checkFileHeader(path, &version));
    QCOMPARE(version, Migrations::latestVersion());
}

void TestMigrations::previousVersion_isUpgradedWithItsData()
{
    QVERIFY(Migrations::latestVersion() >= 2);
    TempFolder dir;
    const QString path = dir.file(u"older.cdsk"_s);
    const OlderFile older;
    QVERIFY_STATUS(writeOlderFile(path, older));
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion() - 1);
    const QStringList latest = freshSchema(dir.path(), Migrations::latestVersion());
    QCOMPARE(schemaOf(path), freshSchema(dir.path(), Migrations::latestVersion() - 1));
    QVERIFY(schemaOf(path) != latest);

    auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->db().userVersion(), Migrations::latestVersion());
    // The upgraded file has exactly the schema a new file has.
    QCOMPARE(schemaOf(path), latest);
    QCOMPARE(store->site().id, older.site);
    QCOMPARE(store->site().code, u"OLD1"_s);
    const QCborMap row = store->row(u"person"_s, older.person);
    QCOMPARE(row.value(u"family_name"_s).toString(), u"Әбдірахманова"_s);
    QCOMPARE(row.value(u"birth_date"_s).toString(), u"1990-05"_s);
    const QList<Version> versions = store->versions();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().author, u"old author"_s);
    QCOMPARE(versions.first().incarnation, older.incarnation);
    QCOMPARE(store->check(), QStringList());
    const QString digest = store->digest();
    QVERIFY_STATUS(store->rebuild());
    QCOMPARE(store->digest(), digest);

    // The upgraded file takes every kind of write.
    TempFolder docs;
    const QString scan = docs.file(u"scan.txt"_s);
    {
        QFile f(scan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("certificate");
    }
    CaseFiles files(*store);
    auto caseId = files.openCase(newCase(person(u"Серікбаев"_s, u"Ерлан"_s)));
    QVERIFY_STATUS(caseId);
    QVERIFY_STATUS(files.attachDocument(caseId.value(), scan));
    store.reset();
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
}

void TestMigrations::failedStep_leavesFileAtPreviousVersion()
{
    TempFolder dir;
    const QString path = dir.file(u"blocked.cdsk"_s);
    const OlderFile older;
    QVERIFY_STATUS(writeOlderFile(path, older));
    const QStringList before = freshSchema(dir.path(), Migrations::latestVersion() - 1);
    QStringList added = namesOf(freshSchema(dir.path(), Migrations::latestVersion()));
    for (const QString &name : namesOf(before))
        added.removeAll(name);
    if (added.isEmpty())
        QSKIP("the latest step creates no new schema object that could be blocked");
    // A table under the name of something the latest step creates makes it fail on the way.
    const QString blocker = added.last();
    rawSql(path, u"CREATE TABLE \"%1\"(x)"_s.arg(blocker));
    QVERIFY(!QTest::currentTestFailed());
    const QStringList blocked = schemaOf(path);

    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadWrite),
                    u"data format %1"_s.arg(Migrations::latestVersion()));
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion() - 1);
    // The step's transaction rolled back: nothing of it is left, the data is there.
    QCOMPARE(schemaOf(path), blocked);
    QCOMPARE(rawSql(path, u"SELECT family_name FROM persons"_s), u"Әбдірахманова"_s);
    QCOMPARE(rawSql(path, u"SELECT count(*) FROM version"_s), u"1"_s);
}

void TestMigrations::newerSchema_isRefusedWithoutWriting_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("read-write (the GUI)") << int(Database::Mode::ReadWrite);
    QTest::newRow("read-only (casedesk-cli)") << int(Database::Mode::ReadOnly);
}

void TestMigrations::newerSchema_isRefusedWithoutWriting()
{
    QFETCH(int, mode);
    TempFolder dir;
    const QString path = dir.file(u"newer.cdsk"_s);
    {
        auto store = createStore(path);
        QVERIFY(store);
        QVERIFY_STATUS(CaseFiles(*store).openCase(newCase(person(u"Омаров"_s, u"Асхат"_s))));
    }
    QVERIFY_STATUS(setUserVersion(path, Migrations::latestVersion() + 1));
    QVERIFY(!hasSidecarFiles(path));
    const QByteArray before = stateHash(path);

    const auto opened = RecordStore::open(path, Database::Mode(mode));
    QVERIFY_REFUSED(opened, u"newer version"_s);
    QVERIFY2(opened.message().contains(QString::number(Migrations::latestVersion() + 1)),
             qPrintable(opened.message()));
    QVERIFY_REFUSED(Database::open(path, Database::Mode(mode)), u"newer version"_s);
    QCOMPARE(stateHash(path), before);
    QVERIFY(!hasSidecarFiles(path));
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion() + 1);
}

void TestMigrations::readOnlyOpenOfOlderSchema_isRefused()
{
    TempFolder dir;
    const QString path = dir.file(u"older.cdsk"_s);
    QVERIFY_STATUS(writeOlderFile(path, OlderFile()));
    QVERIFY(!hasSidecarFiles(path));
    const QByteArray before = stateHash(path);

    QVERIFY_REFUSED(Database::open(path, Database::Mode::ReadOnly), u"older data format"_s);
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadOnly), u"older data format"_s);
    QCOMPARE(stateHash(path), before);
    QVERIFY(!hasSidecarFiles(path));
    QCOMPARE(rawSql(path, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion() - 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
