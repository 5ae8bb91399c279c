#pragma once

#include "result.h"

#include <QString>

namespace casedesk {

// The region-size site file the benchmark measures. It is generated once with DemoData and
// may be reused by later runs; a small note beside it (PATH.bench.json) remembers how long the
// generation took, so a reused file still reports its write speed.
class SiteDataset
{
public:
    explicit SiteDataset(QString path) : m_path(std::move(path)) { }
    // The kind of site generated ("office" unless set; the sync benchmark makes a hub).
    void setKind(const QString &kind) { m_kind = kind; }
    // With plans, referrals, visits and closures (DemoData::Options::plans); off unless set, so
    // the datasets measured before them stay what they were.
    void setPlans(bool plans) { m_plans = plans; }
    // The case workers the cases are spread over (12 unless set, as in the earlier datasets).
    void setWorkers(int workers) { m_workers = workers; }

    const QString &path() const { return m_path; }
    // Generates the file unless it exists already.
    Status ensure(int cases, quint32 seed);
    // Counts rows and versions in the file (read-only).
    Status count();

    bool generatedNow() const { return m_generatedNow; }
    // Negative when the file was reused and no note of its generation exists.
    double generateSeconds() const { return m_generateSeconds; }
    qint64 versionsWritten() const { return m_versionsWritten; }
    quint32 seed() const { return m_seed; }
    // A reused file made by an older CaseDesk is upgraded once, as the GUI would on opening
    // it; the measurements then see the current format. Negative when nothing was upgraded.
    double upgradeSeconds() const { return m_upgradeSeconds; }
    int upgradedFromFormat() const { return m_upgradedFrom; }

    qint64 cases() const { return m_cases; }
    qint64 persons() const { return m_persons; }
    qint64 interactions() const { return m_interactions; }
    qint64 versions() const { return m_versions; }
    // The file and its write-ahead log as they are now.
    qint64 bytes() const;

private:
    Status generate(int cases, quint32 seed);
    Status upgrade();
    QString notePath() const { return m_path + QStringLiteral(".bench.json"); }
    void writeNote() const;
    void readNote();

    QString m_path;
    QString m_kind = QStringLiteral("office");
    bool m_plans = false;
    int m_workers = 12;
    bool m_generatedNow = false;
    double m_generateSeconds = -1;
    qint64 m_versionsWritten = 0;
    quint32 m_seed = 0;
    double m_upgradeSeconds = -1;
    int m_upgradedFrom = 0;
    qint64 m_cases = 0;
    qint64 m_persons = 0;
    qint64 m_interactions = 0;
    qint64 m_versions = 0;
};

} // namespace casedesk
