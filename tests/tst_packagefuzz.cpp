// The package decoders replayed over a corpus made at run time: real packages, their headers
// and decrypted chunks, and thousands of copies mutated with a fixed seed. Whatever the input,
// a decoder returns a result or a message, and never crashes (ARCHITECTURE §4). The libFuzzer
// targets in fuzz/ explore further; CASEDESK_FUZZ_CORPUS=DIR writes this corpus there as seeds.
#include "packagebytes.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "demodata.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr quint32 MutationSeed = 20240611;
constexpr int MutationsPerTarget = 2000;
constexpr int ReencryptedBodies = 300;

// Changes a few bytes the way storage and transfer damage files, and the way a parser's
// corner cases are reached: flips, boundary values, lengths, insertions, cuts and splices.
QByteArray mutated(QByteArray in, QRandomGenerator &random, const QList<QByteArray> &pool)
{
    static const char interesting[]
        = { '\x00', '\x01', '\x17', '\x18', '\x1b', '\x1f', '\x40', '\x5f', '\x7f',
            '\x80', '\x9f', '\xa0', '\xbf', '\xc0', '\xf6', '\xf7', '\xfa', '\xff' };
    const int operations = 1 + int(random.bounded(4));
    for (int n = 0; n < operations; ++n) {
        const qsizetype size = in.size();
        const auto at = [&] {
            return size > 0 ? qsizetype(random.bounded(int(size))) : 0;
        };
        switch (random.bounded(9)) {
        case 0:
            if (size > 0) {
                const qsizetype i = at();
                in[i] = char(in.at(i) ^ (1 << random.bounded(8)));
            }
            break;
        case 1:
            if (size > 0)
                in[at()] = char(random.bounded(256));
            break;
        case 2:
            if (size > 0)
                in[at()] = interesting[random.bounded(int(sizeof interesting))];
            break;
        case 3: {
            QByteArray extra(1 + random.bounded(8), Qt::Uninitialized);
            for (char &c : extra)
                c = char(random.bounded(256));
            in.insert(at(), extra);
            break;
        }
        case 4:
            if (size > 0)
                in.remove(at(), 1 + random.bounded(qMin(64, int(size))));
            break;
        case 5:
            in.truncate(at());
            break;
        case 6:
            if (size > 0) {
                const qsizetype from = at();
                in.insert(at(), in.mid(from, 1 + random.bounded(32)));
            }
            break;
        case 7:
            if (!pool.isEmpty()) {
                const QByteArray &other = pool.at(random.bounded(int(pool.size())));
                if (!other.isEmpty()) {
                    const qsizetype from = random.bounded(int(other.size()));
                    in = in.left(at()) + other.mid(from);
                }
            }
            break;
        case 8:
            if (size >= 4) {
                static const quint32 lengths[]
                    = { 0, 1, 16, 17, 0x7fffffff, 0xffffffff, 0x00800000, 0x00100001 };
                quint32 value = lengths[random.bounded(int(std::size(lengths)))];
                if (random.bounded(2))
                    value = quint32(size + random.bounded(3) - 1);
                qToLittleEndian<quint32>(value, in.data() + random.bounded(int(size - 3)));
            }
            break;
        }
    }
    return in;
}

// One side of an exchange, as a decoder sees it: the recipient's keys, the sender's key.
struct Keys
{
    QByteArray boxPublic, boxSecret, senderSignPublic;
};

// The whole reader path over one file in memory; the records of every chunk on success.
Result<QList<BodyRecord>> readPackage(const QByteArray &file, const Keys &keys,
                                      QList<QByteArray> *chunks = nullptr)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    PackageFileReader reader(buffer);
    auto header = reader.readHeader();
    if (!header)
        return header.status();
    if (Status s = reader.openBody(header.value(), keys.boxPublic, keys.boxSecret); !s)
        return s;
    QList<BodyRecord> records;
    bool final = false;
    while (!final) {
        QByteArray plain;
        if (Status s = reader.nextChunk(&plain, &final); !s)
            return s;
        if (chunks)
            chunks->append(plain);
        auto decoded = PackageCodec::decodeChunk(plain);
        if (!decoded)
            return decoded.status();
        records += decoded.value();
    }
    if (Status s = reader.finish(keys.senderSignPublic); !s)
        return s;
    return records;
}

// Empty when a decoder's answer is acceptable: success, or failure with a message.
template<typename T> QString answerProblem(const Result<T> &result)
{
    return result.isOk() || !result.message().isEmpty() ? QString() : u"failed without a message"_s;
}

QString describe(const char *what, int index, const QByteArray &input)
{
    return QString::fromLatin1(what) + u" input %1 ("_s.arg(index)
        + QString::fromLatin1(
               QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(16))
        + u"): "_s;
}

void saveCorpus(const QString &folder, const QList<QByteArray> &inputs)
{
    QDir().mkpath(folder);
    for (const QByteArray &input : inputs)
        writeBytes(QDir(folder).filePath(QString::fromLatin1(
                       QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex())),
                   input);
}

} // namespace

class TestPackageFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validInputs_decode();
    void bytesAfterTheEncodedValue_areRefused();
    void mutatedHeaders_decodeOrFailWithAMessage();
    void mutatedChunks_decodeOrFailWithAMessage();
    void mutatedFiles_readOrFailWithAMessage();
    void mutatedRecordsInsideValidEncryption_readOrFailWithAMessage();

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_files;
    QList<Keys> m_keys; // for each file
    QList<QByteArray> m_headers;
    QList<QByteArray> m_chunks;
    QByteArray m_officeSignSecret, m_hubBoxPublic;
    Keys m_toHub;
};

void TestPackageFuzz::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto hub = makeSite(m_dir.filePath(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    auto office = makeSite(m_dir.filePath(u"office.cdsk"_s), u"River office"_s, u"office"_s);
    QVERIFY(hub && office);
    QVERIFY(peerUp(*hub, *office));
    DemoData::Options demo;
    demo.cases = 3;
    demo.interactionsPerCase = 2;
    demo.documents = true;
    QVERIFY_STATUS(DemoData::generate(*office, demo));
    Statement firstCase = office->db().statement("SELECT id FROM cases LIMIT 1");
    QVERIFY(firstCase.step() == Statement::Step::Row);
    const QUuid caseId = firstCase.uuid(0);
    firstCase.reset();
    QByteArray scan(20000, Qt::Uninitialized);
    QRandomGenerator pixels(5);
    for (char &c : scan)
        c = char(pixels.bounded(256));
    QVERIFY_STATUS(CaseFiles(*office).attachContent(caseId, u"housing-certificate.png"_s,
                                                    u"image/png"_s, scan));
    const auto hubKeys = SiteKeys::load(*hub).value();
    const auto officeKeys = SiteKeys::load(*office).value();
    m_toHub = { hubKeys.boxPublic(), hubKeys.boxSecret(), officeKeys.signPublic() };
    const Keys toOffice { officeKeys.boxPublic(), officeKeys.boxSecret(), hubKeys.signPublic() };
    m_officeSignSecret = officeKeys.signSecret();
    m_hubBoxPublic = hubKeys.boxPublic();

    // Cases with documents to the hub, relayed rows back, then a package with nothing new.
    const QString up = exportPackage(*office, *hub, m_dir.filePath(u"up.cdpkg"_s));
    QVERIFY(!up.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*hub, up));
    const QString down = exportPackage(*hub, *office, m_dir.filePath(u"down.cdpkg"_s));
    QVERIFY(!down.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*office, down));
    const QString ack = exportPackage(*office, *hub, m_dir.filePath(u"ack.cdpkg"_s));
    QVERIFY(!ack.isEmpty());
    m_files = { readBytes(up), readBytes(down), readBytes(ack) };
    m_keys = { m_toHub, toOffice, m_toHub };
    for (int i = 0; i < m_files.size(); ++i) {
        m_headers.append(PackageLayout::of(m_files.at(i)).header(m_files.at(i)));
        auto records = readPackage(m_files.at(i), m_keys.at(i), &m_chunks);
        QVERIFY_STATUS(records);
    }
    QVERIFY(m_chunks.size() >= m_files.size());

    if (const QString out = qEnvironmentVariable("CASEDESK_FUZZ_CORPUS"); !out.isEmpty()) {
        saveCorpus(out + u"/header"_s, m_headers);
        saveCorpus(out + u"/body"_s, m_chunks);
    }
}

void TestPackageFuzz::validInputs_decode()
{
    qint64 versions = 0, blobs = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        auto header = PackageHeader::decode(m_headers.at(i));
        QVERIFY_STATUS(header);
        // What decodes encodes back to the same bytes.
        QCOMPARE(header->encode(), m_headers.at(i));
        auto records = readPackage(m_files.at(i), m_keys.at(i));
        QVERIFY_STATUS(records);
        QCOMPARE(records->last().kind, PackageFormat::EndRecord);
        for (const BodyRecord &r : records.value()) {
            versions += r.kind == PackageFormat::VersionRecord ? 1 : 0;
            blobs += r.kind == PackageFormat::BlobRecord ? 1 : 0;
        }
    }
    for (const QByteArray &chunk : std::as_const(m_chunks))
        QVERIFY_STATUS(PackageCodec::decodeChunk(chunk));
    // The corpus reaches every kind of record.
    QVERIFY(versions > 0);
    QVERIFY(blobs > 0);
}

void TestPackageFuzz::bytesAfterTheEncodedValue_areRefused()
{
    // The header's length and a record's frame say where the CBOR ends; anything after the
    // value inside them is damage, not padding.
    const QByteArray nullValue = QCborValue(QCborValue::Null).toCbor();
    QVERIFY_REFUSED(PackageHeader::decode(m_headers.first() + nullValue), u"header"_s);
    const QByteArray end = PackageCodec::encodeEnd(0, 0);
    QVERIFY_STATUS(PackageCodec::decodeChunk(PackageCodec::frame(end)));
    QVERIFY_REFUSED(PackageCodec::decodeChunk(PackageCodec::frame(end + nullValue)), u"record"_s);
}

void TestPackageFuzz::mutatedHeaders_decodeOrFailWithAMessage()
{
    QRandomGenerator random(MutationSeed);
    int decoded = 0;
    for (int i = 0; i < MutationsPerTarget; ++i) {
        const QByteArray input
            = mutated(m_headers.at(i % m_headers.size()), random, m_headers + m_chunks);
        const auto header = PackageHeader::decode(input);
        const QString problem = answerProblem(header);
        QVERIFY2(problem.isEmpty(), qPrintable(describe("header", i, input) + problem));
        if (header) {
            ++decoded;
            // A header that decodes survives its own round trip.
            const QByteArray again = header->encode();
            const auto redecoded = PackageHeader::decode(again);
            QVERIFY2(redecoded.isOk(), qPrintable(describe("header", i, input)));
            QCOMPARE(redecoded->encode(), again);
        }
    }
    qInfo("%d of %d mutated headers still decode", decoded, MutationsPerTarget);
}

void TestPackageFuzz::mutatedChunks_decodeOrFailWithAMessage()
{
    QRandomGenerator random(MutationSeed + 1);
    int decoded = 0;
    for (int i = 0; i < MutationsPerTarget; ++i) {
        const QByteArray input = mutated(m_chunks.at(i % m_chunks.size()), random, m_chunks);
        const auto records = PackageCodec::decodeChunk(input);
        const QString problem = answerProblem(records);
        QVERIFY2(problem.isEmpty(), qPrintable(describe("chunk", i, input) + problem));
        decoded += records.isOk() ? 1 : 0;
    }
    qInfo("%d of %d mutated chunks still decode", decoded, MutationsPerTarget);
}

void TestPackageFuzz::mutatedFiles_readOrFailWithAMessage()
{
    QRandomGenerator random(MutationSeed + 2);
    QList<QByteArray> damaged;
    // Cut copies at the boundaries a reader cares about, then random mutations.
    for (const QByteArray &file : std::as_const(m_files)) {
        const PackageLayout l = PackageLayout::of(file);
        for (qsizetype cut : { qsizetype(0), qsizetype(7), qsizetype(13), l.streamHeaderStart,
                               l.chunksStart, l.chunksStart + 4, l.signatureStart, l.size - 1 })
            damaged.append(file.left(cut));
    }
    for (int i = 0; i < MutationsPerTarget; ++i)
        damaged.append(mutated(m_files.at(i % m_files.size()), random, m_files));
    for (int i = 0; i < damaged.size(); ++i) {
        const QByteArray &input = damaged.at(i);
        for (const Keys &keys : std::as_const(m_keys)) {
            const auto records = readPackage(input, keys);
            const QString problem = answerProblem(records);
            QVERIFY2(problem.isEmpty(), qPrintable(describe("file", i, input) + problem));
            // A package that still reads is one of the originals, whole.
            if (records.isOk())
                QVERIFY2(m_files.contains(input), qPrintable(describe("file", i, input)));
        }
    }
}

void TestPackageFuzz::mutatedRecordsInsideValidEncryption_readOrFailWithAMessage()
{
    // Authenticated encryption stops damaged bytes before they reach the record decoder, so the
    // decoder is reached here with damaged records sealed and signed as a sender would.
    QRandomGenerator random(MutationSeed + 3);
    const auto header = PackageHeader::decode(m_headers.first());
    QVERIFY_STATUS(header);
    for (int i = 0; i < ReencryptedBodies; ++i) {
        const QByteArray record
            = mutated(m_chunks.at(i % m_chunks.size()).mid(4), random, m_chunks);
        const QByteArray file
            = craftedPackage(header.value(), { record }, 0, m_officeSignSecret, m_hubBoxPublic);
        QVERIFY(!file.isEmpty());
        const auto records = readPackage(file, m_toHub);
        const QString problem = answerProblem(records);
        QVERIFY2(problem.isEmpty(), qPrintable(describe("record", i, record) + problem));
    }
}

QTEST_GUILESS_MAIN(TestPackageFuzz)
#include "tst_packagefuzz.moc"
