#include "packageformat.h"

#include "cborbytes.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace casedesk {

namespace {

// One CBOR value that fills the bytes exactly: what follows the value inside a length-delimited
// field is damage, and QCborValue::fromCbor(QByteArray) would silently ignore it.
bool readWhole(const QByteArray &cbor, QCborValue *out)
{
    QCborStreamReader reader(cbor);
    *out = QCborValue::fromCbor(reader);
    return reader.lastError() == QCborError::NoError && reader.currentOffset() == cbor.size();
}

QCborValue uuidValue(const QUuid &id)
{
    return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toRfc4122());
}

// A UUID field: 16 bytes, or null where allowed.
bool readUuid(const QCborValue &v, QUuid *out, bool nullable = false)
{
    if (nullable && v.isNull()) {
        *out = QUuid();
        return true;
    }
    if (!v.isByteArray() || v.toByteArray().size() != 16)
        return false;
    *out = QUuid::fromRfc4122(v.toByteArray());
    return !out->isNull();
}

bool readInt(const QCborValue &v, qint64 *out, qint64 min = 0)
{
    if (!v.isInteger() || v.toInteger() < min)
        return false;
    *out = v.toInteger();
    return true;
}

QCborArray refsValue(const QList<VersionRef> &refs)
{
    QCborArray out;
    for (const VersionRef &r : refs)
        out.append(QCborArray { r.incarnation.toRfc4122(), r.seq });
    return out;
}

// A map key of a stored body: ASCII and after the previous one, as QMap order (which the old
// decode-and-encode path wrote) and byte order agree only then.
bool nextKey(CborScan &in, QByteArrayView *previous, CborBytes &out)
{
    const char *data = nullptr;
    qsizetype size = 0;
    if (!in.text(&data, &size))
        return false;
    const QByteArrayView key(data, size);
    for (char c : key)
        if (quint8(c) >= 0x80)
            return false;
    if (!previous->isNull() && !(*previous < key))
        return false;
    *previous = key;
    out.utf8(data, size);
    return true;
}

// Stored parents [[origin, seq], ...] as package references [[incarnation, seq], ...].
bool storedRefs(CborScan &in, CborBytes &out, const std::function<QUuid(qint64)> &incarnationOf)
{
    quint64 count = 0;
    if (!in.expect(4, &count))
        return false;
    out.array(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        quint64 two = 0;
        qint64 origin = 0, seq = 0;
        if (!in.expect(4, &two) || two != 2 || !in.integer(&origin) || !in.integer(&seq))
            return false;
        out.array(2);
        out.uuid(incarnationOf(origin));
        out.integer(seq);
    }
    return true;
}

// One stored group {"v": values, "p": parents, "s": seen} as [values, parents, seen].
bool storedGroup(CborScan &in, CborBytes &out, const std::function<QUuid(qint64)> &incarnationOf)
{
    quint64 parts = 0;
    const char *key = nullptr;
    qsizetype keySize = 0;
    if (!in.expect(5, &parts) || parts < 1 || parts > 3 || !in.text(&key, &keySize)
        || QByteArrayView(key, keySize) != "v")
        return false;
    const char *valuesStart = in.pos();
    quint64 fields = 0;
    if (!in.expect(5, &fields))
        return false;
    for (quint64 i = 0; i < fields; ++i) {
        const char *name = nullptr;
        qsizetype nameSize = 0;
        if (!in.text(&name, &nameSize) || !in.skipValue())
            return false;
    }
    out.array(3);
    out.raw(valuesStart, in.pos() - valuesStart);
    bool parents = false;
    for (quint64 i = 1; i < parts; ++i) {
        if (!in.text(&key, &keySize) || keySize != 1)
            return false;
        if (*key == 'p' && i == 1) {
            if (!storedRefs(in, out, incarnationOf))
                return false;
            parents = true;
            continue;
        }
        if (*key != 's' || i != parts - 1)
            return false;
        if (!parents)
            out.array(0);
        parents = true;
        quint64 seen = 0;
        if (!in.expect(5, &seen))
            return false;
        if (seen == 0)
            out.null();
        else
            out.map(qsizetype(seen));
        QByteArrayView previous;
        for (quint64 g = 0; g < seen; ++g)
            if (!nextKey(in, &previous, out) || !storedRefs(in, out, incarnationOf))
                return false;
        return true;
    }
    if (!parents)
        out.array(0);
    out.null();
    return true;
}

} // namespace

QByteArray PackageHeader::encode() const
{
    QCborArray vectorValue;
    for (auto it = vector.cbegin(); it != vector.cend(); ++it)
        vectorValue.append(QCborArray { it.key().toRfc4122(), it.value() });
    QCborArray rangesValue;
    for (const VersionRange &r : ranges)
        rangesValue.append(QCborArray { r.incarnation.toRfc4122(), r.first, r.last, r.count });
    const QCborMap map {
        { QStringLiteral("package"), package.toRfc4122() },
        { QStringLiteral("created_ms"), createdMs },
        { QStringLiteral("created_hlc"), createdHlc },
        { QStringLiteral("sender"), sender.toRfc4122() },
        { QStringLiteral("sender_name"), senderName },
        { QStringLiteral("sender_kind"), senderKind },
        { QStringLiteral("sender_incarnation"), senderIncarnation.toRfc4122() },
        { QStringLiteral("recipient"), recipient.toRfc4122() },
        { QStringLiteral("recipient_database"), uuidValue(recipientDatabase) },
        { QStringLiteral("recipient_incarnation"), uuidValue(recipientIncarnation) },
        { QStringLiteral("received_hlc"), receivedHlc },
        { QStringLiteral("schema"), schema },
        { QStringLiteral("program"), program },
        { QStringLiteral("vector"), vectorValue },
        { QStringLiteral("ranges"), rangesValue },
        { QStringLiteral("versions"), versions },
        { QStringLiteral("blobs"), blobs },
        { QStringLiteral("max_hlc"), maxHlc },
        { QStringLiteral("sealed_key"), sealedKey },
    };
    return map.toCborValue().toCbor();
}

Result<PackageHeader> PackageHeader::decode(const QByteArray &cbor)
{
    const auto damaged = [] {
        return Status::error(
            PackageCodec::tr("The package is damaged: its header cannot be read."));
    };
    QCborValue value;
    if (!readWhole(cbor, &value) || !value.isMap())
        return damaged();
    const QCborMap m = value.toMap();
    const auto at = [&m](const char *key) {
        return m.value(QLatin1String(key));
    };
    PackageHeader h;
    qint64 schema = 0;
    if (!readUuid(at("package"), &h.package) || !readInt(at("created_ms"), &h.createdMs)
        || !readInt(at("created_hlc"), &h.createdHlc) || !readUuid(at("sender"), &h.sender)
        || !at("sender_name").isString() || !at("sender_kind").isString()
        || !readUuid(at("sender_incarnation"), &h.senderIncarnation)
        || !readUuid(at("recipient"), &h.recipient)
        || !readUuid(at("recipient_database"), &h.recipientDatabase, true)
        || !readUuid(at("recipient_incarnation"), &h.recipientIncarnation, true)
        || !readInt(at("received_hlc"), &h.receivedHlc) || !readInt(at("schema"), &schema, 1)
        || !at("program").isString() || !at("vector").isArray() || !at("ranges").isArray()
        || !readInt(at("versions"), &h.versions) || !readInt(at("blobs"), &h.blobs)
        || !readInt(at("max_hlc"), &h.maxHlc) || !at("sealed_key").isByteArray())
        return damaged();
    h.senderName = at("sender_name").toString();
    h.senderKind = at("sender_kind").toString();
    h.schema = int(qMin<qint64>(schema, 1 << 30));
    h.program = at("program").toString();
    h.sealedKey = at("sealed_key").toByteArray();
    for (const QCborValue &item : at("vector").toArray()) {
        const QCborArray pair = item.toArray();
        QUuid inc;
        qint64 seq = 0;
        if (!item.isArray() || pair.size() != 2 || !readUuid(pair.at(0), &inc)
            || !readInt(pair.at(1), &seq))
            return damaged();
        h.vector.insert(inc, seq);
    }
    for (const QCborValue &item : at("ranges").toArray()) {
        const QCborArray r = item.toArray();
        VersionRange range;
        if (!item.isArray() || r.size() != 4 || !readUuid(r.at(0), &range.incarnation)
            || !readInt(r.at(1), &range.first, 1) || !readInt(r.at(2), &range.last, 1)
            || !readInt(r.at(3), &range.count, 1))
            return damaged();
        h.ranges.append(range);
    }
    return h;
}

QByteArray PackageCodec::encodeVersion(const Version &v)
{
    QCborMap groups;
    for (auto it = v.groups.cbegin(); it != v.groups.cend(); ++it) {
        QCborValue seen(QCborValue::Null);
        if (!it->seen.isEmpty()) {
            QCborMap map;
            for (auto s = it->seen.cbegin(); s != it->seen.cend(); ++s)
                map.insert(s.key(), refsValue(s.value()));
            seen = map;
        }
        groups.insert(it.key(), QCborArray { it->values, refsValue(it->parents), seen });
    }
    const QCborArray record { PackageFormat::VersionRecord,
                              v.site.toRfc4122(),
                              v.incarnation.toRfc4122(),
                              v.seq,
                              v.hlc,
                              v.wallMs,
                              v.author,
                              v.entity,
                              v.rowId.toRfc4122(),
                              uuidValue(v.scopeRoot),
                              groups };
    return record.toCborValue().toCbor();
}

QByteArray PackageCodec::encodeStoredVersion(const Version &v, const QByteArray &body,
                                             const std::function<QUuid(qint64)> &incarnationOf)
{
    QByteArray record;
    record.reserve(body.size() + 192);
    CborBytes out(record);
    out.array(11);
    out.integer(PackageFormat::VersionRecord);
    out.uuid(v.site);
    out.uuid(v.incarnation);
    out.integer(v.seq);
    out.integer(v.hlc);
    out.integer(v.wallMs);
    out.text(v.author);
    out.text(v.entity);
    out.uuid(v.rowId);
    out.uuidOrNull(v.scopeRoot);
    CborScan in(body.constData(), body.size());
    quint64 groups = 0;
    if (!in.expect(5, &groups))
        return QByteArray();
    out.map(qsizetype(groups));
    QByteArrayView previous;
    for (quint64 i = 0; i < groups; ++i)
        if (!nextKey(in, &previous, out) || !storedGroup(in, out, incarnationOf))
            return QByteArray();
    return in.atEnd() ? record : QByteArray();
}

QByteArray PackageCodec::encodeBlobPiece(const QByteArray &sha256, qint64 size, qint64 offset,
                                         const QByteArray &data)
{
    return QCborArray { PackageFormat::BlobRecord, sha256, size, offset, data }
        .toCborValue()
        .toCbor();
}

QByteArray PackageCodec::encodeEnd(qint64 versions, qint64 blobs)
{
    return QCborArray { PackageFormat::EndRecord, versions, blobs }.toCborValue().toCbor();
}

QByteArray PackageCodec::frame(const QByteArray &record)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(record.size()), out.data());
    return out + record;
}

} // namespace casedesk
