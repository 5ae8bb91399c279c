// A transferred case is read-only at the office it left; a shared case is editable at both
// sites; the central desk may edit every case.
#include "consent.h"
#include "storetestsupport.h"
#include "synctestsupport.h"

#include "syncscope.h"

#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A central desk and two offices that know each other's site rows, and a case of office A.
struct Region
{
    TempFolder dir;
    std::unique_ptr<RecordStore> hub, a, b;
    QUuid caseId;
    QUuid memberId;
    int packages = 0;

    bool send(RecordStore &from, RecordStore &to)
    {
        const QString path = exportPackage(from, to, dir.file(u"p%1.cdpkg"_s.arg(++packages)));
        if (path.isEmpty())
            return false;
        const auto imported = PackageImport::importFile(to, path);
        if (!imported)
            qWarning("import into %s: %s", qPrintable(to.site().name),
                     qPrintable(imported.message()));
        return imported.isOk();
    }

    bool setUp()
    {
        hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
        a = makeSite(dir.file(u"a.cdsk"_s), u"Office North"_s, u"office"_s);
        b = makeSite(dir.file(u"b.cdsk"_s), u"Office South"_s, u"office"_s);
        if (!hub || !a || !b || !peerUp(*hub, *a) || !peerUp(*hub, *b))
            return false;
        CaseFiles files(*a);
        auto opened = files.openCase(newCase(person(u"Абенова"_s, u"Сауле"_s, u"1990"_s)));
        if (!opened)
            return false;
        caseId = opened.value();
        auto member = files.addHouseholdMember(caseId, person(u"Абенов"_s, u"Ерлан"_s, u"2015"_s),
                                               u"child"_s);
        if (!member)
            return false;
        memberId = member.value();
        return send(*a, *hub) && send(*b, *hub) && send(*hub, *a) && send(*hub, *b);
    }
};

} // namespace

class TestCaseTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void transfer_refusesEveryEditAtOldOffice();
    void transfer_newOfficeAndHubMayEdit();
    void share_editableAtSharedSite();
    void unshare_readOnlyAgainAtFormerlySharedSite();
};

void TestCaseTransfer::transfer_refusesEveryEditAtOldOffice()
{
    Region r;
    QVERIFY(r.setUp());
    QVERIFY_STATUS(SyncScope::transfer(*r.a, r.caseId, r.b->site().id));
    QCOMPARE(SyncScope::caseScope(*r.a, r.caseId).editableHere, false);

    CaseFiles files(*r.a);
    const qint64 before = versionCount(*r.a);
    const QString refused = u"transferred to Office South"_s;
    PersonData client = files.load(r.caseId)->client;
    client.street = u"ул. Ленина, 1"_s;
    QVERIFY_REFUSED(files.updatePerson(r.caseId, client), refused);
    QVERIFY_REFUSED(files.updateCase(r.caseId, { { u"assigned_worker"_s, u"Кто-то"_s } }), refused);
    QVERIFY_REFUSED(files.setCategories(r.caseId, { u"disability"_s }), refused);
    QVERIFY_REFUSED(files.addHouseholdMember(r.caseId, person(u"Абенова"_s, u"Дана"_s), u"child"_s),
                    refused);
    const QList<HouseholdMember> household = files.load(r.caseId)->household;
    for (const HouseholdMember &m : household)
        if (m.relationship != u"self"_s)
            QVERIFY_REFUSED(files.removeHouseholdMember(m.memberId), refused);
    QVERIFY_REFUSED(files.recordInteraction(r.caseId,
                                            { QUuid(), QDateTime::currentDateTime(),
                                              u"office_visit"_s, u"Worker"_s, u"note"_s }),
                    refused);
    QVERIFY_REFUSED(files.attachContent(r.caseId, u"scan.pdf"_s, u"application/pdf"_s, "%PDF"),
                    refused);
    QVERIFY_REFUSED(files.checkEditable(r.caseId), u"read-only here"_s);
    QCOMPARE(versionCount(*r.a), before);
    QCOMPARE(files.load(r.caseId)->household.size(), 2);
}

void TestCaseTransfer::transfer_newOfficeAndHubMayEdit()
{
    Region r;
    QVERIFY(r.setUp());
    QVERIFY_STATUS(SyncScope::transfer(*r.a, r.caseId, r.b->site().id));
    QVERIFY(r.send(*r.a, *r.hub));
    QVERIFY(r.send(*r.hub, *r.b));

    CaseFiles atB(*r.b);
    QCOMPARE(SyncScope::caseScope(*r.b, r.caseId).editableHere, true);
    QVERIFY_STATUS(atB.updateCase(r.caseId, { { u"assigned_worker"_s, u"Worker South"_s } }));
    QVERIFY_STATUS(atB.setCategories(r.caseId, { u"disability"_s }));

    CaseFiles atHub(*r.hub);
    QCOMPARE(SyncScope::caseScope(*r.hub, r.caseId).editableHere, true);
    QVERIFY_STATUS(atHub.recordInteraction(
        r.caseId, { QUuid(), QDateTime::currentDateTime(), u"phone"_s, u"Desk"_s, u"called"_s }));
    QCOMPARE(atHub.load(r.caseId)->interactions.size(), 1);
    // A case the hub did not get handed is still the hub's to edit.
    QVERIFY_STATUS(atHub.updateCase(r.caseId, { { u"assigned_worker"_s, u"Desk worker"_s } }));
}

void TestCaseTransfer::share_editableAtSharedSite()
{
    Region r;
    QVERIFY(r.setUp());
    // The client agreed to the case going to B.
    QVERIFY_STATUS(CaseFiles(*r.a).updateCase(
        r.caseId, { { u"consent_sites"_s, Consent::joinSites({ r.b->site().id }) } }));
    QVERIFY_STATUS(SyncScope::share(*r.a, r.caseId, r.b->site().id));
    QVERIFY(r.send(*r.a, *r.hub));
    QVERIFY(r.send(*r.hub, *r.b));

    QCOMPARE(SyncScope::caseScope(*r.b, r.caseId).editableHere, true);
    QCOMPARE(SyncScope::caseScope(*r.a, r.caseId).editableHere, true);
    CaseFiles atB(*r.b);
    QVERIFY_STATUS(atB.addHouseholdMember(r.caseId, person(u"Абенова"_s, u"Дана"_s), u"child"_s));
    QVERIFY_STATUS(CaseFiles(*r.a).updateCase(r.caseId, { { u"assigned_worker"_s, u"North"_s } }));
    QCOMPARE(atB.load(r.caseId)->household.size(), 3);
}

void TestCaseTransfer::unshare_readOnlyAgainAtFormerlySharedSite()
{
    Region r;
    QVERIFY(r.setUp());
    // The client agreed to the case going to B.
    QVERIFY_STATUS(CaseFiles(*r.a).updateCase(
        r.caseId, { { u"consent_sites"_s, Consent::joinSites({ r.b->site().id }) } }));
    QVERIFY_STATUS(SyncScope::share(*r.a, r.caseId, r.b->site().id));
    QVERIFY(r.send(*r.a, *r.hub));
    QVERIFY(r.send(*r.hub, *r.b));
    QVERIFY_STATUS(SyncScope::unshare(*r.a, r.caseId, r.b->site().id));
    QVERIFY(r.send(*r.a, *r.hub));
    QVERIFY(r.send(*r.hub, *r.b));

    QCOMPARE(SyncScope::caseScope(*r.b, r.caseId).editableHere, false);
    QVERIFY_REFUSED(CaseFiles(*r.b).updateCase(r.caseId, { { u"assigned_worker"_s, u"South"_s } }),
                    u"Office North"_s);
}

QTEST_GUILESS_MAIN(TestCaseTransfer)
#include "tst_casetransfer.moc"
