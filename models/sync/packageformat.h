#pragma once

#include "result.h"
#include "syncstate.h"
#include "version.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <functional>

namespace casedesk {

// The fixed parts of a .cdpkg file (docs/sync-package-format.md describes every byte).
namespace PackageFormat {
// "CDPKG", CR, LF, SUB: a file mangled by a text-mode copy is caught at once.
inline const QByteArray &magic()
{
    static const QByteArray bytes("CDPKG\r\n\x1a", 8);
    return bytes;
}
constexpr quint16 version = 1;
constexpr int prefixBytes = 14; // magic, format version (u16 LE), header length (u32 LE)
constexpr int maxHeaderBytes = 1 << 20;
constexpr int maxChunkBytes = 8 << 20; // ciphertext of one chunk, as the length field allows
constexpr int targetChunkBytes = 64 << 10; // the writer closes a chunk past this much plaintext
constexpr int blobPieceBytes = 1 << 20;
constexpr int signatureBytes = 64;

enum RecordKind { EndRecord = 0, VersionRecord = 1, BlobRecord = 2 };
} // namespace PackageFormat

// The versions one incarnation contributes to a package.
struct VersionRange
{
    QUuid incarnation;
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0;
};

// The cleartext header: who sends to whom, what the sender holds, and the sealed content key.
struct PackageHeader
{
    QUuid package;
    qint64 createdMs = 0; // sender's wall clock
    qint64 createdHlc = 0; // sender's hybrid clock, orders packages of one sender
    QUuid sender;
    QString senderName;
    QString senderKind;
    QUuid senderIncarnation;
    QUuid recipient;
    QUuid recipientDatabase;
    QUuid recipientIncarnation; // the recipient's incarnation the sender last heard of
    qint64 receivedHlc = 0; // newest package the sender imported from the recipient
    int schema = 0;
    QString program;
    VersionVector vector; // what the sender holds
    QList<VersionRange> ranges;
    qint64 versions = 0;
    qint64 blobs = 0;
    qint64 maxHlc = 0;
    QByteArray sealedKey; // crypto_box_seal of the secretstream key to the recipient

    QByteArray encode() const;
    static Result<PackageHeader> decode(const QByteArray &cbor);
};

// One record of the decrypted body.
struct BodyRecord
{
    PackageFormat::RecordKind kind = PackageFormat::EndRecord;
    Version version;
    QByteArray sha256;
    qint64 blobSize = 0;
    qint64 blobOffset = 0;
    QByteArray blobData;
    qint64 endVersions = 0;
    qint64 endBlobs = 0;
};

class PackageCodec
{
    Q_DECLARE_TR_FUNCTIONS(PackageCodec)

public:
    static QByteArray encodeVersion(const Version &v);
    // The same record for a version as stored: v without its groups, and the body column as
    // encodeBody (rowstate.h) writes it, whose field values are copied as they are. Empty when
    // the body is not in that form; encodeVersion of the decoded version is then the answer.
    static QByteArray encodeStoredVersion(const Version &v, const QByteArray &body,
                                          const std::function<QUuid(qint64)> &incarnationOf);
    static QByteArray encodeBlobPiece(const QByteArray &sha256, qint64 size, qint64 offset,
                                      const QByteArray &data);
    static QByteArray encodeEnd(qint64 versions, qint64 blobs);
    // A record framed for a chunk: its length (u32 LE) and then its CBOR.
    static QByteArray frame(const QByteArray &record);
    // Splits a decrypted chunk into records; fails on anything malformed.
    static Result<QList<BodyRecord>> decodeChunk(const QByteArray &plain);
};

} // namespace casedesk
