#include "packageimport.h"

#include "entityschema.h"
#include "migrations.h"
#include "packagefile.h"
#include "permissions.h"
#include "recordstore.h"
#include "sitekeys.h"
#include "syncscope.h"
#include "syncstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace casedesk {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;
constexpr int applyBatch = 2000;
constexpr qint64 maxBlobBytes = 64 << 20;

// A package lands on index pages all over a region-size file: edits to cases opened long ago,
// and rows whose ids are random (written before ids were time-ordered, rowid.h). A larger page
// cache for the import keeps those pages from being read, spilled and written again within its
// one transaction; the memory is bounded by the cache, not by the package. The connection's
// usual size comes back afterwards.
class ImportCache
{
public:
    explicit ImportCache(Database &db) : m_db(db)
    {
        Statement st = db.statement("PRAGMA cache_size");
        if (st.step() == Statement::Step::Row)
            m_previous = st.int64(0);
        st.reset();
        db.exec("PRAGMA cache_size=-262144"); // KiB: 256 MiB
    }
    ~ImportCache()
    {
        if (m_previous)
            m_db.exec(
                QByteArray("PRAGMA cache_size=" + QByteArray::number(m_previous)).constData());
    }
    ImportCache(const ImportCache &) = delete;
    ImportCache &operator=(const ImportCache &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;
};

// Reads, decrypts and decodes the body's chunks on a second thread while the import applies
// the chunks before: with two cores, decoding no longer waits for SQLite, nor SQLite for the
// decoding. The import applies versions a batch at a time, so the thread may decode up to a
// batch and a half ahead (with two chunks, about 400 versions, the import waited for the
// decoding for a sixth of its time; docs/benchmarks.md). Memory stays bounded whatever the
// package size. The reader belongs to the thread until the chunk that ends the body (or fails)
// has been handed over, and the thread has ended when this object is gone.
//
// The thread also puts each version in this file's terms (RecordStore::localForm, from the
// origin numbers the import tells it), a tenth of the applying thread's time before, and it
// frees the versions the import has applied (discard()): it made them, and freeing them was a
// thirtieth of the applying thread's time, spent partly waiting for the lock of the
// allocator's arena the decoding was allocating from.
class ChunkPipeline
{
public:
    struct Chunk
    {
        Status status;
        QList<BodyRecord> records;
        QList<RecordStore::LocalForm> forms; // index by index with records
        bool final = false;
        qint64 bytesRead = 0;
    };

    ChunkPipeline(PackageFileReader &reader, QHash<QUuid, qint64> origins)
        : m_reader(reader), m_origins(std::move(origins)), m_thread([this] { run(); })
    {
    }
    ~ChunkPipeline()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_thread.join();
    }
    ChunkPipeline(const ChunkPipeline &) = delete;
    ChunkPipeline &operator=(const ChunkPipeline &) = delete;

    // Whether next() would return at once.
    bool ready()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return !m_queue.empty();
    }

    // The file's origin numbers now (the import adds those of new sites): chunks decoded from
    // now on are put in their terms.
    void knowOrigins(QHash<QUuid, qint64> origins)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_origins = std::move(origins);
    }

    // Hands applied versions and their forms to the thread to be freed there.
    void discard(QList<Version> &&versions, QList<RecordStore::LocalForm> &&forms)
    {
        if (versions.isEmpty() && forms.isEmpty())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_discarded.push_back({ std::move(versions), std::move(forms) });
        }
        m_space.notify_one();
    }

    // The next chunk, waiting for it; not called again after one that failed or was final.
    Chunk next()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty(); });
        Chunk chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_waiting -= chunk.records.size();
        lock.unlock();
        m_space.notify_one();
        return chunk;
    }

private:
    static constexpr qsizetype aheadRecords = applyBatch + applyBatch / 2;

    struct Applied
    {
        QList<Version> versions;
        QList<RecordStore::LocalForm> forms;
    };

    // Frees what was discarded; called and returns with the lock held.
    void freeDiscarded(std::unique_lock<std::mutex> &lock)
    {
        while (!m_discarded.empty()) {
            std::deque<Applied> discarded;
            std::swap(discarded, m_discarded);
            lock.unlock();
            discarded.clear();
            lock.lock();
        }
    }

    void run()
    {
        decode();
        // After the last chunk: free what the import applies from it, until the end.
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            freeDiscarded(lock);
            if (m_stop)
                return;
            m_space.wait(lock, [this] { return m_stop || !m_discarded.empty(); });
        }
    }

    void decode()
    {
        QByteArray plain; // every chunk's plaintext, in the same memory
        for (;;) {
            Chunk chunk;
            chunk.status = m_reader.nextChunk(&plain, &chunk.final);
            if (chunk.status) {
                auto records = PackageCodec::decodeChunk(plain);
                if (records)
                    chunk.records = std::move(records.value());
                else
                    chunk.status = records.status();
                QHash<QUuid, qint64> origins;
                {
                    const std::lock_guard<std::mutex> lock(m_mutex);
                    origins = m_origins;
                }
                chunk.forms.resize(chunk.records.size());
                for (qsizetype i = 0; i < chunk.records.size(); ++i)
                    if (chunk.records.at(i).kind == PackageFormat::VersionRecord)
                        chunk.forms[i]
                            = RecordStore::localForm(chunk.records.at(i).version, origins);
            }
            chunk.bytesRead = m_reader.bytesRead();
            const bool last = !chunk.status || chunk.final;
            std::unique_lock<std::mutex> lock(m_mutex);
            for (;;) {
                freeDiscarded(lock);
                if (m_stop || m_waiting < aheadRecords)
                    break;
                m_space.wait(lock, [this] {
                    return m_stop || m_waiting < aheadRecords || !m_discarded.empty();
                });
            }
            if (m_stop)
                return;
            m_waiting += chunk.records.size();
            m_queue.push_back(std::move(chunk));
            lock.unlock();
            m_ready.notify_one();
            if (last)
                return;
        }
    }

    PackageFileReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Chunk> m_queue;
    std::deque<Applied> m_discarded;
    QHash<QUuid, qint64> m_origins;
    qsizetype m_waiting = 0; // records in the queue
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything above exists
};

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// Everything one import needs while it reads the body.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(PackageImport)

public:
    Importer(RecordStore &store, const PackageHeader &header, const PeerInfo &peer)
        : m_store(store),
          m_header(header),
          m_peer(peer),
          m_hubSender(peer.kind == QLatin1String("hub"))
    {
        m_batch.reserve(applyBatch);
        m_forms.reserve(applyBatch);
    }

    // Call inside the import's transaction, before the first version is applied.
    Status start();
    // `form` is the record's local form when it is a version (ready or not).
    Status take(BodyRecord &&record, RecordStore::LocalForm &&form);
    Status flush();
    Status finish(ImportSummary *summary);
    bool ended() const { return m_ended; }
    // Where applied versions go to be freed (else they are freed here), and which is told of
    // new origin numbers (it starts with those of now).
    void discardInto(ChunkPipeline *pipeline)
    {
        m_pipeline = pipeline;
        m_originsTold = m_store.originNumbers().size();
    }

private:
    Status admit(const Version &v);
    bool ownUserRow(const Version &v);
    bool rootAllowed(const QUuid &root);
    Status takeBlob(const BodyRecord &r);

    RecordStore &m_store;
    const PackageHeader &m_header;
    const PeerInfo &m_peer;
    bool m_hubSender = false;
    bool m_ended = false;
    ChunkPipeline *m_pipeline = nullptr;
    QList<Version> m_batch;
    QList<RecordStore::LocalForm> m_forms; // index by index with m_batch
    qsizetype m_originsTold = 0; // how many origin numbers the pipeline has
    QHash<QUuid, QUuid> m_pendingRoots; // row → scope root, for the rows of m_batch
    QSet<QUuid> m_newRows; // rows of m_batch the file has no version of
    // Versions are never deleted and a new one gets a vid above every other, so the versions
    // this import added are those above this mark: the touched rows are read back from the
    // file instead of being listed in memory, which would grow with the package.
    qint64 m_vidBefore = 0;
    QHash<QUuid, bool> m_roots;
    QSet<QUuid> m_newRoots;
    QSet<QUuid> m_ownUsers; // user rows of the sending office met in this package
    QSet<QUuid> m_incarnations;
    qint64 m_received = 0;
    qint64 m_added = 0;
    qint64 m_blobs = 0;
    QByteArray m_blobSha;
    QByteArray m_blobData;
    qint64 m_blobSize = 0;
};

Status Importer::start()
{
    Statement last = m_store.db().statement("SELECT max(vid) FROM version");
    if (last.step() != Statement::Step::Row)
        return m_store.db().lastError();
    m_vidBefore = last.int64(0);
    return Status::ok();
}

bool Importer::rootAllowed(const QUuid &root)
{
    const auto cached = m_roots.constFind(root);
    if (cached != m_roots.cend())
        return *cached;
    Statement known = m_store.db().statement("SELECT 1 FROM peer_scope WHERE peer=? AND root=?");
    known.bind(1, m_peer.site).bind(2, root);
    bool allowed = known.step() == Statement::Step::Row;
    if (!allowed) {
        // A root the office started itself (a case it opened, its own conference or partner
        // list) is new here: the office holds its whole history, so the hub sends it by the
        // vector from now on, never back whole. INDEXED BY: statistics of a nearly empty file
        // would make this a scan of every version.
        Statement any = m_store.db().statement(
            "SELECT 1 FROM version INDEXED BY version_scope WHERE scope_root=? LIMIT 1");
        any.bind(1, root);
        const bool fresh = any.step() != Statement::Step::Row;
        if (fresh)
            m_newRoots.insert(root);
        allowed = fresh || SyncScope::contains(m_store, m_peer.site, root);
    }
    m_roots.insert(root, allowed);
    return allowed;
}

// An office manages the accounts of its own workers: a user row that is, and stays, the
// sender's (a new row names the sender as its office; a known row already does).
bool Importer::ownUserRow(const Version &v)
{
    if (v.entity != QLatin1String("user"))
        return false;
    const auto office = v.groups.constFind(QStringLiteral("office"));
    if (office != v.groups.cend()
        && office->values.value(QStringLiteral("office_id")).toUuid() != m_peer.site)
        return false;
    if (m_ownUsers.contains(v.rowId))
        return true;
    const QCborMap current = m_store.row(QStringLiteral("user"), v.rowId);
    const bool own = current.isEmpty()
        ? office != v.groups.cend()
        : current.value(QStringLiteral("office_id")).toUuid() == m_peer.site;
    if (own)
        m_ownUsers.insert(v.rowId);
    return own;
}

Status Importer::admit(const Version &v)
{
    const qint64 limit = m_store.currentMs() + dayMs;
    if (HybridClock::toMs(v.hlc) > limit || v.wallMs > limit)
        return Status::error(tr("The package from %1 holds changes dated %2, more than a day "
                                "ahead of this computer's clock (%3). Check the date and time "
                                "on %1's computer, then export again.")
                                 .arg(m_header.senderName, when(HybridClock::toMs(v.hlc)),
                                      when(m_store.currentMs())));
    const QUuid knownSite = m_store.siteOfIncarnation(v.incarnation);
    if (!knownSite.isNull() && knownSite != v.site)
        return Status::error(PackageMessages::damaged());
    if (!m_hubSender) {
        // Trust (ARCHITECTURE §4): an office sends only its own changes, to its own cases.
        if (v.site != m_peer.site)
            return Status::error(tr("The package from %1 holds changes made at %2; an office "
                                    "may send only its own changes. It was refused.")
                                     .arg(m_header.senderName, Peers::siteName(m_store, v.site)));
        const bool ownSiteRow = v.entity == QLatin1String("site") && v.rowId == m_peer.site;
        if (v.scopeRoot.isNull() ? !ownSiteRow && !ownUserRow(v) : !rootAllowed(v.scopeRoot))
            return Status::error(tr("The package from %1 holds changes to records outside its "
                                    "cases. It was refused.")
                                     .arg(m_header.senderName));
    }
    // A row never moves to another scope root: not from the one the file knows, nor from the
    // one of a version of this package that is not applied yet (where the batches end must
    // not decide what is refused).
    bool moved = false;
    const auto pending = m_pendingRoots.constFind(v.rowId);
    if (pending != m_pendingRoots.cend()) {
        moved = *pending != v.scopeRoot;
    } else {
        Statement scope = m_store.db().statement(
            "SELECT scope_root FROM version INDEXED BY version_row WHERE row_id=? LIMIT 1");
        scope.bind(1, v.rowId);
        const bool known = scope.step() == Statement::Step::Row;
        moved = known && scope.uuid(0) != v.scopeRoot;
        m_pendingRoots.insert(v.rowId, v.scopeRoot);
        if (!known)
            m_newRows.insert(v.rowId);
    }
    if (moved)
        return Status::error(tr("The package from %1 holds a change that moves a record to "
                                "another case. It was refused.")
                                 .arg(m_header.senderName));
    return Status::ok();
}

Status Importer::takeBlob(const BodyRecord &r)
{
    if (r.blobSize > maxBlobBytes)
        return Status::error(PackageMessages::damaged());
    if (r.blobOffset == 0) {
        if (!m_blobSha.isEmpty())
            return Status::error(PackageMessages::damaged());
        m_blobSha = r.sha256;
        m_blobSize = r.blobSize;
        m_blobData.clear();
        m_blobData.reserve(r.blobSize);
    }
    if (r.sha256 != m_blobSha || r.blobSize != m_blobSize || r.blobOffset != m_blobData.size()
        || m_blobData.size() + r.blobData.size() > m_blobSize)
        return Status::error(PackageMessages::damaged());
    m_blobData += r.blobData;
    if (m_blobData.size() < m_blobSize)
        return Status::ok();
    if (QCryptographicHash::hash(m_blobData, QCryptographicHash::Sha256) != m_blobSha)
        return Status::error(PackageMessages::damaged());
    Statement put
        = m_store.db().statement("INSERT OR IGNORE INTO blob(sha256, size, data) VALUES(?, ?, ?)");
    put.bindBlob(1, m_blobSha).bind(2, m_blobSize).bindBlob(3, m_blobData);
    if (Status s = put.run(); !s)
        return s;
    Statement has
        = m_store.db().statement("INSERT OR IGNORE INTO peer_blob(peer, sha256) VALUES(?, ?)");
    has.bind(1, m_peer.site).bindBlob(2, m_blobSha);
    if (Status s = has.run(); !s)
        return s;
    ++m_blobs;
    m_blobSha.clear();
    m_blobData.clear();
    return Status::ok();
}

Status Importer::take(BodyRecord &&r, RecordStore::LocalForm &&form)
{
    if (m_ended)
        return Status::error(PackageMessages::damaged());
    switch (r.kind) {
    case PackageFormat::VersionRecord:
        if (!m_blobSha.isEmpty())
            return Status::error(PackageMessages::damaged());
        if (Status s = admit(r.version); !s)
            return s;
        m_incarnations.insert(r.version.incarnation);
        m_batch.append(std::move(r.version));
        m_forms.append(std::move(form));
        ++m_received;
        if (m_batch.size() >= applyBatch)
            return flush();
        return Status::ok();
    case PackageFormat::BlobRecord:
        return takeBlob(r);
    case PackageFormat::EndRecord:
        if (r.endVersions != m_received || r.endVersions != m_header.versions
            || r.endBlobs != m_header.blobs || !m_blobSha.isEmpty())
            return Status::error(PackageMessages::damaged());
        m_ended = true;
        return flush();
    }
    return Status::error(PackageMessages::damaged());
}

Status Importer::flush()
{
    if (m_batch.isEmpty())
        return Status::ok();
    auto added = m_store.applyVersions(m_batch, nullptr, &m_newRows, &m_forms);
    if (m_pipeline) {
        m_pipeline->discard(std::move(m_batch), std::move(m_forms));
        // Origins are only added while the import runs: a new count is a new number.
        const QHash<QUuid, qint64> origins = m_store.originNumbers();
        if (origins.size() != m_originsTold) {
            m_originsTold = origins.size();
            m_pipeline->knowOrigins(origins);
        }
    }
    m_batch.clear();
    m_batch.reserve(applyBatch);
    m_forms.clear();
    m_forms.reserve(applyBatch);
    m_pendingRoots.clear();
    m_newRows.clear();
    if (!added)
        return added.status();
    m_added += added.value();
    return Status::ok();
}

Status Importer::finish(ImportSummary *summary)
{
    Database &db = m_store.db();
    const bool hubHere = m_store.site().kind == QLatin1String("hub");
    // A restored peer's clock restarts from its backup and may be behind the packages it wrote
    // before, so between incarnations the vectors decide: a new incarnation holds the old one's
    // versions and names it, and a package of an incarnation the kept vector names is older.
    const QUuid sender = m_header.senderIncarnation;
    const bool otherIncarnation = !m_peer.incarnation.isNull() && m_peer.incarnation != sender;
    const bool successor = otherIncarnation && m_header.vector.contains(m_peer.incarnation);
    const bool predecessor
        = otherIncarnation && Peers::ackOf(m_store, m_peer.site).contains(sender);
    const bool newest = successor || (!predecessor && m_header.createdHlc > m_peer.vectorHlc);
    // The peer's vector is replaced by its newest, never merged with what we believed.
    if (newest) {
        if (Status s = Peers::replaceAck(m_store, m_peer.site, m_header.vector); !s)
            return s;
        // A peer restored from a backup may have lost cases it had: send them whole again (those
        // that left its scope up to the move).
        if (hubHere && !m_peer.incarnation.isNull()
            && m_peer.incarnation != m_header.senderIncarnation) {
            Statement reset = db.statement(
                "UPDATE peer_scope SET state=CASE WHEN state IN (0, 1) THEN 0 ELSE 2 END, "
                "since_hlc=? WHERE peer=?");
            // Stamped by this site's own clock: every package it writes from now on carries them.
            reset.bind(1, m_store.stamp()).bind(2, m_peer.site);
            if (Status s = reset.run(); !s)
                return s;
        }
    }
    // The newest package received is named by the clock of the peer's current incarnation only.
    Statement peer = db.statement(
        "UPDATE peers SET incarnation=CASE WHEN ?1 THEN ?2 ELSE incarnation END, "
        "vector_hlc=CASE WHEN ?1 THEN ?3 ELSE vector_hlc END, "
        "received_hlc=CASE WHEN ?6 THEN ?3 WHEN ?7 THEN received_hlc ELSE max(received_hlc, ?3) "
        "END, last_in_at=?4 WHERE site=?5");
    peer.bind(1, qint64(newest ? 1 : 0)).bind(2, m_header.senderIncarnation);
    peer.bind(3, m_header.createdHlc).bind(4, m_store.currentMs()).bind(5, m_peer.site);
    peer.bind(6, qint64(successor ? 1 : 0)).bind(7, qint64(predecessor ? 1 : 0));
    if (Status s = peer.run(); !s)
        return s;

    // What the package proves this site now holds: only when the sender built it from an
    // acknowledgement of this very incarnation (an older one may describe a lost state).
    VersionVector coverage;
    if (m_header.recipientIncarnation == m_store.incarnation()) {
        for (auto it = m_header.vector.cbegin(); it != m_header.vector.cend(); ++it)
            if (m_hubSender || m_store.siteOfIncarnation(it.key()) == m_peer.site)
                coverage.insert(it.key(), it.value());
    }
    if (Status s = Peers::raiseKnowledge(m_store, coverage, m_incarnations); !s)
        return s;

    if (hubHere) {
        Statement add = db.statement(
            "INSERT OR IGNORE INTO peer_scope(peer, root, state, since_hlc) VALUES(?, ?, 1, 0)");
        for (const QUuid &root : std::as_const(m_newRoots)) {
            add.bind(1, m_peer.site).bind(2, root);
            if (Status s = add.run(); !s)
                return s;
        }
        if (m_header.recipientIncarnation == m_store.incarnation()) {
            // Roots sent whole in a package the office has since imported are confirmed: an
            // entering one travels by the vector from now on, a departed one no more at all.
            Statement confirm
                = db.statement("UPDATE peer_scope SET state=CASE state WHEN 0 THEN 1 ELSE 3 END "
                               "WHERE peer=? AND state IN (0, 2) AND since_hlc<=?");
            confirm.bind(1, m_peer.site).bind(2, m_header.receivedHlc);
            if (Status s = confirm.run(); !s)
                return s;
        }
    }

    qint64 conflicts = 0;
    qint64 duplicates = 0;
    Statement same = db.statement(
        "SELECT id FROM persons WHERE id_type IS ?1 AND id_number=?2 AND id<>?3 AND deleted=0");
    Statement person = db.statement(
        "SELECT id_type, id_number FROM persons WHERE id=? AND deleted=0 AND id_number<>''");
    Statement flag = db.statement(
        "INSERT OR IGNORE INTO duplicate_review(person_a, person_b, found_at, package) "
        "VALUES(?, ?, ?, ?)");
    // The touched rows left in conflict, table by table: the few conflicted rows of a table
    // (its partial index) that have a version from this import, instead of a look-up for every
    // row the import touched.
    for (const EntityDef &entity : EntitySchema::all()) {
        Statement conflicted = db.prepare(
            QStringLiteral("SELECT count(*) FROM %1 t INDEXED BY %1_conflicted WHERE "
                           "t.conflict=1 AND EXISTS (SELECT 1 FROM version v INDEXED BY "
                           "version_row WHERE v.row_id=t.id AND v.vid>?)")
                .arg(entity.table));
        conflicted.bind(1, m_vidBefore);
        if (conflicted.step() != Statement::Step::Row)
            return db.lastError();
        conflicts += conflicted.int64(0);
    }
    // Each touched person once (NOT INDEXED: the vid range, not an index scan, whatever the
    // statistics say).
    Statement touched = db.statement("SELECT DISTINCT row_id FROM version NOT INDEXED WHERE "
                                     "vid>? AND entity='person'");
    touched.bind(1, m_vidBefore);
    while (touched.step() == Statement::Step::Row) {
        const QUuid rowId = touched.uuid(0);
        // The same identity document under another person: listed for review, never merged.
        person.bind(1, rowId);
        if (person.step() == Statement::Step::Row) {
            same.bind(1, person.text(0)).bind(2, person.text(1)).bind(3, rowId);
            while (same.step() == Statement::Step::Row) {
                QByteArray a = uuidBytes(rowId), b = same.blob(0);
                if (b < a)
                    std::swap(a, b);
                flag.bindBlob(1, a).bindBlob(2, b).bind(3, m_store.currentMs());
                flag.bind(4, m_header.package);
                if (Status s = flag.run(); !s)
                    return s;
                duplicates += db.changes();
            }
            same.reset();
        }
        person.reset();
    }
    touched.reset();
    // Cases: the scope roots that are neither a conference nor a site's list of specialists.
    Statement cases = db.statement(
        "SELECT count(DISTINCT v.scope_root) FROM version v NOT INDEXED WHERE v.vid>? AND NOT "
        "EXISTS (SELECT 1 FROM conferences c WHERE c.id=v.scope_root) AND NOT EXISTS "
        "(SELECT 1 FROM sites s WHERE s.id=v.scope_root)");
    cases.bind(1, m_vidBefore);
    if (cases.step() != Statement::Step::Row)
        return db.lastError();

    summary->received = m_received;
    summary->versions = m_added;
    summary->cases = cases.int64(0);
    summary->conflicts = conflicts;
    summary->duplicates = duplicates;
    summary->blobs = m_blobs;
    return Status::ok();
}

// The header checks, in the order a person would want to hear about them.
Status checkHeader(const RecordStore &store, const PackageHeader &h, std::optional<PeerInfo> *peer)
{
    if (h.sender == store.site().id)
        return Status::error(PackageImport::tr("This package was written by this site itself; "
                                               "it is meant for %1.")
                                 .arg(Peers::siteName(store, h.recipient)));
    if (h.recipient != store.site().id)
        return Status::error(PackageImport::tr("This package is addressed to %1, not to this "
                                               "site (%2).")
                                 .arg(Peers::siteName(store, h.recipient), store.site().name));
    if (!h.recipientDatabase.isNull() && h.recipientDatabase != store.databaseId())
        return Status::error(
            PackageImport::tr(
                "This package is addressed to this site but was made for another database of it "
                "(an earlier installation). Ask %1 to add this site's current identity and export "
                "again.")
                .arg(h.senderName));
    *peer = Peers::byId(store, h.sender);
    if (!*peer)
        return Status::error(PackageImport::tr("The package comes from %1, which is not a peer of "
                                               "this site. Add its identity file first.")
                                 .arg(h.senderName));
    if ((*peer)->isRevoked())
        return Status::error(PackageImport::tr("The package comes from %1, whose key was revoked "
                                               "on %2. It was refused.")
                                 .arg((*peer)->name, when((*peer)->revokedAt)));
    if (h.schema > Migrations::latestVersion())
        return Status::error(PackageImport::tr("This package was made by a newer version of "
                                               "CaseDesk (data format %1). Update CaseDesk here "
                                               "to import it.")
                                 .arg(h.schema));
    const qint64 limit = store.currentMs() + dayMs;
    if (h.createdMs > limit || HybridClock::toMs(h.maxHlc) > limit
        || HybridClock::toMs(h.createdHlc) > limit)
        return Status::error(PackageImport::tr("The package from %1 is dated %2, more than a day "
                                               "ahead of this computer's clock (%3). Check the "
                                               "date and time on %1's computer, then export "
                                               "again.")
                                 .arg((*peer)->name,
                                      when(qMax(h.createdMs, HybridClock::toMs(h.maxHlc))),
                                      when(store.currentMs())));
    return Status::ok();
}

} // namespace

Result<ImportSummary> PackageImport::importFile(RecordStore &store, const QString &path,
                                                const Progress &progress)
{
    if (Status s = Access::require(store, Operation::ExchangePackages); !s)
        return s;
    if (store.db().isReadOnly())
        return Status::error(tr("The file is open read-only."));
    auto keys = SiteKeys::load(store);
    if (!keys)
        return keys.status();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const qint64 total = file.size();
    PackageFileReader reader(file);
    auto header = reader.readHeader();
    if (!header)
        return header.status();
    std::optional<PeerInfo> peer;
    if (Status s = checkHeader(store, header.value(), &peer); !s)
        return s;
    ImportSummary summary;
    summary.package = header->package;
    summary.sender = header->sender;
    summary.senderName = peer->name;
    summary.bytes = total;
    if (const auto done = Peers::logged(store, header->package, true)) {
        summary.alreadyImported = true;
        summary.previouslyAt = done->at;
        return summary;
    }
    const ImportCache cache(store.db());
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (Status s = reader.openBody(header.value(), keys->boxPublic(), keys->boxSecret()); !s)
        return s;
    Importer importer(store, header.value(), *peer);
    if (Status s = importer.start(); !s)
        return s;
    // Lives to the end: after the last chunk, its thread frees the last versions applied
    // while this one goes on to the signature and the commit.
    ChunkPipeline chunks(reader, store.originNumbers());
    importer.discardInto(&chunks);
    bool final = false;
    while (!final) {
        // Versions already taken are applied while the next chunk is being decoded, rather
        // than after waiting for it (at the start, the decoding thread is not ahead yet).
        if (!chunks.ready())
            if (Status s = importer.flush(); !s)
                return s;
        ChunkPipeline::Chunk chunk = chunks.next();
        if (!chunk.status)
            return chunk.status;
        final = chunk.final;
        for (qsizetype i = 0; i < chunk.records.size(); ++i)
            if (Status s = importer.take(std::move(chunk.records[i]), std::move(chunk.forms[i]));
                !s)
                return s;
        if (progress)
            progress(chunk.bytesRead, total);
    }
    if (!importer.ended())
        return Status::error(PackageMessages::damaged());
    if (Status s = reader.finish(peer->signPublic); !s)
        return s;
    if (Status s = importer.finish(&summary); !s)
        return s;
    PackageLogEntry entry;
    entry.package = header->package;
    entry.incoming = true;
    entry.peer = peer->site;
    entry.at = store.currentMs();
    entry.fileName = QFileInfo(path).fileName();
    entry.bytes = total;
    entry.versions = summary.versions;
    entry.blobs = summary.blobs;
    entry.cases = summary.cases;
    entry.conflicts = summary.conflicts;
    entry.duplicates = summary.duplicates;
    if (Status s = Peers::log(store, entry); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    if (progress)
        progress(total, total);
    return summary;
}

QString PackageImport::describe(const ImportSummary &s)
{
    if (s.alreadyImported)
        return tr("This package from %1 was already imported on %2; nothing to do.")
            .arg(s.senderName, when(s.previouslyAt));
    return tr("From %1: %n new change(s)", nullptr, int(s.versions)).arg(s.senderName)
        + tr(" in %n case(s)", nullptr, int(s.cases))
        + tr(", %n conflict(s)", nullptr, int(s.conflicts))
        + tr(", %n possible duplicate person(s)", nullptr, int(s.duplicates)) + QLatin1Char('.');
}

} // namespace casedesk
