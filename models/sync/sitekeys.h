#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace casedesk {

class RecordStore;

// What a site tells its peers about itself: the content of an identity file.
struct SiteIdentityCard
{
    QUuid site;
    QString name;
    QString code;
    QString kind; // "office" or "hub"
    QUuid database;
    QByteArray signPublic; // Ed25519, 32 bytes
    QByteArray boxPublic; // X25519, 32 bytes

    // Twenty digits in five groups, read out by phone when a peer is added.
    QString fingerprint() const;
    QByteArray toFile() const;
    static Result<SiteIdentityCard> fromFile(const QByteArray &content);
};

// The site's own key pairs (libsodium), created with the site and kept in the site file.
class SiteKeys
{
    Q_DECLARE_TR_FUNCTIONS(SiteKeys)

public:
    // Loads the keys, creating them on first use.
    static Result<SiteKeys> load(RecordStore &store);
    // Sealed keys open only for an administrator whose password unwrapped the vault key.
    static Result<SiteKeys> loadExisting(const RecordStore &store);
    static bool hasKeys(const RecordStore &store);
    // The identity file's content needs only the public keys.
    static Result<SiteIdentityCard> publicCard(const RecordStore &store);

    SiteIdentityCard card(const RecordStore &store) const;
    const QByteArray &signPublic() const { return m_signPublic; }
    const QByteArray &signSecret() const { return m_signSecret; }
    const QByteArray &boxPublic() const { return m_boxPublic; }
    const QByteArray &boxSecret() const { return m_boxSecret; }

    // libsodium must be initialised once before any key or package operation.
    static bool initialiseSodium();

private:
    QByteArray m_signPublic;
    QByteArray m_signSecret;
    QByteArray m_boxPublic;
    QByteArray m_boxSecret;
};

} // namespace casedesk
