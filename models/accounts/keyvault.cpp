#include "keyvault.h"

#include "passwords.h"
#include "recordstore.h"
#include "sitekeys.h"

#include <sodium.h>

namespace casedesk {

bool KeyVault::isSealed(const RecordStore &store)
{
    Statement st = store.db().statement("SELECT sealed FROM site_keys WHERE site=?");
    st.bind(1, store.site().id);
    return st.step() == Statement::Step::Row && st.int64(0) != 0;
}

QByteArray KeyVault::encrypt(const QByteArray &key, const QByteArray &plain)
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return out;
}

QByteArray KeyVault::decrypt(const QByteArray &key, const QByteArray &sealed)
{
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (key.size() != int(crypto_secretbox_KEYBYTES) || sealed.size() < overhead)
        return QByteArray();
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return QByteArray();
    return plain;
}

Result<QByteArray> KeyVault::seal(RecordStore &store, const QUuid &admin, const QString &password)
{
    if (!SiteKeys::initialiseSodium())
        return Status::error(tr("The encryption library could not be started."));
    Statement read = store.db().statement(
        "SELECT sign_secret, box_secret, sealed FROM site_keys WHERE site=?");
    read.bind(1, store.site().id);
    if (read.step() != Statement::Step::Row)
        return Status::error(tr("This site has no keys yet."));
    if (read.int64(2) != 0)
        return Status::error(tr("The site's keys are already protected."));
    QByteArray signSecret = read.blob(0);
    QByteArray boxSecret = read.blob(1);
    read.reset();
    QByteArray vaultKey(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(vaultKey.data()));
    Statement write = store.db().statement(
        "UPDATE site_keys SET sign_secret=?, box_secret=?, sealed=1 WHERE site=?");
    write.bindBlob(1, encrypt(vaultKey, signSecret)).bindBlob(2, encrypt(vaultKey, boxSecret));
    write.bind(3, store.site().id);
    sodium_memzero(signSecret.data(), size_t(signSecret.size()));
    sodium_memzero(boxSecret.data(), size_t(boxSecret.size()));
    if (Status s = write.run(); !s)
        return s;
    if (Status s = wrapFor(store, vaultKey, admin, password); !s)
        return s;
    return vaultKey;
}

Status KeyVault::wrapFor(RecordStore &store, const QByteArray &vaultKey, const QUuid &user,
                         const QString &password)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const quint64 ops = Passwords::opsLimit();
    const size_t mem = Passwords::memLimit();
    QByteArray key = Passwords::deriveKey(password, salt, ops, mem);
    if (key.isEmpty())
        return Status::error(tr("There is not enough memory to protect the site's keys."));
    const QByteArray wrapped = encrypt(key, vaultKey);
    sodium_memzero(key.data(), size_t(key.size()));
    Statement st = store.db().statement(
        "INSERT OR REPLACE INTO key_wraps(user, salt, opslimit, memlimit, nonce, wrapped, "
        "created_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
    // The nonce is kept inside the wrapped value; the column names it for readers of the file.
    st.bind(1, user).bindBlob(2, salt).bind(3, qint64(ops)).bind(4, qint64(mem));
    st.bindBlob(5, wrapped.left(int(crypto_secretbox_NONCEBYTES))).bindBlob(6, wrapped);
    st.bind(7, store.currentMs());
    return st.run();
}

bool KeyVault::hasWrap(const RecordStore &store, const QUuid &user)
{
    Statement st = store.db().statement("SELECT 1 FROM key_wraps WHERE user=?");
    st.bind(1, user);
    return st.step() == Statement::Step::Row;
}

QByteArray KeyVault::unwrap(const RecordStore &store, const QUuid &user, const QString &password)
{
    Statement st = store.db().statement(
        "SELECT salt, opslimit, memlimit, wrapped FROM key_wraps WHERE user=?");
    st.bind(1, user);
    if (st.step() != Statement::Step::Row)
        return QByteArray();
    QByteArray key
        = Passwords::deriveKey(password, st.blob(0), quint64(st.int64(1)), size_t(st.int64(2)));
    if (key.isEmpty())
        return QByteArray();
    const QByteArray vaultKey = decrypt(key, st.blob(3));
    sodium_memzero(key.data(), size_t(key.size()));
    return vaultKey;
}

Status KeyVault::removeWrap(RecordStore &store, const QUuid &user)
{
    Statement st = store.db().statement("DELETE FROM key_wraps WHERE user=?");
    st.bind(1, user);
    return st.run();
}

int KeyVault::wrapCount(const RecordStore &store)
{
    Statement st = store.db().statement("SELECT count(*) FROM key_wraps");
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : 0;
}

} // namespace casedesk
