#include "database.h"

#include "migrations.h"
#include "walcheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace casedesk {

namespace {

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

// SQLite's own threshold for a checkpoint: 1,000 pages in the log.
constexpr int checkpointPages = 1000;

// Called after every commit in place of SQLite's automatic checkpoint, which would copy the
// log on the committing thread.
int walCommitted(void *checkpointer, sqlite3 *db, const char *name, int pages)
{
    if (pages >= checkpointPages && !static_cast<WalCheckpointer *>(checkpointer)->request())
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

} // namespace

QByteArray uuidBytes(const QUuid &id)
{
    return id.toRfc4122();
}

QUuid uuidFromBytes(const QByteArray &bytes)
{
    return bytes.size() == 16 ? QUuid::fromRfc4122(bytes) : QUuid();
}

Status Database::checkFileHeader(const QString &path, int *userVersion)
{
    QFileInfo info(path);
    if (!info.exists())
        return Status::error(tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return Status::error(tr("%1 is a folder, not a CaseDesk file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Status::error(tr("The file %1 is empty: it is not a CaseDesk file.").arg(path));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Status::error(tr("The file %1 is not a CaseDesk file.").arg(path));
    if (bigEndian32(header.constData() + 68) != quint32(ApplicationId))
        return Status::error(
            tr("The file %1 belongs to another program: it is not a CaseDesk file.").arg(path));

    quint32 pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(header.constData() + 24);
    const quint32 pageCount = bigEndian32(header.constData() + 28);
    const quint32 validFor = bigEndian32(header.constData() + 92);
    // The page count in the header is trustworthy when no WAL holds newer pages.
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!walPresent && validFor == changeCounter && pageCount > 0
        && size < qint64(pageSize) * pageCount)
        return Status::error(
            tr("The file %1 is damaged: it is shorter than it should be (it may have been "
               "copied incompletely). Restore it from a backup.")
                .arg(path));
    const int version = int(bigEndian32(header.constData() + 60));
    if (version > Migrations::latestVersion())
        return Status::error(tr("The file %1 was made by a newer version of CaseDesk (data format "
                                "%2, this program knows up to %3). Install the newer CaseDesk "
                                "to open it; the file was not changed.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(Migrations::latestVersion()));
    if (userVersion)
        *userVersion = version;
    return Status::ok();
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, Mode mode, int schemaVersion)
{
    int headerVersion = 0;
    if (mode == Mode::Create) {
        if (QFileInfo::exists(path))
            return Status::error(tr("The file %1 already exists; choose a new name.").arg(path));
        const QFileInfo dir(QFileInfo(path).absolutePath());
        if (!dir.isDir())
            return Status::error(tr("The folder %1 does not exist.").arg(dir.filePath()));
        if (!dir.isWritable())
            return Status::error(
                tr("The folder %1 is read-only: CaseDesk cannot create a file there.")
                    .arg(dir.filePath()));
    } else {
        if (Status s = checkFileHeader(path, &headerVersion); !s)
            return s;
        if (mode == Mode::ReadWrite) {
            const QFileInfo info(path);
            if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
                return Status::error(tr("The file %1 or its folder is read-only: CaseDesk needs "
                                        "to write next to it. Copy it to a writable folder.")
                                         .arg(path));
        } else if (headerVersion < Migrations::latestVersion()) {
            return Status::error(tr("The file %1 uses an older data format; open it once in "
                                    "CaseDesk to upgrade it.")
                                     .arg(path));
        }
    }

    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::Create               ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                             : SQLITE_OPEN_READWRITE;
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                   flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
        sqlite3_close(handle);
        return Status::error(tr("Cannot open %1: %2").arg(path, describeSqliteError(rc, detail)));
    }
    std::shared_ptr<Database> db(new Database(handle, path, mode == Mode::ReadOnly));
    if (Status s = db->configure(mode, schemaVersion); !s)
        return s;
    return db;
}

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly)
{
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    // Keeps the planner's statistics current (which filter is selective, which is not), sampled
    // so closing a region-size file stays quick.
    if (!m_readOnly)
        sqlite3_exec(m_db, "PRAGMA analysis_limit=400; PRAGMA optimize;", nullptr, nullptr,
                     nullptr);
    // Its connection closes first, so this one is the last and leaves no log behind.
    sqlite3_wal_hook(m_db, nullptr, nullptr);
    m_checkpointer.reset();
    sqlite3_close(m_db);
}

Status Database::configure(Mode mode, int schemaVersion)
{
    sqlite3_busy_timeout(m_db, 5000);
    // 32 MB of page cache instead of SQLite's 2 MB: a page of search hits or a write into the
    // UUID indexes of a region-size file then mostly stays in memory (measured in bench/).
    if (Status s = exec("PRAGMA cache_size=-32768"); !s)
        return s;
    if (mode == Mode::ReadOnly)
        return exec("PRAGMA query_only=ON");
    if (mode == Mode::Create) {
        const QByteArray sql = "PRAGMA application_id=" + QByteArray::number(ApplicationId);
        if (Status s = exec(sql.constData()); !s)
            return s;
    } else {
        // The header said CaseDesk; SQLite agrees before anything is written.
        Statement st = statement("PRAGMA application_id");
        if (st.step() != Statement::Step::Row || st.int64(0) != ApplicationId)
            return Status::error(tr("The file %1 is not a CaseDesk file.").arg(m_path));
    }
    if (Status s = exec("PRAGMA journal_mode=WAL"); !s)
        return s;
    if (Status s = exec("PRAGMA synchronous=FULL"); !s)
        return s;
    m_checkpointer = std::make_unique<WalCheckpointer>(QFileInfo(m_path).absoluteFilePath());
    sqlite3_wal_hook(m_db, walCommitted, m_checkpointer.get());
    if (Status s = exec("PRAGMA foreign_keys=OFF"); !s)
        return s;
    return Migrations::migrate(*this, schemaVersion);
}

Status Database::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc == SQLITE_OK)
        return Status::ok();
    const QString detail = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
    sqlite3_free(error);
    return Status::error(describeSqliteError(rc, detail));
}

Statement Database::statement(const char *sql)
{
    sqlite3_stmt *stmt = m_cache.value(sql);
    if (!stmt) {
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK) {
            qWarning("SQL prepare failed: %s in: %s", sqlite3_errmsg(m_db), sql);
            return Statement(this, nullptr);
        }
        m_cache.insert(sql, stmt);
    }
    return Statement(this, stmt);
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        qWarning("SQL prepare failed: %s in: %s", sqlite3_errmsg(m_db), utf8.constData());
        return Statement(this, nullptr, true);
    }
    return Statement(this, stmt, true);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement st = statement("PRAGMA user_version");
    return st.step() == Statement::Step::Row ? int(st.int64(0)) : -1;
}

Status Database::lastError(const QString &context) const
{
    const QString message = describeSqliteError(sqlite3_extended_errcode(m_db),
                                                QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Status::error(context.isEmpty() ? message : context + QStringLiteral(": ") + message);
}

QString Database::describeSqliteError(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("The disk is full. Nothing was saved; free some space and try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The file is damaged (%1). Restore it from a backup.").arg(detail);
    case SQLITE_READONLY:
        return tr("The file cannot be written (read-only file, folder or disk).");
    case SQLITE_CANTOPEN:
        return tr("The file cannot be opened (missing, or the folder is read-only).");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The file is busy: another CaseDesk window or program is writing to it.");
    case SQLITE_IOERR:
        return tr("The disk reported a read or write error (%1).").arg(detail);
    default:
        return tr("Database error: %1").arg(detail);
    }
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->waitUntilIdle();
}

int Database::checkpointsCompleted() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_owned(other.m_owned)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_owned)
        sqlite3_finalize(m_stmt);
    else
        reset();
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QUuid &value)
{
    return value.isNull() ? bindNull(index) : bindBlob(index, uuidBytes(value));
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement::Step Statement::step()
{
    if (!m_stmt)
        return Step::Error;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    return Step::Error;
}

Status Statement::run()
{
    if (!m_stmt)
        return m_db->lastError();
    Step s;
    while ((s = step()) == Step::Row) { }
    if (s == Step::Error) {
        Status error = m_db->lastError();
        sqlite3_reset(m_stmt);
        return error;
    }
    sqlite3_reset(m_stmt);
    return Status::ok();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QUuid Statement::uuid(int column) const
{
    return uuidFromBytes(blob(column));
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_begin = db.exec("BEGIN IMMEDIATE");
    m_open = m_begin.isOk();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.isOk() ? Status::error(QStringLiteral("transaction already closed"))
                              : m_begin;
    Status s = m_db.exec("COMMIT");
    if (s)
        m_open = false;
    return s;
}

} // namespace casedesk
