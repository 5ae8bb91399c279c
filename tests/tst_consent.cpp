// Sharing follows the consent recorded at intake; a supervisor may go beyond it with a reason,
// which is recorded with the case and travels with it.
#include "roleaccounts.h"
#include "storetestsupport.h"

#include "consent.h"
#include "syncscope.h"

#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Office North with a case whose consent names Office East but not Office South.
struct Office
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store, south, east;
    QUuid caseId;

    bool make()
    {
        store = makeSite(dir.file(u"north.cdsk"_s), u"Office North"_s, u"office"_s);
        south = makeSite(dir.file(u"south.cdsk"_s), u"Office South"_s, u"office"_s);
        east = makeSite(dir.file(u"east.cdsk"_s), u"Office East"_s, u"office"_s);
        if (!store || !south || !east || !store->applyVersions(south->versions())
            || !store->applyVersions(east->versions()))
            return false;
        NewCase c = newCase(person(u"Исакова"_s, u"Бермет"_s, u"1988"_s));
        c.consentSites = { east->site().id };
        auto id = CaseFiles(*store).openCase(c);
        if (!id)
            return false;
        caseId = id.value();
        return createRoleAccounts(*store);
    }
    QList<QUuid> shares() const { return SyncScope::caseScope(*store, caseId).sharedWith; }
};

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
    }
    void sites_roundTripOnePerLine();
    void openCase_keepsTheConsentedSites();
    void shareOutsideConsent_refused_data();
    void shareOutsideConsent_refused();
    void shareWithinConsent_needsNoOverride();
    void supervisorOverride_isRecordedWithTheShare();
    void caseWorker_cannotOverride();
    void withoutConsentGiven_nothingIsCovered();
};

void TestConsent::sites_roundTripOnePerLine()
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QString text = Consent::joinSites({ b, a, b });
    QCOMPARE(text.count(u'\n'), 1);
    QCOMPARE(Consent::parseSites(text).size(), 2);
    QVERIFY(Consent::parseSites(text).contains(a));
    QCOMPARE(Consent::joinSites(Consent::parseSites(text)), text);
    QCOMPARE(Consent::parseSites(u"not an id\n\n"_s).size(), 0);
}

void TestConsent::openCase_keepsTheConsentedSites()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    const auto file = CaseFiles(*o.store).load(o.caseId);
    QVERIFY_STATUS(file);
    QCOMPARE(file->consentSites, QList<QUuid> { o.east->site().id });
    QCOMPARE(Consent::covers(*o.store, o.caseId, o.east->site().id), true);
    QCOMPARE(Consent::covers(*o.store, o.caseId, o.south->site().id), false);
}

void TestConsent::shareOutsideConsent_refused_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("case worker") << Role::CaseWorker;
    QTest::newRow("supervisor without a reason") << Role::Supervisor;
}

void TestConsent::shareOutsideConsent_refused()
{
    QFETCH(Role, role);
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, role));
    const Status s = SyncScope::share(*o.store, o.caseId, o.south->site().id);
    QCOMPARE(s.message(), u"The client's consent does not cover sharing with Office South."_s);
    QCOMPARE(o.shares().size(), 0);
    QCOMPARE(Consent::overrides(*o.store, o.caseId).size(), 0);
}

void TestConsent::shareWithinConsent_needsNoOverride()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    QVERIFY_STATUS(SyncScope::share(*o.store, o.caseId, o.east->site().id));
    QCOMPARE(o.shares(), QList<QUuid> { o.east->site().id });
    QCOMPARE(Consent::overrides(*o.store, o.caseId).size(), 0);
}

void TestConsent::supervisorOverride_isRecordedWithTheShare()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    const qint64 before = versionCount(*o.store);
    QVERIFY_STATUS(SyncScope::share(*o.store, o.caseId, o.south->site().id,
                                    u"  The client moved to the south district  "_s));
    QCOMPARE(o.shares(), QList<QUuid> { o.south->site().id });
    // The share and the override: two rows written in one batch.
    QCOMPARE(versionCount(*o.store), before + 2);
    const QList<ConsentOverride> overrides = Consent::overrides(*o.store, o.caseId);
    QCOMPARE(overrides.size(), 1);
    const auto supervisor = Accounts::byLogin(*o.store, loginOf(Role::Supervisor));
    QCOMPARE(overrides.first().action, u"share"_s);
    QCOMPARE(QUuid::fromString(overrides.first().target), o.south->site().id);
    QCOMPARE(overrides.first().reason, u"The client moved to the south district"_s);
    QCOMPARE(overrides.first().userId, supervisor->id);
    QCOMPARE(overrides.first().userName, supervisor->name);
    QVERIFY(qAbs(overrides.first().madeAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // The override is a row of the case: it travels wherever the case goes.
    QCOMPARE(countRows(*o.store, u"SELECT count(*) FROM consent_overrides WHERE scope_root=?"_s,
                       o.caseId),
             1);
}

void TestConsent::caseWorker_cannotOverride()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    const qint64 before = versionCount(*o.store);
    const Status s
        = SyncScope::share(*o.store, o.caseId, o.south->site().id, u"I think it is fine"_s);
    QCOMPARE(s.message(), Access::refusal(Operation::OverrideConsent));
    QCOMPARE(o.shares().size(), 0);
    QCOMPARE(Consent::overrides(*o.store, o.caseId).size(), 0);
    QCOMPARE(versionCount(*o.store), before);
}

void TestConsent::withoutConsentGiven_nothingIsCovered()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    QVERIFY_STATUS(CaseFiles(*o.store).updateCase(o.caseId, { { u"consent_given"_s, false } }));
    QCOMPARE(Consent::covers(*o.store, o.caseId, o.east->site().id), false);
    QVERIFY_REFUSED(SyncScope::share(*o.store, o.caseId, o.east->site().id),
                    u"consent does not cover"_s);
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
