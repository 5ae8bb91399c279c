#include "firstpageprobe.h"

#include "caselistmodel.h"
#include "pagecache.h"
#include "processmemory.h"
#include "recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <time.h>

namespace casedesk {

namespace {

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

} // namespace

qint64 FirstPageProbe::monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int FirstPageProbe::runChild(const QString &path, qint64 startedNs, qint64 mainNs)
{
    const qint64 openStart = monotonicNs();
    auto store = RecordStore::open(path, Database::Mode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "casedesk-bench: %s\n", store.message().toLocal8Bit().constData());
        return 1;
    }
    const qint64 modelStart = monotonicNs();
    CaseListModel model(*store.value());
    const qint64 done = monotonicNs();

    const QJsonObject figures {
        { QStringLiteral("first_page_ms"), msBetween(startedNs, done) },
        { QStringLiteral("startup_ms"), msBetween(startedNs, mainNs) },
        { QStringLiteral("app_ms"), msBetween(mainNs, openStart) },
        { QStringLiteral("open_ms"), msBetween(openStart, modelStart) },
        { QStringLiteral("model_ms"), msBetween(modelStart, done) },
        { QStringLiteral("rss_mb"), ProcessMemory::peakRssMb() },
        { QStringLiteral("rows"), model.rowCount() },
        { QStringLiteral("total"), model.totalCount() },
    };
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

Result<FirstPageProbe::Run> FirstPageProbe::spawn(const QString &program, const QString &path,
                                                  bool evictFileCache)
{
    if (evictFileCache && !PageCache::evictSiteFile(path))
        return Status::error(QStringLiteral("cannot drop %1 from the page cache").arg(path));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startedNs = monotonicNs();
    child.start(program,
                { QStringLiteral("--measure-first-page"), path, QStringLiteral("--started-ns"),
                  QString::number(startedNs) });
    if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return Status::error(
            QStringLiteral("the first-page process failed: %1").arg(child.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (o.isEmpty())
        return Status::error(QStringLiteral("the first-page process printed no figures"));
    Run run;
    run.firstPageMs = o.value(QStringLiteral("first_page_ms")).toDouble();
    run.startupMs = o.value(QStringLiteral("startup_ms")).toDouble();
    run.appMs = o.value(QStringLiteral("app_ms")).toDouble();
    run.openMs = o.value(QStringLiteral("open_ms")).toDouble();
    run.modelMs = o.value(QStringLiteral("model_ms")).toDouble();
    run.rssMb = o.value(QStringLiteral("rss_mb")).toDouble();
    run.rows = o.value(QStringLiteral("rows")).toInt();
    run.total = o.value(QStringLiteral("total")).toInt();
    return run;
}

} // namespace casedesk
