#include "packageexport.h"

#include "backup.h"
#include "migrations.h"
#include "packagefile.h"
#include "permissions.h"
#include "recordstore.h"
#include "sitekeys.h"
#include "syncscope.h"

#include <QDir>
#include <QFileInfo>

#include <functional>
#include <limits>

namespace casedesk {

namespace {

// peer_scope.state: what the hub knows about a scope root and one office. A root that left
// the scope travels whole up to the move until the office confirms (Departed), then not at all
// (Gone): the office may never have held it whole (the root left before it confirmed the entry,
// or the office was restored), and part of a case is a case with dangling rows.
enum RootState { Pending = 0, Confirmed = 1, Departed = 2, Gone = 3 };

const char *const versionColumns
    = "SELECT origin, seq, hlc, wall, author, entity, row_id, scope_root, body FROM version ";

// Which versions go into one package, decided before anything is written.
struct ExportPlan
{
    QList<QPair<qint64, qint64>> runs; // (origin, after seq)
    bool filterScope = false;
    QSet<QByteArray> scope; // confirmed roots: by the vector
    QList<QUuid> fullRoots; // entered the scope: the whole history
    QSet<QByteArray> fullRootBytes;
    // Left the scope: the whole history up to the version that moved it away (its hlc).
    QList<QPair<QUuid, qint64>> departedRoots;
    QSet<QByteArray> departedRootBytes;
};

using Sink = std::function<Status(const Statement &)>;

Status forEachPlanned(Database &db, const ExportPlan &plan, const Sink &sink)
{
    Statement run = db.prepare(QString::fromLatin1(versionColumns)
                               + QStringLiteral("WHERE origin=? AND seq>? ORDER BY seq"));
    for (const auto &[origin, after] : plan.runs) {
        run.bind(1, origin).bind(2, after);
        while (true) {
            const Statement::Step step = run.step();
            if (step == Statement::Step::Done)
                break;
            if (step != Statement::Step::Row)
                return db.lastError();
            if (plan.filterScope && !run.isNull(7)) {
                const QByteArray root = run.blob(7);
                if (!plan.scope.contains(root) || plan.fullRootBytes.contains(root)
                    || plan.departedRootBytes.contains(root))
                    continue;
            }
            if (Status s = sink(run); !s)
                return s;
        }
        run.reset();
    }
    Statement full = db.prepare(QString::fromLatin1(versionColumns)
                                + QStringLiteral("WHERE scope_root=? ORDER BY origin, seq"));
    for (const QUuid &root : plan.fullRoots) {
        full.bind(1, root);
        while (full.step() == Statement::Step::Row)
            if (Status s = sink(full); !s)
                return s;
        full.reset();
    }
    Statement upTo
        = db.prepare(QString::fromLatin1(versionColumns)
                     + QStringLiteral("WHERE scope_root=? AND hlc<=? ORDER BY origin, seq"));
    for (const auto &[root, hlc] : plan.departedRoots) {
        upTo.bind(1, root).bind(2, hlc);
        while (upTo.step() == Statement::Step::Row)
            if (Status s = sink(upTo); !s)
                return s;
        upTo.reset();
    }
    return Status::ok();
}

// Where the history of a case that left an office is cut: the newest version that changed its
// owner or a share, or the office's own newest edit of it when that came later (made before it
// learnt of the move). Everything up to a timestamp is causally complete, so the cut leaves no
// row pointing at one the office lacks, and the office gets back every edit it made itself.
// A root that is not a case (a conference, a partner list) leaves when a case it names does; it
// is cut where the hub first noticed (notedAt), which holds every version that preceded it.
qint64 departureHlc(const RecordStore &store, const QUuid &root, const QUuid &office,
                    qint64 notedAt)
{
    Statement own = store.db().statement("SELECT max(v.hlc) FROM version v JOIN origin o ON "
                                         "o.n=v.origin WHERE v.scope_root=? AND o.site=?");
    own.bind(1, root).bind(2, office);
    const qint64 ownHlc = own.step() == Statement::Step::Row ? own.int64(0) : 0;
    Statement isCase = store.db().statement("SELECT 1 FROM cases WHERE id=?");
    isCase.bind(1, root);
    if (isCase.step() != Statement::Step::Row) {
        Statement last = store.db().statement(
            "SELECT max(hlc) FROM version INDEXED BY version_scope WHERE scope_root=? AND hlc<=?");
        last.bind(1, root).bind(2, notedAt);
        return qMax(last.step() == Statement::Step::Row ? last.int64(0) : 0, ownHlc);
    }
    Statement st = store.db().statement(
        "SELECT origin, seq, hlc, wall, author, entity, row_id, scope_root, body FROM version "
        "WHERE scope_root=? AND entity IN ('case', 'case_share')");
    st.bind(1, root);
    qint64 hlc = 0;
    while (st.step() == Statement::Step::Row) {
        const Version v = store.portableVersion(st);
        if (v.entity == QLatin1String("case_share") || v.groups.contains(QStringLiteral("office")))
            hlc = qMax(hlc, v.hlc);
    }
    return qMax(hlc, ownHlc);
}

Result<ExportPlan> planFor(RecordStore &store, const PeerInfo &peer, qint64 stamp, bool record)
{
    ExportPlan plan;
    const VersionVector ack = Peers::ackOf(store, peer.site);
    const bool hub = store.site().kind == QLatin1String("hub");
    const QHash<QUuid, QUuid> origins = store.origins();
    for (auto it = origins.cbegin(); it != origins.cend(); ++it) {
        // An office sends only what it wrote itself; the hub relays everything in scope.
        if (!hub && it.value() != store.site().id)
            continue;
        plan.runs.append({ *store.localOrigin(it.key()), ack.value(it.key()) });
    }
    if (!hub)
        return plan;
    plan.filterScope = true;
    const QSet<QUuid> roots = SyncScope::rootsOf(store, peer.site);
    QHash<QUuid, int> states;
    QHash<QUuid, qint64> since;
    Statement known
        = store.db().statement("SELECT root, state, since_hlc FROM peer_scope WHERE peer=?");
    known.bind(1, peer.site);
    while (known.step() == Statement::Step::Row) {
        states.insert(known.uuid(0), int(known.int64(1)));
        since.insert(known.uuid(0), known.int64(2));
    }
    Statement set = store.db().statement(
        "INSERT OR REPLACE INTO peer_scope(peer, root, state, since_hlc) VALUES(?, ?, ?, ?)");
    const auto setState = [&](const QUuid &root, int state) {
        if (!record)
            return Status::ok();
        set.bind(1, peer.site).bind(2, root).bind(3, state).bind(4, stamp);
        return set.run();
    };
    for (const QUuid &root : roots) {
        const int state = states.value(root, -1);
        if (state == Confirmed) {
            plan.scope.insert(uuidBytes(root));
            continue;
        }
        // New to the office, or back after leaving: the whole history, until it confirms.
        plan.fullRoots.append(root);
        plan.fullRootBytes.insert(uuidBytes(root));
        if (state != Pending)
            if (Status s = setState(root, Pending); !s)
                return s;
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (roots.contains(it.key()) || it.value() == Gone)
            continue;
        const qint64 notedAt
            = it.value() == Departed ? since.value(it.key()) : std::numeric_limits<qint64>::max();
        plan.departedRoots.append({ it.key(), departureHlc(store, it.key(), peer.site, notedAt) });
        plan.departedRootBytes.insert(uuidBytes(it.key()));
        if (it.value() != Departed)
            if (Status s = setState(it.key(), Departed); !s)
                return s;
    }
    return plan;
}

struct PlanCount
{
    QMap<QUuid, VersionRange> ranges;
    QSet<QUuid> cases;
    QList<QByteArray> blobs;
    qint64 versions = 0;
    qint64 maxHlc = 0;
};

// Whether the scope root of an entity's rows is a case (not a conference or a site's list).
bool rootIsCase(const QString &entity)
{
    return entity != QLatin1String("conference")
        && entity != QLatin1String("conference_participant")
        && entity != QLatin1String("conference_document")
        && entity != QLatin1String("conference_approval")
        && entity != QLatin1String("partner_specialist");
}

// The fields of an entity that name a blob by its SHA-256.
QStringList blobFields(const QString &entity)
{
    if (entity == QLatin1String("document") || entity == QLatin1String("conference_document"))
        return { QStringLiteral("sha256") };
    if (entity == QLatin1String("conference_approval"))
        return { QStringLiteral("pdf_sha256"), QStringLiteral("source_sha256") };
    return {};
}

// The first pass: counts and ranges for the header, and the attachments to carry.
Status countPlan(RecordStore &store, const PeerInfo &peer, const ExportPlan &plan, PlanCount *count)
{
    Statement hasBlob = store.db().statement("SELECT 1 FROM blob WHERE sha256=?");
    Statement peerHas = store.db().statement("SELECT 1 FROM peer_blob WHERE peer=? AND sha256=?");
    QSet<QByteArray> seen;
    return forEachPlanned(store.db(), plan, [&](const Statement &st) {
        const QUuid inc = store.incarnationOf(st.int64(0));
        const qint64 seq = st.int64(1);
        VersionRange &range = count->ranges[inc];
        if (range.count == 0) {
            range.incarnation = inc;
            range.first = range.last = seq;
        }
        range.first = qMin(range.first, seq);
        range.last = qMax(range.last, seq);
        ++range.count;
        ++count->versions;
        count->maxHlc = qMax(count->maxHlc, st.int64(2));
        if (!st.isNull(7) && rootIsCase(st.text(5)))
            count->cases.insert(st.uuid(7));
        const QString entity = st.text(5);
        const QStringList fields = blobFields(entity);
        if (!fields.isEmpty()) {
            // Attachments and approved minutes travel once, with the version that names them.
            const Version v = store.portableVersion(st);
            for (const GroupChange &group : std::as_const(v.groups))
                for (const QString &field : fields) {
                    const QByteArray sha = group.values.value(field).toByteArray();
                    if (sha.size() != 32 || seen.contains(sha))
                        continue;
                    seen.insert(sha);
                    hasBlob.bindBlob(1, sha);
                    const bool here = hasBlob.step() == Statement::Step::Row;
                    hasBlob.reset();
                    peerHas.bind(1, peer.site).bindBlob(2, sha);
                    const bool there = peerHas.step() == Statement::Step::Row;
                    peerHas.reset();
                    if (here && !there)
                        count->blobs.append(sha);
                }
        }
        return Status::ok();
    });
}

Status writeBody(RecordStore &store, const ExportPlan &plan, const PlanCount &count,
                 PackageFileWriter &writer)
{
    const auto incarnationOf = [&store](qint64 origin) {
        return store.incarnationOf(origin);
    };
    // Stored bodies are translated without building the version in memory; the long way only
    // for a body in another form.
    const auto version = [&](const Statement &st) {
        QByteArray record
            = PackageCodec::encodeStoredVersion(store.portableHead(st), st.blob(8), incarnationOf);
        if (record.isEmpty())
            record = PackageCodec::encodeVersion(store.portableVersion(st));
        return writer.add(record);
    };
    if (Status s = forEachPlanned(store.db(), plan, version); !s)
        return s;
    Statement blob = store.db().statement("SELECT size, data FROM blob WHERE sha256=?");
    for (const QByteArray &sha : count.blobs) {
        blob.bindBlob(1, sha);
        if (blob.step() != Statement::Step::Row)
            return store.db().lastError();
        const QByteArray data = blob.blob(1);
        blob.reset();
        qint64 offset = 0;
        do {
            const QByteArray piece = data.mid(offset, PackageFormat::blobPieceBytes);
            if (Status s
                = writer.add(PackageCodec::encodeBlobPiece(sha, data.size(), offset, piece));
                !s)
                return s;
            offset += piece.size();
        } while (offset < data.size());
    }
    return Status::ok();
}

// Reads the written file back: USB sticks lie. It must be byte for byte what was written
// (the same length and BLAKE2b digest). A file the device holds exactly as written decrypts
// and verifies as it did when it was made, so it is not decrypted again.
Status verifyWritten(const QString &path, qint64 size, const QByteArray &digest)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(PackageExport::tr("The written package cannot be read back: %1")
                                 .arg(file.errorString()));
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    qint64 read = 0;
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (true) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Status::error(PackageExport::tr("The written package cannot be read back: %1")
                                     .arg(file.errorString()));
        if (n == 0)
            break;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(block.data()),
                                  quint64(n));
        read += n;
    }
    if (read < size)
        return Status::error(PackageMessages::truncated());
    QByteArray got(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(got.data()),
                             size_t(got.size()));
    if (read != size || got != digest)
        return Status::error(PackageMessages::damaged());
    return Status::ok();
}

} // namespace

Result<qint64> PackageExport::pending(RecordStore &store, const PeerInfo &peer)
{
    auto plan = planFor(store, peer, 0, false);
    if (!plan)
        return plan.status();
    PlanCount count;
    if (Status s = countPlan(store, peer, plan.value(), &count); !s)
        return s;
    return count.versions;
}

Result<ExportSummary> PackageExport::write(RecordStore &store, const PeerInfo &peer,
                                           const QString &path)
{
    if (Status s = Access::require(store, Operation::ExchangePackages); !s)
        return s;
    if (peer.isRevoked())
        return Status::error(tr("%1 was revoked; nothing is sent to it.").arg(peer.name));
    auto keys = SiteKeys::load(store);
    if (!keys)
        return keys.status();
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    PackageHeader header;
    header.package = QUuid::createUuid();
    header.createdMs = store.currentMs();
    header.createdHlc = store.stamp();
    header.sender = store.site().id;
    header.senderName = store.site().name;
    header.senderKind = store.site().kind;
    header.senderIncarnation = store.incarnation();
    header.recipient = peer.site;
    header.recipientDatabase = peer.database;
    header.recipientIncarnation = peer.incarnation;
    header.receivedHlc = peer.receivedHlc;
    header.schema = Migrations::latestVersion();
    header.program = QCoreApplication::applicationVersion();
    header.vector = Peers::ownVector(store);
    auto plan = planFor(store, peer, header.createdHlc, true);
    if (!plan)
        return plan.status();
    PlanCount count;
    if (Status s = countPlan(store, peer, plan.value(), &count); !s)
        return s;
    header.ranges = count.ranges.values();
    header.versions = count.versions;
    header.blobs = count.blobs.size();
    header.maxHlc = count.maxHlc;

    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".part");
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::error(tr("The package cannot be written to %1: %2")
                                 .arg(target.absolutePath(), file.errorString()));
    const auto discard = [&](const Status &s) {
        file.close();
        QFile::remove(temp);
        return s;
    };
    PackageFileWriter writer(file, keys->signSecret());
    Status written = writer.begin(header, peer.boxPublic);
    if (written)
        written = writeBody(store, plan.value(), count, writer);
    if (written)
        written = writer.finish(count.versions, count.blobs.size());
    if (written && !file.flush())
        written = Status::error(tr("The package could not be written: %1").arg(file.errorString()));
    if (!written)
        return discard(written);
    file.close();
    if (!syncPath(temp))
        return discard(Status::error(tr("The package could not be saved to the stick (the data "
                                        "did not reach it). Try again or use another stick.")));
    QFile::remove(path);
    if (!QFile::rename(temp, path))
        return discard(Status::error(tr("The package could not be renamed to %1.").arg(path)));
    syncPath(target.absolutePath());
    if (Status s = verifyWritten(path, writer.bytesWritten(), writer.fileDigest()); !s) {
        QFile::remove(path);
        return Status::error(tr("The package on the stick does not read back correctly, so it "
                                "was removed. Try again or use another stick. (%1)")
                                 .arg(s.message()));
    }

    PackageLogEntry entry;
    entry.package = header.package;
    entry.incoming = false;
    entry.peer = peer.site;
    entry.at = store.currentMs();
    entry.fileName = target.fileName();
    entry.bytes = writer.bytesWritten();
    entry.versions = count.versions;
    entry.blobs = count.blobs.size();
    entry.cases = count.cases.size();
    if (Status s = Peers::log(store, entry); !s)
        return s;
    Statement last = store.db().statement("UPDATE peers SET last_out_at=? WHERE site=?");
    last.bind(1, entry.at).bind(2, peer.site);
    if (Status s = last.run(); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    ExportSummary summary;
    summary.package = header.package;
    summary.path = path;
    summary.versions = count.versions;
    summary.blobs = count.blobs.size();
    summary.cases = count.cases.size();
    summary.bytes = writer.bytesWritten();
    return summary;
}

} // namespace casedesk
