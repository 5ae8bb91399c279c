// casedesk-cli sync end to end: a central desk and two offices made, peered, filled, edited at
// random and kept in step with package files, each command a separate process.
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Three site files in one folder and the packages between them.
struct Region
{
    TempFolder dir;
    QString hub, north, south;
    int packages = 0;
    QString lastPackage;

    bool make()
    {
        hub = dir.file(u"hub.cdsk"_s);
        north = dir.file(u"north.cdsk"_s);
        south = dir.file(u"south.cdsk"_s);
        const QList<QStringList> steps {
            { u"init"_s, hub, u"--site"_s, u"Central desk"_s, u"--kind"_s, u"hub"_s },
            { u"init"_s, north, u"--site"_s, u"Office North"_s },
            { u"init"_s, south, u"--site"_s, u"Office South"_s },
            { u"identity"_s, hub, u"--out"_s, dir.file(u"hub.id"_s) },
            { u"identity"_s, north, u"--out"_s, dir.file(u"north.id"_s) },
            { u"identity"_s, south, u"--out"_s, dir.file(u"south.id"_s) },
            { u"peer"_s, u"add"_s, hub, dir.file(u"north.id"_s) },
            { u"peer"_s, u"add"_s, hub, dir.file(u"south.id"_s) },
            { u"peer"_s, u"add"_s, north, dir.file(u"hub.id"_s) },
            { u"peer"_s, u"add"_s, south, dir.file(u"hub.id"_s) },
            { u"demo"_s, north, u"--cases"_s, u"4"_s, u"--seed"_s, u"3"_s },
            { u"demo"_s, south, u"--cases"_s, u"3"_s, u"--seed"_s, u"4"_s },
        };
        for (const QStringList &step : steps) {
            const CliRun run = runCli(step);
            if (run.exitCode != 0) {
                qWarning("%s: %s", qPrintable(step.join(u' ')), run.describe().constData());
                return false;
            }
        }
        return true;
    }

    // Exports from one site to a peer and imports the package there.
    bool send(const QString &from, const QString &peerName, const QString &to)
    {
        lastPackage = dir.file(u"p%1.cdpkg"_s.arg(++packages));
        const CliRun out
            = runCli({ u"export"_s, from, u"--to"_s, peerName, u"--out"_s, lastPackage });
        const CliRun in = runCli({ u"import"_s, to, lastPackage });
        if (out.exitCode != 0 || in.exitCode != 0 || in.outLines().size() != 1) {
            qWarning("export: %s; import: %s", out.describe().constData(),
                     in.describe().constData());
            return false;
        }
        return true;
    }

    bool exchange()
    {
        return send(north, u"Central desk"_s, hub) && send(south, u"Central desk"_s, hub)
            && send(hub, u"Office North"_s, north) && send(hub, u"Office South"_s, south);
    }

    QString digest(const QStringList &args) const
    {
        const CliRun run = runCli(QStringList { u"digest"_s } + args);
        return run.exitCode == 0 && run.outLines().size() == 1 ? run.out.trimmed() : QString();
    }

    // Each office's digest against the central desk's over the office's scope.
    bool inStep() const
    {
        const QString n = digest({ north }), s = digest({ south });
        return !n.isEmpty() && !s.isEmpty() && n == digest({ hub, u"--scope"_s, u"Office North"_s })
            && s == digest({ hub, u"--scope"_s, u"Office South"_s });
    }

    // Exchanges until the digests agree; a case entering a scope needs a round trip to settle.
    bool settle()
    {
        for (int round = 0; round < 4; ++round) {
            if (!exchange())
                return false;
            if (inStep())
                return true;
        }
        return false;
    }

    // The first case number of a site's case list.
    QString firstCase(const QString &site) const
    {
        const CliRun run = runCli({ u"list"_s, site, u"case"_s });
        const QStringList lines = run.outLines();
        return lines.isEmpty() ? QString() : lines.first().section(u'\t', 1, 1);
    }

    QString caseId(const QString &site, const QString &number) const
    {
        const CliRun run = runCli({ u"list"_s, site, u"case"_s });
        for (const QString &line : run.outLines())
            if (line.section(u'\t', 1, 1) == number)
                return line.section(u'\t', 0, 0);
        return QString();
    }
};

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mutate_printsOneLineAndRefusesBadArguments();
    void exchange_officesMatchTheirScopeAtTheDesk();
    void transferAndShare_reachTheOtherOffice();
    void conflicts_onePerLineNothingWhenNone();
    void import_samePackageTwiceSaysSo();
    void import_wrongFileFailsWithOneLine();
};

void TestCliSync::mutate_printsOneLineAndRefusesBadArguments()
{
    Region r;
    QVERIFY(r.make());
    const CliRun run = runCli({ u"mutate"_s, r.north, u"--edits"_s, u"60"_s, u"--seed"_s, u"9"_s });
    QVERIFY_CLI_OK(run);
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY2(QRegularExpression(u"^\\d+ edit"_s).match(run.out).hasMatch(),
             run.describe().constData());
    QCOMPARE(runCli({ u"check"_s, r.north }).out.trimmed(), u"ok"_s);

    QCOMPARE(runCli({ u"mutate"_s, r.north }).exitCode, 2);
    QCOMPARE(runCli({ u"mutate"_s, r.north, u"--edits"_s, u"many"_s }).exitCode, 2);
    const CliRun missing
        = runCli({ u"mutate"_s, r.dir.file(u"none.cdsk"_s), u"--edits"_s, u"3"_s });
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.errLines().size(), 1);
}

void TestCliSync::exchange_officesMatchTheirScopeAtTheDesk()
{
    Region r;
    QVERIFY(r.make());
    QVERIFY(r.settle());
    for (const QString &site : { r.north, r.south, r.hub })
        QVERIFY_CLI_OK(runCli({ u"mutate"_s, site, u"--edits"_s, u"80"_s, u"--seed"_s, u"5"_s }));
    QVERIFY(r.settle());
    for (const QString &site : { r.north, r.south, r.hub })
        QCOMPARE(runCli({ u"check"_s, site }).out.trimmed(), u"ok"_s);
}

void TestCliSync::transferAndShare_reachTheOtherOffice()
{
    Region r;
    QVERIFY(r.make());
    QVERIFY(r.settle());
    const QString moved = r.firstCase(r.north);
    QVERIFY(!moved.isEmpty());
    const CliRun transfer = runCli({ u"transfer"_s, r.north, moved, u"--to"_s, u"Office South"_s });
    QVERIFY_CLI_OK(transfer);
    QCOMPARE(transfer.outLines().size(), 1);
    const QString shared = r.firstCase(r.south);
    QVERIFY(!shared.isEmpty());
    // Sharing needs the client's consent to name the other office.
    QString northId;
    for (const QString &line : runCli({ u"list"_s, r.south, u"site"_s }).outLines())
        if (line.contains(u"Office North"_s))
            northId = line.section(u'\t', 0, 0);
    QVERIFY(!northId.isEmpty());
    const QString sharedAtSouth = r.caseId(r.south, shared);
    QVERIFY_CLI_OK(
        runCli({ u"set"_s, r.south, u"case"_s, sharedAtSouth, u"consent_given"_s, u"yes"_s }));
    QVERIFY_CLI_OK(
        runCli({ u"set"_s, r.south, u"case"_s, sharedAtSouth, u"consent_sites"_s, northId }));
    QVERIFY_CLI_OK(runCli({ u"share"_s, r.south, shared, u"--with"_s, u"Office North"_s }));
    QVERIFY(r.settle());
    QVERIFY(!r.caseId(r.south, moved).isEmpty());
    QVERIFY(!r.caseId(r.north, shared).isEmpty());
    // The shared case may now be edited at North; the edit reaches South.
    const QString sharedId = r.caseId(r.north, shared);
    QVERIFY_CLI_OK(runCli(
        { u"set"_s, r.north, u"case"_s, sharedId, u"assigned_worker"_s, u"Нурлан Ахметов"_s }));
    QVERIFY(r.settle());
}

void TestCliSync::conflicts_onePerLineNothingWhenNone()
{
    Region r;
    QVERIFY(r.make());
    QVERIFY(r.settle());
    const CliRun none = runCli({ u"conflicts"_s, r.north });
    QVERIFY_CLI_OK(none);
    QCOMPARE(none.out, QString());

    // The same field changed at the desk and at the owning office before they exchange.
    const QString number = r.firstCase(r.north);
    const QString id = r.caseId(r.north, number);
    QVERIFY(!id.isEmpty());
    QVERIFY_CLI_OK(runCli({ u"set"_s, r.north, u"case"_s, id, u"assigned_worker"_s, u"Анна"_s }));
    QVERIFY_CLI_OK(runCli({ u"set"_s, r.hub, u"case"_s, id, u"assigned_worker"_s, u"Ольга"_s }));
    QVERIFY(r.settle());
    for (const QString &site : { r.north, r.hub }) {
        const CliRun run = runCli({ u"conflicts"_s, site });
        QVERIFY_CLI_OK(run);
        QCOMPARE(run.outLines().size(), 1);
        const QStringList fields = run.outLines().first().split(u'\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), number);
        QCOMPARE(fields.at(1), u"case"_s);
        QCOMPARE(fields.at(3), u"worker"_s);
        QCOMPARE(fields.at(4), u"2"_s);
    }
    QCOMPARE(runCli({ u"conflicts"_s, r.south }).out, QString());
}

void TestCliSync::import_samePackageTwiceSaysSo()
{
    Region r;
    QVERIFY(r.make());
    QVERIFY(r.send(r.north, u"Central desk"_s, r.hub));
    const QString digest = r.digest({ r.hub });
    const CliRun again = runCli({ u"import"_s, r.hub, r.lastPackage });
    QVERIFY_CLI_OK(again);
    QCOMPARE(again.outLines().size(), 1);
    QVERIFY2(again.out.contains(u"already imported"_s), again.describe().constData());
    QCOMPARE(r.digest({ r.hub }), digest);
}

void TestCliSync::import_wrongFileFailsWithOneLine()
{
    Region r;
    QVERIFY(r.make());
    const QString digest = r.digest({ r.hub });
    // An identity file is no package; nor is a package meant for another site.
    const CliRun identity = runCli({ u"import"_s, r.hub, r.dir.file(u"north.id"_s) });
    QVERIFY(identity.exitCode != 0);
    QCOMPARE(identity.errLines().size(), 1);
    QVERIFY(r.send(r.hub, u"Office North"_s, r.north));
    const CliRun misdirected = runCli({ u"import"_s, r.south, r.lastPackage });
    QVERIFY(misdirected.exitCode != 0);
    QCOMPARE(misdirected.errLines().size(), 1);
    QVERIFY2(misdirected.err.contains(u"addressed to"_s), misdirected.describe().constData());
    QCOMPARE(r.digest({ r.hub }), digest);
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
