#include "sitedataset.h"

#include "demodata.h"
#include "migrations.h"
#include "recordstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace casedesk {

namespace {

qint64 countOf(Database &db, const char *sql)
{
    Statement st = db.statement(sql);
    return st.step() == Statement::Step::Row ? st.int64(0) : -1;
}

void progressLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

Status SiteDataset::ensure(int cases, quint32 seed)
{
    if (!QFileInfo::exists(m_path))
        return generate(cases, seed);
    readNote();
    progressLine(QStringLiteral("Reusing %1 (generation not repeated).").arg(m_path));
    return upgrade();
}

Status SiteDataset::upgrade()
{
    int format = 0;
    if (Status s = Database::checkFileHeader(m_path, &format); !s)
        return s;
    if (format >= Migrations::latestVersion())
        return Status::ok();
    progressLine(QStringLiteral("Upgrading %1 from data format %2 to %3 ...")
                     .arg(m_path)
                     .arg(format)
                     .arg(Migrations::latestVersion()));
    QElapsedTimer timer;
    timer.start();
    auto store = RecordStore::open(m_path, Database::Mode::ReadWrite);
    if (!store)
        return store.status();
    store.value().reset();
    m_upgradeSeconds = timer.nsecsElapsed() / 1e9;
    m_upgradedFrom = format;
    progressLine(QStringLiteral("  upgraded in %1 s").arg(m_upgradeSeconds, 0, 'f', 1));
    return Status::ok();
}

Status SiteDataset::generate(int cases, quint32 seed)
{
    SiteIdentity site;
    const bool hub = m_kind == QLatin1String("hub");
    site.name
        = hub ? QStringLiteral("Region benchmark hub") : QStringLiteral("Region benchmark office");
    site.code = hub ? QStringLiteral("HUB1") : QStringLiteral("BEN1");
    site.kind = m_kind;
    auto store = RecordStore::create(m_path, site);
    if (!store)
        return store.status();
    store.value()->setAuthor(QStringLiteral("casedesk-bench"));
    const qint64 before = countOf(store.value()->db(), "SELECT count(*) FROM version");

    DemoData::Options options;
    // The figures in docs/benchmarks.md were measured on case files without assessments, and
    // all but those of "My day" without plans, and all without conferences.
    options.assessments = false;
    options.conferences = false;
    options.plans = m_plans;
    options.workers = m_workers;
    options.cases = cases;
    options.seed = seed;
    progressLine(QStringLiteral("Generating %1 cases into %2 ...").arg(cases).arg(m_path));
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    // A line every 5% or 30 s, so a long run shows it is alive and how fast it goes.
    const int step = std::max(1, cases / 20);
    int nextStep = step;
    const Status generated = DemoData::generate(*store.value(), options, [&](int done) {
        const qint64 ms = timer.elapsed();
        if (done < nextStep && ms - lastReport < 30000 && done != cases)
            return;
        while (nextStep <= done)
            nextStep += step;
        lastReport = ms;
        const double rate = done / std::max(0.001, ms / 1000.0);
        progressLine(QStringLiteral("  %1 / %2 cases, %3 s, %4 cases/s, about %5 s left")
                         .arg(done)
                         .arg(cases)
                         .arg(ms / 1000.0, 0, 'f', 1)
                         .arg(rate, 0, 'f', 0)
                         .arg((cases - done) / std::max(1.0, rate), 0, 'f', 0));
    });
    if (!generated)
        return generated;
    m_generateSeconds = timer.nsecsElapsed() / 1e9;
    m_versionsWritten = countOf(store.value()->db(), "SELECT count(*) FROM version") - before;
    m_generatedNow = true;
    m_seed = seed;
    store.value().reset(); // closing checkpoints the log into the file
    writeNote();
    return Status::ok();
}

Status SiteDataset::count()
{
    auto store = RecordStore::open(m_path, Database::Mode::ReadOnly);
    if (!store)
        return store.status();
    Database &db = store.value()->db();
    m_cases = countOf(db, "SELECT count(*) FROM cases WHERE deleted=0");
    m_persons = countOf(db, "SELECT count(*) FROM persons WHERE deleted=0");
    m_interactions = countOf(db, "SELECT count(*) FROM interactions WHERE deleted=0");
    m_versions = countOf(db, "SELECT count(*) FROM version");
    return Status::ok();
}

qint64 SiteDataset::bytes() const
{
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    return QFileInfo(m_path).size() + (wal.exists() ? wal.size() : 0);
}

void SiteDataset::writeNote() const
{
    QFile file(notePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const QJsonObject note {
        { QStringLiteral("generate_s"), m_generateSeconds },
        { QStringLiteral("versions_written"), m_versionsWritten },
        { QStringLiteral("seed"), qint64(m_seed) },
        { QStringLiteral("plans"), m_plans },
        { QStringLiteral("workers"), m_workers },
        { QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
    };
    file.write(QJsonDocument(note).toJson());
}

void SiteDataset::readNote()
{
    QFile file(notePath());
    if (!file.open(QIODevice::ReadOnly)) {
        progressLine(
            QStringLiteral("No note of how %1 was generated: generate_s is unknown.").arg(m_path));
        return;
    }
    const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
    m_generateSeconds = note.value(QStringLiteral("generate_s")).toDouble(-1);
    m_versionsWritten = qint64(note.value(QStringLiteral("versions_written")).toDouble());
    m_seed = quint32(note.value(QStringLiteral("seed")).toDouble());
}

} // namespace casedesk
