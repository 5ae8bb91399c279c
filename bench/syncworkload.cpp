#include "syncworkload.h"

#include "benchreport.h"
#include "casefiles.h"
#include "demodata.h"
#include "packageexport.h"
#include "packageimport.h"
#include "processmemory.h"
#include "rawinsert.h"
#include "recordstore.h"
#include "sitedataset.h"
#include "sitekeys.h"
#include "stepprobe.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QCborMap>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace casedesk {

namespace {

// DemoData writes about 21.7 versions per case (4.34 million for 200,000 cases).
constexpr double versionsPerCase = 21.7;

double perSecond(qint64 count, double seconds)
{
    return seconds > 0 ? rounded(count / seconds, 0) : 0;
}

void removeSiteFile(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<RecordStore>> makeSite(const QString &path, const QString &name,
                                              const QString &code, const QString &kind)
{
    removeSiteFile(path);
    SiteIdentity identity;
    identity.name = name;
    identity.code = code;
    identity.kind = kind;
    auto store = RecordStore::create(path, identity);
    if (!store)
        return store.status();
    store.value()->setAuthor(name + QStringLiteral(" worker"));
    if (auto keys = SiteKeys::load(*store.value()); !keys)
        return keys.status();
    return std::move(store.value());
}

Result<std::unique_ptr<RecordStore>> reopen(std::unique_ptr<RecordStore> &store)
{
    const QString path = store->db().path();
    const QString author = store->author();
    store.reset();
    auto opened = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!opened)
        return opened.status();
    opened.value()->setAuthor(author);
    return std::move(opened.value());
}

Status peerUp(RecordStore &a, RecordStore &b)
{
    auto keysA = SiteKeys::load(a);
    if (!keysA)
        return keysA.status();
    auto keysB = SiteKeys::load(b);
    if (!keysB)
        return keysB.status();
    if (auto added = Peers::add(a, keysB->card(b)); !added)
        return added.status();
    if (auto added = Peers::add(b, keysA->card(a)); !added)
        return added.status();
    return Status::ok();
}

qint64 versionCount(RecordStore &store)
{
    Statement st = store.db().statement("SELECT count(*) FROM version");
    return st.step() == Statement::Step::Row ? st.int64(0) : -1;
}

// New case files until the store holds about `target` more versions (within one case file).
Status generateVersions(RecordStore &store, qint64 target, quint32 seed)
{
    const qint64 start = versionCount(store);
    for (quint32 round = 0;; ++round) {
        const qint64 left = target - (versionCount(store) - start);
        if (left < versionsPerCase / 2)
            return Status::ok();
        DemoData::Options options;
        // The figures in docs/benchmarks.md were measured on case files without assessments
        // or plans (or conferences).
        options.assessments = false;
        options.plans = false;
        options.conferences = false;
        // A little under the estimate, so the last rounds add single case files.
        options.cases = std::max(1, int(left / (versionsPerCase * 1.15)));
        options.seed = seed + round * 7919;
        if (Status s = DemoData::generate(store, options); !s)
            return s;
    }
}

// Edits to case files the hub already has: another worker, and a new interaction.
Status editCases(RecordStore &store, const QList<QUuid> &cases, qint64 target, quint32 seed)
{
    if (cases.isEmpty() || target <= 0)
        return Status::ok();
    CaseFiles files(store);
    const QStringList workers = files.workers();
    const QStringList kinds = Vocabulary::codes(Vocabulary::interactionKinds());
    const qint64 start = versionCount(store);
    int n = int(seed % 97);
    while (versionCount(store) - start < target) {
        WriteBatch batch(store);
        if (!batch.status())
            return batch.status();
        for (int i = 0; i < 50; ++i, ++n) {
            const QUuid &caseId = cases.at(n % cases.size());
            if (n % 2 == 0) {
                const QString worker = workers.isEmpty() ? QStringLiteral("Worker %1").arg(n)
                                                         : workers.at(n % workers.size());
                if (Status s = files.updateCase(
                        caseId, QCborMap { { QStringLiteral("assigned_worker"), worker } });
                    !s)
                    return s;
            } else {
                Interaction in;
                in.occurredAt = QDateTime::currentDateTime().addSecs(-3600 - n);
                in.kind = kinds.at(n % kinds.size());
                in.worker = QStringLiteral("Follow-up worker");
                in.note = QStringLiteral("Follow-up call %1 about the action plan.").arg(n);
                if (auto r = files.recordInteraction(caseId, in); !r)
                    return r.status();
            }
        }
        if (Status s = batch.commit(); !s)
            return s;
    }
    return Status::ok();
}

QList<QUuid> caseIds(RecordStore &store)
{
    QList<QUuid> ids;
    Statement st = store.db().statement("SELECT id FROM cases WHERE deleted=0 ORDER BY rid");
    while (st.step() == Statement::Step::Row)
        ids.append(st.uuid(0));
    return ids;
}

struct ExportRun
{
    ExportSummary summary;
    double seconds = 0;
    double cpu = 0;
    double rssMb = -1;
    double sqliteMb = 0;
};

Result<ExportRun> timedExport(RecordStore &from, RecordStore &to, const QString &path)
{
    const auto peer = Peers::byId(from, to.site().id);
    if (!peer)
        return Status::error(
            QStringLiteral("%1 is not a peer of %2").arg(to.site().name, from.site().name));
    QFile::remove(path);
    StepProbe probe;
    probe.start(true, from.db().handle());
    auto written = PackageExport::write(from, *peer, path);
    probe.stop();
    if (!written)
        return written.status();
    ExportRun run;
    run.summary = written.value();
    run.seconds = probe.seconds();
    run.cpu = probe.cpu();
    run.rssMb = probe.peakGrowthMb();
    run.sqliteMb = probe.sqliteGrowthMb();
    return run;
}

struct ImportRun
{
    ImportSummary summary;
    double seconds = 0;
    double cpu = 0;
    double bodySeconds = 0; // reading, checking and applying the versions
    double checkpointSeconds = 0; // waiting afterwards for the log's copy into the main file
    qint64 pagesWritten = 0; // database pages written, WAL checkpoints not included
    qint64 pagesRead = 0; // pages not found in SQLite's cache
    double rssMb = -1;
    double sqliteMb = 0;
    double heapMb = -1; // at its peak
    double heapHeldMb = -1; // after the commit
    double baseMb = 0;
};

// Pages this connection wrote (to the WAL) or had to read (SQLite cache misses) since the last
// call; resets the counter.
qint64 pagesSinceLast(RecordStore &store, int what)
{
    int current = 0, high = 0;
    sqlite3_db_status(store.db().handle(), what, &current, &high, 1);
    return current;
}

// An import measured alone starts from a trimmed heap, and the checkpoint of the log that runs
// on a thread of its own after the commit (Database) is waited for and timed apart. One import
// of a folder follows the one before as it would in CaseDesk: the heap as that one left it
// (trimming it would give back memory the next import then faults in again, a cost no real
// import has) and its checkpoint still running.
enum class ImportMode { Alone, OfFolder };

Result<ImportRun> timedImport(RecordStore &into, const QString &path,
                              ImportMode mode = ImportMode::Alone)
{
    const bool alone = mode == ImportMode::Alone;
    pagesSinceLast(into, SQLITE_DBSTATUS_CACHE_WRITE);
    pagesSinceLast(into, SQLITE_DBSTATUS_CACHE_MISS);
    StepProbe probe;
    double bodyEnd = 0;
    double held = -1;
    // The heap is followed in imports measured alone; a folder's are judged by their speed.
    probe.start(alone, into.db().handle(),
                alone ? StepProbe::Heap::Sampled : StepProbe::Heap::Untracked);
    // Called after every chunk; the last chunk is read before the signature, the final call
    // (everything read) comes after the commit.
    auto imported = PackageImport::importFile(into, path, [&](qint64 read, qint64 total) {
        if (read < total)
            bodyEnd = probe.elapsedNow();
        probe.sample();
        if (read == total && alone)
            held = probe.heapHeldMb();
    });
    probe.stop();
    if (!imported)
        return imported.status();
    if (imported->alreadyImported)
        return Status::error(QStringLiteral("%1 was imported before").arg(path));
    ImportRun run;
    if (alone) {
        QElapsedTimer wait;
        wait.start();
        into.db().waitForCheckpoint();
        run.checkpointSeconds = wait.nsecsElapsed() / 1e9;
    }
    run.summary = imported.value();
    run.seconds = probe.seconds();
    run.cpu = probe.cpu();
    run.pagesWritten = pagesSinceLast(into, SQLITE_DBSTATUS_CACHE_WRITE);
    run.pagesRead = pagesSinceLast(into, SQLITE_DBSTATUS_CACHE_MISS);
    run.bodySeconds = bodyEnd;
    run.rssMb = probe.peakGrowthMb();
    run.sqliteMb = probe.sqliteGrowthMb();
    run.heapMb = probe.heapGrowthMb();
    run.heapHeldMb = held;
    run.baseMb = probe.baseMb();
    return run;
}

// One package size: a fresh office with about `versions` versions of generated case files,
// a fresh hub, the package written by the office and imported by the hub.
struct SizeRun
{
    qint64 target = 0;
    qint64 generated = 0;
    double generateSeconds = 0;
    ExportRun out;
    double countSeconds = 0;
    ImportRun in;
    QString officePath;
};

Result<SizeRun> measureSize(const QString &dir, qint64 versions, quint32 seed)
{
    SizeRun run;
    run.target = versions;
    const QString tag = QString::number(versions);
    run.officePath = dir + QStringLiteral("/office-%1.cdsk").arg(tag);
    const QString hubPath = dir + QStringLiteral("/hub-%1.cdsk").arg(tag);
    const QString package = dir + QStringLiteral("/office-%1-to-hub.cdpkg").arg(tag);
    auto office = makeSite(run.officePath, QStringLiteral("Benchmark office"),
                           QStringLiteral("BOF"), QStringLiteral("office"));
    if (!office)
        return office.status();
    auto hub = makeSite(hubPath, QStringLiteral("Benchmark hub"), QStringLiteral("BHB"),
                        QStringLiteral("hub"));
    if (!hub)
        return hub.status();
    if (Status s = peerUp(*office.value(), *hub.value()); !s)
        return s;
    note(QStringLiteral("Generating about %1 versions into %2 ...")
             .arg(versions)
             .arg(run.officePath));
    QElapsedTimer timer;
    timer.start();
    const qint64 before = versionCount(*office.value());
    if (Status s = generateVersions(*office.value(), versions, seed); !s)
        return s;
    run.generated = versionCount(*office.value()) - before;
    run.generateSeconds = timer.nsecsElapsed() / 1e9;

    // The office is reopened, so the export starts from an empty SQLite page cache as in a new
    // session. The hub stays open since its creation: closing it would leave the statistics of
    // its empty tables behind (see measureStaleStatistics).
    auto officeAgain = reopen(office.value());
    if (!officeAgain)
        return officeAgain.status();
    std::unique_ptr<RecordStore> from = std::move(officeAgain.value());
    std::unique_ptr<RecordStore> to = std::move(hub.value());
    note(QStringLiteral("Writing the package of %1 versions ...").arg(run.generated));
    auto out = timedExport(*from, *to, package);
    if (!out)
        return out.status();
    run.out = out.value();
    // The same selection again without writing: the counting pass of the export alone.
    if (const auto peer = Peers::byId(*from, to->site().id)) {
        timer.restart();
        auto pending = PackageExport::pending(*from, *peer);
        if (!pending)
            return pending.status();
        run.countSeconds = timer.nsecsElapsed() / 1e9;
    }
    from.reset();
    note(QStringLiteral("Importing it into the hub ..."));
    auto in = timedImport(*to, package);
    if (!in)
        return in.status();
    run.in = in.value();
    if (run.in.summary.versions != run.out.summary.versions)
        note(QStringLiteral("warning: %1 versions written, %2 new at the hub")
                 .arg(run.out.summary.versions)
                 .arg(run.in.summary.versions));
    return run;
}

// A hub closed once after it was made keeps the statistics PRAGMA optimize took of its empty
// tables; with them SQLite reads the whole version table for every row_id lookup, so the first
// large import slows down as it goes. The same package into a hub that stayed open (no
// statistics) and into one closed and reopened before the import.
Status measureStaleStatistics(const QString &dir, qint64 versions, quint32 seed,
                              BenchReport &report)
{
    const QString officePath = dir + QStringLiteral("/stale-office.cdsk");
    auto office = makeSite(officePath, QStringLiteral("Statistics office"), QStringLiteral("SOF"),
                           QStringLiteral("office"));
    if (!office)
        return office.status();
    auto fresh = makeSite(dir + QStringLiteral("/stale-hub-open.cdsk"), QStringLiteral("Open hub"),
                          QStringLiteral("OHB"), QStringLiteral("hub"));
    if (!fresh)
        return fresh.status();
    auto closed
        = makeSite(dir + QStringLiteral("/stale-hub-reopened.cdsk"), QStringLiteral("Reopened hub"),
                   QStringLiteral("RHB"), QStringLiteral("hub"));
    if (!closed)
        return closed.status();
    if (Status s = peerUp(*office.value(), *fresh.value()); !s)
        return s;
    if (Status s = peerUp(*office.value(), *closed.value()); !s)
        return s;
    auto reopened = reopen(closed.value());
    if (!reopened)
        return reopened.status();
    note(QStringLiteral("Generating about %1 versions into %2 ...").arg(versions).arg(officePath));
    if (Status s = generateVersions(*office.value(), versions, seed); !s)
        return s;
    const QString toFresh = dir + QStringLiteral("/stale-to-open.cdpkg");
    const QString toReopened = dir + QStringLiteral("/stale-to-reopened.cdpkg");
    if (auto out = timedExport(*office.value(), *fresh.value(), toFresh); !out)
        return out.status();
    if (auto out = timedExport(*office.value(), *reopened.value(), toReopened); !out)
        return out.status();
    office.value().reset();
    note(QStringLiteral("Importing it into a hub kept open and into a reopened one ..."));
    auto a = timedImport(*fresh.value(), toFresh);
    if (!a)
        return a.status();
    auto b = timedImport(*reopened.value(), toReopened);
    if (!b)
        return b.status();
    report.set(QStringLiteral("stale_stats_versions"), a->summary.versions,
               QStringLiteral("package into a new hub, versions"));
    report.set(QStringLiteral("stale_stats_open_hub_versions_per_s"),
               perSecond(a->summary.versions, a->seconds),
               QStringLiteral("  hub open since made (versions/s)"));
    report.set(QStringLiteral("stale_stats_reopened_hub_versions_per_s"),
               perSecond(b->summary.versions, b->seconds),
               QStringLiteral("  hub closed and reopened first (versions/s)"));
    QFile::remove(toFresh);
    QFile::remove(toReopened);
    return Status::ok();
}

QJsonObject sizeJson(const SizeRun &r)
{
    return QJsonObject {
        { QStringLiteral("versions"), r.out.summary.versions },
        { QStringLiteral("blobs"), r.out.summary.blobs },
        { QStringLiteral("package_bytes"), r.out.summary.bytes },
        { QStringLiteral("export_s"), rounded(r.out.seconds, 3) },
        { QStringLiteral("export_versions_per_s"),
          perSecond(r.out.summary.versions, r.out.seconds) },
        { QStringLiteral("export_cpu_s"), rounded(r.out.cpu, 3) },
        { QStringLiteral("export_rss_mb"), r.out.rssMb },
        { QStringLiteral("export_sqlite_mb"), r.out.sqliteMb },
        { QStringLiteral("import_s"), rounded(r.in.seconds, 3) },
        { QStringLiteral("import_versions_per_s"), perSecond(r.in.summary.versions, r.in.seconds) },
        { QStringLiteral("import_cpu_s"), rounded(r.in.cpu, 3) },
        { QStringLiteral("import_rss_mb"), r.in.rssMb },
        { QStringLiteral("import_sqlite_mb"), r.in.sqliteMb },
        { QStringLiteral("import_heap_mb"), r.in.heapMb },
        { QStringLiteral("import_heap_held_mb"), r.in.heapHeldMb },
    };
}

Status measurePackages(const SyncWorkload::Options &options, BenchReport &report)
{
    QList<qint64> sizes;
    if (options.flatness && options.versions >= 4000)
        sizes << options.versions / 4 << options.versions / 2;
    sizes << options.versions;
    QList<SizeRun> runs;
    for (int i = 0; i < sizes.size(); ++i) {
        auto run = measureSize(options.dir, sizes.at(i), options.seed * 1000 + 100 * quint32(i));
        if (!run)
            return run.status();
        runs.append(run.value());
    }
    const SizeRun &big = runs.last();
    const qint64 versions = big.out.summary.versions;
    report.set(QStringLiteral("sync_generate_versions_per_s"),
               perSecond(big.generated, big.generateSeconds),
               QStringLiteral("office generation, versions per second"));
    report.set(QStringLiteral("package_versions"), versions, QStringLiteral("package versions"));
    report.set(QStringLiteral("package_blobs"), big.out.summary.blobs,
               QStringLiteral("package attachments"));
    report.set(QStringLiteral("package_cases"), big.out.summary.cases,
               QStringLiteral("package case files"));
    report.set(QStringLiteral("package_bytes"), big.out.summary.bytes,
               QStringLiteral("package size (bytes)"));
    report.set(QStringLiteral("package_bytes_per_version"),
               rounded(double(big.out.summary.bytes) / std::max<qint64>(1, versions), 1),
               QStringLiteral("package bytes per version"));
    report.set(QStringLiteral("export_s"), rounded(big.out.seconds, 3),
               QStringLiteral("export (PackageExport::write) (s)"));
    report.set(QStringLiteral("export_count_s"), rounded(big.countSeconds, 3),
               QStringLiteral("  its selection and counting pass alone (s)"));
    report.set(QStringLiteral("export_versions_per_s"), perSecond(versions, big.out.seconds),
               QStringLiteral("export, versions per second"));
    report.set(QStringLiteral("export_cpu_versions_per_s"), perSecond(versions, big.out.cpu),
               QStringLiteral("  per second of CPU time"));
    report.set(QStringLiteral("export_rss_mb"), big.out.rssMb,
               QStringLiteral("export, peak RSS growth (MB)"));
    report.set(QStringLiteral("export_sqlite_mb"), big.out.sqliteMb,
               QStringLiteral("  of which SQLite at its peak (MB)"));
    report.set(QStringLiteral("import_s"), rounded(big.in.seconds, 3),
               QStringLiteral("import (PackageImport::importFile) (s)"));
    report.set(QStringLiteral("import_body_s"), rounded(big.in.bodySeconds, 3),
               QStringLiteral("  reading and applying the body (s)"));
    report.set(QStringLiteral("import_finish_s"), rounded(big.in.seconds - big.in.bodySeconds, 3),
               QStringLiteral("  signature, touched rows, commit (s)"));
    report.set(QStringLiteral("import_checkpoint_after_s"), rounded(big.in.checkpointSeconds, 3),
               QStringLiteral("  then the log's copy into the file, on its own thread (s)"));
    report.set(QStringLiteral("import_versions_per_s"),
               perSecond(big.in.summary.versions, big.in.seconds),
               QStringLiteral("import, versions per second"));
    report.set(QStringLiteral("import_cpu_versions_per_s"),
               perSecond(big.in.summary.versions, big.in.cpu),
               QStringLiteral("  per second of CPU time"));
    report.set(
        QStringLiteral("import_pages_written_per_version"),
        rounded(double(big.in.pagesWritten) / std::max<qint64>(1, big.in.summary.versions), 2),
        QStringLiteral("  database pages written per version"));
    report.set(QStringLiteral("import_pages_read_per_version"),
               rounded(double(big.in.pagesRead) / std::max<qint64>(1, big.in.summary.versions), 2),
               QStringLiteral("  pages read past SQLite's cache per version"));
    report.set(QStringLiteral("import_rss_mb"), big.in.rssMb,
               QStringLiteral("import, peak RSS growth (MB)"));
    report.set(QStringLiteral("import_sqlite_mb"), big.in.sqliteMb,
               QStringLiteral("  of which SQLite at its peak (MB)"));
    report.set(QStringLiteral("import_base_rss_mb"), big.in.baseMb,
               QStringLiteral("  resident before the import (MB)"));
    // Left out where the C library does not say (a budget on a missing figure is missed).
    if (big.in.heapMb >= 0 && big.in.heapHeldMb >= 0) {
        report.set(QStringLiteral("import_heap_peak_mb"), big.in.heapMb,
                   QStringLiteral("import, peak heap outside SQLite's page cache (MB)"));
        report.set(QStringLiteral("import_heap_held_mb"), big.in.heapHeldMb,
                   QStringLiteral("  held after the commit (MB)"));
    }
    report.set(QStringLiteral("package_mb"),
               rounded(double(big.out.summary.bytes) / (1024.0 * 1024.0), 1),
               QStringLiteral("package size (MB)"));

    note(QStringLiteral("Inserting the same %1 rows into plain SQLite tables ...").arg(versions));
    const std::vector<RawInsert::RawRow> rows = RawInsert::readRows(big.officePath);
    const QString rawPath = options.dir + QStringLiteral("/raw-insert.sqlite");
    auto plain = RawInsert::seconds(rows, rawPath, false);
    if (!plain)
        return plain.status();
    auto indexed = RawInsert::seconds(rows, rawPath, true);
    if (!indexed)
        return indexed.status();
    const qint64 rawRows = qint64(rows.size());
    report.set(QStringLiteral("raw_insert_rows"), rawRows, QStringLiteral("reference rows"));
    report.set(QStringLiteral("raw_insert_rows_per_s"), perSecond(rawRows, plain.value()),
               QStringLiteral("raw SQLite insert, plain table (rows/s)"));
    report.set(QStringLiteral("raw_insert_indexed_rows_per_s"), perSecond(rawRows, indexed.value()),
               QStringLiteral("raw SQLite insert, version's indexes (rows/s)"));
    const double importRate = perSecond(big.in.summary.versions, big.in.seconds);
    if (importRate > 0)
        report.set(QStringLiteral("raw_insert_to_import"),
                   rounded(perSecond(rawRows, plain.value()) / importRate, 1),
                   QStringLiteral("raw insert ÷ import rate"));

    QJsonArray bySize;
    for (const SizeRun &r : std::as_const(runs))
        bySize.append(sizeJson(r));
    report.set(QStringLiteral("by_package_size"), bySize, QStringLiteral("by package size"));
    if (runs.size() > 1) {
        const SizeRun &small = runs.first();
        const double extra = double(versions - small.out.summary.versions);
        // SQLite's page cache fills up to cache_size (32 MB) as more of the file is touched and
        // then stays there; what else grows is memory held per version or per row.
        const auto heap = [](double rss, double sqlite) {
            return rss - sqlite;
        };
        const double exportHeap
            = heap(big.out.rssMb, big.out.sqliteMb) - heap(small.out.rssMb, small.out.sqliteMb);
        // The import's peak outside the page cache is mostly the versions decoded ahead and the
        // batch being applied, bounded by design but at their bound only while applying is
        // slower than decoding, which depends on the moment; its resident set also keeps what
        // the allocator kept free. What the import holds after its commit (every list it keeps
        // per version or per row, none of the versions in flight) is steady from run to run.
        const bool heapKnown = big.in.heapHeldMb >= 0 && small.in.heapHeldMb >= 0;
        const double importHeap = big.in.heapHeldMb - small.in.heapHeldMb;
        report.set(QStringLiteral("export_rss_growth_mb"),
                   rounded(big.out.rssMb - small.out.rssMb, 1),
                   QStringLiteral("export peak RSS, largest minus smallest package (MB)"));
        report.set(QStringLiteral("export_heap_growth_mb"), rounded(exportHeap, 1),
                   QStringLiteral("  of it outside SQLite (MB)"));
        report.set(QStringLiteral("import_rss_growth_mb"),
                   rounded(big.in.rssMb - small.in.rssMb, 1),
                   QStringLiteral("import peak RSS, largest minus smallest package (MB)"));
        report.set(
            QStringLiteral("import_rss_outside_sqlite_growth_mb"),
            rounded(heap(big.in.rssMb, big.in.sqliteMb) - heap(small.in.rssMb, small.in.sqliteMb),
                    1),
            QStringLiteral("  of it outside SQLite (MB)"));
        if (heapKnown) {
            report.set(QStringLiteral("import_heap_peak_growth_mb"),
                       rounded(big.in.heapMb - small.in.heapMb, 1),
                       QStringLiteral("import peak heap outside SQLite, largest minus smallest "
                                      "(MB)"));
            report.set(QStringLiteral("import_heap_growth_mb"), rounded(importHeap, 1),
                       QStringLiteral("import heap held after the commit, largest minus "
                                      "smallest (MB)"));
        }
        if (heapKnown && extra > 0)
            report.set(QStringLiteral("import_heap_bytes_per_extra_version"),
                       rounded(importHeap * 1024 * 1024 / extra, 0),
                       QStringLiteral("  per extra version (bytes)"));
    }
    return Status::ok();
}

// The region: a hub of `regionCases` case files (generated once and kept, then copied for
// each run) importing one package from each of `offices` offices. Each office first sends a
// few case files and gets the hub's answer, so its measured package holds new case files and
// edits to case files the hub already has, as after a normal week.
Status measureRegion(const SyncWorkload::Options &options, BenchReport &report)
{
    const QString kept
        = options.dir + QStringLiteral("/region-hub-%1.cdsk").arg(options.regionCases);
    SiteDataset dataset(kept);
    dataset.setKind(QStringLiteral("hub"));
    if (Status s = dataset.ensure(options.regionCases, options.seed); !s)
        return s;
    if (Status s = dataset.count(); !s)
        return s;
    report.set(QStringLiteral("region_cases"), dataset.cases(), QStringLiteral("region hub cases"));
    report.set(QStringLiteral("region_versions"), dataset.versions(),
               QStringLiteral("region hub versions before the imports"));
    report.set(QStringLiteral("region_db_bytes"), dataset.bytes(),
               QStringLiteral("region hub file (bytes)"));

    const QString work = options.dir + QStringLiteral("/region-work.cdsk");
    removeSiteFile(work);
    note(QStringLiteral("Copying %1 to %2 ...").arg(kept, work));
    if (!QFile::copy(kept, work))
        return Status::error(QStringLiteral("cannot copy %1 to %2").arg(kept, work));
    if (QFileInfo::exists(kept + QStringLiteral("-wal"))
        && !QFile::copy(kept + QStringLiteral("-wal"), work + QStringLiteral("-wal")))
        return Status::error(QStringLiteral("cannot copy the log of %1").arg(kept));
    auto opened = RecordStore::open(work, Database::Mode::ReadWrite);
    if (!opened)
        return opened.status();
    std::unique_ptr<RecordStore> hub = std::move(opened.value());
    hub->setAuthor(QStringLiteral("Region hub worker"));
    if (auto keys = SiteKeys::load(*hub); !keys)
        return keys.status();

    // Setup: a tenth of a package's worth of case files, sent and answered (not measured). The
    // package measured then holds a fifth of edits to those and the rest new case files.
    const qint64 firstVersions = std::max<qint64>(200, options.officeVersions / 10);
    const qint64 editVersions = options.officeVersions / 5;
    const qint64 newVersions = options.officeVersions - editVersions;
    QStringList packages;
    QList<double> hubExportSeconds;
    for (int i = 0; i < options.offices; ++i) {
        const QString path = options.dir + QStringLiteral("/region-office-%1.cdsk").arg(i + 1);
        auto office = makeSite(path, QStringLiteral("Office %1").arg(i + 1),
                               QStringLiteral("O%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                               QStringLiteral("office"));
        if (!office)
            return office.status();
        RecordStore &o = *office.value();
        if (Status s = peerUp(o, *hub); !s)
            return s;
        const quint32 seed = options.seed * 1000003u + 7777u * quint32(i + 1);
        note(QStringLiteral("Office %1 of %2: first case files, sent and answered ...")
                 .arg(i + 1)
                 .arg(options.offices));
        if (Status s = generateVersions(o, firstVersions, seed); !s)
            return s;
        const QString first = options.dir + QStringLiteral("/region-first-%1.cdpkg").arg(i + 1);
        if (auto out = timedExport(o, *hub, first); !out)
            return out.status();
        if (auto in = timedImport(*hub, first); !in)
            return in.status();
        const QString answer = options.dir + QStringLiteral("/region-answer-%1.cdpkg").arg(i + 1);
        auto back = timedExport(*hub, o, answer);
        if (!back)
            return back.status();
        hubExportSeconds.append(back->seconds);
        if (auto in = timedImport(o, answer); !in)
            return in.status();
        QFile::remove(first);
        QFile::remove(answer);

        // The package measured: new case files and edits to the ones the hub has.
        const QList<QUuid> known = caseIds(o);
        if (Status s = generateVersions(o, newVersions, seed + 1); !s)
            return s;
        if (Status s = editCases(o, known, editVersions, seed); !s)
            return s;
        const QString package = options.dir + QStringLiteral("/region-week-%1.cdpkg").arg(i + 1);
        if (auto out = timedExport(o, *hub, package); !out)
            return out.status();
        packages << package;
    }
    std::sort(hubExportSeconds.begin(), hubExportSeconds.end());
    if (!hubExportSeconds.isEmpty())
        report.set(QStringLiteral("region_hub_export_s"),
                   rounded(hubExportSeconds.at(hubExportSeconds.size() / 2), 3),
                   QStringLiteral("hub's first package to an office, median (s)"));

    hub.reset();
    auto again = RecordStore::open(work, Database::Mode::ReadWrite);
    if (!again)
        return again.status();
    hub = std::move(again.value());
    note(QStringLiteral("Importing %1 office packages into the region hub ...")
             .arg(packages.size()));
    qint64 total = 0;
    double seconds = 0;
    double cpu = 0;
    qint64 written = 0;
    qint64 read = 0;
    // The folder's memory: from a heap trimmed once before the first import to the highest
    // peak of any.
    ProcessMemory::trimHeap();
    const double folderBaseMb = ProcessMemory::currentRssMb();
    double peakMb = folderBaseMb;
    double slowestSeconds = -1;
    double slowestRate = 0;
    double lowestRate = -1;
    QJsonArray each;
    for (const QString &package : std::as_const(packages)) {
        auto in = timedImport(*hub, package, ImportMode::OfFolder);
        if (!in)
            return in.status();
        const qint64 n = in->summary.versions;
        const double rate = perSecond(n, in->seconds);
        total += n;
        seconds += in->seconds;
        cpu += in->cpu;
        written += in->pagesWritten;
        read += in->pagesRead;
        if (in->rssMb >= 0)
            peakMb = std::max(peakMb, in->baseMb + in->rssMb);
        if (in->seconds > slowestSeconds) {
            slowestSeconds = in->seconds;
            slowestRate = rate;
        }
        lowestRate = lowestRate < 0 ? rate : std::min(lowestRate, rate);
        each.append(
            QJsonObject { { QStringLiteral("versions"), n },
                          { QStringLiteral("s"), rounded(in->seconds, 3) },
                          { QStringLiteral("cpu_s"), rounded(in->cpu, 3) },
                          { QStringLiteral("finish_s"), rounded(in->seconds - in->bodySeconds, 3) },
                          { QStringLiteral("rss_mb"), in->rssMb } });
        note(QStringLiteral("  %1 versions in %2 s").arg(n).arg(in->seconds, 0, 'f', 2));
    }
    QElapsedTimer tail;
    tail.start();
    hub->db().waitForCheckpoint();
    report.set(QStringLiteral("region_checkpoint_after_s"), rounded(tail.nsecsElapsed() / 1e9, 3),
               QStringLiteral("after the last import, the log's copy into the file (s)"));
    report.set(QStringLiteral("region_imports"), qint64(packages.size()),
               QStringLiteral("region office packages imported"));
    report.set(QStringLiteral("region_import_versions"), total,
               QStringLiteral("region versions imported"));
    report.set(QStringLiteral("region_import_s"), rounded(seconds, 2),
               QStringLiteral("region imports, total (s)"));
    report.set(QStringLiteral("region_import_versions_per_s"), perSecond(total, seconds),
               QStringLiteral("region import, versions per second"));
    report.set(QStringLiteral("region_import_cpu_versions_per_s"), perSecond(total, cpu),
               QStringLiteral("  per second of CPU time"));
    report.set(QStringLiteral("region_pages_written_per_version"),
               rounded(double(written) / std::max<qint64>(1, total), 2),
               QStringLiteral("  database pages written per version"));
    report.set(QStringLiteral("region_pages_read_per_version"),
               rounded(double(read) / std::max<qint64>(1, total), 2),
               QStringLiteral("  pages read past SQLite's cache per version"));
    report.set(QStringLiteral("region_slowest_import_s"), rounded(slowestSeconds, 3),
               QStringLiteral("region slowest import (s)"));
    report.set(QStringLiteral("region_slowest_import_versions_per_s"), slowestRate,
               QStringLiteral("  its versions per second"));
    report.set(QStringLiteral("region_lowest_import_versions_per_s"), lowestRate,
               QStringLiteral("region lowest import rate (versions/s)"));
    report.set(QStringLiteral("region_import_rss_mb"), rounded(peakMb - folderBaseMb, 1),
               QStringLiteral("region import, peak RSS growth over all the packages (MB)"));
    report.set(QStringLiteral("region_each"), each, QStringLiteral("region imports"));
    hub.reset();
    for (const QString &package : std::as_const(packages))
        QFile::remove(package);
    return Status::ok();
}

} // namespace

Status SyncWorkload::run(const Options &options, BenchReport &report)
{
    if (!QDir().mkpath(options.dir))
        return Status::error(QStringLiteral("cannot create %1").arg(options.dir));
    if (!SiteKeys::initialiseSodium())
        return Status::error(QStringLiteral("libsodium did not initialise"));
    report.set(QStringLiteral("sync_dir"), options.dir, QStringLiteral("working folder"));
    if (Status s = measurePackages(options, report); !s)
        return s;
    if (Status s
        = measureStaleStatistics(options.dir, std::clamp<qint64>(options.versions / 10, 500, 10000),
                                 options.seed * 1000 + 999, report);
        !s)
        return s;
    if (options.offices > 0)
        if (Status s = measureRegion(options, report); !s)
            return s;
    return Status::ok();
}

} // namespace casedesk
