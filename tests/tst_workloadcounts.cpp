// The counts "My day" and the supervisor view read from the per-case summaries (case_sort,
// action_watch) agree with the rows they summarise: after the demo, after random edits (workers
// reassigned, plans and actions added, actions done or cancelled, plans signed off), after a
// rebuild, on upgrade, and after an import from another site. The reference is computed from
// the rows themselves.

#include "myday.h"
#include "packageimport.h"
#include "randomedits.h"
#include "supervisorview.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// worker|office -> open|overdue|no contact|plans to sign off|closures|conflicts
using Counts = QMap<QString, QString>;

Counts reference(const RecordStore &store, const QDate &today, int noContactDays)
{
    const QString day = today.toString(Qt::ISODate);
    const QString contact = today.addDays(1 - noContactDays).toString(Qt::ISODate);
    Statement st = store.db().prepare(QStringLiteral(
        "SELECT coalesce(c.assigned_worker, ''), hex(coalesce(c.office_id, x'')), "
        "sum(c.status='open'), "
        "sum(CASE WHEN c.status='open' THEN (SELECT count(*) FROM plan_actions a JOIN plans pl "
        "  ON pl.id=a.plan_id WHERE pl.case_id=c.id AND pl.deleted=0 AND pl.status<>'closed' "
        "  AND a.deleted=0 AND a.status IN ('planned', 'in_progress') AND a.due_date < ?1) "
        "  ELSE 0 END), "
        "sum(c.status='open' AND coalesce((SELECT max(substr(occurred_at, 1, 10)) FROM "
        "  interactions i WHERE i.case_id=c.id AND i.deleted=0), c.opened_date) < ?2), "
        "sum(CASE WHEN c.status='open' THEN (SELECT count(*) FROM plans pl WHERE "
        "  pl.case_id=c.id AND pl.deleted=0 AND pl.status='draft' AND EXISTS(SELECT 1 FROM "
        "  plan_actions a WHERE a.plan_id=pl.id AND a.deleted=0)) ELSE 0 END), "
        "sum(c.status='closure_requested'), "
        "sum((SELECT any_conflict FROM case_sort k WHERE k.rid=c.rid) OR c.conflict) "
        "FROM cases c WHERE c.deleted=0 AND c.status IN ('open', 'closure_requested') "
        "GROUP BY 1, 2"));
    st.bind(1, day);
    st.bind(2, contact);
    Counts counts;
    while (st.step() == Statement::Step::Row) {
        QStringList values;
        for (int i = 2; i < 8; ++i)
            values << QString::number(st.int64(i));
        counts.insert(st.text(0) + u'|' + st.text(1), values.join(u'|'));
    }
    return counts;
}

Counts supervisorCounts(const RecordStore &store, const QDate &today, int noContactDays)
{
    Counts counts;
    for (const WorkerLoad &l : SupervisorView::load(store, today, noContactDays)) {
        const QString office
            = l.office.isNull() ? QString() : QString::fromLatin1(l.office.toRfc4122().toHex());
        counts.insert(
            l.worker + u'|' + office.toUpper(),
            QStringList { QString::number(l.openCases), QString::number(l.overdueActions),
                          QString::number(l.casesWithoutContact), QString::number(l.plansToSignOff),
                          QString::number(l.closuresToSignOff), QString::number(l.conflicts) }
                .join(u'|'));
    }
    return counts;
}

// The sign-off list of the whole file, cut at `limit`, and the total it reports.
QPair<int, int> signOffs(const RecordStore &store, const QDate &today, int limit,
                         const QString &of = QString())
{
    MyDayOptions options;
    options.today = today;
    options.signOffs = true;
    options.signOffsOf = of;
    options.limit = limit;
    QList<MyDayCut> cuts;
    int listed = 0;
    for (const MyDayItem &item : MyDay::load(store, options, &cuts))
        listed += item.kind == MyDayItem::Kind::PlanToSignOff;
    for (const MyDayCut &cut : std::as_const(cuts))
        if (cut.kind == MyDayItem::Kind::PlanToSignOff)
            return { listed, cut.total };
    return { listed, listed };
}

// Empty when equal, else the first worker whose counts differ.
QString difference(const Counts &actual, const Counts &expected)
{
    QStringList keys = actual.keys() + expected.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        if (actual.value(key) != expected.value(key))
            return u"%1: counted %2, the rows say %3"_s.arg(key, actual.value(key, u"-"_s),
                                                            expected.value(key, u"-"_s));
    return QString();
}

#define QCOMPARE_COUNTS(actual, expected) \
    do { \
        const QString diff = difference(actual, expected); \
        QVERIFY2(diff.isEmpty(), qPrintable(diff)); \
    } while (false)

} // namespace

class TestWorkloadCounts : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    QDate m_today = QDate::currentDate();

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void supervisorCounts_equalTheRows_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("noContactDays");
        QTest::newRow("seed 11, 30 days") << 11u << 30;
        QTest::newRow("seed 12, 7 days") << 12u << 7;
    }

    void supervisorCounts_equalTheRows()
    {
        QFETCH(quint32, seed);
        QFETCH(int, noContactDays);
        auto hub = demoSite(m_dir.file(u"hub-%1.cdsk"_s.arg(seed)), u"hub"_s, 120, seed);
        QVERIFY(hub);
        const Counts demo = reference(*hub, m_today, noContactDays);
        QVERIFY(demo.size() > 3);
        QCOMPARE_COUNTS(supervisorCounts(*hub, m_today, noContactDays), demo);

        auto edits = RandomEdits::apply(*hub, 600, seed);
        QVERIFY_STATUS(edits);
        QVERIFY2(edits.value().applied > 300, qPrintable(edits.value().summary()));
        const Counts edited = reference(*hub, m_today, noContactDays);
        QVERIFY(edited != demo); // the edits changed what is counted
        QCOMPARE_COUNTS(supervisorCounts(*hub, m_today, noContactDays), edited);
        // Other days count other actions and contacts from the same summaries.
        for (const QDate &day : { m_today.addDays(-40), m_today.addDays(60) })
            QCOMPARE_COUNTS(supervisorCounts(*hub, day, noContactDays),
                            reference(*hub, day, noContactDays));

        QVERIFY_STATUS(hub->rebuild());
        QCOMPARE_COUNTS(supervisorCounts(*hub, m_today, noContactDays), edited);
        QVERIFY(hub->check().isEmpty());
    }

    void upgradedFile_refillsTheSummaries_whenFirstOpenedForWriting()
    {
        const QString path = m_dir.file(u"upgraded.cdsk"_s);
        Counts before;
        {
            auto hub = demoSite(path, u"hub"_s, 60, 51);
            QVERIFY(hub);
            before = reference(*hub, m_today, 30);
            QVERIFY(!before.isEmpty());
        }
        // As data format 10 leaves a file of format 9: the new columns and table empty, and the
        // reindex asked for.
        bool ok = false;
        rawSql(path,
               u"UPDATE case_sort SET id=NULL, assigned_worker=NULL, office_id=NULL, "
               "status=NULL, sign_off_plans=0; DELETE FROM action_watch; "
               "INSERT OR REPLACE INTO meta(key, value) VALUES('search_reindex', '1')"_s,
               &ok);
        QVERIFY(ok);
        {
            auto reading = openStore(path, Database::Mode::ReadOnly);
            QVERIFY(reading);
            QVERIFY(difference(supervisorCounts(*reading, m_today, 30), before) != QString());
        }
        auto hub = openStore(path);
        QVERIFY(hub);
        QCOMPARE_COUNTS(supervisorCounts(*hub, m_today, 30), before);
        QCOMPARE(signOffs(*hub, m_today, 1).second, signOffs(*hub, m_today, 0).first);
    }

    void countsFollowAnImport()
    {
        auto hub = makeSite(m_dir.file(u"import-hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
        QVERIFY(hub);
        auto office = demoSite(m_dir.file(u"import-office.cdsk"_s), u"office"_s, 80, 21);
        QVERIFY(office);
        QVERIFY(peerUp(*hub, *office));
        QVERIFY_STATUS(RandomEdits::apply(*office, 200, 22));
        const QString package = exportPackage(*office, *hub, m_dir.file(u"office.cdpkg"_s));
        QVERIFY(!package.isEmpty());
        QVERIFY_STATUS(PackageImport::importFile(*hub, package));
        const Counts atOffice = reference(*office, m_today, 30);
        QVERIFY(!atOffice.isEmpty());
        QCOMPARE_COUNTS(supervisorCounts(*office, m_today, 30), atOffice);
        QCOMPARE_COUNTS(supervisorCounts(*hub, m_today, 30), reference(*hub, m_today, 30));
        QCOMPARE_COUNTS(reference(*hub, m_today, 30), atOffice);
    }

    void signOffList_stopsAtTheLimit_oldestFirst_andCountsThemAll()
    {
        auto hub = demoSite(m_dir.file(u"limit.cdsk"_s), u"hub"_s, 150, 31);
        QVERIFY(hub);
        const QPair<int, int> all = signOffs(*hub, m_today, 0);
        QVERIFY2(all.first > 6, "the demo has draft plans with actions");
        QCOMPARE(all.second, all.first);
        const QPair<int, int> cut = signOffs(*hub, m_today, 5);
        QCOMPARE(cut.first, 5);
        QCOMPARE(cut.second, all.first);

        // The five listed are the five that started first.
        MyDayOptions options;
        options.today = m_today;
        options.signOffs = true;
        options.limit = 5;
        QList<QDate> shown;
        for (const MyDayItem &item : MyDay::load(*hub, options))
            if (item.kind == MyDayItem::Kind::PlanToSignOff)
                shown << item.date;
        options.limit = 0;
        QList<QDate> every;
        for (const MyDayItem &item : MyDay::load(*hub, options))
            if (item.kind == MyDayItem::Kind::PlanToSignOff)
                every << item.date;
        QCOMPARE(shown, every.mid(0, 5));
        QVERIFY(std::is_sorted(every.cbegin(), every.cend()));
    }

    void aWorkersOwnItems_areNeverCut()
    {
        auto hub = demoSite(m_dir.file(u"own.cdsk"_s), u"hub"_s, 150, 61);
        QVERIFY(hub);
        Statement busiest = hub->db().statement(
            "SELECT assigned_worker FROM cases WHERE status='open' GROUP BY 1 ORDER BY count(*) "
            "DESC LIMIT 1");
        QVERIFY(busiest.step() == Statement::Step::Row);
        MyDayOptions options;
        options.today = m_today;
        options.worker = busiest.text(0);
        busiest.reset();
        options.limit = 0;
        const QList<MyDayItem> all = MyDay::load(*hub, options);
        QVERIFY(all.size() > 2);
        options.limit = 1;
        QList<MyDayCut> cuts;
        QCOMPARE(MyDay::load(*hub, options, &cuts).size(), all.size());
        QVERIFY(cuts.isEmpty());
    }

    void signOffsOfOneWorker_areTheirsOnly()
    {
        auto hub = demoSite(m_dir.file(u"worker.cdsk"_s), u"hub"_s, 150, 41);
        QVERIFY(hub);
        MyDayOptions options;
        options.today = m_today;
        options.signOffs = true;
        options.limit = 0;
        QMap<QString, int> perWorker;
        Statement workerOf = hub->db().statement("SELECT assigned_worker FROM cases WHERE id=?");
        for (const MyDayItem &item : MyDay::load(*hub, options)) {
            if (item.kind != MyDayItem::Kind::PlanToSignOff)
                continue;
            workerOf.bind(1, item.caseId);
            QVERIFY(workerOf.step() == Statement::Step::Row);
            ++perWorker[workerOf.text(0)];
            workerOf.reset();
        }
        QVERIFY(perWorker.size() > 1);
        int sum = 0;
        for (auto it = perWorker.cbegin(); it != perWorker.cend(); ++it) {
            const QPair<int, int> theirs = signOffs(*hub, m_today, 0, it.key());
            QCOMPARE(theirs.first, it.value());
            QCOMPARE(signOffs(*hub, m_today, 1, it.key()).second, it.value());
            sum += theirs.first;
        }
        QCOMPARE(sum, signOffs(*hub, m_today, 0).first);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadCounts)
#include "tst_workloadcounts.moc"
