#include "sitekeys.h"

#include "keyvault.h"
#include "permissions.h"
#include "recordstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace casedesk {

namespace {

const char *const identityFormat = "casedesk-site-identity";

} // namespace

bool SiteKeys::initialiseSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString SiteIdentityCard::fingerprint() const
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray(signPublic + boxPublic), QCryptographicHash::Sha256);
    // Each pair of bytes gives four decimal digits (0000–9999, the top of the range folded).
    QStringList groups;
    for (int i = 0; i < 5; ++i) {
        const quint32 value = (quint8(digest.at(2 * i)) << 8) | quint8(digest.at(2 * i + 1));
        groups << QStringLiteral("%1").arg(value % 10000, 4, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

QByteArray SiteIdentityCard::toFile() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(identityFormat));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("site"), site.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("database"), database.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("sign_public"), QString::fromLatin1(signPublic.toBase64()));
    o.insert(QStringLiteral("box_public"), QString::fromLatin1(boxPublic.toBase64()));
    o.insert(QStringLiteral("fingerprint"), fingerprint());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SiteIdentityCard> SiteIdentityCard::fromFile(const QByteArray &content)
{
    const auto refuse = [] {
        return Status::error(
            SiteKeys::tr("This is not a CaseDesk site identity file, or it was damaged."));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
    if (!doc.isObject())
        return refuse();
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(identityFormat))
        return refuse();
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return Status::error(SiteKeys::tr("This identity file was made by a newer version of "
                                          "CaseDesk; update CaseDesk to read it."));
    SiteIdentityCard card;
    card.site = QUuid::fromString(o.value(QStringLiteral("site")).toString());
    card.name = o.value(QStringLiteral("name")).toString().trimmed();
    card.code = o.value(QStringLiteral("code")).toString().trimmed();
    card.kind = o.value(QStringLiteral("kind")).toString();
    card.database = QUuid::fromString(o.value(QStringLiteral("database")).toString());
    card.signPublic
        = QByteArray::fromBase64(o.value(QStringLiteral("sign_public")).toString().toLatin1(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    card.boxPublic
        = QByteArray::fromBase64(o.value(QStringLiteral("box_public")).toString().toLatin1(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    if (card.site.isNull() || card.name.isEmpty()
        || (card.kind != QLatin1String("office") && card.kind != QLatin1String("hub"))
        || card.signPublic.size() != int(crypto_sign_PUBLICKEYBYTES)
        || card.boxPublic.size() != int(crypto_box_PUBLICKEYBYTES))
        return refuse();
    // A fingerprint written in the file must match the keys: a hand-edited key is caught here.
    const QString written = o.value(QStringLiteral("fingerprint")).toString();
    if (!written.isEmpty() && written != card.fingerprint())
        return refuse();
    return card;
}

Result<SiteKeys> SiteKeys::loadExisting(const RecordStore &store)
{
    Statement st = store.db().statement("SELECT sign_public, sign_secret, box_public, box_secret, "
                                        "sealed FROM site_keys WHERE site=?");
    st.bind(1, store.site().id);
    if (st.step() != Statement::Step::Row)
        return Status::error(tr("This site has no keys yet."));
    SiteKeys keys;
    keys.m_signPublic = st.blob(0);
    keys.m_signSecret = st.blob(1);
    keys.m_boxPublic = st.blob(2);
    keys.m_boxSecret = st.blob(3);
    if (st.int64(4) != 0) {
        // Protected by the administrators' passwords (KeyVault).
        const auto session = Access::current(store);
        if (!session || !session->has(Role::OfficeAdmin))
            return Status::error(
                tr("Only an office administrator can open the site's keys: sign in as one."));
        if (session->vaultKey().isEmpty())
            return Status::error(tr("Your account cannot open this site's keys here. Ask another "
                                    "administrator of this office to set your password again."));
        keys.m_signSecret = KeyVault::decrypt(session->vaultKey(), keys.m_signSecret);
        keys.m_boxSecret = KeyVault::decrypt(session->vaultKey(), keys.m_boxSecret);
    }
    if (keys.m_signPublic.size() != int(crypto_sign_PUBLICKEYBYTES)
        || keys.m_signSecret.size() != int(crypto_sign_SECRETKEYBYTES)
        || keys.m_boxPublic.size() != int(crypto_box_PUBLICKEYBYTES)
        || keys.m_boxSecret.size() != int(crypto_box_SECRETKEYBYTES))
        return Status::error(tr("This site's keys are damaged."));
    return keys;
}

Result<SiteIdentityCard> SiteKeys::publicCard(const RecordStore &store)
{
    Statement st
        = store.db().statement("SELECT sign_public, box_public FROM site_keys WHERE site=?");
    st.bind(1, store.site().id);
    if (st.step() != Statement::Step::Row)
        return Status::error(tr("This site has no keys yet."));
    SiteKeys keys;
    keys.m_signPublic = st.blob(0);
    keys.m_boxPublic = st.blob(1);
    if (keys.m_signPublic.size() != int(crypto_sign_PUBLICKEYBYTES)
        || keys.m_boxPublic.size() != int(crypto_box_PUBLICKEYBYTES))
        return Status::error(tr("This site's keys are damaged."));
    return keys.card(store);
}

Result<SiteKeys> SiteKeys::load(RecordStore &store)
{
    if (!initialiseSodium())
        return Status::error(tr("The encryption library could not be started."));
    auto existing = loadExisting(store);
    if (existing || store.db().isReadOnly() || hasKeys(store))
        return existing;
    // New keys of a site with accounts are sealed at once with the administrator's vault key.
    const auto session = Access::current(store);
    const bool sealed = !session || !session->isLocal();
    if (sealed && (!session || session->vaultKey().isEmpty()))
        return Status::error(
            tr("Only an office administrator can open the site's keys: sign in as one."));
    SiteKeys keys;
    keys.m_signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.m_signSecret.resize(crypto_sign_SECRETKEYBYTES);
    keys.m_boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.m_boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.m_signPublic.data()),
                        reinterpret_cast<unsigned char *>(keys.m_signSecret.data()));
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.m_boxPublic.data()),
                       reinterpret_cast<unsigned char *>(keys.m_boxSecret.data()));
    Statement st = store.db().statement(
        "INSERT INTO site_keys(site, sign_public, sign_secret, box_public, box_secret, "
        "created_at, sealed) VALUES(?, ?, ?, ?, ?, ?, ?)");
    const QByteArray &vaultKey = sealed ? session->vaultKey() : QByteArray();
    st.bind(1, store.site().id).bindBlob(2, keys.m_signPublic);
    st.bindBlob(3, sealed ? KeyVault::encrypt(vaultKey, keys.m_signSecret) : keys.m_signSecret);
    st.bindBlob(4, keys.m_boxPublic);
    st.bindBlob(5, sealed ? KeyVault::encrypt(vaultKey, keys.m_boxSecret) : keys.m_boxSecret);
    st.bind(6, store.currentMs()).bind(7, sealed ? 1 : 0);
    if (Status s = st.run(); !s)
        return s;
    return keys;
}

bool SiteKeys::hasKeys(const RecordStore &store)
{
    Statement st = store.db().statement("SELECT 1 FROM site_keys WHERE site=?");
    st.bind(1, store.site().id);
    return st.step() == Statement::Step::Row;
}

SiteIdentityCard SiteKeys::card(const RecordStore &store) const
{
    SiteIdentityCard card;
    card.site = store.site().id;
    card.name = store.site().name;
    card.code = store.site().code;
    card.kind = store.site().kind;
    card.database = store.databaseId();
    card.signPublic = m_signPublic;
    card.boxPublic = m_boxPublic;
    return card;
}

} // namespace casedesk
