// Export and import paths that avoid decoding: stored bodies translated straight into package
// records, records read straight from the CBOR stream, and an import too large to list its
// touched rows in memory.
#include "demodata.h"
#include "packageformat.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include <QCborStreamWriter>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Every version of a store: the record written from its stored body, and the record written
// from the version decoded first (the general path).
void compareRecords(RecordStore &store)
{
    const auto incarnationOf = [&store](qint64 n) {
        return store.incarnationOf(n);
    };
    Statement st = store.db().statement("SELECT origin, seq, hlc, wall, author, entity, row_id, "
                                        "scope_root, body FROM version ORDER BY vid");
    int compared = 0;
    while (st.step() == Statement::Step::Row) {
        const QByteArray direct
            = PackageCodec::encodeStoredVersion(store.portableHead(st), st.blob(8), incarnationOf);
        const QByteArray decoded = PackageCodec::encodeVersion(store.portableVersion(st));
        QCOMPARE(direct.toHex(), decoded.toHex());
        ++compared;
    }
    QVERIFY(compared > 0);
}

// Search entry and sort keys of every case, by case id.
QMap<QUuid, QString> caseIndex(RecordStore &store)
{
    QMap<QUuid, QString> out;
    Statement st = store.db().statement(
        "SELECT c.id, f.names, f.numbers, hex(s.name_key), s.birth_key, s.any_conflict "
        "FROM cases c LEFT JOIN case_fts f ON f.rowid=c.rid LEFT JOIN case_sort s ON s.rid=c.rid");
    while (st.step() == Statement::Step::Row)
        out.insert(
            st.uuid(0),
            QStringList { st.text(1), st.text(2), st.text(3), st.text(4), st.text(5) }.join(u'|'));
    return out;
}

qint64 count(RecordStore &store, const char *sql)
{
    Statement st = store.db().statement(sql);
    return st.step() == Statement::Step::Row ? st.int64(0) : -1;
}

} // namespace

class TestLargeImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storedBodies_translateToTheRecordsOfDecodedVersions();
    void bodyInAnotherForm_isLeftToTheGeneralPath();
    void recordWithIndefiniteLengths_readsAsTheDefiniteOne();
    void importTouchingMoreRowsThanListed_refreshesEveryCase();
};

void TestLargeImport::storedBodies_translateToTheRecordsOfDecodedVersions()
{
    TempFolder dir;
    auto office = makeSite(dir.file(u"office.cdsk"_s), u"Lake office"_s, u"office"_s);
    auto hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    QVERIFY(office && hub);
    QVERIFY(peerUp(*office, *hub));
    DemoData::Options demo;
    demo.cases = 30;
    demo.seed = 5;
    QVERIFY_STATUS(DemoData::generate(*office, demo));
    // Parents, a tombstone with the heads it saw, a restore, and text beyond ASCII.
    Statement anyCase = office->db().statement("SELECT id FROM cases LIMIT 1");
    QVERIFY(anyCase.step() == Statement::Step::Row);
    const QUuid caseId = anyCase.uuid(0);
    anyCase.reset();
    auto added = office->create(
        u"person"_s, caseId,
        QCborMap { { u"family_name"_s, u"Ёлкина-Қасымова"_s }, { u"given_name"_s, u"Әлия"_s } });
    QVERIFY_STATUS(added);
    QVERIFY_STATUS(
        office->update(u"person"_s, added.value(), { { u"id_number"_s, u"AB 1234"_s } }));
    QVERIFY_STATUS(office->remove(u"person"_s, added.value()));
    QVERIFY_STATUS(office->resolveDeletion(u"person"_s, added.value(), false));
    compareRecords(*office);

    // Bodies the hub stored from the package, with the office's origins renumbered.
    const QString package = exportPackage(*office, *hub, dir.file(u"office.cdpkg"_s));
    QVERIFY(!package.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*hub, package));
    compareRecords(*hub);
}

void TestLargeImport::bodyInAnotherForm_isLeftToTheGeneralPath()
{
    const auto incarnationOf = [](qint64) {
        return QUuid::createUuid();
    };
    Version head;
    head.site = head.incarnation = head.rowId = QUuid::createUuid();
    head.seq = 1;
    head.author = u"A"_s;
    head.entity = u"case"_s;
    // {"status": {"v": {"status": "open"}}}, once as written and once with indefinite lengths.
    const QByteArray plain
        = QByteArray::fromHex("a166737461747573a16176a166737461747573646f70656e");
    const QByteArray open
        = QByteArray::fromHex("bf66737461747573a16176a166737461747573646f70656eff");
    const QByteArray longHead
        = QByteArray::fromHex("b80166737461747573a16176a166737461747573646f70656e");
    QVERIFY(!PackageCodec::encodeStoredVersion(head, plain, incarnationOf).isEmpty());
    QVERIFY(PackageCodec::encodeStoredVersion(head, open, incarnationOf).isEmpty());
    QVERIFY(PackageCodec::encodeStoredVersion(head, longHead, incarnationOf).isEmpty());
    QVERIFY(PackageCodec::encodeStoredVersion(head, plain + '\0', incarnationOf).isEmpty());
}

void TestLargeImport::recordWithIndefiniteLengths_readsAsTheDefiniteOne()
{
    Version v;
    v.site = QUuid::createUuid();
    v.incarnation = QUuid::createUuid();
    v.seq = 7;
    v.hlc = 123456789;
    v.wallMs = 1234;
    v.author = u"Ёлка"_s;
    v.entity = u"person"_s;
    v.rowId = QUuid::createUuid();
    v.scopeRoot = QUuid::createUuid();
    GroupChange name;
    name.values = QCborMap { { u"family_name"_s, u"Қасым"_s }, { u"given_name"_s, QCborValue() } };
    name.parents = { { v.incarnation, 3 } };
    v.groups.insert(u"name"_s, name);
    const QByteArray definite = PackageCodec::encodeVersion(v);

    // The same record with every container and string of unknown length.
    QByteArray indefinite;
    QCborStreamWriter w(&indefinite);
    w.startArray();
    w.append(1);
    for (const QUuid &id : { v.site, v.incarnation })
        w.append(id.toRfc4122());
    w.append(v.seq);
    w.append(v.hlc);
    w.append(v.wallMs);
    w.append(v.author);
    w.append(v.entity);
    w.append(v.rowId.toRfc4122());
    w.append(v.scopeRoot.toRfc4122());
    w.startMap();
    w.append(u"name"_s);
    w.startArray();
    w.startMap();
    w.append(u"family_name"_s);
    w.append(u"Қасым"_s);
    w.append(u"given_name"_s);
    w.append(QCborSimpleType::Undefined);
    w.endMap();
    w.startArray();
    w.startArray();
    w.append(v.incarnation.toRfc4122());
    w.append(3);
    w.endArray();
    w.endArray();
    w.appendNull();
    w.endArray();
    w.endMap();
    w.endArray();

    for (const QByteArray &record : { definite, indefinite }) {
        auto decoded = PackageCodec::decodeChunk(PackageCodec::frame(record));
        QVERIFY_STATUS(decoded);
        QCOMPARE(decoded->size(), 1);
        const Version &got = decoded->first().version;
        QCOMPARE(PackageCodec::encodeVersion(got).toHex(), definite.toHex());
    }
    // One byte more inside the record is damage.
    QVERIFY(!PackageCodec::decodeChunk(PackageCodec::frame(definite + '\xf6')));
}

void TestLargeImport::importTouchingMoreRowsThanListed_refreshesEveryCase()
{
    TempFolder dir;
    auto office = makeSite(dir.file(u"office.cdsk"_s), u"Lake office"_s, u"office"_s);
    auto hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    QVERIFY(office && hub);
    QVERIFY(peerUp(*office, *hub));
    DemoData::Options demo;
    demo.cases = 1100;
    demo.seed = 9;
    demo.documents = false;
    QVERIFY_STATUS(DemoData::generate(*office, demo));
    const qint64 rows = count(*office, "SELECT count(DISTINCT row_id) FROM version");
    // More than RecordStore lists in a ChangeSet before it says "everything".
    QVERIFY2(rows > 20000, qPrintable(QString::number(rows)));

    const QString package = exportPackage(*office, *hub, dir.file(u"office.cdpkg"_s));
    QVERIFY(!package.isEmpty());
    QSignalSpy changed(hub.get(), &RecordStore::changed);
    auto imported = PackageImport::importFile(*hub, package);
    QVERIFY_STATUS(imported);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().value<ChangeSet>().everything);
    const qint64 cases = count(*office, "SELECT count(*) FROM cases");
    QCOMPARE(imported->cases, cases);
    QCOMPARE(imported->versions, count(*office, "SELECT count(*) FROM version"));

    const QMap<QUuid, QString> there = caseIndex(*office);
    const QMap<QUuid, QString> here = caseIndex(*hub);
    QCOMPARE(here.size(), there.size());
    for (auto it = there.cbegin(); it != there.cend(); ++it)
        QCOMPARE(here.value(it.key()), it.value());
    // The hub's answer brings the office what it lacks (the hub's own site row); then both
    // hold the same office scope.
    const QString answer = exportPackage(*hub, *office, dir.file(u"answer.cdpkg"_s));
    QVERIFY(!answer.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*office, answer));
    QCOMPARE(hub->digest(office->site().id), office->digest());
}

QTEST_GUILESS_MAIN(TestLargeImport)
#include "tst_largeimport.moc"
