// Reading the records of a decrypted chunk (docs/sync-package-format.md, "Records") straight
// from the CBOR stream into versions, without a QCborValue tree per record. What is accepted
// is what QCborValue accepts: indefinite lengths and longer heads than needed are read, field
// values are decoded by QCborValue itself (so a float or a tag 37 means the same as ever).
#include "packageformat.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace casedesk {

namespace {

bool readText(QCborStreamReader &r, QString *out)
{
    if (!r.isString())
        return false;
    // A definite-length string comes whole in the first chunk, taken without a copy.
    auto chunk = r.readString();
    out->clear();
    if (chunk.status == QCborStreamReader::Ok) {
        *out = std::move(chunk.data);
        chunk = r.readString();
    }
    while (chunk.status == QCborStreamReader::Ok) {
        *out += chunk.data;
        chunk = r.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

bool readBytes(QCborStreamReader &r, QByteArray *out)
{
    if (!r.isByteArray())
        return false;
    auto chunk = r.readByteArray();
    out->clear();
    if (chunk.status == QCborStreamReader::Ok) {
        *out = std::move(chunk.data);
        chunk = r.readByteArray();
    }
    while (chunk.status == QCborStreamReader::Ok) {
        *out += chunk.data;
        chunk = r.readByteArray();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

// A non-negative integer of at least min (larger than qint64 is a float to QCborValue).
bool readInt(QCborStreamReader &r, qint64 *out, qint64 min = 0)
{
    if (!r.isUnsignedInteger())
        return false;
    const quint64 n = r.toUnsignedInteger();
    if (n > quint64(std::numeric_limits<qint64>::max()) || qint64(n) < min)
        return false;
    *out = qint64(n);
    return r.next();
}

// 16 bytes, not all zero; or null where allowed.
bool readUuid(QCborStreamReader &r, QUuid *out, bool nullable = false)
{
    if (nullable && r.isNull()) {
        *out = QUuid();
        return r.next();
    }
    QByteArray bytes;
    if (!readBytes(r, &bytes) || bytes.size() != 16)
        return false;
    *out = QUuid::fromRfc4122(bytes);
    return !out->isNull();
}

bool enter(QCborStreamReader &r, QCborStreamReader::Type type)
{
    return r.type() == type && r.enterContainer();
}

// The end of a container whose elements were all read: nothing more in it.
bool leave(QCborStreamReader &r)
{
    return !r.hasNext() && r.leaveContainer();
}

bool readRefs(QCborStreamReader &r, QList<VersionRef> *out)
{
    if (!enter(r, QCborStreamReader::Array))
        return false;
    while (r.hasNext()) {
        VersionRef ref;
        if (!enter(r, QCborStreamReader::Array) || !r.hasNext() || !readUuid(r, &ref.incarnation)
            || !r.hasNext() || !readInt(r, &ref.seq, 1) || !leave(r))
            return false;
        out->append(ref);
    }
    return r.leaveContainer();
}

bool plainValue(const QCborValue &v)
{
    return v.isNull() || v.isUndefined() || v.isString() || v.isInteger() || v.isBool()
        || v.isByteArray() || v.isDouble() || v.isUuid();
}

// [values, parents, seen]
bool readGroup(QCborStreamReader &r, GroupChange *change)
{
    if (!enter(r, QCborStreamReader::Array) || !r.hasNext() || !r.isMap())
        return false;
    change->values = QCborValue::fromCbor(r).toMap();
    if (r.lastError() != QCborError::NoError)
        return false;
    for (auto f = change->values.cbegin(); f != change->values.cend(); ++f)
        if (!f.key().isString() || !plainValue(f.value()))
            return false;
    if (!r.hasNext() || !readRefs(r, &change->parents) || !r.hasNext())
        return false;
    if (r.isNull()) {
        if (!r.next())
            return false;
    } else {
        if (!enter(r, QCborStreamReader::Map))
            return false;
        while (r.hasNext()) {
            QString group;
            QList<VersionRef> refs;
            if (!readText(r, &group) || !r.hasNext() || !readRefs(r, &refs))
                return false;
            change->seen.insert(group, refs);
        }
        if (!r.leaveContainer())
            return false;
    }
    return leave(r);
}

bool readGroups(QCborStreamReader &r, QMap<QString, GroupChange> *out)
{
    if (!enter(r, QCborStreamReader::Map) || !r.hasNext())
        return false;
    while (r.hasNext()) {
        QString name;
        GroupChange change;
        if (!readText(r, &name) || !r.hasNext() || !readGroup(r, &change))
            return false;
        out->insert(name, change);
    }
    return r.leaveContainer();
}

// The elements after the kind: [site, incarnation, seq, hlc, wall_ms, author, entity, row_id,
// scope_root, groups].
bool readVersion(QCborStreamReader &r, Version *v)
{
    return r.hasNext() && readUuid(r, &v->site) && r.hasNext() && readUuid(r, &v->incarnation)
        && r.hasNext() && readInt(r, &v->seq, 1) && r.hasNext() && readInt(r, &v->hlc)
        && r.hasNext() && readInt(r, &v->wallMs) && r.hasNext() && readText(r, &v->author)
        && r.hasNext() && readText(r, &v->entity) && r.hasNext() && readUuid(r, &v->rowId)
        && r.hasNext() && readUuid(r, &v->scopeRoot, true) && r.hasNext()
        && readGroups(r, &v->groups);
}

bool readBlob(QCborStreamReader &r, BodyRecord *out)
{
    return r.hasNext() && readBytes(r, &out->sha256) && out->sha256.size() == 32 && r.hasNext()
        && readInt(r, &out->blobSize) && r.hasNext() && readInt(r, &out->blobOffset) && r.hasNext()
        && readBytes(r, &out->blobData);
}

bool readRecord(const char *data, qsizetype size, BodyRecord *out)
{
    QCborStreamReader r(data, size);
    qint64 kind = -1;
    if (!enter(r, QCborStreamReader::Array) || !r.hasNext() || !readInt(r, &kind))
        return false;
    bool read = false;
    switch (kind) {
    case PackageFormat::VersionRecord:
        out->kind = PackageFormat::VersionRecord;
        read = readVersion(r, &out->version);
        break;
    case PackageFormat::BlobRecord:
        out->kind = PackageFormat::BlobRecord;
        read = readBlob(r, out);
        break;
    case PackageFormat::EndRecord:
        out->kind = PackageFormat::EndRecord;
        read = r.hasNext() && readInt(r, &out->endVersions) && r.hasNext()
            && readInt(r, &out->endBlobs);
        break;
    default:
        return false;
    }
    // One item that fills the record exactly.
    return read && leave(r) && r.lastError() == QCborError::NoError && r.currentOffset() == size;
}

} // namespace

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
        BodyRecord r;
        if (!readRecord(plain.constData() + pos, length, &r))
            return damaged();
        pos += length;
        out.append(std::move(r));
    }
    return out;
}

} // namespace casedesk
