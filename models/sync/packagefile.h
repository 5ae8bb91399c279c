#pragma once

#include "packageformat.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

namespace casedesk {

// Writes one .cdpkg: prefix and header, then the body as secretstream chunks (header as
// additional data, TAG_FINAL on the last), then the Ed25519ph signature over all of it.
class PackageFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageFileWriter)

public:
    PackageFileWriter(QIODevice &out, const QByteArray &signSecret);
    // Seals a fresh content key to the recipient into the header and writes the header.
    Status begin(PackageHeader &header, const QByteArray &recipientBoxPublic);
    // Adds one record; chunks close by themselves past the target size.
    Status add(const QByteArray &record);
    // Writes the end record as the final chunk and the signature.
    Status finish(qint64 versions, qint64 blobs);
    const QByteArray &contentKey() const { return m_key; }
    qint64 bytesWritten() const { return m_written; }
    // BLAKE2b of every byte written, signature included (after finish): reading the file back
    // and comparing this shows whether the device holds exactly what was written.
    QByteArray fileDigest();

private:
    Status write(const QByteArray &bytes);
    Status flushChunk(unsigned char tag);

    QIODevice &m_out;
    QByteArray m_signSecret;
    QByteArray m_key;
    QByteArray m_ad;
    QByteArray m_pending;
    crypto_sign_state m_sign;
    crypto_generichash_state m_digest;
    crypto_secretstream_xchacha20poly1305_state m_stream;
    qint64 m_written = 0;
};

// Reads one .cdpkg front to back, once: every byte read feeds the signature check.
class PackageFileReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageFileReader)

public:
    explicit PackageFileReader(QIODevice &in);
    Result<PackageHeader> readHeader();
    // Opens the sealed content key with the recipient's X25519 key pair.
    Status openBody(const PackageHeader &header, const QByteArray &boxPublic,
                    const QByteArray &boxSecret);
    // Opens the body with a known key (the writer checking its own file).
    Status openBodyWithKey(const QByteArray &key);
    // The next decrypted chunk; *final is set on the last one.
    Status nextChunk(QByteArray *plain, bool *final);
    // Reads the signature, requires the end of the file, and checks the signature.
    Status finish(const QByteArray &senderSignPublic);
    qint64 bytesRead() const { return m_read; }

private:
    Status readExactly(qint64 n, QByteArray *out, bool signedPart = true);

    QIODevice &m_in;
    QByteArray m_ad;
    QByteArray m_cipher; // one chunk's ciphertext, its memory kept from chunk to chunk
    crypto_sign_state m_sign;
    crypto_secretstream_xchacha20poly1305_state m_stream;
    qint64 m_read = 0;
};

// Messages shared by the reader and the importer.
namespace PackageMessages {
QString truncated();
QString damaged();
} // namespace PackageMessages

} // namespace casedesk
