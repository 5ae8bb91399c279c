#include "reenrolment.h"

#include "accounts.h"
#include "keyvault.h"
#include "passwords.h"
#include "permissions.h"
#include "recordstore.h"
#include "syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace casedesk {

namespace {

const char *const permitFormat = "casedesk-reenrolment-permit";

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// The signed bytes: the permit without its signature, compact, keys in order.
QByteArray signedPart(QJsonObject permit)
{
    permit.remove(QStringLiteral("signature"));
    return QJsonDocument(permit).toJson(QJsonDocument::Compact);
}

Status damagedPermit()
{
    return Status::error(
        Reenrolment::tr("This is not a CaseDesk re-enrolment permit, or it was damaged."));
}

Status writeAdministrator(RecordStore &store, const QJsonObject &permit, const QString &hash)
{
    const QString login = permit.value(QStringLiteral("login")).toString();
    QCborMap fields { { QStringLiteral("display_name"),
                        permit.value(QStringLiteral("name")).toString() },
                      { QStringLiteral("office_id"), QCborValue(store.site().id) },
                      { QStringLiteral("active"), true },
                      { QStringLiteral("password_hash"), hash } };
    if (const auto existing = Accounts::byLogin(store, login)) {
        UserAccount u = *existing;
        if (!u.has(Role::OfficeAdmin))
            u.roles.append(Role::OfficeAdmin);
        fields.insert(QStringLiteral("roles"), u.roleKeys().join(QLatin1Char(',')));
        if (Status s = store.update(QStringLiteral("user"), u.id, fields); !s)
            return s;
        return KeyVault::removeWrap(store, u.id);
    }
    fields.insert(QStringLiteral("login"), login);
    fields.insert(QStringLiteral("roles"), roleKey(Role::OfficeAdmin));
    auto created = store.create(QStringLiteral("user"), QUuid(), fields);
    return created ? Status::ok() : created.status();
}

} // namespace

Result<QByteArray> Reenrolment::issuePermit(RecordStore &hub, const QUuid &office,
                                            const QString &login, const QString &name)
{
    if (Status s = Access::require(hub, Operation::ManageKeys); !s)
        return s;
    if (hub.site().kind != QLatin1String("hub"))
        return Status::error(tr("Only the central desk issues re-enrolment permits."));
    const auto peer = Peers::byId(hub, office);
    if (!peer || peer->isRevoked())
        return Status::error(tr("That office is not a peer of the central desk."));
    if (Status s = Accounts::validateLogin(login); !s)
        return s;
    if (name.simplified().isEmpty())
        return Status::error(tr("Enter the worker's name."));
    auto keys = SiteKeys::load(hub);
    if (!keys)
        return keys.status();
    QByteArray nonce(16, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QJsonObject permit {
        { QStringLiteral("format"), QLatin1String(permitFormat) },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("hub"), id(hub.site().id) },
        { QStringLiteral("office"), id(office) },
        { QStringLiteral("office_name"), peer->name },
        { QStringLiteral("database"), id(peer->database) },
        { QStringLiteral("login"), login.trimmed().toLower() },
        { QStringLiteral("name"), name.simplified() },
        { QStringLiteral("issued"), double(hub.currentMs()) },
        { QStringLiteral("expires"), double(hub.currentMs() + PermitValidMs) },
        { QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex()) },
    };
    const QByteArray message = signedPart(permit);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(keys->signSecret().constData()));
    permit.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(permit).toJson(QJsonDocument::Indented);
}

Result<SiteIdentityCard> Reenrolment::apply(RecordStore &store, const QByteArray &content,
                                            const QString &password)
{
    const QJsonObject permit = QJsonDocument::fromJson(content).object();
    if (permit.value(QStringLiteral("format")).toString() != QLatin1String(permitFormat)
        || permit.value(QStringLiteral("version")).toInt() != 1)
        return damagedPermit();
    const auto hub = Peers::byId(store, QUuid::fromString(permit.value(u"hub").toString()));
    if (!hub || hub->kind != QLatin1String("hub") || hub->isRevoked())
        return Status::error(tr("The permit does not come from this office's central desk."));
    const QByteArray signature = QByteArray::fromBase64(
        permit.value(u"signature").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray message = signedPart(permit);
    if (signature.size() != int(crypto_sign_BYTES)
        || crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(hub->signPublic.constData()))
            != 0)
        return Status::error(tr("The permit's signature is wrong: it was not made by the "
                                "central desk, or it was changed."));
    if (QUuid::fromString(permit.value(u"office").toString()) != store.site().id
        || QUuid::fromString(permit.value(u"database").toString()) != store.databaseId())
        return Status::error(tr("The permit is for another office."));
    if (store.currentMs() > qint64(permit.value(u"expires").toDouble()))
        return Status::error(tr("The permit has expired; ask the central desk for a new one."));
    const QString nonceKey = QStringLiteral("reenrolment:") + permit.value(u"nonce").toString();
    Statement used = store.db().statement("SELECT 1 FROM meta WHERE key=?");
    used.bind(1, nonceKey);
    if (used.step() == Statement::Step::Row)
        return Status::error(tr("This permit was already used."));
    used.reset();
    auto hash = Passwords::hashNew(password);
    if (!hash)
        return hash.status();

    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    for (const char *sql : { "DELETE FROM site_keys", "DELETE FROM key_wraps" })
        if (Status s = store.db().exec(sql); !s)
            return s;
    if (Status s = writeAdministrator(store, permit, hash.value()); !s)
        return s;
    // New key pairs, made open and then sealed for the new administrator at once.
    const auto previous = store.session();
    store.setSession(std::make_shared<const Session>(Session::local(store.author())));
    auto keys = SiteKeys::load(store);
    store.setSession(previous);
    if (!keys)
        return keys.status();
    const auto admin = Accounts::byLogin(store, permit.value(u"login").toString());
    if (!admin)
        return Status::error(tr("There is no such account."));
    if (auto sealed = KeyVault::seal(store, admin->id, password); !sealed)
        return sealed.status();
    Statement mark = store.db().statement("INSERT INTO meta(key, value) VALUES(?, ?)");
    mark.bind(1, nonceKey).bind(2, store.currentMs());
    if (Status s = mark.run(); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return SiteKeys::publicCard(store);
}

Status Reenrolment::acceptNewKeys(RecordStore &hub, const SiteIdentityCard &card)
{
    if (Status s = Access::require(hub, Operation::ManageKeys); !s)
        return s;
    const auto peer = Peers::byId(hub, card.site);
    if (!peer)
        return Status::error(tr("%1 is not a peer yet; add it instead.").arg(card.name));
    if (peer->isRevoked())
        return Status::error(
            tr("%1 was revoked and cannot be added again; it needs a new identity.")
                .arg(peer->name));
    if (peer->database != card.database)
        return Status::error(
            tr("This identity belongs to another site file of %1.").arg(card.name));
    Statement st = hub.db().statement("UPDATE peers SET sign_public=?, box_public=? WHERE site=?");
    st.bindBlob(1, card.signPublic).bindBlob(2, card.boxPublic).bind(3, card.site);
    return st.run();
}

} // namespace casedesk
