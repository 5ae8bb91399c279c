#include "rowid.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace casedesk {

QUuid newRowId()
{
    return newRowId(QDateTime::currentMSecsSinceEpoch());
}

QUuid newRowId(qint64 unixMs)
{
    std::array<quint32, 4> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    std::array<char, 16> bytes;
    std::memcpy(bytes.data(), random.data(), bytes.size());
    const quint64 ms = quint64(std::max<qint64>(0, unixMs)) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (8 * (5 - i)));
    bytes[6] = char(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3F)); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

} // namespace casedesk
