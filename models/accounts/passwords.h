#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace casedesk {

// Password hashing with libsodium's argon2id (crypto_pwhash_str) and the key derived from a
// password that wraps the site's vault key (crypto_pwhash). The password itself is never kept.
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    // Interactive is what people get; Minimal exists for tests, which hash hundreds of times.
    enum class Cost { Interactive, Moderate, Minimal };
    static void setCost(Cost cost);
    static Cost cost();
    static quint64 opsLimit();
    static size_t memLimit();

    static constexpr int MinimumLength = 8;
    // Ok, or why a new password is refused.
    static Status checkNew(const QString &password);

    static Result<QString> hash(const QString &password);
    // checkNew, then hash: what every new password goes through.
    static Result<QString> hashNew(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with other parameters than the current ones.
    static bool needsRehash(const QString &hash);

    // A 32-byte key from the password and salt, for crypto_secretbox.
    static QByteArray deriveKey(const QString &password, const QByteArray &salt, quint64 opsLimit,
                                size_t memLimit);
};

} // namespace casedesk
