#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace casedesk {

class Statement;
class WalCheckpointer;

// One connection to a CaseDesk site file. The file is checked (SQLite header, application_id,
// schema version) before SQLite may write anything into it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // 'CDSK' in the SQLite header marks a CaseDesk site file.
    static constexpr int ApplicationId = 0x4344534B;

    // schemaVersion stops migrations early; only tests of upgrades pass it.
    static Result<std::shared_ptr<Database>> open(const QString &path, Mode mode,
                                                  int schemaVersion = -1);
    // Header-only inspection, used before opening and by the GUI's open path.
    static Status checkFileHeader(const QString &path, int *userVersion = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Runs SQL without parameters (schema, pragmas).
    Status exec(const char *sql);
    // A cached prepared statement; the same literal is prepared once per connection.
    Statement statement(const char *sql);
    // A statement for SQL assembled at run time from fixed parts; finalised when dropped.
    Statement prepare(const QString &sql);

    int userVersion();
    // Rows changed by the last statement.
    int changes() const;
    // A message for the current SQLite error, worded for a person.
    Status lastError(const QString &context = QString()) const;
    static QString describeSqliteError(int code, const QString &detail);

    // Returns once the write-ahead log's checkpoint asked for by the last commits has run.
    void waitForCheckpoint();
    // Checkpoints that copied the whole log into the main file since the file was opened.
    int checkpointsCompleted() const;

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    Status configure(Mode mode, int schemaVersion);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QHash<const char *, sqlite3_stmt *> m_cache;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// A prepared statement borrowed from the connection's cache; reset when it goes out of scope.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement(Database *db, sqlite3_stmt *stmt, bool owned = false)
        : m_db(db), m_stmt(stmt), m_owned(owned)
    {
    }
    Statement(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bind(int index, const QUuid &value);
    Statement &bindNull(int index);

    Step step();
    // Steps to the end; for statements that return no rows.
    Status run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QUuid uuid(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;
};

// Rolls back unless commit() succeeded. Nested use is a programming error and is refused.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_open = false;
};

QByteArray uuidBytes(const QUuid &id);
QUuid uuidFromBytes(const QByteArray &bytes);

} // namespace casedesk
