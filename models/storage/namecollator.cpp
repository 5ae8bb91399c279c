#include "namecollator.h"

#include <unicode/ucol.h>

namespace casedesk {

struct NameCollator::Private
{
    UCollator *collator = nullptr;
};

NameCollator::NameCollator(const QString &localeName) : d(new Private), m_locale(localeName)
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator = ucol_open(localeName.toLatin1().constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        d->collator = ucol_open("", &status);
    }
}

NameCollator::~NameCollator()
{
    if (d->collator)
        ucol_close(d->collator);
}

QByteArray NameCollator::sortKey(const QString &text) const
{
    if (!d->collator)
        return text.toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int needed = ucol_getSortKey(d->collator, chars, int(text.size()),
                                 reinterpret_cast<uint8_t *>(key.data()), int(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(d->collator, chars, int(text.size()),
                                 reinterpret_cast<uint8_t *>(key.data()), int(key.size()));
    }
    // The key ends in a NUL that memcmp order does not need.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

} // namespace casedesk
