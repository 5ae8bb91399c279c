#pragma once

// Helpers shared by the CaseDesk test executables: temporary site files, Status checks that
// print the message, and running casedesk-cli as a child process.

#include "casefiles.h"
#include "recordstore.h"
#include "searchtext.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Fails the test with the Status message when a Status or Result is not ok.
#define QVERIFY_STATUS(expr) \
    do { \
        const auto &cdStatus_ = (expr); \
        if (!cdStatus_.isOk()) \
            QFAIL(qPrintable(QStringLiteral(#expr " failed: ") + cdStatus_.message())); \
    } while (false)

// Fails the test unless the Status or Result carries an error whose message mentions `text`.
#define QVERIFY_REFUSED(expr, text) \
    do { \
        const auto &cdStatus_ = (expr); \
        if (cdStatus_.isOk()) \
            QFAIL(#expr " succeeded, but it should have been refused"); \
        if (cdStatus_.message().isEmpty()) \
            QFAIL(#expr " was refused without a message"); \
        const QString cdText_ = (text); \
        if (!cdText_.isEmpty() && !cdStatus_.message().contains(cdText_, Qt::CaseInsensitive)) \
            QFAIL(qPrintable(QStringLiteral("the message of " #expr " does not mention \"") \
                             + cdText_ + QStringLiteral("\": ") + cdStatus_.message())); \
    } while (false)

// Fails the test unless a casedesk-cli run exited normally with 0.
#define QVERIFY_CLI_OK(run) \
    do { \
        const auto &cdRun_ = (run); \
        QVERIFY2(!cdRun_.crashed && cdRun_.exitCode == 0, cdRun_.describe().constData()); \
    } while (false)

namespace casedesk::test {

// A folder that lives as long as the test function; site files are created inside it.
class TempFolder
{
public:
    TempFolder() { QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString())); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

inline SiteIdentity officeSite(const QString &name = u"Test office"_s,
                               const QString &code = u"TST1"_s)
{
    SiteIdentity site;
    site.name = name;
    site.code = code;
    site.kind = u"office"_s;
    return site;
}

// A new site file; a null pointer (and a test failure) when it cannot be made.
inline std::unique_ptr<RecordStore> createStore(const QString &path,
                                                const SiteIdentity &site = officeSite())
{
    auto store = RecordStore::create(path, site);
    if (!store) {
        QTest::qFail(qPrintable(u"creating "_s + path + u": "_s + store.message()), __FILE__,
                     __LINE__);
        return nullptr;
    }
    return std::move(store.value());
}

inline std::unique_ptr<RecordStore> openStore(const QString &path,
                                              Database::Mode mode = Database::Mode::ReadWrite)
{
    auto store = RecordStore::open(path, mode);
    if (!store) {
        QTest::qFail(qPrintable(u"opening "_s + path + u": "_s + store.message()), __FILE__,
                     __LINE__);
        return nullptr;
    }
    return std::move(store.value());
}

inline PersonData person(const QString &family, const QString &given,
                         const QString &birth = QString(), const QString &phone = QString())
{
    PersonData p;
    p.familyName = family;
    p.givenName = given;
    if (!birth.isEmpty())
        p.birthDate = PartialDate::parse(birth).value();
    p.sex = u"female"_s;
    if (!phone.isEmpty())
        p.phones.append({ QUuid(), phone, u"mobile"_s });
    return p;
}

inline NewCase newCase(const PersonData &client, const QStringList &categories = {})
{
    NewCase c;
    c.client = client;
    c.assignedWorker = u"Айгуль Серикбаева"_s;
    c.openedDate = QDate::currentDate();
    c.categories = categories;
    c.consentGiven = true;
    c.consentDate = c.openedDate;
    return c;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool hasSidecarFiles(const QString &path)
{
    return QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-shm"_s)
        || QFileInfo::exists(path + u"-journal"_s);
}

// SQL on an existing file through the raw SQLite C API, outside CaseDesk's wrapper; returns the
// first column of the first row as text (empty when there is none) or fails the test.
inline QString rawSql(const QString &path, const QString &sql, bool *ok = nullptr)
{
    sqlite3 *db = nullptr;
    QString result;
    bool good
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK;
    QString error;
    if (good) {
        sqlite3_stmt *st = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        const char *tail = utf8.constData();
        while (good && tail && *tail) {
            if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
                good = false;
                break;
            }
            if (!st)
                break;
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                if (result.isEmpty() && sqlite3_column_count(st) > 0)
                    result = QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            good = rc == SQLITE_DONE;
            sqlite3_finalize(st);
            st = nullptr;
        }
    }
    if (!good)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (ok)
        *ok = good;
    else if (!good)
        QTest::qFail(qPrintable(sql + u": "_s + error), __FILE__, __LINE__);
    return result;
}

// The cases that the query of 'casedesk-cli search' finds, in case-number order; *ok is false
// when SQLite reported an error.
inline QList<QUuid> searchCases(RecordStore &store, const QString &text, bool *ok = nullptr)
{
    QList<QUuid> ids;
    if (ok)
        *ok = true;
    const QString match = buildMatchQuery(text);
    if (match.isEmpty())
        return ids;
    Statement st
        = store.db().prepare(u"SELECT c.id FROM case_fts f JOIN cases c ON c.rid=f.rowid "
                             "WHERE case_fts MATCH ? AND c.deleted=0 ORDER BY c.case_number"_s);
    st.bind(1, match);
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row)
        ids << st.uuid(0);
    if (ok && step == Statement::Step::Error)
        *ok = false;
    return ids;
}

inline qint64 countRows(RecordStore &store, const QString &sql, const QUuid &bound = QUuid())
{
    Statement st = store.db().prepare(sql);
    if (!bound.isNull())
        st.bind(1, bound);
    if (st.step() != Statement::Step::Row) {
        QTest::qFail(qPrintable(u"SQL failed: "_s + sql), __FILE__, __LINE__);
        return -1;
    }
    return st.int64(0);
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return (u"exit "_s + QString::number(exitCode) + u", stdout: "_s + out.left(2000)
                + u", stderr: "_s + err.left(2000))
            .toUtf8();
    }
};

// English messages, no display, and settings of the test's own.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    // As from cron or ssh: no session, so Qt has no runtime folder to speak of.
    env.remove(u"XDG_RUNTIME_DIR"_s);
    env.insert(u"CASEDESK_AUTHOR"_s, u"test author"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::temp().filePath(u"casedesk-test-config"_s));
    return env;
}

// extraEnvironment: variables set for this run only (a password, for example).
inline CliRun runCli(const QStringList &arguments, int timeoutMs = 60000,
                     const QHash<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment();
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASEDESK_CLI), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"timed out: "_s + arguments.join(u' ');
        run.crashed = true;
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace casedesk::test
