#include "packageformat.h"

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

bool readRefs(const QCborValue &v, QList<VersionRef> *out)
{
    if (!v.isArray())
        return false;
    for (const QCborValue &item : v.toArray()) {
        const QCborArray pair = item.toArray();
        VersionRef ref;
        if (!item.isArray() || pair.size() != 2 || !readUuid(pair.at(0), &ref.incarnation)
            || !readInt(pair.at(1), &ref.seq, 1))
            return false;
        out->append(ref);
    }
    return true;
}

bool plainValue(const QCborValue &v)
{
    return v.isNull() || v.isUndefined() || v.isString() || v.isInteger() || v.isBool()
        || v.isByteArray() || v.isDouble() || v.isUuid();
}

bool readGroups(const QCborValue &v, QMap<QString, GroupChange> *out)
{
    if (!v.isMap() || v.toMap().isEmpty())
        return false;
    const QCborMap groups = v.toMap();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QCborArray parts = it.value().toArray();
        if (!it.key().isString() || !it.value().isArray() || parts.size() != 3
            || !parts.at(0).isMap())
            return false;
        GroupChange change;
        change.values = parts.at(0).toMap();
        for (auto f = change.values.cbegin(); f != change.values.cend(); ++f)
            if (!f.key().isString() || !plainValue(f.value()))
                return false;
        if (!readRefs(parts.at(1), &change.parents))
            return false;
        if (!parts.at(2).isNull()) {
            if (!parts.at(2).isMap())
                return false;
            const QCborMap seen = parts.at(2).toMap();
            for (auto s = seen.cbegin(); s != seen.cend(); ++s) {
                QList<VersionRef> refs;
                if (!s.key().isString() || !readRefs(s.value(), &refs))
                    return false;
                change.seen.insert(s.key().toString(), refs);
            }
        }
        out->insert(it.key().toString(), change);
    }
    return true;
}

bool readVersion(const QCborArray &a, Version *v)
{
    if (a.size() != 11)
        return false;
    if (!readUuid(a.at(1), &v->site) || !readUuid(a.at(2), &v->incarnation)
        || !readInt(a.at(3), &v->seq, 1) || !readInt(a.at(4), &v->hlc)
        || !readInt(a.at(5), &v->wallMs) || !a.at(6).isString() || !a.at(7).isString()
        || !readUuid(a.at(8), &v->rowId) || !readUuid(a.at(9), &v->scopeRoot, true))
        return false;
    v->author = a.at(6).toString();
    v->entity = a.at(7).toString();
    return readGroups(a.at(10), &v->groups);
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

Result<QList<BodyRecord>> PackageCodec::decodeChunk(const QByteArray &plain)
{
    const auto damaged = [] {
        return Status::error(tr("The package is damaged: a record in it cannot be read."));
    };
    QList<BodyRecord> out;
    qsizetype pos = 0;
    while (pos < plain.size()) {
        if (plain.size() - pos < 4)
            return damaged();
        const quint32 length = qFromLittleEndian<quint32>(plain.constData() + pos);
        pos += 4;
        if (length == 0 || length > quint32(plain.size() - pos))
            return damaged();
        const QByteArray cbor = plain.mid(pos, length);
        pos += length;
        QCborValue value;
        if (!readWhole(cbor, &value) || !value.isArray())
            return damaged();
        const QCborArray a = value.toArray();
        BodyRecord r;
        qint64 kind = -1;
        if (a.isEmpty() || !readInt(a.at(0), &kind))
            return damaged();
        switch (kind) {
        case PackageFormat::VersionRecord:
            r.kind = PackageFormat::VersionRecord;
            if (!readVersion(a, &r.version))
                return damaged();
            break;
        case PackageFormat::BlobRecord:
            r.kind = PackageFormat::BlobRecord;
            if (a.size() != 5 || !a.at(1).isByteArray() || a.at(1).toByteArray().size() != 32
                || !readInt(a.at(2), &r.blobSize) || !readInt(a.at(3), &r.blobOffset)
                || !a.at(4).isByteArray())
                return damaged();
            r.sha256 = a.at(1).toByteArray();
            r.blobData = a.at(4).toByteArray();
            break;
        case PackageFormat::EndRecord:
            r.kind = PackageFormat::EndRecord;
            if (a.size() != 3 || !readInt(a.at(1), &r.endVersions)
                || !readInt(a.at(2), &r.endBlobs))
                return damaged();
            break;
        default:
            return damaged();
        }
        out.append(std::move(r));
    }
    return out;
}

} // namespace casedesk
