#pragma once

// Byte-level surgery on .cdpkg files for the refusal and decoder tests: where each part of a
// package lies, re-signing an altered file, and writing packages with hand-picked content.

#include "packagefile.h"
#include "packageformat.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

#include <sodium.h>

namespace casedesk::test {

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Offsets of the parts of a well-formed package file.
struct PackageLayout
{
    qsizetype headerStart = PackageFormat::prefixBytes;
    qsizetype headerLength = 0;
    qsizetype streamHeaderStart = 0;
    qsizetype chunksStart = 0;
    qsizetype signatureStart = 0;
    qsizetype size = 0;

    static PackageLayout of(const QByteArray &file)
    {
        PackageLayout l;
        l.size = file.size();
        l.headerLength = qsizetype(qFromLittleEndian<quint32>(file.constData() + 10));
        l.streamHeaderStart = l.headerStart + l.headerLength;
        l.chunksStart = l.streamHeaderStart + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
        l.signatureStart = l.size - PackageFormat::signatureBytes;
        return l;
    }
    QByteArray header(const QByteArray &file) const { return file.mid(headerStart, headerLength); }
};

// Replaces the signature with one made by signSecret over everything before it.
inline QByteArray resigned(QByteArray file, const QByteArray &signSecret)
{
    const qsizetype signedBytes = file.size() - PackageFormat::signatureBytes;
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char *>(file.constData()),
                       quint64(signedBytes));
    crypto_sign_final_create(&state, reinterpret_cast<unsigned char *>(file.data() + signedBytes),
                             nullptr,
                             reinterpret_cast<const unsigned char *>(signSecret.constData()));
    return file;
}

// The same file with another header (its length field adjusted); the body is left as it was,
// so it no longer decrypts: only checks made before the body can pass.
inline QByteArray withHeader(const QByteArray &file, const QByteArray &header)
{
    const PackageLayout layout = PackageLayout::of(file);
    QByteArray out = file.left(PackageFormat::prefixBytes);
    qToLittleEndian<quint32>(quint32(header.size()), out.data() + 10);
    return out + header + file.mid(layout.streamHeaderStart);
}

inline Result<PackageHeader> headerOf(const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    PackageFileReader reader(buffer);
    return reader.readHeader();
}

// A complete package with the given records (already encoded) as its body, signed with
// signSecret and sealed to boxPublic. The header's counts are set from the records.
inline QByteArray craftedPackage(PackageHeader header, const QList<QByteArray> &records,
                                 qint64 versions, const QByteArray &signSecret,
                                 const QByteArray &boxPublic)
{
    header.package = QUuid::createUuid();
    header.versions = versions;
    header.blobs = 0;
    header.ranges.clear();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PackageFileWriter writer(buffer, signSecret);
    if (!writer.begin(header, boxPublic))
        return QByteArray();
    for (const QByteArray &record : records)
        if (!writer.add(record))
            return QByteArray();
    if (!writer.finish(versions, 0))
        return QByteArray();
    return buffer.data();
}

} // namespace casedesk::test
