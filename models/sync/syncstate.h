#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class RecordStore;
struct SiteIdentityCard;

// For every origin incarnation, the highest sequence number held contiguously ("everything up
// to N in my scope").
using VersionVector = QMap<QUuid, qint64>;

// A peer of this site as its identity file named it, and what this site knows of it.
struct PeerInfo
{
    QUuid site;
    QString name;
    QString code;
    QString kind;
    QUuid database;
    QByteArray signPublic;
    QByteArray boxPublic;
    qint64 addedAt = 0;
    qint64 revokedAt = 0;
    QString revokeReason;
    QUuid incarnation; // the peer's incarnation in its newest package
    qint64 vectorHlc = 0; // creation stamp of the package whose vector is kept
    qint64 receivedHlc = 0; // newest package imported from the peer
    qint64 lastInAt = 0;
    qint64 lastOutAt = 0;

    bool isRevoked() const { return revokedAt != 0; }
    QString fingerprint() const;
};

// One line of the package history.
struct PackageLogEntry
{
    QUuid package;
    bool incoming = false;
    QUuid peer;
    QString peerName;
    qint64 at = 0;
    QString fileName;
    qint64 bytes = 0;
    qint64 versions = 0;
    qint64 blobs = 0;
    qint64 cases = 0;
    qint64 conflicts = 0;
    qint64 duplicates = 0;
};

// Peers, acknowledgement vectors and the package log: the site-local side of sync.
class Peers
{
    Q_DECLARE_TR_FUNCTIONS(Peers)

public:
    // Adds the site of an identity file. An office exchanges with the central desk, the central
    // desk with offices.
    static Result<PeerInfo> add(RecordStore &store, const SiteIdentityCard &card);
    static Status revoke(RecordStore &store, const QUuid &site, const QString &reason);
    static QList<PeerInfo> list(const RecordStore &store);
    static std::optional<PeerInfo> byId(const RecordStore &store, const QUuid &site);
    // A peer named by its id, name or code.
    static Result<PeerInfo> find(const RecordStore &store, const QString &nameOrId);

    static VersionVector ackOf(const RecordStore &store, const QUuid &peer);
    static Status replaceAck(RecordStore &store, const QUuid &peer, const VersionVector &vector);

    // What this site holds: its own incarnations up to their last number, every other one up to
    // what packages and contiguous runs in the file prove.
    static VersionVector ownVector(const RecordStore &store);
    static Status raiseKnowledge(RecordStore &store, const VersionVector &coverage,
                                 const QSet<QUuid> &received);

    static QList<PackageLogEntry> history(const RecordStore &store, int limit = 200);
    static std::optional<PackageLogEntry> logged(const RecordStore &store, const QUuid &package,
                                                 bool incoming);
    static Status log(RecordStore &store, const PackageLogEntry &entry);

    // A site's name from the synced site rows, else its peer record, else its id.
    static QString siteName(const RecordStore &store, const QUuid &site);
};

} // namespace casedesk
