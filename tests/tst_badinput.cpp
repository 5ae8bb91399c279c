// Files that are not healthy CaseDesk site files, given to casedesk-cli and to the GUI's open
// path: refused with one line that explains, and never touched.
#include "testsupport.h"

#include "demodata.h"
#include "migrations.h"

#include <QScopeGuard>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace casedesk;
using namespace casedesk::test;

namespace {

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A site file with some case files in it, closed (its log checkpointed into the file).
bool makeSiteFile(const QString &path, int cases)
{
    auto store = createStore(path);
    if (!store)
        return false;
    DemoData::Options options;
    options.cases = cases;
    options.seed = 5;
    return DemoData::generate(*store, options).isOk();
}

bool makeOtherProgramsDatabase(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        == SQLITE_OK;
    ok = ok
        && sqlite3_exec(db,
                        "CREATE TABLE contacts(name TEXT, phone TEXT);"
                        "INSERT INTO contacts VALUES('Иванов', '+7 701 234-56-78');"
                        "INSERT INTO contacts VALUES('Petrov', '+7 702 111-22-33');",
                        nullptr, nullptr, nullptr)
            == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool makeBadFile(const QString &kind, const QString &path)
{
    if (kind == u"text"_s)
        return writeBytes(path, u"Фамилия;Телефон\nИванов;+7 701 234-56-78\n"_s.toUtf8());
    if (kind == u"empty"_s)
        return writeBytes(path, QByteArray());
    if (kind == u"other program"_s)
        return makeOtherProgramsDatabase(path);
    if (kind == u"truncated"_s) {
        if (!makeSiteFile(path, 20))
            return false;
        QFile file(path);
        return file.size() > 8192 && file.resize(file.size() / 2);
    }
    return false;
}

Status setUserVersion(const QString &path, int version)
{
    bool ok = false;
    rawSql(path, u"PRAGMA user_version=%1"_s.arg(version), &ok);
    return ok ? Status::ok() : Status::error(u"cannot set user_version of "_s + path);
}

// The CLI's answer to a bad file: a failure with exactly one line on stderr and nothing on
// stdout. An empty result means it answered so.
QString refusal(const CliRun &run, const QString &mention)
{
    if (run.crashed)
        return u"crashed: "_s + QString::fromUtf8(run.describe());
    if (run.exitCode == 0)
        return u"succeeded: "_s + QString::fromUtf8(run.describe());
    if (run.errLines().size() != 1 || !run.err.startsWith(u"casedesk-cli: "_s))
        return u"not one line on stderr: "_s + QString::fromUtf8(run.describe());
    if (!run.out.isEmpty())
        return u"printed on stdout: "_s + QString::fromUtf8(run.describe());
    if (!mention.isEmpty() && !run.err.contains(mention, Qt::CaseInsensitive))
        return u"does not mention "_s + mention + u": "_s + run.err;
    return QString();
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badFile_isRefusedUntouched_data();
    void badFile_isRefusedUntouched();
    void missingFile_isRefusedAndNotCreated();
    void folderInsteadOfFile_isRefused();
    void initIntoReadOnlyFolder_isRefused();
    void initOverExistingFile_isRefused();
    void newerSchemaThroughCli_isRefusedUntouched();
};

void TestBadInput::badFile_isRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("text file") << u"text"_s << u"not a CaseDesk file"_s;
    QTest::newRow("empty file") << u"empty"_s << u"empty"_s;
    QTest::newRow("SQLite file of another program") << u"other program"_s << u"another program"_s;
    QTest::newRow("database cut to half its size") << u"truncated"_s << u"damaged"_s;
}

void TestBadInput::badFile_isRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, mention);
    TempFolder dir;
    const QString path = dir.file(u"given.cdsk"_s);
    QVERIFY(makeBadFile(kind, path));
    QVERIFY(!hasSidecarFiles(path));
    const QByteArray hash = fileHash(path);
    const qint64 size = QFileInfo(path).size();

    // The GUI's open path.
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadWrite), mention);
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadOnly), mention);
    QVERIFY_REFUSED(Database::checkFileHeader(path), mention);
    QCOMPARE(fileHash(path), hash);
    QVERIFY(!hasSidecarFiles(path));

    // casedesk-cli, reading and writing commands alike.
    const QList<QStringList> commands {
        { u"check"_s, path },
        { u"digest"_s, path },
        { u"search"_s, path, u"иван"_s },
        { u"rebuild"_s, path },
        { u"demo"_s, path, u"--cases"_s, u"1"_s },
        { u"set"_s, path, u"case"_s, QUuid::createUuid().toString(), u"status"_s, u"open"_s },
    };
    for (const QStringList &command : commands) {
        const CliRun run = runCli(command);
        const QString problem = refusal(run, mention);
        QVERIFY2(problem.isEmpty(), qPrintable(command.first() + u": "_s + problem));
        QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.err));
    }
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(fileHash(path), hash);
    QVERIFY(!hasSidecarFiles(path));
}

void TestBadInput::missingFile_isRefusedAndNotCreated()
{
    TempFolder dir;
    const QString path = dir.file(u"missing.cdsk"_s);
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadWrite), u"does not exist"_s);
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadOnly), u"does not exist"_s);
    for (const QStringList &command :
         { QStringList { u"check"_s, path }, QStringList { u"rebuild"_s, path },
           QStringList { u"demo"_s, path, u"--cases"_s, u"1"_s },
           QStringList { u"backup"_s, path, u"--out"_s, dir.file(u"copy.cdbak"_s) } }) {
        const QString problem = refusal(runCli(command), u"does not exist"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(command.first() + u": "_s + problem));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!hasSidecarFiles(path));
    QVERIFY(!QFileInfo::exists(dir.file(u"copy.cdbak"_s)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestBadInput::folderInsteadOfFile_isRefused()
{
    TempFolder dir;
    const QString path = dir.file(u"folder.cdsk"_s);
    QVERIFY(QDir().mkpath(path));
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadWrite), u"folder"_s);
    const QString problem = refusal(runCli({ u"check"_s, path }), u"folder"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(QDir(path).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QVERIFY(!hasSidecarFiles(path));
}

void TestBadInput::initIntoReadOnlyFolder_isRefused()
{
    TempFolder dir;
    const QString folder = dir.file(u"read-only"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    const auto restore = qScopeGuard([&] { ::chmod(QFile::encodeName(folder).constData(), 0755); });
    const QString path = folder + u"/site.cdsk"_s;

    // Root ignores permissions. Then casedesk-cli runs as the unprivileged user "nobody".
    const bool asNobody = ::geteuid() == 0;
    if (asNobody) {
        QFile probe(folder + u"/probe"_s);
        if (!probe.open(QIODevice::WriteOnly))
            QSKIP("root cannot write into this folder either; nothing to learn here");
        probe.close();
        probe.remove();
        // nobody must reach the folder: the temporary folder is private to its owner.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    }
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    if (asNobody)
        process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(125);
        });
    process.start(QStringLiteral(CASEDESK_CLI), { u"init"_s, path, u"--site"_s, u"Офис"_s });
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (asNobody && (run.exitCode == 125 || run.exitCode == 126 || run.exitCode == 127)
        && run.err.isEmpty())
        QSKIP("running as root, and casedesk-cli cannot be run as the user nobody here");

    const QString problem = refusal(run, u"read-only"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBadInput::initOverExistingFile_isRefused()
{
    TempFolder dir;
    const QString path = dir.file(u"site.cdsk"_s);
    QVERIFY(writeBytes(path, "precious"));
    const QString problem
        = refusal(runCli({ u"init"_s, path, u"--site"_s, u"Офис"_s }), u"already exists"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void TestBadInput::newerSchemaThroughCli_isRefusedUntouched()
{
    TempFolder dir;
    const QString path = dir.file(u"newer.cdsk"_s);
    QVERIFY(makeSiteFile(path, 3));
    QVERIFY_STATUS(setUserVersion(path, Migrations::latestVersion() + 1));
    QVERIFY(!hasSidecarFiles(path));
    const QByteArray hash = fileHash(path);

    for (const QStringList &command :
         { QStringList { u"check"_s, path }, QStringList { u"rebuild"_s, path },
           QStringList { u"stats"_s, path },
           QStringList { u"demo"_s, path, u"--cases"_s, u"1"_s } }) {
        const QString problem = refusal(runCli(command), u"newer version"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(command.first() + u": "_s + problem));
    }
    QVERIFY_REFUSED(RecordStore::open(path, Database::Mode::ReadWrite), u"newer version"_s);
    QCOMPARE(fileHash(path), hash);
    QVERIFY(!hasSidecarFiles(path));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
