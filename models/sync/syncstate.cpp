#include "syncstate.h"

#include "permissions.h"
#include "recordstore.h"
#include "sitekeys.h"

namespace casedesk {

namespace {

const char *const peerColumns
    = "SELECT site, name, code, kind, database_id, sign_public, box_public, added_at, "
      "revoked_at, revoke_reason, incarnation, vector_hlc, received_hlc, last_in_at, "
      "last_out_at FROM peers";

PeerInfo readPeer(const Statement &st)
{
    PeerInfo p;
    p.site = st.uuid(0);
    p.name = st.text(1);
    p.code = st.text(2);
    p.kind = st.text(3);
    p.database = st.uuid(4);
    p.signPublic = st.blob(5);
    p.boxPublic = st.blob(6);
    p.addedAt = st.int64(7);
    p.revokedAt = st.int64(8);
    p.revokeReason = st.text(9);
    p.incarnation = st.uuid(10);
    p.vectorHlc = st.int64(11);
    p.receivedHlc = st.int64(12);
    p.lastInAt = st.int64(13);
    p.lastOutAt = st.int64(14);
    return p;
}

// The highest N such that every sequence number 1..N of the origin is in the file, starting
// from a known floor.
qint64 contiguousFrom(Database &db, qint64 origin, qint64 floor)
{
    Statement next = db.statement("SELECT 1 FROM version WHERE origin=? AND seq=?");
    next.bind(1, origin).bind(2, floor + 1);
    if (next.step() != Statement::Step::Row)
        return floor;
    Statement gap
        = db.statement("SELECT min(seq) FROM version v WHERE origin=?1 AND seq>?2 AND NOT EXISTS "
                       "(SELECT 1 FROM version w WHERE w.origin=?1 AND w.seq=v.seq+1)");
    gap.bind(1, origin).bind(2, floor);
    if (gap.step() != Statement::Step::Row || gap.isNull(0))
        return floor;
    return gap.int64(0);
}

} // namespace

QString PeerInfo::fingerprint() const
{
    SiteIdentityCard card;
    card.signPublic = signPublic;
    card.boxPublic = boxPublic;
    return card.fingerprint();
}

Result<PeerInfo> Peers::add(RecordStore &store, const SiteIdentityCard &card)
{
    if (Status s = Access::require(store, Operation::ManageKeys); !s)
        return s;
    if (card.site == store.site().id)
        return Status::error(tr("This is this site's own identity file."));
    const QString ownKind = store.site().kind;
    if (ownKind == QLatin1String("office") && card.kind != QLatin1String("hub"))
        return Status::error(
            tr("An office exchanges packages only with the central desk; %1 is an office.")
                .arg(card.name));
    if (ownKind == QLatin1String("hub") && card.kind != QLatin1String("office"))
        return Status::error(
            tr("The central desk exchanges packages with offices; %1 is a central desk too.")
                .arg(card.name));
    if (const auto existing = byId(store, card.site)) {
        if (existing->isRevoked())
            return Status::error(
                tr("%1 was revoked and cannot be added again; it needs a new identity.")
                    .arg(existing->name));
        if (existing->signPublic != card.signPublic || existing->boxPublic != card.boxPublic)
            return Status::error(
                tr("%1 is already a peer with other keys. Revoke it first if its keys changed.")
                    .arg(existing->name));
        return *existing;
    }
    Statement st = store.db().statement(
        "INSERT INTO peers(site, name, code, kind, database_id, sign_public, box_public, "
        "added_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, card.site).bind(2, card.name).bind(3, card.code).bind(4, card.kind);
    st.bind(5, card.database).bindBlob(6, card.signPublic).bindBlob(7, card.boxPublic);
    st.bind(8, store.currentMs());
    if (Status s = st.run(); !s)
        return s;
    return *byId(store, card.site);
}

Status Peers::revoke(RecordStore &store, const QUuid &site, const QString &reason)
{
    if (Status s = Access::require(store, Operation::ManageKeys); !s)
        return s;
    Statement st = store.db().statement(
        "UPDATE peers SET revoked_at=?, revoke_reason=? WHERE site=? AND revoked_at IS NULL");
    st.bind(1, store.currentMs()).bind(2, reason).bind(3, site);
    if (Status s = st.run(); !s)
        return s;
    if (store.db().changes() == 0)
        return Status::error(tr("That peer is unknown or already revoked."));
    return Status::ok();
}

QList<PeerInfo> Peers::list(const RecordStore &store)
{
    QList<PeerInfo> out;
    Statement st = store.db().prepare(QString::fromLatin1(peerColumns)
                                      + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    while (st.step() == Statement::Step::Row)
        out.append(readPeer(st));
    return out;
}

std::optional<PeerInfo> Peers::byId(const RecordStore &store, const QUuid &site)
{
    Statement st
        = store.db().prepare(QString::fromLatin1(peerColumns) + QStringLiteral(" WHERE site=?"));
    st.bind(1, site);
    if (st.step() != Statement::Step::Row)
        return std::nullopt;
    return readPeer(st);
}

Result<PeerInfo> Peers::find(const RecordStore &store, const QString &nameOrId)
{
    const QString wanted = nameOrId.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    QList<PeerInfo> matches;
    for (const PeerInfo &p : list(store)) {
        if ((!id.isNull() && p.site == id) || p.name.compare(wanted, Qt::CaseInsensitive) == 0
            || (!p.code.isEmpty() && p.code.compare(wanted, Qt::CaseInsensitive) == 0))
            matches.append(p);
    }
    if (matches.isEmpty())
        return Status::error(tr("%1 is not a peer of this site.").arg(wanted));
    if (matches.size() > 1)
        return Status::error(tr("Several peers are called %1; give the site id.").arg(wanted));
    return matches.first();
}

VersionVector Peers::ackOf(const RecordStore &store, const QUuid &peer)
{
    VersionVector v;
    Statement st = store.db().statement("SELECT inc, seq FROM peer_ack WHERE peer=?");
    st.bind(1, peer);
    while (st.step() == Statement::Step::Row)
        v.insert(st.uuid(0), st.int64(1));
    return v;
}

Status Peers::replaceAck(RecordStore &store, const QUuid &peer, const VersionVector &vector)
{
    Statement clear = store.db().statement("DELETE FROM peer_ack WHERE peer=?");
    clear.bind(1, peer);
    if (Status s = clear.run(); !s)
        return s;
    Statement st = store.db().statement("INSERT INTO peer_ack(peer, inc, seq) VALUES(?, ?, ?)");
    for (auto it = vector.cbegin(); it != vector.cend(); ++it) {
        st.bind(1, peer).bind(2, it.key()).bind(3, it.value());
        if (Status s = st.run(); !s)
            return s;
    }
    return Status::ok();
}

VersionVector Peers::ownVector(const RecordStore &store)
{
    VersionVector v;
    Statement known = store.db().statement("SELECT inc, seq FROM knowledge");
    while (known.step() == Statement::Step::Row)
        v.insert(known.uuid(0), known.int64(1));
    Statement max = store.db().statement("SELECT max(seq) FROM version WHERE origin=?");
    const QHash<QUuid, QUuid> origins = store.origins();
    for (auto it = origins.cbegin(); it != origins.cend(); ++it) {
        if (it.value() != store.site().id)
            continue;
        const qint64 origin = *store.localOrigin(it.key());
        if (it.key() != store.incarnation()) {
            // An earlier incarnation of this site: after a restore the file lacks what it wrote
            // after the backup until the central desk sends it back, so only a contiguous run
            // counts, as for any other origin.
            const qint64 run = contiguousFrom(store.db(), origin, v.value(it.key()));
            if (run > v.value(it.key()))
                v.insert(it.key(), run);
            continue;
        }
        // Every version the current incarnation wrote is in the file.
        max.bind(1, origin);
        if (max.step() == Statement::Step::Row && max.int64(0) > v.value(it.key()))
            v.insert(it.key(), max.int64(0));
        max.reset();
    }
    for (auto it = v.begin(); it != v.end();)
        it = it.value() > 0 ? std::next(it) : v.erase(it);
    return v;
}

Status Peers::raiseKnowledge(RecordStore &store, const VersionVector &coverage,
                             const QSet<QUuid> &received)
{
    VersionVector known;
    Statement read = store.db().statement("SELECT inc, seq FROM knowledge");
    while (read.step() == Statement::Step::Row)
        known.insert(read.uuid(0), read.int64(1));
    VersionVector raised = known;
    for (auto it = coverage.cbegin(); it != coverage.cend(); ++it)
        if (it.value() > raised.value(it.key()))
            raised.insert(it.key(), it.value());
    for (const QUuid &inc : received) {
        const auto origin = store.localOrigin(inc);
        if (!origin)
            continue;
        const qint64 run = contiguousFrom(store.db(), *origin, raised.value(inc));
        if (run > raised.value(inc))
            raised.insert(inc, run);
    }
    Statement write
        = store.db().statement("INSERT OR REPLACE INTO knowledge(inc, seq) VALUES(?, ?)");
    for (auto it = raised.cbegin(); it != raised.cend(); ++it) {
        if (known.value(it.key()) == it.value())
            continue;
        write.bind(1, it.key()).bind(2, it.value());
        if (Status s = write.run(); !s)
            return s;
    }
    return Status::ok();
}

QList<PackageLogEntry> Peers::history(const RecordStore &store, int limit)
{
    QList<PackageLogEntry> out;
    Statement st = store.db().statement(
        "SELECT package, direction, peer, at, file_name, bytes, versions, blobs, cases, "
        "conflicts, duplicates FROM package_log ORDER BY at DESC LIMIT ?");
    st.bind(1, limit);
    while (st.step() == Statement::Step::Row) {
        PackageLogEntry e;
        e.package = st.uuid(0);
        e.incoming = st.text(1) == QLatin1String("in");
        e.peer = st.uuid(2);
        e.at = st.int64(3);
        e.fileName = st.text(4);
        e.bytes = st.int64(5);
        e.versions = st.int64(6);
        e.blobs = st.int64(7);
        e.cases = st.int64(8);
        e.conflicts = st.int64(9);
        e.duplicates = st.int64(10);
        out.append(e);
    }
    for (PackageLogEntry &e : out)
        e.peerName = siteName(store, e.peer);
    return out;
}

std::optional<PackageLogEntry> Peers::logged(const RecordStore &store, const QUuid &package,
                                             bool incoming)
{
    Statement st = store.db().statement(
        "SELECT at, versions, cases, conflicts FROM package_log WHERE package=? AND direction=?");
    st.bind(1, package).bind(2, incoming ? "in" : "out");
    if (st.step() != Statement::Step::Row)
        return std::nullopt;
    PackageLogEntry e;
    e.package = package;
    e.incoming = incoming;
    e.at = st.int64(0);
    e.versions = st.int64(1);
    e.cases = st.int64(2);
    e.conflicts = st.int64(3);
    return e;
}

Status Peers::log(RecordStore &store, const PackageLogEntry &e)
{
    Statement st = store.db().statement(
        "INSERT OR REPLACE INTO package_log(package, direction, peer, at, file_name, bytes, "
        "versions, blobs, cases, conflicts, duplicates) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, e.package).bind(2, e.incoming ? "in" : "out").bind(3, e.peer).bind(4, e.at);
    st.bind(5, e.fileName).bind(6, e.bytes).bind(7, e.versions).bind(8, e.blobs);
    st.bind(9, e.cases).bind(10, e.conflicts).bind(11, e.duplicates);
    return st.run();
}

QString Peers::siteName(const RecordStore &store, const QUuid &site)
{
    if (site == store.site().id)
        return store.site().name;
    const QString name
        = store.row(QStringLiteral("site"), site).value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return name;
    if (const auto peer = byId(store, site))
        return peer->name;
    return site.toString(QUuid::WithoutBraces);
}

} // namespace casedesk
