// casedesk-bench: the region benchmark of ARCHITECTURE §8. Generates (or reuses) a site file
// of N case files and measures what a desk worker waits for; figures go to docs/benchmarks.md.
#include "allocatortuning.h"
#include "benchoptions.h"
#include "benchreport.h"
#include "casefileworkload.h"
#include "caselistmodel.h"
#include "caselistworkload.h"
#include "firstpageprobe.h"
#include "minutesworkload.h"
#include "mydayworkload.h"
#include "pagecache.h"
#include "processmemory.h"
#include "recordstore.h"
#include "searchworkload.h"
#include "sitedataset.h"
#include "syncworkload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>

using namespace casedesk;

using casedesk::note;
using casedesk::rounded;

namespace {

const FirstPageProbe::Run &medianRun(QList<FirstPageProbe::Run> &runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const auto &a, const auto &b) { return a.firstPageMs < b.firstPageMs; });
    return runs.at(runs.size() / 2);
}

Result<QList<FirstPageProbe::Run>> probeFirstPage(const QString &path, bool cold, int times)
{
    QList<FirstPageProbe::Run> runs;
    for (int i = 0; i < times; ++i) {
        auto run = FirstPageProbe::spawn(QCoreApplication::applicationFilePath(), path, cold);
        if (!run)
            return run.status();
        runs.append(run.value());
    }
    return runs;
}

// Warm: the file's pages are in the OS cache, as on a second start the same day.
Status measureWarmFirstPage(const QString &path, qint64 cases, BenchReport &report)
{
    note(QStringLiteral("Reading %1 into the OS cache ...").arg(path));
    PageCache::warmSiteFile(path);
    note(QStringLiteral("Measuring start to first page in fresh processes ..."));
    auto runs = probeFirstPage(path, false, 5);
    if (!runs)
        return runs.status();
    double rss = 0;
    for (const auto &r : runs.value())
        rss = std::max(rss, r.rssMb);
    const FirstPageProbe::Run w = medianRun(runs.value());
    if (w.total != cases || w.rows != std::min<qint64>(cases, CaseListModel::PageSize))
        note(QStringLiteral("warning: the first page showed %1 rows of %2 cases")
                 .arg(w.rows)
                 .arg(w.total));
    report.set(QStringLiteral("first_page_ms"), rounded(w.firstPageMs),
               QStringLiteral("first page, warm cache (ms)"));
    report.set(QStringLiteral("first_page_startup_ms"), rounded(w.startupMs),
               QStringLiteral("  of which exec to main()"));
    report.set(QStringLiteral("first_page_app_ms"), rounded(w.appMs),
               QStringLiteral("  of which QCoreApplication"));
    report.set(QStringLiteral("first_page_open_ms"), rounded(w.openMs),
               QStringLiteral("  of which RecordStore::open"));
    report.set(QStringLiteral("first_page_model_ms"), rounded(w.modelMs),
               QStringLiteral("  of which CaseListModel"));
    report.set(QStringLiteral("first_page_rss_mb"), rounded(rss, 1),
               QStringLiteral("first-page process peak RSS (MB)"));
    return Status::ok();
}

// Cold: the file's pages were dropped first, as after a reboot (the program and the Qt
// libraries stay cached). Run last, so no other figure pays for the evicted pages.
Status measureColdFirstPage(const QString &path, BenchReport &report)
{
    note(QStringLiteral(
        "Measuring start to first page with the file evicted from the OS cache ..."));
    auto runs = probeFirstPage(path, true, 3);
    if (!runs)
        return runs.status();
    const FirstPageProbe::Run c = medianRun(runs.value());
    report.set(QStringLiteral("first_page_cold_ms"), rounded(c.firstPageMs),
               QStringLiteral("first page, file not cached (ms)"));
    report.set(QStringLiteral("first_page_cold_open_ms"), rounded(c.openMs),
               QStringLiteral("  of which RecordStore::open"));
    report.set(QStringLiteral("first_page_cold_model_ms"), rounded(c.modelMs),
               QStringLiteral("  of which CaseListModel"));
    return Status::ok();
}

void reportSearch(const SearchWorkload::Outcome &search, BenchReport &report)
{
    report.set(QStringLiteral("search_queries"), search.all.count(),
               QStringLiteral("search queries"));
    report.set(QStringLiteral("search_p50_ms"), rounded(search.all.median()),
               QStringLiteral("search p50 (ms)"));
    report.set(QStringLiteral("search_p95_ms"), rounded(search.all.percentile(95)),
               QStringLiteral("search p95 (ms)"));
    report.set(QStringLiteral("search_cpu_p50_ms"), rounded(search.cpu.median()),
               QStringLiteral("search CPU time p50 (ms)"));
    report.set(QStringLiteral("search_cpu_p95_ms"), rounded(search.cpu.percentile(95)),
               QStringLiteral("search CPU time p95 (ms)"));
    report.set(QStringLiteral("search_max_ms"), rounded(search.all.max()),
               QStringLiteral("search max (ms)"));
    QJsonObject byKind;
    for (auto it = search.byKind.cbegin(); it != search.byKind.cend(); ++it)
        byKind.insert(it.key(),
                      QJsonObject { { QStringLiteral("count"), it->count() },
                                    { QStringLiteral("p50_ms"), rounded(it->median()) },
                                    { QStringLiteral("p95_ms"), rounded(it->percentile(95)) } });
    report.set(QStringLiteral("search_by_kind"), byKind, QStringLiteral("search by kind"));
    QJsonArray slowest;
    for (const SearchWorkload::Timed &t : search.slowest)
        slowest.append(
            QJsonObject { { QStringLiteral("query"), t.query.text },
                          { QStringLiteral("kind"), SearchQuery::kindName(t.query.kind) },
                          { QStringLiteral("ms"), rounded(t.ms) },
                          { QStringLiteral("hits"), t.hits } });
    report.set(QStringLiteral("search_slowest"), slowest, QStringLiteral("slowest searches"));
    report.set(QStringLiteral("search_without_hits"), search.withoutHits,
               QStringLiteral("searches that found nothing"));
}

// Everything after the first page happens in this process, with the file opened as the GUI
// opens it and still in the OS cache, one operation after another as a person would do them.
Status measureWorkloads(const QString &path, quint32 seed, BenchReport &report)
{
    // The kernel may reset ru_maxrss along with VmHWM: keep the peak of what ran before.
    report.set(QStringLiteral("peak_rss_mb"), rounded(ProcessMemory::peakRssMb(), 1),
               QStringLiteral("benchmark process peak RSS (MB)"));
    const bool peakReset = ProcessMemory::resetPeak();
    QElapsedTimer timer;
    timer.start();
    auto store = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!store)
        return store.status();
    CaseListModel model(*store.value());
    report.set(QStringLiteral("reopen_first_page_ms"), rounded(timer.nsecsElapsed() / 1e6),
               QStringLiteral("open + first page in this process (ms)"));

    const QList<SearchQuery> queries = SearchQueries::pick(store.value()->db(), seed);
    note(QStringLiteral("Timing %1 searches ...").arg(queries.size()));
    reportSearch(SearchWorkload::run(model, queries), report);

    note(QStringLiteral("Timing scrolling and sorting of the case list ..."));
    const CaseListWorkload::Outcome list = CaseListWorkload::run(model);
    report.set(QStringLiteral("next_page_ms"), rounded(list.nextPageMs.median()),
               QStringLiteral("next page (fetchMore) median (ms)"));
    QJsonObject sorts;
    double slowestSort = 0;
    for (auto it = list.sortMs.cbegin(); it != list.sortMs.cend(); ++it) {
        sorts.insert(it.key(), rounded(it.value()));
        slowestSort = std::max(slowestSort, it.value());
    }
    report.set(QStringLiteral("sort_ms"), sorts, QStringLiteral("sort by column, first page (ms)"));
    report.set(QStringLiteral("sort_max_ms"), rounded(slowestSort),
               QStringLiteral("slowest column sort (ms)"));

    note(QStringLiteral("Timing 50 case files ..."));
    const CaseFileWorkload::Outcome files = CaseFileWorkload::run(*store.value(), seed);
    report.set(QStringLiteral("open_case_ms"), rounded(files.ms.median()),
               QStringLiteral("case file load + history median (ms)"));
    report.set(QStringLiteral("open_case_p95_ms"), rounded(files.ms.percentile(95)),
               QStringLiteral("case file load + history p95 (ms)"));
    report.set(QStringLiteral("open_case_history_entries"), rounded(files.meanHistoryEntries, 1),
               QStringLiteral("history entries per case (mean)"));
    if (files.failures > 0)
        note(QStringLiteral("warning: %1 case files did not load").arg(files.failures));
    if (peakReset)
        report.set(QStringLiteral("workload_rss_mb"), rounded(ProcessMemory::highWaterMb(), 1),
                   QStringLiteral("peak RSS while searching/opening (MB)"));
    return Status::ok();
}

void reportDataset(const SiteDataset &dataset, BenchReport &report)
{
    report.set(QStringLiteral("cases"), dataset.cases(), QStringLiteral("cases"));
    report.set(QStringLiteral("persons"), dataset.persons(), QStringLiteral("persons"));
    report.set(QStringLiteral("interactions"), dataset.interactions(),
               QStringLiteral("interactions"));
    report.set(QStringLiteral("versions"), dataset.versions(), QStringLiteral("versions"));
    report.set(QStringLiteral("generated_in_this_run"), dataset.generatedNow(),
               QStringLiteral("generated in this run"));
    if (dataset.upgradeSeconds() >= 0) {
        report.set(QStringLiteral("upgraded_from_format"), dataset.upgradedFromFormat(),
                   QStringLiteral("upgraded from data format"));
        report.set(QStringLiteral("upgrade_s"), rounded(dataset.upgradeSeconds(), 1),
                   QStringLiteral("upgrade on first read-write open (s)"));
    }
    if (dataset.generateSeconds() > 0) {
        report.set(QStringLiteral("generate_s"), rounded(dataset.generateSeconds(), 1),
                   QStringLiteral("generation (s)"));
        report.set(QStringLiteral("write_versions_per_s"),
                   rounded(dataset.versionsWritten() / dataset.generateSeconds(), 0),
                   QStringLiteral("versions written per second"));
    } else {
        report.set(QStringLiteral("generate_s"), QJsonValue(QJsonValue::Null),
                   QStringLiteral("generation (s)"));
        report.set(QStringLiteral("write_versions_per_s"), QJsonValue(QJsonValue::Null),
                   QStringLiteral("versions written per second"));
    }
}

int fail(const QString &message)
{
    note(QStringLiteral("casedesk-bench: %1").arg(message));
    return 1;
}

void reportMachine(BenchReport &report)
{
    report.set(QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate),
               QStringLiteral("date"));
    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        report.set(QStringLiteral("load_average"), rounded(load[0]),
                   QStringLiteral("load average at start (1 min)"));
    report.set(QStringLiteral("machine"),
               QStringLiteral("%1, %2 cores")
                   .arg(QSysInfo::prettyProductName())
                   .arg(std::thread::hardware_concurrency()),
               QStringLiteral("machine"));
    report.set(QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion()),
               QStringLiteral("SQLite"));
}

void printReport(const BenchReport &report, bool json)
{
    if (json)
        std::fputs(QJsonDocument(report.json()).toJson(QJsonDocument::Indented).constData(),
                   stdout);
    else
        std::fputs(report.text().toLocal8Bit().constData(), stdout);
}

MyDayWorkload::Options mydayOptions(const BenchOptions &options)
{
    MyDayWorkload::Options myday;
    myday.cases = options.cases;
    myday.seed = options.seed;
    myday.dir = options.mydayDir;
    myday.runs = options.mydayRuns;
    return myday;
}

void mydayBudgets(BenchReport &report)
{
    report.budget(QStringLiteral("myday_p95_ms"), 200, QStringLiteral("My day p95"));
    report.budget(QStringLiteral("myday_cold_ms"), 200,
                  QStringLiteral("My day, first run (file not cached)"));
    report.budget(QStringLiteral("supervisor_p95_ms"), 200, QStringLiteral("supervisor view p95"));
    report.budget(QStringLiteral("supervisor_cold_ms"), 200,
                  QStringLiteral("supervisor view, first run (file not cached)"));
}

// "My day" and the supervisor view alone, on their dataset with plans, referrals and visits.
int runMyDayBenchmark(const BenchOptions &options)
{
    BenchReport report;
    reportMachine(report);
    if (Status s = MyDayWorkload::run(mydayOptions(options), report); !s)
        return fail(s.message());
    report.set(QStringLiteral("peak_rss_mb"), rounded(ProcessMemory::peakRssMb(), 1),
               QStringLiteral("benchmark process peak RSS (MB)"));
    mydayBudgets(report);
    printReport(report, options.json);
    return 0;
}

// The minutes of a case conference to PDF, with the budget of the conferences issue.
int runMinutesBenchmark(const BenchOptions &options)
{
    BenchReport report;
    reportMachine(report);
    if (Status s = MinutesWorkload::run({}, report); !s)
        return fail(s.message());
    printReport(report, options.json);
    return 0;
}

// Package export and import (ARCHITECTURE §4) with the budgets of the sync issue.
int runSyncBenchmark(const BenchOptions &options)
{
    BenchReport report;
    reportMachine(report);
    SyncWorkload::Options sync;
    sync.versions = options.syncVersions;
    sync.flatness = options.syncFlatness;
    sync.offices = options.syncOffices;
    sync.officeVersions = options.syncOfficeVersions;
    sync.regionCases = options.syncRegionCases;
    sync.dir = options.syncDir;
    sync.seed = options.seed;
    if (Status s = SyncWorkload::run(sync, report); !s)
        return fail(s.message());
    if (double load[3] = {}; getloadavg(load, 3) == 3)
        report.set(QStringLiteral("load_average_end"), rounded(load[0]),
                   QStringLiteral("load average at the end (1 min)"));
    report.set(QStringLiteral("peak_rss_mb"), rounded(ProcessMemory::peakRssMb(), 1),
               QStringLiteral("benchmark process peak RSS (MB)"));
    report.setBudgetNote(QStringLiteral("stated for packages of 100,000 versions and a "
                                        "region hub on a 2-core machine"));
    report.budgetAtLeast(QStringLiteral("export_versions_per_s"), 100000,
                         QStringLiteral("export, versions per second"));
    report.budgetAtLeast(QStringLiteral("import_versions_per_s"), 25000,
                         QStringLiteral("import, versions per second"));
    if (options.syncOffices > 0)
        report.budgetAtLeast(QStringLiteral("region_import_versions_per_s"), 25000,
                             QStringLiteral("region import, versions per second"));
    // Flat: what a package four times larger adds, apart from SQLite's page cache (bounded by
    // cache_size), stays well under what holding the extra versions in memory would take (a
    // package byte is at least a byte in memory): under a quarter of the extra package bytes.
    // For the import, what it holds after its commit; its peak is the budget after.
    if (options.syncFlatness) {
        const double extraPackageMb
            = report.json().value(QStringLiteral("package_bytes")).toDouble() * 0.75
            / (1024.0 * 1024.0);
        const double limit = std::max(1.0, rounded(extraPackageMb / 4, 1));
        report.budget(QStringLiteral("export_heap_growth_mb"), limit,
                      QStringLiteral("export memory growth outside SQLite, N/4 to N"));
        report.budget(QStringLiteral("import_heap_growth_mb"), limit,
                      QStringLiteral("import memory held outside SQLite, N/4 to N"));
    }
    // Never the whole package in memory: at its peak, the import holds less outside SQLite's
    // page cache than the package itself (holding the versions decoded would take several
    // times its size).
    if (const double packageMb = report.json().value(QStringLiteral("package_mb")).toDouble();
        packageMb > 0)
        report.budget(QStringLiteral("import_heap_peak_mb"), packageMb,
                      QStringLiteral("import peak heap outside SQLite, under the package size"));
    printReport(report, options.json);
    return 0;
}

int runBenchmark(const BenchOptions &options)
{
    std::unique_ptr<QTemporaryDir> tempDir;
    QString path = options.dbPath;
    if (path.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                  + QStringLiteral("/casedesk-bench-XXXXXX"));
        if (!tempDir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        tempDir->setAutoRemove(!options.keep);
        path = tempDir->filePath(QStringLiteral("region.cdsk"));
    }
    SiteDataset dataset(path);
    if (Status s = dataset.ensure(options.cases, options.seed); !s)
        return fail(s.message());
    if (Status s = dataset.count(); !s)
        return fail(s.message());
    if (dataset.cases() != options.cases)
        note(QStringLiteral("note: %1 holds %2 cases (asked for %3)")
                 .arg(path)
                 .arg(dataset.cases())
                 .arg(options.cases));

    BenchReport report;
    reportMachine(report);
    report.set(QStringLiteral("db"), path, QStringLiteral("site file"));
    reportDataset(dataset, report);
    if (Status s = measureWarmFirstPage(path, dataset.cases(), report); !s)
        return fail(s.message());
    if (Status s = measureWorkloads(path, options.seed, report); !s)
        return fail(s.message());
    if (Status s = measureColdFirstPage(path, report); !s)
        return fail(s.message());
    if (options.myday)
        if (Status s = MyDayWorkload::run(mydayOptions(options), report); !s)
            return fail(s.message());
    report.set(QStringLiteral("db_bytes"), dataset.bytes(), QStringLiteral("file + WAL (bytes)"));
    const double peakBefore = report.json().value(QStringLiteral("peak_rss_mb")).toDouble();
    report.set(QStringLiteral("peak_rss_mb"),
               std::max(peakBefore, rounded(ProcessMemory::peakRssMb(), 1)));

    report.budget(QStringLiteral("first_page_ms"), 300, QStringLiteral("first page (warm)"));
    report.budget(QStringLiteral("first_page_cold_ms"), 300,
                  QStringLiteral("first page (file not cached)"));
    report.budget(QStringLiteral("search_p95_ms"), 30, QStringLiteral("search p95"));
    report.budget(QStringLiteral("open_case_ms"), 50, QStringLiteral("case file (median)"));
    report.budget(QStringLiteral("first_page_rss_mb"), 300,
                  QStringLiteral("memory, first-page process"));
    report.budget(QStringLiteral("workload_rss_mb"), 300,
                  QStringLiteral("memory, search and case files"));
    if (options.myday)
        mydayBudgets(report);
    printReport(report, options.json);
    if (tempDir && options.keep)
        note(QStringLiteral("Kept %1").arg(path));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = FirstPageProbe::monotonicNs();
    casedesk::tuneAllocator();
    // Rendering documents needs Qt Gui (fonts, the PDF engine); the other measurements keep the
    // plain core application they were measured with, the first page's start above all.
    bool minutes = false;
    for (int i = 1; i < argc; ++i)
        minutes = minutes || std::strcmp(argv[i], "--minutes") == 0;
    if (minutes && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = minutes
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-bench"));
    const auto options = BenchOptions::parse(app.arguments());
    if (!options)
        return fail(options.message());
    if (!options->measureFirstPage.isEmpty())
        return FirstPageProbe::runChild(options->measureFirstPage, options->startedNs, mainNs);
    if (options->sync)
        return runSyncBenchmark(options.value());
    if (options->mydayOnly)
        return runMyDayBenchmark(options.value());
    if (options->minutesOnly)
        return runMinutesBenchmark(options.value());
    return runBenchmark(options.value());
}
