#include "packagefile.h"

#include <QtEndian>

namespace casedesk {

namespace {

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

QString PackageMessages::truncated()
{
    return PackageFileReader::tr("The package is incomplete: the file ends too early. Copy it "
                                 "from the stick again, or ask for a new export.");
}

QString PackageMessages::damaged()
{
    return PackageFileReader::tr("The package is damaged: its content does not match what was "
                                 "written. Copy it again, or ask for a new export.");
}

PackageFileWriter::PackageFileWriter(QIODevice &out, const QByteArray &signSecret)
    : m_out(out), m_signSecret(signSecret)
{
    crypto_sign_init(&m_sign);
    crypto_generichash_init(&m_digest, nullptr, 0, crypto_generichash_BYTES);
}

QByteArray PackageFileWriter::fileDigest()
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&m_digest, bytes(out), size_t(out.size()));
    return out;
}

Status PackageFileWriter::write(const QByteArray &data)
{
    crypto_sign_update(&m_sign, bytes(data), quint64(data.size()));
    crypto_generichash_update(&m_digest, bytes(data), quint64(data.size()));
    if (m_out.write(data) != data.size())
        return Status::error(tr("The package could not be written: %1").arg(m_out.errorString()));
    m_written += data.size();
    return Status::ok();
}

Status PackageFileWriter::begin(PackageHeader &header, const QByteArray &recipientBoxPublic)
{
    m_key.resize(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(bytes(m_key));
    header.sealedKey.resize(crypto_box_SEALBYTES + m_key.size());
    if (recipientBoxPublic.size() != int(crypto_box_PUBLICKEYBYTES)
        || crypto_box_seal(bytes(header.sealedKey), bytes(m_key), quint64(m_key.size()),
                           bytes(recipientBoxPublic))
            != 0)
        return Status::error(tr("The package key could not be sealed to the recipient."));
    const QByteArray encoded = header.encode();
    QByteArray prefix = PackageFormat::magic();
    prefix.resize(PackageFormat::prefixBytes);
    qToLittleEndian<quint16>(PackageFormat::version, prefix.data() + 8);
    qToLittleEndian<quint32>(quint32(encoded.size()), prefix.data() + 10);
    m_ad = prefix + encoded;
    if (Status s = write(m_ad); !s)
        return s;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&m_stream, bytes(streamHeader), bytes(m_key));
    return write(streamHeader);
}

Status PackageFileWriter::flushChunk(unsigned char tag)
{
    QByteArray frame(4 + m_pending.size() + crypto_secretstream_xchacha20poly1305_ABYTES,
                     Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_stream, bytes(frame) + 4, &length,
                                               bytes(m_pending), quint64(m_pending.size()),
                                               bytes(m_ad), quint64(m_ad.size()), tag);
    qToLittleEndian<quint32>(quint32(length), frame.data());
    m_pending.resize(0); // keeps its capacity for the next chunk
    return write(frame);
}

Status PackageFileWriter::add(const QByteArray &record)
{
    char length[4];
    qToLittleEndian<quint32>(quint32(record.size()), length);
    m_pending.append(length, 4).append(record);
    if (m_pending.size() >= PackageFormat::targetChunkBytes)
        return flushChunk(0);
    return Status::ok();
}

Status PackageFileWriter::finish(qint64 versions, qint64 blobs)
{
    if (!m_pending.isEmpty())
        if (Status s = flushChunk(0); !s)
            return s;
    m_pending = PackageCodec::frame(PackageCodec::encodeEnd(versions, blobs));
    if (Status s = flushChunk(crypto_secretstream_xchacha20poly1305_TAG_FINAL); !s)
        return s;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_final_create(&m_sign, bytes(signature), nullptr, bytes(m_signSecret));
    if (m_out.write(signature) != signature.size())
        return Status::error(tr("The package could not be written: %1").arg(m_out.errorString()));
    crypto_generichash_update(&m_digest, bytes(signature), quint64(signature.size()));
    m_written += signature.size();
    return Status::ok();
}

PackageFileReader::PackageFileReader(QIODevice &in) : m_in(in)
{
    crypto_sign_init(&m_sign);
}

Status PackageFileReader::readExactly(qint64 n, QByteArray *out, bool signedPart)
{
    // Into the buffer's own memory: a chunk read into the same buffer as the last one needs
    // no new allocation.
    out->resize(n);
    if (m_in.read(out->data(), n) != n)
        return Status::error(PackageMessages::truncated());
    m_read += n;
    if (signedPart)
        crypto_sign_update(&m_sign, bytes(*out), quint64(n));
    return Status::ok();
}

Result<PackageHeader> PackageFileReader::readHeader()
{
    QByteArray prefix;
    // A file shorter than the magic is not a package at all.
    prefix = m_in.read(PackageFormat::prefixBytes);
    if (prefix.size() < PackageFormat::magic().size() || !prefix.startsWith(PackageFormat::magic()))
        return Status::error(tr("This file is not a CaseDesk sync package."));
    if (prefix.size() < PackageFormat::prefixBytes)
        return Status::error(PackageMessages::truncated());
    m_read += prefix.size();
    crypto_sign_update(&m_sign, bytes(prefix), quint64(prefix.size()));
    const quint16 version = qFromLittleEndian<quint16>(prefix.constData() + 8);
    if (version > PackageFormat::version)
        return Status::error(tr("This package was made by a newer version of CaseDesk (package "
                                "format %1). Update CaseDesk here to import it.")
                                 .arg(version));
    if (version != PackageFormat::version)
        return Status::error(PackageMessages::damaged());
    const quint32 length = qFromLittleEndian<quint32>(prefix.constData() + 10);
    if (length == 0 || length > quint32(PackageFormat::maxHeaderBytes))
        return Status::error(tr("The package is damaged: its header cannot be read."));
    QByteArray encoded;
    if (Status s = readExactly(length, &encoded); !s)
        return s;
    m_ad = prefix + encoded;
    return PackageHeader::decode(encoded);
}

Status PackageFileReader::openBody(const PackageHeader &header, const QByteArray &boxPublic,
                                   const QByteArray &boxSecret)
{
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    if (header.sealedKey.size() != int(crypto_box_SEALBYTES + key.size())
        || crypto_box_seal_open(bytes(key), bytes(header.sealedKey),
                                quint64(header.sealedKey.size()), bytes(boxPublic),
                                bytes(boxSecret))
            != 0)
        return Status::error(tr("The package cannot be opened with this site's key: it was "
                                "sealed for another key, or its header is damaged."));
    return openBodyWithKey(key);
}

Status PackageFileReader::openBodyWithKey(const QByteArray &key)
{
    QByteArray streamHeader;
    if (Status s = readExactly(crypto_secretstream_xchacha20poly1305_HEADERBYTES, &streamHeader);
        !s)
        return s;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_stream, bytes(streamHeader), bytes(key))
        != 0)
        return Status::error(PackageMessages::damaged());
    return Status::ok();
}

Status PackageFileReader::nextChunk(QByteArray *plain, bool *final)
{
    QByteArray lengthBytes;
    if (Status s = readExactly(4, &lengthBytes); !s)
        return s;
    const quint32 length = qFromLittleEndian<quint32>(lengthBytes.constData());
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES
        || length > quint32(PackageFormat::maxChunkBytes))
        return Status::error(PackageMessages::damaged());
    QByteArray &cipher = m_cipher;
    if (Status s = readExactly(length, &cipher); !s)
        return s;
    plain->resize(length - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_stream, bytes(*plain), &plainLength, &tag,
                                                   bytes(cipher), quint64(cipher.size()),
                                                   bytes(m_ad), quint64(m_ad.size()))
        != 0)
        return Status::error(PackageMessages::damaged());
    plain->resize(qsizetype(plainLength));
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return Status::ok();
}

Status PackageFileReader::finish(const QByteArray &senderSignPublic)
{
    QByteArray signature;
    if (Status s = readExactly(PackageFormat::signatureBytes, &signature, false); !s)
        return s;
    if (!m_in.read(1).isEmpty())
        return Status::error(PackageMessages::damaged());
    if (senderSignPublic.size() != int(crypto_sign_PUBLICKEYBYTES)
        || crypto_sign_final_verify(&m_sign, bytes(signature), bytes(senderSignPublic)) != 0)
        return Status::error(tr("The package's signature does not match the sender's key: it "
                                "was altered, or it was not made by the site it names. It was "
                                "refused."));
    return Status::ok();
}

} // namespace casedesk
