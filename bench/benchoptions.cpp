#include "benchoptions.h"

#include <QCommandLineParser>

namespace casedesk {

Result<BenchOptions> BenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures CaseDesk on a generated region-size site file: start to "
                       "first page, search, opening a case file, write speed, size, memory."));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Case files to generate (default 200000)."),
                                   QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object on stdout."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Site file to use; reused when it exists, so "
                                               "repeated runs skip generation."),
                                QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generator and the workloads."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the generated temporary file."));
    QCommandLineOption measure(QStringLiteral("measure-first-page"), QString(),
                               QStringLiteral("PATH"));
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption started(QStringLiteral("started-ns"), QString(), QStringLiteral("NS"));
    started.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption sync(
        QStringLiteral("sync"),
        QStringLiteral("Measure package export and import instead (see the --sync-* options)."));
    const QCommandLineOption syncVersions(
        QStringLiteral("sync-versions"),
        QStringLiteral("Versions in the large package (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption syncSingle(
        QStringLiteral("sync-single"),
        QStringLiteral("Only the large package, not also N/4 and N/2 for the memory growth."));
    const QCommandLineOption syncOffices(
        QStringLiteral("sync-offices"),
        QStringLiteral("Office packages imported into the region hub (default 20; 0 skips)."),
        QStringLiteral("K"), QStringLiteral("20"));
    const QCommandLineOption syncOfficeVersions(
        QStringLiteral("sync-office-versions"),
        QStringLiteral("Versions in each office package (default 5000)."), QStringLiteral("N"),
        QStringLiteral("5000"));
    const QCommandLineOption syncRegionCases(
        QStringLiteral("sync-region-cases"),
        QStringLiteral("Case files in the region hub, generated once and kept (default 50000)."),
        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption syncDir(
        QStringLiteral("sync-dir"),
        QStringLiteral("Folder of the generated sites and packages (default /tmp/bench-sync)."),
        QStringLiteral("PATH"), QStringLiteral("/tmp/bench-sync"));
    const QCommandLineOption myday(
        QStringLiteral("myday"),
        QStringLiteral("Measure only My day and the supervisor view, on a dataset with plans, "
                       "referrals and visits (see --myday-dir)."));
    const QCommandLineOption skipMyday(
        QStringLiteral("skip-myday"),
        QStringLiteral("Leave My day and the supervisor view out of the region run."));
    const QCommandLineOption mydayDir(
        QStringLiteral("myday-dir"),
        QStringLiteral("Folder of the My day dataset, generated once as region-plans-N.cdsk and "
                       "kept (default /tmp/bench-myday)."),
        QStringLiteral("PATH"), QStringLiteral("/tmp/bench-myday"));
    const QCommandLineOption mydayRuns(
        QStringLiteral("myday-runs"),
        QStringLiteral("Warm runs of My day and of the supervisor view (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption minutes(
        QStringLiteral("minutes"),
        QStringLiteral("Measure only the rendering of a 10-case conference's minutes to PDF."));
    parser.addOptions({ cases, json, db, seed, keep, measure, started, sync, syncVersions,
                        syncSingle, syncOffices, syncOfficeVersions, syncRegionCases, syncDir,
                        myday, skipMyday, mydayDir, mydayRuns, minutes });
    // scripts/casedesk.sh bench -- --cases N passes the separator on; options follow it.
    QStringList list = arguments;
    if (list.size() > 1 && list.at(1) == QLatin1String("--"))
        list.removeAt(1);
    parser.process(list); // exits on --help and unknown options
    if (!parser.positionalArguments().isEmpty())
        return Status::error(QStringLiteral("unexpected argument %1 (see --help)")
                                 .arg(parser.positionalArguments().first()));

    BenchOptions options;
    bool ok = false;
    options.cases = parser.value(cases).toInt(&ok);
    if (!ok || options.cases < 1)
        return Status::error(QStringLiteral("--cases needs a positive whole number"));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return Status::error(QStringLiteral("--seed needs a non-negative whole number"));
    options.json = parser.isSet(json);
    options.keep = parser.isSet(keep);
    options.dbPath = parser.value(db);
    options.measureFirstPage = parser.value(measure);
    options.startedNs = parser.value(started).toLongLong();
    options.sync = parser.isSet(sync);
    options.syncVersions = parser.value(syncVersions).toLongLong(&ok);
    if (!ok || options.syncVersions < 1)
        return Status::error(QStringLiteral("--sync-versions needs a positive whole number"));
    options.syncFlatness = !parser.isSet(syncSingle);
    options.syncOffices = parser.value(syncOffices).toInt(&ok);
    if (!ok || options.syncOffices < 0)
        return Status::error(QStringLiteral("--sync-offices needs a whole number"));
    options.syncOfficeVersions = parser.value(syncOfficeVersions).toLongLong(&ok);
    if (!ok || options.syncOfficeVersions < 1)
        return Status::error(
            QStringLiteral("--sync-office-versions needs a positive whole number"));
    options.syncRegionCases = parser.value(syncRegionCases).toInt(&ok);
    if (!ok || options.syncRegionCases < 1)
        return Status::error(QStringLiteral("--sync-region-cases needs a positive whole number"));
    options.syncDir = parser.value(syncDir);
    options.mydayOnly = parser.isSet(myday);
    options.minutesOnly = parser.isSet(minutes);
    options.myday = !parser.isSet(skipMyday);
    options.mydayDir = parser.value(mydayDir);
    options.mydayRuns = parser.value(mydayRuns).toInt(&ok);
    if (!ok || options.mydayRuns < 1)
        return Status::error(QStringLiteral("--myday-runs needs a positive whole number"));
    return options;
}

} // namespace casedesk
