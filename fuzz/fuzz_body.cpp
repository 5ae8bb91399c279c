// libFuzzer target: one decrypted chunk of a package body, split into records. Anything may
// come in; the decoder must answer with records or a message.
#include "packageformat.h"

#include <cstdlib>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto records = PackageCodec::decodeChunk(input);
    if (!records.isOk() && records.message().isEmpty())
        std::abort();
    if (records.isOk()) {
        // What decoded as versions encodes and decodes again.
        for (const BodyRecord &r : records.value()) {
            if (r.kind != PackageFormat::VersionRecord)
                continue;
            const auto again = PackageCodec::decodeChunk(
                PackageCodec::frame(PackageCodec::encodeVersion(r.version)));
            if (!again.isOk() || again->size() != 1)
                std::abort();
        }
    }
    return 0;
}
