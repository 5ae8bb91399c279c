// Every way a package can be wrong is refused with a message of its own, and the database that
// refused it is exactly as it was (ARCHITECTURE §4). A hub and two offices in one process.
#include "packagebytes.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "migrations.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

// What a refused import must leave as it found it.
struct Snapshot
{
    QString digest;
    qint64 versions = 0;
    qint64 packages = 0;
};

Snapshot snapshotOf(RecordStore &store)
{
    return { store.digest(), countRows(store, u"SELECT count(*) FROM version"_s),
             countRows(store, u"SELECT count(*) FROM package_log"_s) };
}

// Empty when the import was refused with one of the phrases and left the store untouched.
QString refusalProblem(RecordStore &store, const QString &path, const QStringList &phrases,
                       const Snapshot &before)
{
    const auto result = PackageImport::importFile(store, path);
    if (result.isOk())
        return u"imported"_s;
    if (result.message().isEmpty())
        return u"refused without a message"_s;
    const bool expected = std::any_of(phrases.cbegin(), phrases.cend(), [&](const QString &p) {
        return result.message().contains(p, Qt::CaseInsensitive);
    });
    if (!expected)
        return u"unexpected message: "_s + result.message();
    const Snapshot after = snapshotOf(store);
    if (after.digest != before.digest || after.versions != before.versions
        || after.packages != before.packages)
        return u"the database changed"_s;
    return QString();
}

enum class Scenario {
    RandomBytes,
    EmptyFile,
    TextFile,
    MissingFile,
    Truncated,
    FlippedBody,
    FlippedSignature,
    TrailingBytes,
    SignedByAnotherSite,
    SealedToAnotherKey,
    NewerPackageFormat,
    NewerDataFormat,
    UnreadableHeader,
    UnreadableRecord,
    WrongCount,
    WrongRecipient,
    OwnPackage,
    AnotherDatabase,
    UnknownSender,
    RevokedSender,
    ForbiddenOrigin,
    OutsideItsCases,
    MovedInThePackage,
    MovedAfterImport,
    ClockAhead,
    ClockIn2031,
    ChangeDatedAhead,
};

struct ScenarioRow
{
    const char *name;
    Scenario scenario;
    const char *phrase; // distinctive words of the expected message
};

const ScenarioRow scenarioRows[] = {
    { "random bytes", Scenario::RandomBytes, "not a CaseDesk sync package" },
    { "empty file", Scenario::EmptyFile, "not a CaseDesk sync package" },
    { "text file", Scenario::TextFile, "not a CaseDesk sync package" },
    { "missing file", Scenario::MissingFile, "cannot be read" },
    { "truncated", Scenario::Truncated, "the file ends too early" },
    { "bit flipped in the body", Scenario::FlippedBody, "does not match what was written" },
    { "bit flipped in the signature", Scenario::FlippedSignature,
      "signature does not match the sender's key" },
    { "bytes after the signature", Scenario::TrailingBytes, "does not match what was written" },
    { "signed by another site", Scenario::SignedByAnotherSite,
      "signature does not match the sender's key" },
    { "sealed to another key", Scenario::SealedToAnotherKey,
      "cannot be opened with this site's key" },
    { "newer package format", Scenario::NewerPackageFormat, "(package format 2)" },
    { "newer data format", Scenario::NewerDataFormat, "newer version of CaseDesk (data format" },
    { "unreadable header", Scenario::UnreadableHeader, "its header cannot be read" },
    { "unreadable record", Scenario::UnreadableRecord, "a record in it cannot be read" },
    { "wrong version count", Scenario::WrongCount, "does not match what was written" },
    { "wrong recipient", Scenario::WrongRecipient, "not to this site" },
    { "own package", Scenario::OwnPackage, "written by this site itself" },
    { "another database of the site", Scenario::AnotherDatabase, "another database of it" },
    { "unknown sender", Scenario::UnknownSender, "not a peer of this site" },
    { "revoked sender", Scenario::RevokedSender, "whose key was revoked" },
    { "forbidden origin", Scenario::ForbiddenOrigin, "may send only its own changes" },
    { "outside its cases", Scenario::OutsideItsCases, "outside its cases" },
    { "record moved within the package", Scenario::MovedInThePackage,
      "moves a record to another case" },
    { "known record moved", Scenario::MovedAfterImport, "moves a record to another case" },
    { "sender clock two days ahead", Scenario::ClockAhead, "is dated" },
    { "sender clock in 2031", Scenario::ClockIn2031, "is dated" },
    { "change dated ahead", Scenario::ChangeDatedAhead, "holds changes dated" },
};

// For the preparation of a scenario, which returns an empty path when it fails.
template<typename T> bool succeeded(const T &status)
{
    if (!status.isOk())
        qWarning("preparing the package failed: %s", qPrintable(status.message()));
    return status.isOk();
}

// The parts of a package that single-bit flips are aimed at, and what each may be called.
enum class Region { Magic, FormatVersion, HeaderLength, Header, StreamHeader, Chunks, Signature };

} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(Region)

class TestSyncRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedPackage_leavesDatabaseUntouched_data();
    void refusedPackage_leavesDatabaseUntouched();
    void refusals_sayDifferentThingsForDifferentFaults();
    void truncationAtEveryOffset_isRefused();
    void singleBitFlip_isRefused_data();
    void singleBitFlip_isRefused();
    void samePackageTwice_isANoOpThatSaysSo();
    void oldPackageAfterNewerOnes_isHarmless();

private:
    // The file to import for a scenario and the site that imports it.
    struct Prepared
    {
        QString path;
        RecordStore *target = nullptr;
    };
    Prepared prepare(Scenario scenario);
    QString save(const QString &name, const QByteArray &bytes);
    QString livePath(const QString &name) const { return m_live + u'/' + name; }
    PackageHeader baseHeader();
    QList<Version> ownVersions(RecordStore &store);

    QTemporaryDir m_base;
    QString m_live;
    QString m_template;
    std::unique_ptr<RecordStore> m_hub, m_north, m_south;
    QUuid m_southCase;
    QUuid m_hubIncarnation;
    QString m_package; // north's first case, for the hub, not yet imported
};

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Hidden))
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

} // namespace

void TestSyncRefusals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(SiteKeys::initialiseSodium());
    QVERIFY(m_base.isValid());
    // The sites are made once and copied back before each test: a fresh database every time
    // without the cost of creating three. They go back to the same path, so no copy counts
    // as a copied file with a new incarnation.
    m_live = m_base.filePath(u"live"_s);
    m_template = m_base.filePath(u"template"_s);
    QVERIFY(QDir().mkpath(m_live));
    auto hub = makeSite(m_live + u"/hub.cdsk"_s, u"Central desk"_s, u"hub"_s);
    auto north = makeSite(m_live + u"/north.cdsk"_s, u"North office"_s, u"office"_s);
    auto south = makeSite(m_live + u"/south.cdsk"_s, u"South office"_s, u"office"_s);
    QVERIFY(hub && north && south);
    QVERIFY(peerUp(*hub, *north));
    QVERIFY(peerUp(*hub, *south));

    // The hub already holds a case of the south office.
    auto southCase = CaseFiles(*south).openCase(newCase(person(u"Омарова"_s, u"Дана"_s)));
    QVERIFY_STATUS(southCase);
    m_southCase = southCase.value();
    const QString fromSouth = exportPackage(*south, *hub, m_live + u"/south.cdpkg"_s);
    QVERIFY(!fromSouth.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*hub, fromSouth));

    QVERIFY_STATUS(CaseFiles(*north).openCase(newCase(person(u"Ким"_s, u"Алина"_s))));
    m_package = exportPackage(*north, *hub, m_live + u"/north.cdpkg"_s);
    QVERIFY(!m_package.isEmpty());
    m_hubIncarnation = hub->incarnation();
    hub.reset();
    north.reset();
    south.reset();
    QVERIFY(copyFolder(m_live, m_template));
}

void TestSyncRefusals::init()
{
    QVERIFY(QDir(m_live).removeRecursively());
    QVERIFY(copyFolder(m_template, m_live));
    m_hub = openStore(m_live + u"/hub.cdsk"_s);
    m_north = openStore(m_live + u"/north.cdsk"_s);
    m_south = openStore(m_live + u"/south.cdsk"_s);
    QVERIFY(m_hub && m_north && m_south);
    QCOMPARE(m_hub->incarnation(), m_hubIncarnation);
    for (RecordStore *store : { m_hub.get(), m_north.get(), m_south.get() })
        store->setAuthor(store->site().name + u" worker"_s);
}

void TestSyncRefusals::cleanup()
{
    m_hub.reset();
    m_north.reset();
    m_south.reset();
}

QString TestSyncRefusals::save(const QString &name, const QByteArray &bytes)
{
    const QString path = livePath(name);
    return writeBytes(path, bytes) ? path : QString();
}

PackageHeader TestSyncRefusals::baseHeader()
{
    auto header = headerOf(readBytes(m_package));
    return header ? header.value() : PackageHeader();
}

QList<Version> TestSyncRefusals::ownVersions(RecordStore &store)
{
    QList<Version> own;
    for (const Version &v : store.versions())
        if (v.site == store.site().id)
            own.append(v);
    return own;
}

TestSyncRefusals::Prepared TestSyncRefusals::prepare(Scenario scenario)
{
    const QByteArray package = readBytes(m_package);
    const PackageLayout layout = PackageLayout::of(package);
    const auto north = SiteKeys::load(*m_north).value();
    const auto south = SiteKeys::load(*m_south).value();
    const auto hub = SiteKeys::load(*m_hub).value();
    const auto versionRecords = [](const QList<Version> &versions) {
        QList<QByteArray> records;
        for (const Version &v : versions)
            records.append(PackageCodec::encodeVersion(v));
        return records;
    };
    Prepared p { QString(), m_hub.get() };
    switch (scenario) {
    case Scenario::RandomBytes: {
        QRandomGenerator random(7);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        p.path = save(u"noise.cdpkg"_s, noise);
        break;
    }
    case Scenario::EmptyFile:
        p.path = save(u"empty.cdpkg"_s, QByteArray());
        break;
    case Scenario::TextFile:
        p.path = save(u"notes.cdpkg"_s,
                      "Visit on Tuesday: bring the housing certificate.\r\nCall back.\r\n");
        break;
    case Scenario::MissingFile:
        p.path = livePath(u"never-written.cdpkg"_s);
        break;
    case Scenario::Truncated:
        p.path = save(u"cut.cdpkg"_s, package.left(layout.chunksStart + 10));
        break;
    case Scenario::FlippedBody: {
        QByteArray flipped = package;
        flipped[layout.chunksStart + 20] = char(flipped.at(layout.chunksStart + 20) ^ 0x10);
        p.path = save(u"flipped-body.cdpkg"_s, flipped);
        break;
    }
    case Scenario::FlippedSignature: {
        QByteArray flipped = package;
        flipped[layout.signatureStart + 5] = char(flipped.at(layout.signatureStart + 5) ^ 0x01);
        p.path = save(u"flipped-signature.cdpkg"_s, flipped);
        break;
    }
    case Scenario::TrailingBytes:
        p.path = save(u"trailing.cdpkg"_s, package + QByteArray(1, '\0'));
        break;
    case Scenario::SignedByAnotherSite:
        p.path = save(u"south-signed.cdpkg"_s, resigned(package, south.signSecret()));
        break;
    case Scenario::SealedToAnotherKey:
        p.path = save(u"sealed-south.cdpkg"_s,
                      craftedPackage(baseHeader(), versionRecords(ownVersions(*m_north)),
                                     ownVersions(*m_north).size(), north.signSecret(),
                                     south.boxPublic()));
        break;
    case Scenario::NewerPackageFormat: {
        QByteArray newer = package;
        qToLittleEndian<quint16>(PackageFormat::version + 1, newer.data() + 8);
        p.path = save(u"format2.cdpkg"_s, resigned(newer, north.signSecret()));
        break;
    }
    case Scenario::NewerDataFormat: {
        PackageHeader header = baseHeader();
        header.schema = Migrations::latestVersion() + 1;
        p.path = save(u"schema.cdpkg"_s,
                      resigned(withHeader(package, header.encode()), north.signSecret()));
        break;
    }
    case Scenario::UnreadableHeader: {
        // Well-formed CBOR, but not a header: a list where a map belongs.
        const QByteArray list = QCborArray { 1, 2, 3 }.toCborValue().toCbor();
        p.path
            = save(u"header-list.cdpkg"_s, resigned(withHeader(package, list), north.signSecret()));
        break;
    }
    case Scenario::UnreadableRecord:
        // Sealed and signed properly, but the body holds a map where a record belongs.
        p.path = save(u"record-map.cdpkg"_s,
                      craftedPackage(baseHeader(), { QCborMap { { 1, 2 } }.toCborValue().toCbor() },
                                     0, north.signSecret(), hub.boxPublic()));
        break;
    case Scenario::WrongCount: {
        const QList<Version> own = ownVersions(*m_north);
        PackageHeader header = baseHeader();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PackageFileWriter writer(buffer, north.signSecret());
        header.package = QUuid::createUuid();
        header.versions = own.size() + 1;
        if (writer.begin(header, hub.boxPublic()))
            for (const Version &v : own)
                writer.add(PackageCodec::encodeVersion(v));
        writer.finish(own.size(), 0);
        p.path = save(u"count.cdpkg"_s, buffer.data());
        break;
    }
    case Scenario::WrongRecipient:
        p.path = m_package;
        p.target = m_south.get();
        break;
    case Scenario::OwnPackage:
        p.path = m_package;
        p.target = m_north.get();
        break;
    case Scenario::AnotherDatabase: {
        PackageHeader header = baseHeader();
        header.recipientDatabase = QUuid::createUuid();
        p.path = save(u"other-database.cdpkg"_s,
                      resigned(withHeader(package, header.encode()), north.signSecret()));
        break;
    }
    case Scenario::UnknownSender: {
        // An office that added the hub, but that the hub never added.
        auto east = makeSite(livePath(u"east.cdsk"_s), u"East office"_s, u"office"_s);
        if (!east || !Peers::add(*east, cardOf(*m_hub)))
            return p;
        if (!succeeded(CaseFiles(*east).openCase(newCase(person(u"Ли"_s, u"Вера"_s)))))
            return p;
        p.path = exportPackage(*east, *m_hub, livePath(u"east.cdpkg"_s));
        break;
    }
    case Scenario::RevokedSender:
        if (!succeeded(Peers::revoke(*m_hub, m_north->site().id, u"laptop stolen"_s)))
            return p;
        p.path = m_package;
        break;
    case Scenario::ForbiddenOrigin:
        // North's keys, south's changes: what a stolen north laptop could try.
        p.path = save(u"forged.cdpkg"_s,
                      craftedPackage(baseHeader(), versionRecords(ownVersions(*m_south)),
                                     ownVersions(*m_south).size(), north.signSecret(),
                                     hub.boxPublic()));
        break;
    case Scenario::OutsideItsCases: {
        // A change of north's own making, but to a record of south's case.
        QList<Version> own = ownVersions(*m_north);
        Version intruder;
        for (const Version &v : std::as_const(own))
            if (!v.scopeRoot.isNull())
                intruder = v;
        intruder.seq = own.size() + 1;
        intruder.rowId = QUuid::createUuid();
        intruder.scopeRoot = m_southCase;
        p.path = save(u"intruder.cdpkg"_s,
                      craftedPackage(baseHeader(), versionRecords({ intruder }), 1,
                                     north.signSecret(), hub.boxPublic()));
        break;
    }
    case Scenario::MovedInThePackage:
    case Scenario::MovedAfterImport: {
        // North's case file, then a change of north's making that puts one of its records
        // under a new case of its own.
        QList<Version> own = ownVersions(*m_north);
        Version mover;
        for (const Version &v : std::as_const(own))
            if (!v.scopeRoot.isNull() && v.rowId != v.scopeRoot)
                mover = v;
        if (mover.rowId.isNull())
            return p;
        mover.seq = own.size() + 1;
        mover.scopeRoot = QUuid::createUuid();
        QList<Version> sent { mover };
        if (scenario == Scenario::MovedInThePackage)
            sent = own + sent;
        else if (!succeeded(PackageImport::importFile(*m_hub, m_package)))
            return p;
        p.path = save(u"mover.cdpkg"_s,
                      craftedPackage(baseHeader(), versionRecords(sent), sent.size(),
                                     north.signSecret(), hub.boxPublic()));
        break;
    }
    case Scenario::ClockAhead:
        m_north->setClockOffset(2 * DayMs);
        if (!succeeded(CaseFiles(*m_north).openCase(newCase(person(u"Ахмедова"_s, u"Сара"_s)))))
            return p;
        p.path = exportPackage(*m_north, *m_hub, livePath(u"ahead.cdpkg"_s));
        break;
    case Scenario::ClockIn2031:
        m_north->setClockOffset(QDateTime(QDate(2031, 3, 1), QTime(9, 0)).toMSecsSinceEpoch()
                                - QDateTime::currentMSecsSinceEpoch());
        if (!succeeded(CaseFiles(*m_north).openCase(newCase(person(u"Ахмедова"_s, u"Сара"_s)))))
            return p;
        p.path = exportPackage(*m_north, *m_hub, livePath(u"2031.cdpkg"_s));
        break;
    case Scenario::ChangeDatedAhead: {
        // The header's dates are plausible; one change inside is not.
        m_north->setClockOffset(3 * DayMs);
        if (!succeeded(CaseFiles(*m_north).openCase(newCase(person(u"Ахмедова"_s, u"Сара"_s)))))
            return p;
        const QList<Version> own = ownVersions(*m_north);
        p.path = save(u"dated-ahead.cdpkg"_s,
                      craftedPackage(baseHeader(), versionRecords(own), own.size(),
                                     north.signSecret(), hub.boxPublic()));
        break;
    }
    }
    return p;
}

void TestSyncRefusals::refusedPackage_leavesDatabaseUntouched_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QString>("phrase");
    for (const ScenarioRow &row : scenarioRows)
        QTest::newRow(row.name) << row.scenario << QString::fromUtf8(row.phrase);
}

void TestSyncRefusals::refusedPackage_leavesDatabaseUntouched()
{
    QFETCH(Scenario, scenario);
    QFETCH(QString, phrase);
    const Prepared p = prepare(scenario);
    QVERIFY(!p.path.isEmpty());
    RecordStore &store = *p.target;
    const Snapshot before = snapshotOf(store);
    const auto result = PackageImport::importFile(store, p.path);
    QVERIFY_REFUSED(result, phrase);
    const Snapshot after = snapshotOf(store);
    QCOMPARE(after.digest, before.digest);
    QCOMPARE(after.versions, before.versions);
    QCOMPARE(after.packages, before.packages);
    QCOMPARE(store.check(), QStringList());
}

void TestSyncRefusals::refusals_sayDifferentThingsForDifferentFaults()
{
    // Scenarios expected to share a phrase may share a message; no two others may.
    QHash<QString, QString> messageByPhrase;
    for (const ScenarioRow &row : scenarioRows) {
        cleanup();
        init();
        if (QTest::currentTestFailed())
            return;
        const Prepared p = prepare(row.scenario);
        QVERIFY2(!p.path.isEmpty(), row.name);
        const auto result = PackageImport::importFile(*p.target, p.path);
        QVERIFY2(!result.isOk(), row.name);
        // Names and dates vary; the text before the first of them does not.
        const QString message = result.message();
        const QString phrase = QString::fromUtf8(row.phrase);
        if (!messageByPhrase.contains(phrase))
            messageByPhrase.insert(phrase, message);
    }
    QStringList messages = messageByPhrase.values();
    std::sort(messages.begin(), messages.end());
    QCOMPARE(std::unique(messages.begin(), messages.end()) - messages.begin(), messages.size());
}

void TestSyncRefusals::truncationAtEveryOffset_isRefused()
{
    const QByteArray package = readBytes(m_package);
    QVERIFY(package.size() > PackageFormat::prefixBytes + PackageFormat::signatureBytes);
    const Snapshot before = snapshotOf(*m_hub);
    const QString path = livePath(u"cut.cdpkg"_s);
    const QStringList notAPackage { u"not a CaseDesk sync package"_s };
    const QStringList tooShort { u"the file ends too early"_s };
    for (qsizetype length = 0; length < package.size(); ++length) {
        QVERIFY(writeBytes(path, package.left(length)));
        // Shorter than the magic, a file cannot be told from any other file.
        const QString problem = refusalProblem(
            *m_hub, path, length < PackageFormat::magic().size() ? notAPackage : tooShort, before);
        QVERIFY2(
            problem.isEmpty(),
            qPrintable(u"cut to %1 of %2 bytes: "_s.arg(length).arg(package.size()) + problem));
    }
    QCOMPARE(m_hub->check(), QStringList());
    QVERIFY_STATUS(PackageImport::importFile(*m_hub, m_package));
}

void TestSyncRefusals::singleBitFlip_isRefused_data()
{
    QTest::addColumn<Region>("region");
    QTest::addColumn<QStringList>("phrases");
    const QString damaged = u"does not match what was written"_s;
    const QString tooShort = u"the file ends too early"_s;
    const QString badHeader = u"its header cannot be read"_s;
    QTest::newRow("magic") << Region::Magic << QStringList { u"not a CaseDesk sync package"_s };
    QTest::newRow("format version")
        << Region::FormatVersion << QStringList { u"made by a newer version"_s, damaged };
    QTest::newRow("header length")
        << Region::HeaderLength << QStringList { badHeader, tooShort, damaged };
    // A flipped header field may name another sender, recipient, database, date or key.
    QTest::newRow("header") << Region::Header
                            << QStringList { badHeader,
                                             damaged,
                                             u"not a peer of this site"_s,
                                             u"not to this site"_s,
                                             u"another database of it"_s,
                                             u"written by this site itself"_s,
                                             u"newer version of CaseDesk (data format"_s,
                                             u"more than a day ahead"_s,
                                             u"cannot be opened with this site's key"_s };
    QTest::newRow("stream header") << Region::StreamHeader << QStringList { damaged };
    QTest::newRow("chunks") << Region::Chunks << QStringList { damaged, tooShort };
    QTest::newRow("signature") << Region::Signature
                               << QStringList { u"signature does not match the sender's key"_s };
}

void TestSyncRefusals::singleBitFlip_isRefused()
{
    QFETCH(Region, region);
    QFETCH(QStringList, phrases);
    const QByteArray package = readBytes(m_package);
    const PackageLayout l = PackageLayout::of(package);
    qsizetype from = 0, to = 0;
    switch (region) {
    case Region::Magic:
        from = 0, to = PackageFormat::magic().size();
        break;
    case Region::FormatVersion:
        from = 8, to = 10;
        break;
    case Region::HeaderLength:
        from = 10, to = PackageFormat::prefixBytes;
        break;
    case Region::Header:
        from = l.headerStart, to = l.streamHeaderStart;
        break;
    case Region::StreamHeader:
        from = l.streamHeaderStart, to = l.chunksStart;
        break;
    case Region::Chunks:
        from = l.chunksStart, to = l.signatureStart;
        break;
    case Region::Signature:
        from = l.signatureStart, to = l.size;
        break;
    }
    QVERIFY(from < to);
    const Snapshot before = snapshotOf(*m_hub);
    const QString path = livePath(u"flipped.cdpkg"_s);
    // Every byte of the region, each with one bit; the bit moves along so all eight occur.
    // The short fixed fields get all eight bits of every byte.
    const int bitsPerByte = to - from <= 4 ? 8 : 1;
    for (qsizetype pos = from; pos < to; ++pos) {
        for (int k = 0; k < bitsPerByte; ++k) {
            const int bit = bitsPerByte == 8 ? k : int(pos % 8);
            QByteArray flipped = package;
            flipped[pos] = char(flipped.at(pos) ^ (1 << bit));
            QVERIFY(writeBytes(path, flipped));
            const QString problem = refusalProblem(*m_hub, path, phrases, before);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"bit %1 of byte %2: "_s.arg(bit).arg(pos) + problem));
        }
    }
    QCOMPARE(m_hub->check(), QStringList());
}

void TestSyncRefusals::samePackageTwice_isANoOpThatSaysSo()
{
    const auto first = PackageImport::importFile(*m_hub, m_package);
    QVERIFY_STATUS(first);
    QVERIFY(first->versions > 0);
    QCOMPARE(first->alreadyImported, false);
    const Snapshot before = snapshotOf(*m_hub);
    const auto second = PackageImport::importFile(*m_hub, m_package);
    QVERIFY_STATUS(second);
    QCOMPARE(second->alreadyImported, true);
    QCOMPARE(second->package, first->package);
    QVERIFY(PackageImport::describe(second.value()).contains(u"already imported"_s));
    const Snapshot after = snapshotOf(*m_hub);
    QCOMPARE(after.digest, before.digest);
    QCOMPARE(after.versions, before.versions);
    QCOMPARE(after.packages, before.packages);
}

void TestSyncRefusals::oldPackageAfterNewerOnes_isHarmless()
{
    // North writes twice; the hub gets the newer package first, then the stick with the old one.
    CaseFiles north(*m_north);
    Statement st = m_north->db().statement("SELECT id FROM cases");
    QVERIFY(st.step() == Statement::Step::Row);
    const QUuid caseId = st.uuid(0);
    st.reset();
    QVERIFY_STATUS(north.updateCase(caseId, { { u"assigned_worker"_s, u"Дина Ахметова"_s } }));
    const QString newer = exportPackage(*m_north, *m_hub, livePath(u"newer.cdpkg"_s));
    QVERIFY(!newer.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*m_hub, newer));
    const Snapshot before = snapshotOf(*m_hub);
    const VersionVector ack = Peers::ackOf(*m_hub, m_north->site().id);

    const auto old = PackageImport::importFile(*m_hub, m_package);
    QVERIFY_STATUS(old);
    QCOMPARE(old->versions, 0);
    const Snapshot after = snapshotOf(*m_hub);
    QCOMPARE(after.digest, before.digest);
    QCOMPARE(after.versions, before.versions);
    // The older vector does not replace the newer one.
    QCOMPARE(Peers::ackOf(*m_hub, m_north->site().id), ack);
    QCOMPARE(m_hub->row(u"case"_s, caseId).value(u"assigned_worker"_s).toString(),
             u"Дина Ахметова"_s);
    QCOMPARE(m_hub->check(), QStringList());
}

QTEST_GUILESS_MAIN(TestSyncRefusals)
#include "tst_syncrefusals.moc"
