#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QUuid>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace casedesk {

// Appends CBOR items to a byte array exactly as QCborValue::toCbor writes them (definite
// lengths, shortest heads, doubles in 8 bytes), without building a QCborValue tree first.
// Version bodies and package records are written with it; items already encoded in that form
// (field values) are copied as they are.
class CborBytes
{
public:
    explicit CborBytes(QByteArray &out) : m_out(out) { }

    void head(int major, quint64 n)
    {
        const char m = char(major << 5);
        if (n < 24) {
            m_out.append(char(m | char(n)));
        } else if (n <= 0xff) {
            const char b[2] = { char(m | 24), char(n) };
            m_out.append(b, 2);
        } else if (n <= 0xffff) {
            char b[3] = { char(m | 25) };
            qToBigEndian(quint16(n), b + 1);
            m_out.append(b, 3);
        } else if (n <= 0xffffffffu) {
            char b[5] = { char(m | 26) };
            qToBigEndian(quint32(n), b + 1);
            m_out.append(b, 5);
        } else {
            char b[9] = { char(m | 27) };
            qToBigEndian(n, b + 1);
            m_out.append(b, 9);
        }
    }
    void integer(qint64 v) { v >= 0 ? head(0, quint64(v)) : head(1, quint64(-1 - v)); }
    void bytes(const char *data, qsizetype n)
    {
        head(2, quint64(n));
        m_out.append(data, n);
    }
    void bytes(const QByteArray &b) { bytes(b.constData(), b.size()); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        head(3, quint64(utf8.size()));
        m_out.append(utf8);
    }
    void utf8(const char *data, qsizetype n)
    {
        head(3, quint64(n));
        m_out.append(data, n);
    }
    void array(qsizetype n) { head(4, quint64(n)); }
    void map(qsizetype n) { head(5, quint64(n)); }
    void null() { m_out.append(char(0xf6)); }
    // A UUID as its 16 RFC 4122 bytes, untagged.
    void uuid(const QUuid &id)
    {
        char b[16];
        qToBigEndian(id.data1, b);
        qToBigEndian(id.data2, b + 4);
        qToBigEndian(id.data3, b + 6);
        std::memcpy(b + 8, id.data4, 8);
        bytes(b, 16);
    }
    void uuidOrNull(const QUuid &id) { id.isNull() ? null() : uuid(id); }
    void raw(const char *data, qsizetype n) { m_out.append(data, n); }
    // A field value; kinds a field never holds go through QCborValue, which gives the same bytes.
    void value(const QCborValue &v)
    {
        switch (v.type()) {
        case QCborValue::Integer:
            integer(v.toInteger());
            break;
        case QCborValue::String:
            text(v.toString());
            break;
        case QCborValue::ByteArray:
            bytes(v.toByteArray());
            break;
        case QCborValue::False:
        case QCborValue::True:
        case QCborValue::Null:
        case QCborValue::Undefined:
            m_out.append(char(0xe0 | int(v.type() & 0x1f)));
            break;
        case QCborValue::Uuid: {
            const char tag[2] = { char(0xd8), char(37) };
            m_out.append(tag, 2);
            uuid(v.toUuid());
            break;
        }
        default:
            m_out.append(v.toCbor());
        }
    }
    void valueMap(const QCborMap &m)
    {
        map(m.size());
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            value(it.key());
            value(it.value());
        }
    }

private:
    QByteArray &m_out;
};

// Reads CBOR that CaseDesk wrote itself (CborBytes or QCborValue::toCbor) without building a
// tree. Anything not in that form (indefinite lengths, longer heads than needed, floats that
// are not 8 bytes, tags other than a 16-byte UUID) makes it fail, and the caller then takes
// the general QCborValue path, so output never depends on this reader guessing.
class CborScan
{
public:
    CborScan(const char *data, qsizetype size) : m_p(data), m_end(data + size) { }

    bool atEnd() const { return m_p == m_end; }
    const char *pos() const { return m_p; }

    // The next head; false unless it is the shortest one for its argument.
    bool head(int *major, quint64 *n)
    {
        if (m_p >= m_end)
            return false;
        const quint8 first = quint8(*m_p++);
        *major = first >> 5;
        const int info = first & 0x1f;
        if (info < 24) {
            *n = quint64(info);
            return true;
        }
        if (info > 27 || *major == 7)
            return false;
        const int len = 1 << (info - 24);
        if (m_end - m_p < len)
            return false;
        quint64 v = 0;
        for (int i = 0; i < len; ++i)
            v = (v << 8) | quint8(m_p[i]);
        m_p += len;
        *n = v;
        static constexpr quint64 below[] = { 24, 0x100, 0x10000, 0x100000000ull };
        return v >= below[info - 24];
    }
    bool expect(int major, quint64 *n)
    {
        int m = 0;
        return head(&m, n) && m == major;
    }
    bool integer(qint64 *out)
    {
        int major = 0;
        quint64 n = 0;
        if (!head(&major, &n) || major > 1 || n > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *out = major == 0 ? qint64(n) : -1 - qint64(n);
        return true;
    }
    // A text string; its bytes are left in place.
    bool text(const char **data, qsizetype *size)
    {
        quint64 n = 0;
        if (!expect(3, &n) || quint64(m_end - m_p) < n)
            return false;
        *data = m_p;
        *size = qsizetype(n);
        m_p += n;
        return true;
    }
    // Steps over one value of a version's field map (not a container, see plainValue).
    bool skipValue()
    {
        if (m_p >= m_end)
            return false;
        const quint8 first = quint8(*m_p);
        if (first >= 0xf4 && first <= 0xf7) { // false, true, null, undefined
            ++m_p;
            return true;
        }
        if (first == 0xfb) { // a double, as QCborValue writes every float
            if (m_end - m_p < 9)
                return false;
            m_p += 9;
            return true;
        }
        if (first == 0xd8) { // tag 37 over 16 bytes: a UUID
            if (m_end - m_p < 19 || quint8(m_p[1]) != 0x25 || quint8(m_p[2]) != 0x50)
                return false;
            m_p += 19;
            return true;
        }
        int major = 0;
        quint64 n = 0;
        if (!head(&major, &n) || major > 3)
            return false;
        if (major >= 2) {
            if (quint64(m_end - m_p) < n)
                return false;
            m_p += n;
        }
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace casedesk
