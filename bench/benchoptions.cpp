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
    parser.addOptions({ cases, json, db, seed, keep, measure, started });
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
    return options;
}

} // namespace casedesk
