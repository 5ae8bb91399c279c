// casedesk-cli end to end: every command run as a separate process on real site files.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int DemoCases = 30;

QJsonObject statsOf(const QString &path, bool *ok)
{
    const CliRun run = runCli({ u"stats"_s, path });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    *ok = run.exitCode == 0 && error.error == QJsonParseError::NoError && doc.isObject()
        && run.outLines().size() == 1;
    return doc.object();
}

QString digestOf(const QString &path)
{
    const CliRun run = runCli({ u"digest"_s, path });
    return run.exitCode == 0 ? run.out.trimmed() : QString();
}

// Two sites made and filled the same way.
struct DemoSites
{
    TempFolder dir;
    QString a, b;
};

bool makeDemoSites(DemoSites &s)
{
    s.a = s.dir.file(u"almaty.cdsk"_s);
    s.b = s.dir.file(u"shymkent.cdsk"_s);
    for (const QString &path : { s.a, s.b }) {
        if (runCli({ u"init"_s, path, u"--site"_s, u"Офис"_s, u"--code"_s, u"alm1"_s }).exitCode
            != 0)
            return false;
        if (runCli(
                { u"demo"_s, path, u"--cases"_s, QString::number(DemoCases), u"--seed"_s, u"3"_s })
                .exitCode
            != 0)
            return false;
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init_printsSiteIdAndCode();
    void demoWithSameSeed_givesSameStats();
    void stats_isOneJsonObjectWithEntityKeys();
    void search_printsOneLinePerCase();
    void search_withoutHits_printsNothing();
    void list_honoursLimit_data();
    void list_honoursLimit();
    void set_thenSearchFindsNewName();
    void digest_isStableAcrossRebuild();
    void check_printsOkOrTheProblems();
    void backupAndRestore_giveWorkingFileWithSameDigest();
    void errors_exitNonZeroWithOneLine_data();
    void errors_exitNonZeroWithOneLine();
    void unknownCommand_showsUsage();
};

void TestCli::init_printsSiteIdAndCode()
{
    TempFolder dir;
    const QString path = dir.file(u"office.cdsk"_s);
    const CliRun run
        = runCli({ u"init"_s, path, u"--site"_s, u"Шымкент 1"_s, u"--code"_s, u"shy1"_s });
    QVERIFY_CLI_OK(run);
    const QStringList fields = run.out.trimmed().split(u' ');
    QCOMPARE(fields.size(), 2);
    QVERIFY(!QUuid::fromString(fields[0]).isNull());
    QCOMPARE(fields[1], u"SHY1"_s);
    auto store = openStore(path, Database::Mode::ReadOnly);
    QVERIFY(store);
    QCOMPARE(store->site().id, QUuid::fromString(fields[0]));
    QCOMPARE(store->site().name, u"Шымкент 1"_s);
    QCOMPARE(store->site().kind, u"office"_s);

    // Without --code one is made from the name.
    const CliRun named = runCli(
        { u"init"_s, dir.file(u"hub.cdsk"_s), u"--site"_s, u"Қарағанды"_s, u"--kind"_s, u"hub"_s });
    QVERIFY_CLI_OK(named);
    QVERIFY(QRegularExpression(u"^[0-9a-f-]{36} [A-Z]{2,3}[0-9]{1,2}$"_s)
                .match(named.out.trimmed())
                .hasMatch());
}

void TestCli::demoWithSameSeed_givesSameStats()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    bool okA = false, okB = false;
    const QJsonObject a = statsOf(sites.a, &okA);
    const QJsonObject b = statsOf(sites.b, &okB);
    QVERIFY(okA && okB);
    QCOMPARE(a, b);
    QCOMPARE(a.value(u"case"_s).toInt(), DemoCases);
    QVERIFY(a.value(u"person"_s).toInt() >= DemoCases);
    QVERIFY(a.value(u"interaction"_s).toInt() >= 2 * DemoCases);
    // Another seed, other people.
    const QString c = sites.dir.file(u"other.cdsk"_s);
    QVERIFY_CLI_OK(runCli({ u"init"_s, c, u"--site"_s, u"Офис"_s }));
    QVERIFY_CLI_OK(
        runCli({ u"demo"_s, c, u"--cases"_s, QString::number(DemoCases), u"--seed"_s, u"4"_s }));
    bool okC = false;
    QVERIFY(statsOf(c, &okC) != a);
    QVERIFY(okC);
}

void TestCli::stats_isOneJsonObjectWithEntityKeys()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const CliRun run = runCli({ u"stats"_s, sites.a });
    QVERIFY_CLI_OK(run);
    QCOMPARE(run.outLines().size(), 1);
    bool ok = false;
    const QJsonObject stats = statsOf(sites.a, &ok);
    QVERIFY(ok);
    QStringList expected;
    for (const EntityDef &entity : EntitySchema::all())
        expected << entity.name;
    QStringList keys = stats.keys();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(stats.value(key).isDouble() && stats.value(key).toInt() >= 0, qPrintable(key));
    QCOMPARE(stats.value(u"site"_s).toInt(), 1);
}

void TestCli::search_printsOneLinePerCase()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const CliRun cases = runCli({ u"list"_s, sites.a, u"case"_s });
    QVERIFY_CLI_OK(cases);
    QCOMPARE(cases.outLines().size(), DemoCases);
    const CliRun persons = runCli({ u"list"_s, sites.a, u"person"_s, u"--limit"_s, u"1"_s });
    QVERIFY_CLI_OK(persons);
    const QString family = persons.out.section(u'\t', 1).section(u' ', 0, 0);
    QVERIFY(!family.isEmpty());

    const CliRun run = runCli({ u"search"_s, sites.a, family });
    QVERIFY_CLI_OK(run);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = run.outLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.size() <= DemoCases);
    const QRegularExpression line(u"^([0-9a-f-]{36})\t(ALM1-\\d{4}-\\d{6})\t(\\S.*)$"_s);
    QSet<QString> ids;
    for (const QString &l : lines) {
        const auto m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        QVERIFY2(!ids.contains(m.captured(1)), qPrintable(u"listed twice: "_s + l));
        ids.insert(m.captured(1));
        QVERIFY(cases.out.contains(m.captured(1) + u'\t' + m.captured(2)));
    }
    // The same search with upper case and ё written as е.
    QString folded = family.toUpper();
    folded.replace(u'Ё', u'Е');
    QCOMPARE(runCli({ u"search"_s, sites.a, folded }).outLines(), lines);
}

void TestCli::search_withoutHits_printsNothing()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    for (const QString &text : { u"Zyxwvutsr"_s, u"\"'*()"_s, u"NEAR(а б)"_s }) {
        const CliRun run = runCli({ u"search"_s, sites.a, text });
        QVERIFY_CLI_OK(run);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString());
    }
}

void TestCli::list_honoursLimit_data()
{
    QTest::addColumn<QString>("entity");
    QTest::newRow("case") << u"case"_s;
    QTest::newRow("person") << u"person"_s;
    QTest::newRow("interaction") << u"interaction"_s;
    QTest::newRow("document") << u"document"_s;
}

void TestCli::list_honoursLimit()
{
    QFETCH(QString, entity);
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    bool ok = false;
    const int total = statsOf(sites.a, &ok).value(entity).toInt();
    QVERIFY(ok);
    const CliRun all = runCli({ u"list"_s, sites.a, entity });
    QVERIFY_CLI_OK(all);
    QCOMPARE(int(all.outLines().size()), total);
    const CliRun limited = runCli({ u"list"_s, sites.a, entity, u"--limit"_s, u"5"_s });
    QVERIFY_CLI_OK(limited);
    const QStringList lines = limited.outLines();
    QCOMPARE(int(lines.size()), std::min(5, total));
    QCOMPARE(lines, all.outLines().mid(0, lines.size()));
    const QRegularExpression format(u"^[0-9a-f-]{36}\t\\S.*$"_s);
    for (const QString &l : lines)
        QVERIFY2(format.match(l).hasMatch(), qPrintable(l));
}

void TestCli::set_thenSearchFindsNewName()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const CliRun persons = runCli({ u"list"_s, sites.a, u"person"_s, u"--limit"_s, u"1"_s });
    QVERIFY_CLI_OK(persons);
    const QString id = persons.out.section(u'\t', 0, 0);
    const QString rest = persons.out.section(u'\t', 1).trimmed().section(u' ', 1);
    QVERIFY(!QUuid::fromString(id).isNull());

    const CliRun set
        = runCli({ u"set"_s, sites.a, u"person"_s, id, u"family_name"_s, u"Фёдорова"_s });
    QVERIFY_CLI_OK(set);
    QCOMPARE(set.out, QString());
    const QString shown = QString(u"Фёдорова "_s + rest).trimmed();
    for (const QString &typed : { u"федорова"_s, u"ФЁДОРОВА"_s }) {
        const CliRun run = runCli({ u"search"_s, sites.a, typed });
        QVERIFY_CLI_OK(run);
        bool found = false;
        for (const QString &line : run.outLines())
            found = found || line.section(u'\t', 2) == shown;
        QVERIFY2(found, qPrintable(shown + u" not in: "_s + run.out));
    }
    const CliRun listed = runCli({ u"list"_s, sites.a, u"person"_s, u"--limit"_s, u"1"_s });
    QCOMPARE(listed.out.trimmed(), id + u'\t' + shown);
    QCOMPARE(runCli({ u"check"_s, sites.a }).out.trimmed(), u"ok"_s);
}

void TestCli::digest_isStableAcrossRebuild()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const CliRun digest = runCli({ u"digest"_s, sites.a });
    QVERIFY_CLI_OK(digest);
    QCOMPARE(digest.outLines().size(), 1);
    const QString before = digest.out.trimmed();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(before).hasMatch(), qPrintable(before));

    const CliRun rebuild = runCli({ u"rebuild"_s, sites.a });
    QVERIFY_CLI_OK(rebuild);
    QCOMPARE(rebuild.out.trimmed(), before);
    QCOMPARE(digestOf(sites.a), before);
    QCOMPARE(runCli({ u"check"_s, sites.a }).out.trimmed(), u"ok"_s);
    // Different content, different digest.
    QVERIFY(digestOf(sites.b) != before);
}

void TestCli::check_printsOkOrTheProblems()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const CliRun healthy = runCli({ u"check"_s, sites.a });
    QVERIFY_CLI_OK(healthy);
    QCOMPARE(healthy.out, u"ok\n"_s);
    QCOMPARE(healthy.err, QString());

    const QString before = digestOf(sites.b);
    rawSql(sites.b, u"UPDATE persons SET family_name='X'"_s);
    const CliRun damaged = runCli({ u"check"_s, sites.b });
    QVERIFY(!damaged.crashed);
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY(!damaged.outLines().isEmpty());
    QCOMPARE(damaged.errLines().size(), 1);
    QVERIFY2(damaged.err.contains(u"problem"_s), qPrintable(damaged.err));
    // rebuild repairs it from the versions.
    QVERIFY_CLI_OK(runCli({ u"rebuild"_s, sites.b }));
    QCOMPARE(runCli({ u"check"_s, sites.b }).out, u"ok\n"_s);
    QCOMPARE(digestOf(sites.b), before);
}

void TestCli::backupAndRestore_giveWorkingFileWithSameDigest()
{
    DemoSites sites;
    QVERIFY(makeDemoSites(sites));
    const QString backup = sites.dir.file(u"almaty.cdbak"_s);
    const QString restored = sites.dir.file(u"restored/almaty.cdsk"_s);
    QVERIFY(QDir().mkpath(QFileInfo(restored).path()));
    const QString original = digestOf(sites.a);
    QVERIFY(!original.isEmpty());

    QVERIFY_CLI_OK(runCli({ u"backup"_s, sites.a, u"--out"_s, backup }));
    QVERIFY(QFileInfo(backup).size() > 0);
    QVERIFY(!QFileInfo::exists(backup + u".part"_s));
    const CliRun restore = runCli({ u"restore"_s, backup, u"--to"_s, restored });
    QVERIFY_CLI_OK(restore);
    QVERIFY(restore.err.contains(u"incarnation"_s));

    QCOMPARE(digestOf(restored), original);
    QCOMPARE(runCli({ u"check"_s, restored }).out, u"ok\n"_s);
    bool ok1 = false, ok2 = false;
    QCOMPARE(statsOf(restored, &ok1), statsOf(sites.a, &ok2));
    QVERIFY(ok1 && ok2);
    // The restored file is a working site: it takes a change under its new incarnation.
    const QString caseId
        = runCli({ u"list"_s, restored, u"case"_s, u"--limit"_s, u"1"_s }).out.section(u'\t', 0, 0);
    QVERIFY_CLI_OK(runCli(
        { u"set"_s, restored, u"case"_s, caseId, u"assigned_worker"_s, u"Жанар Ахметова"_s }));
    QVERIFY(digestOf(restored) != original);
    auto store = openStore(restored, Database::Mode::ReadOnly);
    QVERIFY(store);
    const QList<Version> versions = store->versions();
    QCOMPARE(versions.last().incarnation, store->incarnation());
    QCOMPARE(versions.last().seq, 1);
    QCOMPARE(store->check(), QStringList());
}

void TestCli::errors_exitNonZeroWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString db = u"@DB@"_s;
    QTest::newRow("digest of a missing file")
        << QStringList { u"digest"_s, u"@DIR@/missing.cdsk"_s } << u"does not exist"_s;
    QTest::newRow("list of an unknown entity")
        << QStringList { u"list"_s, db, u"client"_s } << u"unknown entity"_s;
    QTest::newRow("set with a bad id")
        << QStringList { u"set"_s, db, u"case"_s, u"42"_s, u"status"_s, u"open"_s }
        << u"not a record id"_s;
    QTest::newRow("set of an unknown field")
        << QStringList { u"set"_s,    db,    u"person"_s, QUuid::createUuid().toString(),
                         u"salary"_s, u"1"_s }
        << u"no field"_s;
    QTest::newRow("set of a record that does not exist")
        << QStringList { u"set"_s,         db,    u"person"_s, QUuid::createUuid().toString(),
                         u"family_name"_s, u"X"_s }
        << u"does not exist"_s;
    QTest::newRow("set of an impossible birth date") << QStringList {
        u"set"_s, db, u"person"_s, u"@PERSON@"_s, u"birth_date"_s, u"31.02.1990"_s
    } << u"does not exist"_s;
    QTest::newRow("set of a bad ID number")
        << QStringList { u"set"_s, db, u"person"_s, u"@PERSON@"_s, u"id_number"_s, u"12"_s }
        << QString();
    QTest::newRow("init with a bad kind") << QStringList {
        u"init"_s, u"@DIR@/x.cdsk"_s, u"--site"_s, u"X"_s, u"--kind"_s, u"castle"_s
    } << u"--kind"_s;
    QTest::newRow("restore of a missing backup")
        << QStringList { u"restore"_s, u"@DIR@/none.cdbak"_s, u"--to"_s, u"@DIR@/r.cdsk"_s }
        << u"does not exist"_s;
    QTest::newRow("backup over the file itself")
        << QStringList { u"backup"_s, db, u"--out"_s, db } << u"cannot replace"_s;
}

void TestCli::errors_exitNonZeroWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    TempFolder dir;
    const QString db = dir.file(u"site.cdsk"_s);
    QVERIFY_CLI_OK(runCli({ u"init"_s, db, u"--site"_s, u"Офис"_s }));
    QVERIFY_CLI_OK(runCli({ u"demo"_s, db, u"--cases"_s, u"2"_s }));
    const QString person
        = runCli({ u"list"_s, db, u"person"_s, u"--limit"_s, u"1"_s }).out.section(u'\t', 0, 0);
    for (QString &a : arguments)
        a.replace(u"@DB@"_s, db).replace(u"@DIR@"_s, dir.path()).replace(u"@PERSON@"_s, person);
    const QString digest = digestOf(db);

    const CliRun run = runCli(arguments);
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode != 0, run.describe().constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.startsWith(u"casedesk-cli: "_s));
    if (!mention.isEmpty())
        QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    // A refused command changed nothing.
    QCOMPARE(digestOf(db), digest);
    QVERIFY(!QFileInfo::exists(dir.file(u"x.cdsk"_s)));
    QVERIFY(!QFileInfo::exists(dir.file(u"r.cdsk"_s)));
}

void TestCli::unknownCommand_showsUsage()
{
    const CliRun run = runCli({ u"frobnicate"_s });
    QVERIFY(!run.crashed);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.err.contains(u"frobnicate"_s));
    QVERIFY(run.err.contains(u"Usage"_s));
    const CliRun none = runCli({});
    QVERIFY(none.exitCode != 0);
    QVERIFY(none.err.contains(u"Usage"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
