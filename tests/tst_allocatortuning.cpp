// tuneAllocator, called first in every CaseDesk program: SQLite keeps no process-wide count of
// its memory (each allocation took a lock for it).
#include "allocatortuning.h"
#include "testsupport.h"

using namespace casedesk;
using namespace casedesk::test;

namespace {

sqlite3_int64 sqliteMemoryCounted(sqlite3_int64 *highest)
{
    sqlite3_int64 current = 0;
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, highest, 0);
    return current;
}

} // namespace

class TestAllocatorTuning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As in main(): before SQLite is first used.
        tuneAllocator();
    }

    void sqliteCountsNoMemory()
    {
        TempFolder dir;
        auto store = createStore(dir.file(u"office.cdsk"_s));
        QVERIFY(store);
        CaseFiles files(*store);
        for (int i = 0; i < 50; ++i)
            QVERIFY_STATUS(files.openCase(newCase(person(u"Сейткали"_s, u"Айгерим"_s))));
        // The connection does hold memory; SQLite just does not add it up.
        int cache = 0, high = 0;
        QCOMPARE(
            sqlite3_db_status(store->db().handle(), SQLITE_DBSTATUS_CACHE_USED, &cache, &high, 0),
            SQLITE_OK);
        QVERIFY(cache > 0);
        sqlite3_int64 highest = -1;
        QCOMPARE(sqliteMemoryCounted(&highest), sqlite3_int64(0));
        QCOMPARE(highest, sqlite3_int64(0));
    }
};

QTEST_GUILESS_MAIN(TestAllocatorTuning)
#include "tst_allocatortuning.moc"
