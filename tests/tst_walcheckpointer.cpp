// The write-ahead log is copied into the site file on a thread of its own (Database,
// WalCheckpointer): a large commit reaches the main file while the file stays open, a small one
// stays in the log, and closing while a copy runs leaves one whole file and no log.
#include "database.h"
#include "testsupport.h"

#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Rows of about one page each, in one transaction.
Status fill(Database &db, int rows)
{
    if (Status s = db.exec("CREATE TABLE IF NOT EXISTS filler(id INTEGER PRIMARY KEY, data BLOB)");
        !s)
        return s;
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    Statement insert = db.statement("INSERT INTO filler(data) VALUES(randomblob(4000))");
    for (int i = 0; i < rows; ++i)
        if (Status s = insert.run(); !s)
            return s;
    return tx.commit();
}

// The rows a copy of the main file alone holds, without its log; -1 when it has no such table.
int rowsInMainFileAlone(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return -2;
    bool ok = false;
    const QString count = rawSql(copy, u"SELECT count(*) FROM filler"_s, &ok);
    return ok ? count.toInt() : -1;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void largeCommit_isCopiedIntoTheFileWhileItStaysOpen();
    void smallCommit_staysInTheLog();
    void closingDuringACopy_leavesOneWholeFile();
};

void TestWalCheckpointer::largeCommit_isCopiedIntoTheFileWhileItStaysOpen()
{
    TempFolder dir;
    const QString path = dir.file(u"site.cdsk"_s);
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY_STATUS(db);
    const int before = db.value()->checkpointsCompleted();
    QVERIFY_STATUS(fill(*db.value(), 1500));
    db.value()->waitForCheckpoint();
    QVERIFY(db.value()->checkpointsCompleted() > before);
    QCOMPARE(rowsInMainFileAlone(path, dir.file(u"copy.cdsk"_s)), 1500);
    // The log is used again from its start, so it does not grow with every import.
    QVERIFY_STATUS(fill(*db.value(), 1500));
    db.value()->waitForCheckpoint();
    QCOMPARE(rowsInMainFileAlone(path, dir.file(u"copy.cdsk"_s)), 3000);
    QVERIFY(QFileInfo(path + u"-wal"_s).size() < qint64(2000) * 4096);
}

void TestWalCheckpointer::smallCommit_staysInTheLog()
{
    TempFolder dir;
    const QString path = dir.file(u"site.cdsk"_s);
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY_STATUS(db);
    QVERIFY_STATUS(fill(*db.value(), 1500));
    db.value()->waitForCheckpoint();
    const int before = db.value()->checkpointsCompleted();
    QVERIFY_STATUS(fill(*db.value(), 10));
    db.value()->waitForCheckpoint();
    QCOMPARE(db.value()->checkpointsCompleted(), before);
    QCOMPARE(rowsInMainFileAlone(path, dir.file(u"copy.cdsk"_s)), 1500);
    // Reading through the connection sees the log as ever.
    Statement count = db.value()->statement("SELECT count(*) FROM filler");
    QCOMPARE(count.step(), Statement::Step::Row);
    QCOMPARE(count.int64(0), 1510);
}

void TestWalCheckpointer::closingDuringACopy_leavesOneWholeFile()
{
    TempFolder dir;
    const QString path = dir.file(u"site.cdsk"_s);
    {
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY_STATUS(db);
        QVERIFY_STATUS(fill(*db.value(), 6000));
        // Closed at once, while the copy of 6,000 pages has just begun.
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    bool ok = false;
    QCOMPARE(rawSql(path, u"PRAGMA integrity_check"_s, &ok), u"ok"_s);
    QVERIFY(ok);
    QCOMPARE(rawSql(path, u"SELECT count(*) FROM filler"_s), u"6000"_s);
    auto again = Database::open(path, Database::Mode::ReadWrite);
    QVERIFY_STATUS(again);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
