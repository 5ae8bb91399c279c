#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The site's private keys are encrypted with a random vault key, and the vault key is wrapped
// once for each administrator with a key derived from that administrator's password
// (crypto_pwhash + crypto_secretbox). Wraps are local to the site file and never travel.
class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(KeyVault)

public:
    static bool isSealed(const RecordStore &store);
    // Encrypts the site's private keys under a new vault key, wrapped for one administrator;
    // returns the vault key. Runs inside the caller's transaction.
    static Result<QByteArray> seal(RecordStore &store, const QUuid &admin, const QString &password);
    static Status wrapFor(RecordStore &store, const QByteArray &vaultKey, const QUuid &user,
                          const QString &password);
    static bool hasWrap(const RecordStore &store, const QUuid &user);
    // The vault key, or empty when the user has no wrap here or the password does not open it.
    static QByteArray unwrap(const RecordStore &store, const QUuid &user, const QString &password);
    static Status removeWrap(RecordStore &store, const QUuid &user);
    // Administrators who can open the keys here.
    static int wrapCount(const RecordStore &store);

    // nonce || crypto_secretbox(plain); decrypt gives an empty array when it does not open.
    static QByteArray encrypt(const QByteArray &key, const QByteArray &plain);
    static QByteArray decrypt(const QByteArray &key, const QByteArray &sealed);
};

} // namespace casedesk
