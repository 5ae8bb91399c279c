#include "rawinsert.h"

#include "recordstore.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

namespace casedesk {

namespace {

void removeSiteFile(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

std::vector<RawInsert::RawRow> RawInsert::readRows(const QString &officePath)
{
    std::vector<RawInsert::RawRow> rows;
    auto store = RecordStore::open(officePath, Database::Mode::ReadOnly);
    if (!store)
        return rows;
    Statement st = store.value()->db().statement(
        "SELECT origin, seq, hlc, wall, author, entity, row_id, scope_root, body FROM version "
        "ORDER BY vid");
    while (st.step() == Statement::Step::Row) {
        RawInsert::RawRow r;
        r.origin = st.int64(0);
        r.seq = st.int64(1);
        r.hlc = st.int64(2);
        r.wall = st.int64(3);
        r.author = st.text(4).toUtf8();
        r.entity = st.text(5).toUtf8();
        r.rowId = st.blob(6);
        r.scopeRoot = st.blob(7);
        r.body = st.blob(8);
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<double> RawInsert::seconds(const std::vector<RawRow> &rows, const QString &path,
                                  bool indexed)
{
    removeSiteFile(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Status::error(QStringLiteral("cannot create %1").arg(path));
    }
    const auto fail = [&](const char *what) {
        const QString message = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                             QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return Status::error(message);
    };
    const char *const schema = indexed
        ? "CREATE TABLE version(vid INTEGER PRIMARY KEY, origin INTEGER NOT NULL, "
          "seq INTEGER NOT NULL, hlc INTEGER NOT NULL, wall INTEGER NOT NULL, author TEXT NOT "
          "NULL, entity TEXT NOT NULL, row_id BLOB NOT NULL, scope_root BLOB, body BLOB NOT "
          "NULL, UNIQUE(origin, seq));"
          "CREATE INDEX version_row ON version(row_id);"
          "CREATE INDEX version_scope ON version(scope_root, wall);"
        : "CREATE TABLE version(vid INTEGER PRIMARY KEY, origin INTEGER NOT NULL, "
          "seq INTEGER NOT NULL, hlc INTEGER NOT NULL, wall INTEGER NOT NULL, author TEXT NOT "
          "NULL, entity TEXT NOT NULL, row_id BLOB NOT NULL, scope_root BLOB, body BLOB NOT "
          "NULL);";
    if (sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                     "PRAGMA cache_size=-32768;",
                     nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("schema");
    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("begin");
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO version(origin, seq, hlc, wall, author, entity, row_id, "
                           "scope_root, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr)
        != SQLITE_OK)
        return fail("prepare");
    for (const RawRow &r : rows) {
        sqlite3_bind_int64(insert, 1, r.origin);
        sqlite3_bind_int64(insert, 2, r.seq);
        sqlite3_bind_int64(insert, 3, r.hlc);
        sqlite3_bind_int64(insert, 4, r.wall);
        sqlite3_bind_text(insert, 5, r.author.constData(), int(r.author.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, r.entity.constData(), int(r.entity.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 7, r.rowId.constData(), int(r.rowId.size()), SQLITE_STATIC);
        if (r.scopeRoot.isEmpty())
            sqlite3_bind_null(insert, 8);
        else
            sqlite3_bind_blob(insert, 8, r.scopeRoot.constData(), int(r.scopeRoot.size()),
                              SQLITE_STATIC);
        sqlite3_bind_blob(insert, 9, r.body.constData(), int(r.body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            sqlite3_finalize(insert);
            return fail("insert");
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit");
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    removeSiteFile(path);
    return seconds;
}

} // namespace casedesk
