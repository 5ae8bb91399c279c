// The record store on one site: incarnations after a restore or a copy, unchanged edits,
// the winner order, uncommitted batches, row ids and check.
#include "storetestsupport.h"

#include "backup.h"
#include "hlc.h"
#include "rowid.h"

#include <algorithm>
#include <array>
#include <random>

using namespace casedesk;
using namespace casedesk::test;

class TestRecordStoreLocal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restoredBackup_writesUnderNewIncarnation();
    void copiedFile_getsNewIncarnationWhenOpenedForWriting();
    void updateToUnchangedValue_writesNoVersion();
    void winner_isGreatestHlcThenSite_data();
    void winner_isGreatestHlcThenSite();
    void laterEdit_winsOnBothStores();
    void uncommittedBatch_writesNothing();
    void rowIds_areTimeOrderedUuids();
    void newRowId_sortsByTime();
    void check_isEmptyOnHealthyStore();
    void check_reportsTamperedRow();
};

void TestRecordStoreLocal::restoredBackup_writesUnderNewIncarnation()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const QString path = t.dir.file(u"a.cdsk"_s);
    const QString backup = t.dir.file(u"a-backup.cdbak"_s);
    const QUuid oldIncarnation = t.a->incarnation();
    QVERIFY_STATUS(Backup::write(t.a->db(), backup));
    const QList<Version> atBackup = t.a->versions();
    // Written after the backup: lost by the restore (unless another site has it).
    QVERIFY_STATUS(
        t.a->update(u"case"_s, t.caseId, fields({ { u"assigned_worker"_s, u"Lost"_s } })));
    t.a.reset();

    QVERIFY_STATUS(Backup::restore(backup, path));
    auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(!store->incarnation().isNull());
    QVERIFY(store->incarnation() != oldIncarnation);
    QCOMPARE(versionCount(*store), atBackup.size());
    QCOMPARE(store->check(), QStringList());

    QVERIFY_STATUS(
        store->update(u"case"_s, t.caseId, fields({ { u"assigned_worker"_s, u"New"_s } })));
    const QList<Version> after = store->versions();
    QCOMPARE(after.size(), atBackup.size() + 1);
    QCOMPARE(after.last().incarnation, store->incarnation());
    QCOMPARE(after.last().seq, 1);
    QCOMPARE(after.last().site, store->site().id);
    for (const Version &old : atBackup) {
        const bool kept = std::any_of(after.cbegin(), after.cend(), [&](const Version &v) {
            return v.incarnation == old.incarnation && v.seq == old.seq;
        });
        QVERIFY(kept);
    }
    // Reopening the restored file at its place is no new incarnation.
    const QUuid restored = store->incarnation();
    store.reset();
    store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->incarnation(), restored);
    QCOMPARE(store->check(), QStringList());
}

void TestRecordStoreLocal::copiedFile_getsNewIncarnationWhenOpenedForWriting()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const QString path = t.dir.file(u"a.cdsk"_s);
    const QString copy = t.dir.file(u"a-copy.cdsk"_s);
    const QUuid incarnation = t.a->incarnation();
    t.a.reset();
    QVERIFY(QFile::copy(path, copy));

    auto reader = openStore(copy, Database::Mode::ReadOnly);
    QVERIFY(reader);
    QCOMPARE(reader->incarnation(), incarnation);
    reader.reset();

    auto original = openStore(path);
    auto copied = openStore(copy);
    QVERIFY(original && copied);
    QCOMPARE(original->incarnation(), incarnation);
    QVERIFY(copied->incarnation() != incarnation);
    QCOMPARE(copied->site().id, original->site().id);

    // Both write "the next change"; under different incarnations nothing collides.
    QVERIFY_STATUS(original->update(u"case"_s, t.caseId,
                                    fields({ { u"assigned_worker"_s, u"At the original"_s } })));
    QVERIFY_STATUS(copied->update(u"case"_s, t.caseId,
                                  fields({ { u"assigned_worker"_s, u"At the copy"_s } })));
    QCOMPARE(copied->versions().last().seq, 1);
    auto added = original->applyVersions(copied->versions());
    QVERIFY_STATUS(added);
    QCOMPARE(added.value(), 1);
    QCOMPARE(original->heads(u"case"_s, t.caseId).value(u"worker"_s).size(), 2);
    QCOMPARE(original->check(), QStringList());
}

void TestRecordStoreLocal::updateToUnchangedValue_writesNoVersion()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const qint64 before = versionCount(*t.a);
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Кузнецова"_s } })));
    QVERIFY_STATUS(t.a->update(u"case"_s, t.caseId, fields({ { u"status"_s, u"open"_s } })));
    QCOMPARE(versionCount(*t.a), before);

    // The same through the domain: saving the loaded person unchanged.
    const PersonData client = CaseFiles(*t.a).load(t.caseId)->client;
    QVERIFY_STATUS(CaseFiles(*t.a).updatePerson(t.caseId, client));
    QCOMPARE(versionCount(*t.a), before);

    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Кузнецова-Ким"_s } })));
    QCOMPARE(versionCount(*t.a), before + 1);
}

void TestRecordStoreLocal::winner_isGreatestHlcThenSite_data()
{
    QTest::addColumn<int>("offsetFirst");
    QTest::addColumn<int>("offsetSecond");
    QTest::addColumn<bool>("firstSiteGreater");
    QTest::addColumn<QString>("winner");
    QTest::newRow("greater HLC wins over the greater site") << 10 << 20 << true << u"Вторая"_s;
    QTest::newRow("greater HLC wins, smaller site") << 30 << 20 << false << u"Первая"_s;
    QTest::newRow("equal HLC: greater site wins") << 20 << 20 << true << u"Первая"_s;
    QTest::newRow("equal HLC: other site greater") << 20 << 20 << false << u"Вторая"_s;
}

void TestRecordStoreLocal::winner_isGreatestHlcThenSite()
{
    QFETCH(int, offsetFirst);
    QFETCH(int, offsetSecond);
    QFETCH(bool, firstSiteGreater);
    QFETCH(QString, winner);

    const QUuid low(u"{10000000-0000-4000-8000-000000000001}"_s);
    const QUuid high(u"{f0000000-0000-4000-8000-000000000002}"_s);
    const QUuid rowId = QUuid::createUuid();
    const QUuid scope = QUuid::createUuid();
    const qint64 base = HybridClock::fromMs(QDateTime::currentMSecsSinceEpoch() - 60000);
    const auto version = [&](const QUuid &site, qint64 hlc, const QString &family,
                             const QList<VersionRef> &parents) {
        Version v;
        v.site = site;
        v.incarnation = QUuid::createUuid();
        v.seq = 1;
        v.hlc = hlc;
        v.wallMs = HybridClock::toMs(hlc);
        v.author = u"tester"_s;
        v.entity = u"person"_s;
        v.rowId = rowId;
        v.scopeRoot = scope;
        GroupChange name;
        name.values = fields({ { u"family_name"_s, family },
                               { u"given_name"_s, u"Анна"_s },
                               { u"patronymic"_s, QCborValue(QCborValue::Null) } });
        name.parents = parents;
        v.groups.insert(u"name"_s, name);
        return v;
    };
    const Version start = version(QUuid::createUuid(), base, u"База"_s, {});
    const Version first
        = version(firstSiteGreater ? high : low, base + offsetFirst, u"Первая"_s, { start.ref() });
    const Version second
        = version(firstSiteGreater ? low : high, base + offsetSecond, u"Вторая"_s, { start.ref() });

    TempFolder dir;
    auto x = createStore(dir.file(u"x.cdsk"_s));
    auto y = createStore(dir.file(u"y.cdsk"_s));
    QVERIFY(x && y);
    QVERIFY_STATUS(x->applyVersions({ start, first, second }));
    QVERIFY_STATUS(y->applyVersions({ second }));
    QVERIFY_STATUS(y->applyVersions({ first, start }));
    for (RecordStore *store : { x.get(), y.get() }) {
        QCOMPARE(text(store->row(u"person"_s, rowId), u"family_name"_s), winner);
        QCOMPARE(store->heads(u"person"_s, rowId).value(u"name"_s).size(), 2);
        QCOMPARE(conflictGroups(*store, rowId), QStringList { u"name"_s });
    }
}

void TestRecordStoreLocal::laterEdit_winsOnBothStores()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"case"_s, t.caseId, fields({ { u"assigned_worker"_s, u"Earlier"_s } })));
    QTest::qWait(5);
    QVERIFY_STATUS(
        t.b->update(u"case"_s, t.caseId, fields({ { u"assigned_worker"_s, u"Later"_s } })));
    const Version earlier = t.a->versions().last();
    const Version later = t.b->versions().last();
    QVERIFY(later.hlc > earlier.hlc);
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(text(t.a->row(u"case"_s, t.caseId), u"assigned_worker"_s), u"Later"_s);
    QCOMPARE(text(t.b->row(u"case"_s, t.caseId), u"assigned_worker"_s), u"Later"_s);

    // A's clock moved past what it received: its next edit orders after B's.
    QVERIFY_STATUS(
        t.a->update(u"case"_s, t.caseId, fields({ { u"assigned_worker"_s, u"Last"_s } })));
    QVERIFY(t.a->versions().last().hlc > later.hlc);
    QVERIFY_STATUS(t.b->applyVersions(t.a->versions()));
    QCOMPARE(text(t.b->row(u"case"_s, t.caseId), u"assigned_worker"_s), u"Last"_s);
    // The edit built on the shown winner; the concurrent head it did not replace stays open.
    QStringList heads;
    for (const HeadInfo &h : t.b->heads(u"case"_s, t.caseId).value(u"worker"_s))
        heads << text(h.values, u"assigned_worker"_s);
    heads.sort();
    QCOMPARE(heads, QStringList({ u"Earlier"_s, u"Last"_s }));
    QCOMPARE(conflictGroups(*t.b, t.caseId), QStringList { u"worker"_s });
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStoreLocal::uncommittedBatch_writesNothing()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const QString digest = t.a->digest();
    const QList<Version> before = t.a->versions();
    {
        WriteBatch batch(*t.a);
        QVERIFY_STATUS(batch.status());
        QVERIFY_STATUS(t.a->update(u"person"_s, t.clientId,
                                   fields({ { u"family_name"_s, u"Не сохранено"_s } })));
        QVERIFY_STATUS(t.a->create(u"phone"_s, t.caseId,
                                   fields({ { u"person_id"_s, QCborValue(t.clientId) },
                                            { u"number"_s, u"+7 700 999-99-99"_s } })));
    } // dropped without commit
    QCOMPARE(t.a->versions().size(), before.size());
    QCOMPARE(t.a->digest(), digest);
    QCOMPARE(searchCases(*t.a, u"9999999"_s), QList<QUuid>());

    // The numbers the dropped batch used are free again: no gap in this site's sequence.
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Ким"_s } })));
    qint64 lastOwn = 0;
    for (const Version &v : before)
        if (v.incarnation == t.a->incarnation())
            lastOwn = std::max(lastOwn, v.seq);
    QCOMPARE(t.a->versions().last().seq, lastOwn + 1);
    QCOMPARE(t.a->check(), QStringList());
}

namespace {

qint64 rowIdMs(const QUuid &id)
{
    const QByteArray b = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(b.at(i));
    return ms;
}

// Read from the bytes: QUuid::version() of Qt 6.4 knows versions 1 to 5 only.
int uuidVersion(const QUuid &id)
{
    return quint8(id.toRfc4122().at(6)) >> 4;
}

} // namespace

void TestRecordStoreLocal::rowIds_areTimeOrderedUuids()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto opened = CaseFiles(*t.b).openCase(newCase(person(u"Ли"_s, u"Ирина"_s)));
    QVERIFY_STATUS(opened);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QSet<QUuid> ids;
    int rows = 0;
    int caseRows = 0;
    for (const Version &v : t.b->versions()) {
        if (!ids.contains(v.rowId)) {
            ++rows;
            // A site's row is named by the site's own id; every other row by a new row id.
            if (v.entity == u"site"_s) {
                QCOMPARE(v.rowId.version(), QUuid::Random);
            } else {
                QCOMPARE(uuidVersion(v.rowId), 7);
                QCOMPARE(v.rowId.variant(), QUuid::DCE);
            }
            if (v.scopeRoot == opened.value()) {
                ++caseRows;
                QVERIFY2(rowIdMs(v.rowId) >= before && rowIdMs(v.rowId) <= after,
                         qPrintable(v.rowId.toString()));
            }
        }
        ids.insert(v.rowId);
    }
    QCOMPARE(int(ids.size()), rows);
    QVERIFY(rows >= 12); // two sites and two case files with their rows
    QVERIFY2(caseRows >= 4,
             qPrintable(
                 QString::number(caseRows))); // the case, its client, the household and its member
    QCOMPARE(t.b->check(), QStringList());
}

void TestRecordStoreLocal::newRowId_sortsByTime()
{
    // Ids of the same millisecond differ; a later millisecond sorts after, as bytes and so in
    // every index keyed by an id.
    QSet<QUuid> same;
    for (int i = 0; i < 1000; ++i)
        same.insert(newRowId(1764590400000));
    QCOMPARE(same.size(), 1000);
    QByteArray previous;
    for (qint64 ms : { qint64(0), qint64(1), qint64(1764590400000), qint64(1764590400001),
                       qint64(1951862400000) }) {
        const QUuid id = newRowId(ms);
        QCOMPARE(rowIdMs(id), ms);
        QCOMPARE(uuidVersion(id), 7);
        QCOMPARE(id.variant(), QUuid::DCE);
        QVERIFY(previous < id.toRfc4122());
        previous = id.toRfc4122();
    }
}

void TestRecordStoreLocal::check_isEmptyOnHealthyStore()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QCOMPARE(t.a->check(), QStringList());
    QCOMPARE(t.b->check(), QStringList());
}

void TestRecordStoreLocal::check_reportsTamperedRow()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->db().exec("UPDATE persons SET family_name='X'"));
    const QStringList problems = t.a->check();
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u'\n').contains(t.clientId.toString(QUuid::WithoutBraces)),
             qPrintable(problems.join(u'\n')));

    // The versions are the truth: a rebuild repairs the row.
    QVERIFY_STATUS(t.a->rebuild());
    QCOMPARE(t.a->check(), QStringList());
    QCOMPARE(text(t.a->row(u"person"_s, t.clientId), u"family_name"_s), u"Кузнецова"_s);
}

QTEST_GUILESS_MAIN(TestRecordStoreLocal)
#include "tst_recordstorelocal.moc"
