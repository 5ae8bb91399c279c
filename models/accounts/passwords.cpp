#include "passwords.h"

#include "sitekeys.h"

#include <sodium.h>

namespace casedesk {

namespace {

Passwords::Cost g_cost = Passwords::Cost::Interactive;

} // namespace

void Passwords::setCost(Cost cost)
{
    g_cost = cost;
}

Passwords::Cost Passwords::cost()
{
    return g_cost;
}

quint64 Passwords::opsLimit()
{
    switch (g_cost) {
    case Cost::Interactive:
        return crypto_pwhash_OPSLIMIT_INTERACTIVE;
    case Cost::Moderate:
        return crypto_pwhash_OPSLIMIT_MODERATE;
    case Cost::Minimal:
        return crypto_pwhash_OPSLIMIT_MIN;
    }
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t Passwords::memLimit()
{
    switch (g_cost) {
    case Cost::Interactive:
        return crypto_pwhash_MEMLIMIT_INTERACTIVE;
    case Cost::Moderate:
        return crypto_pwhash_MEMLIMIT_MODERATE;
    case Cost::Minimal:
        return crypto_pwhash_MEMLIMIT_MIN;
    }
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

Status Passwords::checkNew(const QString &password)
{
    if (password.size() < MinimumLength)
        return Status::error(
            tr("A password needs at least %n characters.", nullptr, MinimumLength));
    if (password.trimmed() != password)
        return Status::error(tr("A password may not begin or end with a space."));
    return Status::ok();
}

Result<QString> Passwords::hash(const QString &password)
{
    if (!SiteKeys::initialiseSodium())
        return Status::error(tr("The encryption library could not be started."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc
        = crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), opsLimit(), memLimit());
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Status::error(tr("There is not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

Result<QString> Passwords::hashNew(const QString &password)
{
    if (Status s = checkNew(password); !s)
        return s;
    return hash(password);
}

bool Passwords::verify(const QString &hash, const QString &password)
{
    if (!SiteKeys::initialiseSodium() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const int rc
        = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size()));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0;
}

bool Passwords::needsRehash(const QString &hash)
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

QByteArray Passwords::deriveKey(const QString &password, const QByteArray &salt, quint64 opsLimit,
                                size_t memLimit)
{
    if (!SiteKeys::initialiseSodium() || salt.size() != int(crypto_pwhash_SALTBYTES))
        return QByteArray();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                                 utf8.constData(), size_t(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()),
                                 opsLimit, memLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return QByteArray();
    return key;
}

} // namespace casedesk
