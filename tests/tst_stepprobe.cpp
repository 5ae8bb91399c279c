// The benchmark's memory probe (bench/stepprobe.h), on which the import's memory budgets rest:
// the heap it counts is what a step holds, on any thread, without the connection's page cache,
// and its peak is kept apart from what is still held.
#include "processmemory.h"
#include "stepprobe.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <memory>
#include <thread>
#include <vector>

using namespace casedesk;
using namespace casedesk::test;

namespace {

using Blocks = std::vector<std::unique_ptr<char[]>>;

// `megabytes` MiB in blocks of 1 KiB, written to, as versions and lists are held.
Blocks hold(int megabytes)
{
    Blocks blocks;
    blocks.reserve(size_t(megabytes) * 1024);
    for (int i = 0; i < megabytes * 1024; ++i) {
        blocks.emplace_back(new char[1024]);
        std::fill_n(blocks.back().get(), 1024, char(i));
    }
    return blocks;
}

// Held memory within 10% above what was asked (malloc's headers) and never below.
bool about(double measured, double megabytes)
{
    return measured >= megabytes * 0.97 && measured <= megabytes * 1.1;
}

} // namespace

class TestStepProbe : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (ProcessMemory::heapInUseMb() < 0)
            QSKIP("The C library does not report the heap in use.");
    }

    void heldMemoryIsWhatTheStepKeeps()
    {
        StepProbe probe;
        probe.start(false, nullptr, StepProbe::Heap::Sampled);
        Blocks blocks = hold(16);
        QVERIFY2(about(probe.heapHeldMb(), 16), qPrintable(QString::number(probe.heapHeldMb())));
        blocks.clear();
        QVERIFY2(probe.heapHeldMb() < 1, qPrintable(QString::number(probe.heapHeldMb())));
    }

    void memoryOfAnotherThreadCounts()
    {
        // The import decodes on a second thread, whose blocks come from an arena of its own.
        StepProbe probe;
        probe.start(false, nullptr, StepProbe::Heap::Sampled);
        Blocks blocks;
        std::thread([&blocks] { blocks = hold(16); }).join();
        QVERIFY2(about(probe.heapHeldMb(), 16), qPrintable(QString::number(probe.heapHeldMb())));
    }

    void peakStaysAfterTheMemoryIsGone()
    {
        StepProbe probe;
        probe.start(false, nullptr, StepProbe::Heap::Sampled);
        {
            Blocks blocks = hold(16);
            probe.sample();
        }
        probe.stop();
        QVERIFY2(about(probe.heapGrowthMb(), 16),
                 qPrintable(QString::number(probe.heapGrowthMb())));
        QVERIFY2(probe.heapHeldMb() < 1, qPrintable(QString::number(probe.heapHeldMb())));
    }

    void heapOfAStepNotFollowed_isUnknown()
    {
        StepProbe probe;
        probe.start(false);
        Blocks blocks = hold(1);
        probe.sample();
        probe.stop();
        QCOMPARE(probe.heapGrowthMb(), -1.0);
        QCOMPARE(probe.heapHeldMb(), -1.0);
    }

    void pageCacheIsLeftOut()
    {
        TempFolder dir;
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(dir.file(u"cache.sqlite"_s)).constData(), &db),
                 SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
        QCOMPARE(sqlite3_exec(db,
                              "PRAGMA cache_size=-65536; CREATE TABLE t(b BLOB); BEGIN; "
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 4000) INSERT INTO t SELECT randomblob(4000) FROM n;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        StepProbe probe;
        probe.start(false, db, StepProbe::Heap::Sampled);
        // About 16 MB more pages, all dirty in the cache until the commit.
        QCOMPARE(sqlite3_exec(db,
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 4000) INSERT INTO t SELECT randomblob(4000) FROM n;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        probe.sample();
        probe.stop();
        QVERIFY2(probe.sqliteGrowthMb() >= 14, qPrintable(QString::number(probe.sqliteGrowthMb())));
        QVERIFY2(probe.heapGrowthMb() < 2, qPrintable(QString::number(probe.heapGrowthMb())));
        QVERIFY2(probe.heapHeldMb() < 2, qPrintable(QString::number(probe.heapHeldMb())));
        QCOMPARE(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    }
};

QTEST_GUILESS_MAIN(TestStepProbe)
#include "tst_stepprobe.moc"
