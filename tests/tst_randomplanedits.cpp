// Random edits of plans, referrals and visits: they happen, they keep the lifecycles, the
// consent and the date rules, and a seed replays the same steps.

#include "demodata.h"
#include "randomedits.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

std::unique_ptr<RecordStore> demoHub(const QString &path, bool plans)
{
    auto store = makeSite(path, u"Central desk"_s, u"hub"_s);
    if (!store)
        return nullptr;
    DemoData::Options options;
    options.cases = 40;
    options.seed = 3;
    options.documents = false;
    options.assessments = false;
    options.plans = plans;
    if (Status s = DemoData::generate(*store, options); !s) {
        qWarning("demo: %s", qPrintable(s.message()));
        return nullptr;
    }
    return store;
}

qint64 count(const RecordStore &store, const char *sql)
{
    Statement st = store.db().statement(sql);
    const qint64 n = st.step() == Statement::Step::Row ? st.int64(0) : -1;
    st.reset();
    return n;
}

int ofKinds(const RandomEditReport &report, const QStringList &kinds)
{
    int n = 0;
    for (const QString &kind : kinds)
        n += report.byKind.value(kind);
    return n;
}

} // namespace

class TestRandomPlanEdits : public QObject
{
    Q_OBJECT

    TempFolder m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void randomEdits_changePlansReferralsAndVisits()
    {
        auto hub = demoHub(m_dir.file(u"edits.cdsk"_s), true);
        QVERIFY(hub);
        const auto report = RandomEdits::apply(*hub, 1000, 11);
        QVERIFY_STATUS(report);
        qInfo("%s; first refusal: %s", qPrintable(report->summary()),
              qPrintable(report->firstRefusal));
        QVERIFY2(ofKinds(*report,
                         { RandomEdits::tr("plan created"), RandomEdits::tr("goal added"),
                           RandomEdits::tr("action added") })
                     > 0,
                 qPrintable(report->summary()));
        QVERIFY2(report->byKind.value(RandomEdits::tr("action status")) > 0,
                 qPrintable(report->summary()));
        QVERIFY2(ofKinds(*report,
                         { RandomEdits::tr("referral sent"), RandomEdits::tr("referral status") })
                     > 0,
                 qPrintable(report->summary()));
        QVERIFY2(ofKinds(*report,
                         { RandomEdits::tr("visit scheduled"), RandomEdits::tr("visit held"),
                           RandomEdits::tr("visit missed") })
                     > 0,
                 qPrintable(report->summary()));
        // Few enough that the case file edits keep the simulations' character.
        const int planKinds
            = ofKinds(*report,
                      { RandomEdits::tr("plan created"), RandomEdits::tr("goal added"),
                        RandomEdits::tr("action added"), RandomEdits::tr("action status"),
                        RandomEdits::tr("plan review"), RandomEdits::tr("plan signed off"),
                        RandomEdits::tr("referral sent"), RandomEdits::tr("referral status"),
                        RandomEdits::tr("consent"), RandomEdits::tr("visit scheduled"),
                        RandomEdits::tr("visit held"), RandomEdits::tr("visit missed") });
        QVERIFY2(planKinds < report->applied / 6, qPrintable(report->summary()));
    }

    void randomEdits_keepTheLifecycleConsentAndDateRules()
    {
        auto hub = demoHub(m_dir.file(u"rules.cdsk"_s), true);
        QVERIFY(hub);
        QVERIFY_STATUS(RandomEdits::apply(*hub, 1000, 12));
        QCOMPARE(count(*hub,
                       "SELECT count(*) FROM plan_actions WHERE status='done' AND (done_date IS "
                       "NULL OR done_date > date('now', 'localtime'))"),
                 0);
        QCOMPARE(count(*hub,
                       "SELECT count(*) FROM plan_actions WHERE status='cancelled' AND "
                       "outcome_note IS NULL"),
                 0);
        QCOMPARE(count(*hub,
                       "SELECT count(*) FROM referrals WHERE status='completed' AND feedback IS "
                       "NULL"),
                 0);
        // Every referral went within the consent: none needed an override.
        QCOMPARE(count(*hub, "SELECT count(*) FROM consent_overrides WHERE action='referral'"), 0);
        QCOMPARE(count(*hub,
                       "SELECT count(*) FROM visits v WHERE v.status='held' AND NOT EXISTS "
                       "(SELECT 1 FROM interactions i WHERE i.id=v.interaction_id)"),
                 0);
    }

    void randomEdits_sameSeed_takeTheSameSteps()
    {
        auto a = demoHub(m_dir.file(u"a.cdsk"_s), true);
        auto b = demoHub(m_dir.file(u"b.cdsk"_s), true);
        QVERIFY(a && b);
        const auto first = RandomEdits::apply(*a, 400, 21);
        const auto second = RandomEdits::apply(*b, 400, 21);
        QVERIFY_STATUS(first);
        QVERIFY_STATUS(second);
        QCOMPARE(second->summary(), first->summary());
    }

    void randomEdits_atACentralDeskWithoutAgencies_addOneBeforeReferring()
    {
        auto hub = demoHub(m_dir.file(u"empty.cdsk"_s), false);
        QVERIFY(hub);
        QCOMPARE(count(*hub, "SELECT count(*) FROM agencies"), 0);
        const auto report = RandomEdits::apply(*hub, 1000, 13);
        QVERIFY_STATUS(report);
        QCOMPARE(report->byKind.value(RandomEdits::tr("agency added")), 1);
        QCOMPARE(count(*hub, "SELECT count(*) FROM agencies"), 1);
    }

    void randomEdits_atAnOfficeWithoutAgencies_referNoOne()
    {
        auto office = makeSite(m_dir.file(u"office.cdsk"_s), u"Lake office"_s, u"office"_s);
        QVERIFY(office);
        DemoData::Options options;
        options.cases = 30;
        options.documents = false;
        QVERIFY_STATUS(DemoData::generate(*office, options));
        const auto report = RandomEdits::apply(*office, 600, 14);
        QVERIFY_STATUS(report);
        QCOMPARE(report->byKind.value(RandomEdits::tr("referral sent")), 0);
        QCOMPARE(report->byKind.value(RandomEdits::tr("agency added")), 0);
        QCOMPARE(count(*office, "SELECT count(*) FROM referrals"), 0);
    }
};

QTEST_GUILESS_MAIN(TestRandomPlanEdits)
#include "tst_randomplanedits.moc"
