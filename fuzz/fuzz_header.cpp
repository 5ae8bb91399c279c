// libFuzzer target: the start of a package file as the reader takes it (magic, format version,
// header length), then the header itself. Anything may come in; a decoder must answer with a
// header or a message, and a decoded header must survive its own round trip.
#include "packagefile.h"
#include "packageformat.h"

#include <QBuffer>

#include <cstdlib>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = PackageHeader::decode(input);
    if (!header.isOk() && header.message().isEmpty())
        std::abort();
    if (header.isOk()) {
        const QByteArray encoded = header->encode();
        const auto again = PackageHeader::decode(encoded);
        if (!again.isOk() || again->encode() != encoded)
            std::abort();
    }

    QBuffer file;
    file.setData(input.constData(), input.size());
    file.open(QIODevice::ReadOnly);
    PackageFileReader reader(file);
    const auto read = reader.readHeader();
    if (!read.isOk() && read.message().isEmpty())
        std::abort();
    return 0;
}
