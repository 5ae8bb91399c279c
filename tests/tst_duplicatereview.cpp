// Possible duplicate persons found on import: listed side by side, dismissed locally, never
// merged.
#include "storetestsupport.h"
#include "synctestsupport.h"

#include "duplicatereview.h"
#include "duplicatereviewmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Two offices open cases for clients with the same ID card; the central desk gets both.
struct SameIdAtTwoOffices
{
    TempFolder dir;
    std::unique_ptr<RecordStore> hub, a, b;
    QUuid caseA, caseB, personA, personB;
    int packages = 0;

    bool send(RecordStore &from, RecordStore &to)
    {
        const QString path = exportPackage(from, to, dir.file(u"p%1.cdpkg"_s.arg(++packages)));
        return !path.isEmpty() && PackageImport::importFile(to, path).isOk();
    }

    bool setUp()
    {
        hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
        a = makeSite(dir.file(u"a.cdsk"_s), u"Office North"_s, u"office"_s);
        b = makeSite(dir.file(u"b.cdsk"_s), u"Office South"_s, u"office"_s);
        if (!hub || !a || !b || !peerUp(*hub, *a) || !peerUp(*hub, *b))
            return false;
        PersonData first = person(u"Омарова"_s, u"Гульнара"_s, u"1985"_s);
        first.idType = u"national_id"_s;
        first.idNumber = u"987654321"_s;
        PersonData second = person(u"Омарова"_s, u"Гульнар"_s, u"05.1985"_s);
        second.idType = first.idType;
        second.idNumber = u"987 654 321"_s;
        auto openedA = CaseFiles(*a).openCase(newCase(first));
        auto openedB = CaseFiles(*b).openCase(newCase(second));
        if (!openedA || !openedB)
            return false;
        caseA = openedA.value();
        caseB = openedB.value();
        personA = CaseFiles(*a).load(caseA)->client.id;
        personB = CaseFiles(*b).load(caseB)->client.id;
        return send(*a, *hub) && send(*b, *hub);
    }
};

} // namespace

class TestDuplicateReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sameIdNumber_listedWithBothRecords();
    void dismiss_removesPairLocallyAndMergesNothing();
    void dismiss_unknownPairIsRefused();
    void importSummary_countsTheDuplicateAndTheConflictedRow();
};

void TestDuplicateReview::sameIdNumber_listedWithBothRecords()
{
    SameIdAtTwoOffices s;
    QVERIFY(s.setUp());
    QCOMPARE(DuplicateReview::openCount(*s.hub), 1);
    DuplicateReviewModel model(*s.hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const DuplicateRow &row = model.pairAt(0);
    const QSet<QUuid> persons { row.pair.personA, row.pair.personB };
    QCOMPARE(persons, (QSet<QUuid> { s.personA, s.personB }));
    const DuplicateSide &north = row.a.personId == s.personA ? row.a : row.b;
    const DuplicateSide &south = row.a.personId == s.personA ? row.b : row.a;
    QCOMPARE(north.name, u"Омарова Гульнара"_s);
    QCOMPARE(south.name, u"Омарова Гульнар"_s);
    QCOMPARE(north.idNumber, u"987654321"_s);
    QCOMPARE(south.idNumber, u"987654321"_s);
    QCOMPARE(north.caseId, s.caseA);
    QCOMPARE(south.caseId, s.caseB);
    QCOMPARE(north.caseNumber, CaseFiles(*s.hub).load(s.caseA)->number);
    QCOMPARE(north.birthDate.isEmpty(), false);
    QCOMPARE(north.missing, false);
    const int nameColumn
        = row.a.personId == s.personA ? DuplicateReviewModel::NameA : DuplicateReviewModel::NameB;
    QCOMPARE(model.index(0, nameColumn).data().toString(), u"Омарова Гульнара"_s);
    QCOMPARE(model.index(0, 0).data(int(DuplicateReviewModel::Role::CaseA)).toUuid(), row.a.caseId);
    QCOMPARE(model.index(0, 0).data(int(DuplicateReviewModel::Role::PersonB)).toUuid(),
             row.pair.personB);
    QVERIFY(model.index(0, DuplicateReviewModel::IdA).data().toString().contains(u"987654321"_s));
}

void TestDuplicateReview::dismiss_removesPairLocallyAndMergesNothing()
{
    SameIdAtTwoOffices s;
    QVERIFY(s.setUp());
    DuplicateReviewModel model(*s.hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString digest = s.hub->digest();
    const qint64 versions = versionCount(*s.hub);
    QVERIFY_STATUS(model.dismiss(0));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(DuplicateReview::openCount(*s.hub), 0);
    // Local and not synced: no version written, the digest unchanged, both persons kept.
    QCOMPARE(versionCount(*s.hub), versions);
    QCOMPARE(s.hub->digest(), digest);
    QCOMPARE(s.hub->row(u"person"_s, s.personA).isEmpty(), false);
    QCOMPARE(s.hub->row(u"person"_s, s.personB).isEmpty(), false);
    const QList<DuplicatePair> all = DuplicateReview::pairs(*s.hub, true);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().dismissedAt > 0);
    // A new model reads the same: dismissed pairs stay out of the list.
    DuplicateReviewModel again(*s.hub);
    QCOMPARE(again.rowCount(), 0);
}

void TestDuplicateReview::dismiss_unknownPairIsRefused()
{
    SameIdAtTwoOffices s;
    QVERIFY(s.setUp());
    QVERIFY_REFUSED(DuplicateReview::dismiss(*s.hub, s.personA, QUuid::createUuid()),
                    u"not on the review list"_s);
    // Either order names the same pair.
    QVERIFY_STATUS(DuplicateReview::dismiss(*s.hub, s.personB, s.personA));
    QVERIFY_REFUSED(DuplicateReview::dismiss(*s.hub, s.personA, s.personB),
                    u"not on the review list"_s);
    DuplicateReviewModel model(*s.hub);
    QVERIFY_REFUSED(model.dismiss(0), u"Choose"_s);
}

void TestDuplicateReview::importSummary_countsTheDuplicateAndTheConflictedRow()
{
    TempFolder dir;
    auto hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    auto a = makeSite(dir.file(u"a.cdsk"_s), u"Office North"_s, u"office"_s);
    auto b = makeSite(dir.file(u"b.cdsk"_s), u"Office South"_s, u"office"_s);
    QVERIFY(hub && a && b && peerUp(*hub, *a) && peerUp(*hub, *b));
    int packages = 0;
    const auto send = [&](RecordStore &from, RecordStore &to) -> Result<ImportSummary> {
        const QString path = exportPackage(from, to, dir.file(u"p%1.cdpkg"_s.arg(++packages)));
        if (path.isEmpty())
            return Status::error(u"not written"_s);
        return PackageImport::importFile(to, path);
    };
    PersonData first = person(u"Омарова"_s, u"Гульнара"_s, u"1985"_s);
    first.idType = u"national_id"_s;
    first.idNumber = u"987654321"_s;
    PersonData second = person(u"Омарова"_s, u"Гульнар"_s, u"05.1985"_s);
    second.idType = first.idType;
    second.idNumber = first.idNumber;
    auto caseA = CaseFiles(*a).openCase(newCase(first));
    QVERIFY_STATUS(caseA);
    auto fromA = send(*a, *hub);
    QVERIFY_STATUS(fromA);
    QCOMPARE(fromA->cases, 1);
    QCOMPARE(fromA->duplicates, 0);
    QCOMPARE(fromA->conflicts, 0);

    QVERIFY_STATUS(CaseFiles(*b).openCase(newCase(second)));
    auto fromB = send(*b, *hub);
    QVERIFY_STATUS(fromB);
    QCOMPARE(fromB->cases, 1);
    QCOMPARE(fromB->duplicates, 1);
    QCOMPARE(fromB->conflicts, 0);

    // The hub and the office change the same name group of the client at the same time; the
    // office's package then leaves that one row in conflict, and nothing else.
    const QUuid client = CaseFiles(*a).load(caseA.value())->client.id;
    QVERIFY_STATUS(hub->update(u"person"_s, client, fields({ { u"given_name"_s, u"Гуля"_s } })));
    QVERIFY_STATUS(a->update(u"person"_s, client, fields({ { u"given_name"_s, u"Гульнора"_s } })));
    QVERIFY_STATUS(
        a->update(u"case"_s, caseA.value(), fields({ { u"assigned_worker"_s, u"Сейткали"_s } })));
    auto edits = send(*a, *hub);
    QVERIFY_STATUS(edits);
    QCOMPARE(edits->versions, 2);
    QCOMPARE(edits->cases, 1);
    QCOMPARE(edits->conflicts, 1);
    QCOMPARE(edits->duplicates, 0); // the pair is listed already
    QCOMPARE(hub->conflicts().size(), 1);
}

QTEST_GUILESS_MAIN(TestDuplicateReview)
#include "tst_duplicatereview.moc"
