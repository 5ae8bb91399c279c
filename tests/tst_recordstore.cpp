// The versioned record store (ARCHITECTURE §3): merge as set union, heads and winners,
// conflicts and their resolution, tombstones, rebuild.
#include "rowstate.h"
#include "storetestsupport.h"

#include <algorithm>
#include <array>
#include <random>

using namespace casedesk;
using namespace casedesk::test;

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void applyTwice_isIdempotent();
    void mergeInAnyOrder_givesOneDigest();
    void mergeGrouped_isAssociative();
    void mergeWithDuplicatesAndShuffledVersions_givesOneDigest();
    void rebuild_keepsDigestAndPassesCheck();
    void concurrentEditOfOneGroup_keepsBothHeads();
    void equalConcurrentValues_areNoConflict();
    void resolution_clearsConflictOnBothStores();
    void concurrentIdDocumentEdits_neverMixTypeAndNumber();
    void phonesAddedAtTwoSites_bothKept();
    void tombstoneAgainstUnseenEdit_isDeleteEditConflict();
    void resolveDeletion_clearsConflict_data();
    void resolveDeletion_clearsConflict();
    void tombstone_hidesRowButKeepsVersions();
    void rowStateOfOneVersion_followsTheGeneralRule_data();
    void rowStateOfOneVersion_followsTheGeneralRule();
    void localFormsMadeAhead_areWhatTheStoreMakes_data();
    void localFormsMadeAhead_areWhatTheStoreMakes();
    void localFormOfAnUnknownGroup_isNotReady();
};

void TestRecordStore::applyTwice_isIdempotent()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    auto store = o.fresh();
    QVERIFY(store);
    auto first = store->applyVersions(o.va);
    QVERIFY_STATUS(first);
    QCOMPARE(first.value(), int(o.va.size()));
    const QString digest = store->digest();
    const qint64 count = versionCount(*store);

    auto second = store->applyVersions(o.va);
    QVERIFY_STATUS(second);
    QCOMPARE(second.value(), 0);
    QCOMPARE(store->digest(), digest);
    QCOMPARE(versionCount(*store), count);

    // A store's own versions are nothing new to it either.
    auto own = o.a->applyVersions(o.a->versions());
    QVERIFY_STATUS(own);
    QCOMPARE(own.value(), 0);
}

void TestRecordStore::mergeInAnyOrder_givesOneDigest()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    const QList<QList<Version>> sets { o.va, o.vb, o.vc };
    std::array<int, 3> order { 0, 1, 2 };
    QStringList digests;
    do {
        digests << mergedDigest(o, { sets[order[0]], sets[order[1]], sets[order[2]] });
        QVERIFY(!QTest::currentTestFailed());
    } while (std::next_permutation(order.begin(), order.end()));
    QCOMPARE(digests.size(), 6);
    for (const QString &d : std::as_const(digests))
        QCOMPARE(d, digests.first());

    // The merged state holds what every office wrote.
    auto merged = o.fresh();
    QVERIFY(merged);
    for (const auto &set : sets)
        QVERIFY_STATUS(merged->applyVersions(set));
    QCOMPARE(merged->digest(), digests.first());
    QCOMPARE(conflictGroups(*merged, o.clientId), QStringList { u"name"_s });
    QCOMPARE(conflictGroups(*merged, o.memberId), QStringList { tombstoneGroup() });
    const QCborMap client = merged->row(u"person"_s, o.clientId);
    QCOMPARE(text(client, u"birth_date"_s), u"1984-03"_s);
    QCOMPARE(text(merged->row(u"case"_s, o.caseId), u"assigned_worker"_s), u"Worker A"_s);
    QCOMPARE(countRows(*merged, u"SELECT count(*) FROM phones WHERE deleted=0"_s), 2);
    QCOMPARE(countRows(*merged, u"SELECT count(*) FROM interactions WHERE deleted=0"_s), 1);
    QCOMPARE(CaseFiles(*merged).load(o.caseId)->categories,
             QStringList({ u"disability"_s, u"unemployed"_s }));
    QCOMPARE(merged->check(), QStringList());
}

void TestRecordStore::mergeGrouped_isAssociative()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    auto ab = o.fresh();
    QVERIFY(ab);
    QVERIFY_STATUS(ab->applyVersions(o.va));
    QVERIFY_STATUS(ab->applyVersions(o.vb));
    auto bc = o.fresh();
    QVERIFY(bc);
    QVERIFY_STATUS(bc->applyVersions(o.vb));
    QVERIFY_STATUS(bc->applyVersions(o.vc));

    const QString left = mergedDigest(o, { ab->versions(), o.vc }); // (A ∪ B) ∪ C
    const QString right = mergedDigest(o, { o.va, bc->versions() }); // A ∪ (B ∪ C)
    QVERIFY(!left.isEmpty());
    QCOMPARE(left, right);
    QCOMPARE(mergedDigest(o, { o.va, o.vb, o.vc }), left);
}

void TestRecordStore::mergeWithDuplicatesAndShuffledVersions_givesOneDigest()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    const QString expected = mergedDigest(o, { o.va, o.vb, o.vc });
    QVERIFY(!expected.isEmpty());

    // Whole sets repeated.
    QCOMPARE(mergedDigest(o, { o.vc, o.va, o.vc, o.vb, o.va, o.vb }), expected);

    // One big list with every version twice, backwards: parents arrive after their children.
    QList<Version> all = o.va + o.vb + o.vc + o.vb;
    std::reverse(all.begin(), all.end());
    QCOMPARE(mergedDigest(o, { all }), expected);

    // Version by version in a random order.
    const quint32 seed = 20240917;
    std::mt19937 rng(seed);
    std::shuffle(all.begin(), all.end(), rng);
    QList<QList<Version>> single;
    for (const Version &v : std::as_const(all))
        single.append({ v });
    QVERIFY2(mergedDigest(o, single) == expected, qPrintable(u"shuffle seed %1"_s.arg(seed)));
}

void TestRecordStore::rebuild_keepsDigestAndPassesCheck()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    auto merged = o.fresh();
    QVERIFY(merged);
    for (const auto &set : { o.va, o.vb, o.vc })
        QVERIFY_STATUS(merged->applyVersions(set));
    const QString digest = merged->digest();
    const QList<QUuid> found = searchCases(*merged, u"петрова"_s);

    QVERIFY_STATUS(merged->rebuild());
    QCOMPARE(merged->digest(), digest);
    QCOMPARE(merged->check(), QStringList());
    QCOMPARE(searchCases(*merged, u"петрова"_s), found);
    QCOMPARE(searchCases(*merged, u"5551122"_s), QList<QUuid> { o.caseId });

    QVERIFY_STATUS(o.a->rebuild());
    QCOMPARE(o.a->check(), QStringList());
}

void TestRecordStore::concurrentEditOfOneGroup_keepsBothHeads()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } })));
    QVERIFY_STATUS(
        t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } })));
    QVERIFY(t.a->conflicts().isEmpty());
    QVERIFY(exchange(*t.a, *t.b));

    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        const QList<ConflictInfo> conflicts = store->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().entity, u"person"_s);
        QCOMPARE(conflicts.first().rowId, t.clientId);
        QCOMPARE(conflicts.first().scopeRoot, t.caseId);
        QCOMPARE(conflicts.first().group, u"name"_s);
        const QList<HeadInfo> heads = store->heads(u"person"_s, t.clientId).value(u"name"_s);
        QCOMPARE(heads.size(), 2);
        QStringList values { text(heads[0].values, u"family_name"_s),
                             text(heads[1].values, u"family_name"_s) };
        values.sort();
        QCOMPARE(values, QStringList({ u"Петрова"_s, u"Сидорова"_s }));
        QCOMPARE(countRows(*store, u"SELECT conflict FROM persons WHERE id=?"_s, t.clientId), 1);
        // A conflict in the client's row marks the whole case, in the list and the case file.
        QCOMPARE(caseMarkedConflicted(*store, t.caseId), 2);
    }
    QCOMPARE(text(t.a->row(u"person"_s, t.clientId), u"family_name"_s),
             text(t.b->row(u"person"_s, t.clientId), u"family_name"_s));
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStore::equalConcurrentValues_areNoConflict()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } })));
    QVERIFY_STATUS(
        t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        QCOMPARE(store->conflicts().size(), 0);
        QCOMPARE(store->heads(u"person"_s, t.clientId).value(u"name"_s).size(), 2);
        QCOMPARE(text(store->row(u"person"_s, t.clientId), u"family_name"_s), u"Петрова"_s);
    }
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStore::resolution_clearsConflictOnBothStores()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } })));
    QVERIFY_STATUS(
        t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(t.a->conflicts().size(), 1);

    const QList<HeadInfo> heads = t.a->heads(u"person"_s, t.clientId).value(u"name"_s);
    QCOMPARE(heads.size(), 2);
    QCborMap chosen = heads.first().values;
    chosen.insert(u"family_name"_s, u"Петрова-Сидорова"_s);
    QVERIFY_STATUS(t.a->resolve(u"person"_s, t.clientId, u"name"_s, chosen));
    QCOMPARE(t.a->conflicts().size(), 0);
    QCOMPARE(t.a->heads(u"person"_s, t.clientId).value(u"name"_s).size(), 1);

    // The resolution names both heads as parents, so it clears the conflict where it arrives.
    const Version resolution = t.a->versions().last();
    QCOMPARE(resolution.groups.value(u"name"_s).parents.size(), 2);
    QCOMPARE(t.b->conflicts().size(), 1);
    QVERIFY_STATUS(t.b->applyVersions(t.a->versions()));
    QCOMPARE(t.b->conflicts().size(), 0);
    QCOMPARE(caseMarkedConflicted(*t.a, t.caseId), 0);
    QCOMPARE(caseMarkedConflicted(*t.b, t.caseId), 0);
    QCOMPARE(text(t.b->row(u"person"_s, t.clientId), u"family_name"_s), u"Петрова-Сидорова"_s);
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStore::concurrentIdDocumentEdits_neverMixTypeAndNumber()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->update(
        u"person"_s, t.clientId,
        fields({ { u"id_type"_s, u"passport"_s }, { u"id_number"_s, u"N1234567"_s } })));
    QVERIFY_STATUS(t.b->update(
        u"person"_s, t.clientId,
        fields({ { u"id_type"_s, u"personal_number"_s }, { u"id_number"_s, u"123456789012"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    const QList<QPair<QString, QString>> written { { u"passport"_s, u"N1234567"_s },
                                                   { u"personal_number"_s, u"123456789012"_s } };
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        const QCborMap row = store->row(u"person"_s, t.clientId);
        const QPair<QString, QString> shown { text(row, u"id_type"_s), text(row, u"id_number"_s) };
        QVERIFY2(written.contains(shown),
                 qPrintable(u"mixed pair: "_s + shown.first + u" "_s + shown.second));
        QCOMPARE(conflictGroups(*store, t.clientId), QStringList { u"id_document"_s });
    }
    QCOMPARE(t.a->row(u"person"_s, t.clientId), t.b->row(u"person"_s, t.clientId));
}

void TestRecordStore::phonesAddedAtTwoSites_bothKept()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    const auto addPhone = [&](RecordStore &store, const QString &number) {
        CaseFiles files(store);
        PersonData client = files.load(t.caseId)->client;
        client.phones.append({ QUuid(), number, u"work"_s });
        return files.updatePerson(t.caseId, client);
    };
    QVERIFY_STATUS(addPhone(*t.a, u"+7 777 111-22-33"_s));
    QVERIFY_STATUS(addPhone(*t.b, u"+7 778 444-55-66"_s));
    QVERIFY(exchange(*t.a, *t.b));
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        const auto file = CaseFiles(*store).load(t.caseId);
        QVERIFY_STATUS(file);
        QStringList numbers;
        for (const PhoneData &p : file->client.phones)
            numbers << p.number;
        numbers.sort();
        QCOMPARE(
            numbers,
            QStringList({ u"+7 705 100-20-30"_s, u"+7 777 111-22-33"_s, u"+7 778 444-55-66"_s }));
        QVERIFY(store->conflicts().isEmpty());
        QCOMPARE(searchCases(*store, u"1112233"_s), QList<QUuid> { t.caseId });
        QCOMPARE(searchCases(*store, u"4445566"_s), QList<QUuid> { t.caseId });
    }
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStore::tombstoneAgainstUnseenEdit_isDeleteEditConflict()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->remove(u"household_member"_s, t.memberId));
    QVERIFY_STATUS(t.b->update(u"household_member"_s, t.memberId,
                               fields({ { u"relationship"_s, u"grandchild"_s } })));
    QVERIFY(t.a->conflicts().isEmpty());
    QVERIFY(exchange(*t.a, *t.b));
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        QCOMPARE(conflictGroups(*store, t.memberId), QStringList { tombstoneGroup() });
        const QList<ConflictInfo> list = conflictsOf(*store, t.memberId);
        QCOMPARE(list.first().entity, u"household_member"_s);
        QCOMPARE(list.first().scopeRoot, t.caseId);
    }
    QCOMPARE(t.a->digest(), t.b->digest());

    // A tombstone written after the edit arrived saw it: no conflict.
    const QUuid phoneId = CaseFiles(*t.a).load(t.caseId)->client.phones.first().id;
    QVERIFY_STATUS(t.a->update(u"phone"_s, phoneId, fields({ { u"phone_kind"_s, u"work"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QVERIFY_STATUS(t.b->remove(u"phone"_s, phoneId));
    QVERIFY(exchange(*t.a, *t.b));
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        QCOMPARE(conflictsOf(*store, phoneId).size(), 0);
        bool deleted = false;
        store->row(u"phone"_s, phoneId, &deleted);
        QVERIFY(deleted);
    }
}

void TestRecordStore::resolveDeletion_clearsConflict_data()
{
    QTest::addColumn<bool>("keepDeleted");
    QTest::newRow("restore with the edit") << false;
    QTest::newRow("keep deleted") << true;
}

void TestRecordStore::resolveDeletion_clearsConflict()
{
    QFETCH(bool, keepDeleted);
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->remove(u"household_member"_s, t.memberId));
    QVERIFY_STATUS(t.b->update(u"household_member"_s, t.memberId,
                               fields({ { u"relationship"_s, u"grandchild"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(conflictGroups(*t.a, t.memberId), QStringList { tombstoneGroup() });

    QVERIFY_STATUS(t.a->resolveDeletion(u"household_member"_s, t.memberId, keepDeleted));
    QVERIFY_STATUS(t.b->applyVersions(t.a->versions()));
    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        QCOMPARE(store->conflicts().size(), 0);
        bool deleted = !keepDeleted;
        const QCborMap row = store->row(u"household_member"_s, t.memberId, &deleted);
        QCOMPARE(deleted, keepDeleted);
        QCOMPARE(text(row, u"relationship"_s), u"grandchild"_s);
        const auto household = CaseFiles(*store).load(t.caseId)->household;
        QCOMPARE(household.size(), keepDeleted ? 1 : 2);
    }
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestRecordStore::tombstone_hidesRowButKeepsVersions()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    RecordStore &store = *t.a;
    const QUuid phoneId = CaseFiles(store).load(t.caseId)->client.phones.first().id;
    QCOMPARE(searchCases(store, u"1002030"_s), QList<QUuid> { t.caseId });
    const qint64 before = versionCount(store);
    const qint64 phoneRows = countRows(store, u"SELECT count(*) FROM phones"_s);

    QVERIFY_STATUS(store.remove(u"phone"_s, phoneId));
    bool deleted = false;
    const QCborMap phone = store.row(u"phone"_s, phoneId, &deleted);
    QVERIFY(deleted);
    QCOMPARE(text(phone, u"number"_s), u"+7 705 100-20-30"_s);
    QCOMPARE(versionCount(store), before + 1);
    QCOMPARE(countRows(store, u"SELECT count(*) FROM phones"_s), phoneRows);
    QCOMPARE(countRows(store, u"SELECT count(*) FROM phones WHERE deleted=0"_s), phoneRows - 1);
    QCOMPARE(searchCases(store, u"1002030"_s), QList<QUuid>());
    QVERIFY(CaseFiles(store).load(t.caseId)->client.phones.isEmpty());
    // Removing twice writes nothing more.
    QVERIFY_STATUS(store.remove(u"phone"_s, phoneId));
    QCOMPARE(versionCount(store), before + 1);

    // A deleted case leaves the list, the search and the counts, and its history stays.
    QCOMPARE(searchCases(store, u"кузнецова"_s), QList<QUuid> { t.caseId });
    QVERIFY_STATUS(store.remove(u"case"_s, t.caseId));
    QCOMPARE(searchCases(store, u"кузнецова"_s), QList<QUuid>());
    QCOMPARE(countRows(store, u"SELECT count(*) FROM cases WHERE deleted=0"_s), 0);
    QCOMPARE(countRows(store, u"SELECT count(*) FROM cases"_s), 1);
    QCOMPARE(versionCount(store), before + 2);
    QVERIFY(!CaseFiles(store).history(t.caseId).isEmpty());
    QCOMPARE(store.check(), QStringList());
}

void TestRecordStore::rowStateOfOneVersion_followsTheGeneralRule_data()
{
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("namesItself");
    QTest::newRow("two groups") << QStringList { u"name"_s, u"birth"_s } << false;
    QTest::newRow("a group the entity lacks") << QStringList { u"name"_s, u"no_such"_s } << false;
    QTest::newRow("its own parent") << QStringList { u"name"_s, u"birth"_s } << true;
    QTest::newRow("a tombstone") << QStringList { tombstoneGroup() } << false;
    QTest::newRow("a tombstone and an edit")
        << QStringList { tombstoneGroup(), u"name"_s } << false;
}

// A row of one version takes a shorter way (computeRowState); what it finds must be what the
// walk over several versions finds for that version's groups. The walk is made to run by a
// second version of a group the first one lacks.
void TestRecordStore::rowStateOfOneVersion_followsTheGeneralRule()
{
    QFETCH(QStringList, groups);
    QFETCH(bool, namesItself);
    const EntityDef &person = *EntitySchema::find(u"person"_s);
    StoredVersion one;
    one.ref = { 1, 7 };
    one.hlc = 100;
    one.site = QByteArray(16, 'a');
    one.incarnation = QByteArray(16, 'b');
    for (const QString &g : std::as_const(groups)) {
        LocalGroup group;
        if (g == tombstoneGroup())
            group.values.insert(u"deleted"_s, true);
        else
            group.values.insert(u"x"_s, u"value"_s);
        group.parents.append(namesItself ? one.ref : LocalRef { 1, 3 });
        one.groups.insert(g, group);
    }
    StoredVersion other;
    other.ref = { 2, 1 };
    other.hlc = 50;
    other.site = QByteArray(16, 'c');
    other.incarnation = QByteArray(16, 'd');
    other.groups.insert(u"languages"_s, LocalGroup { { { u"languages"_s, u"ru"_s } }, {}, {} });

    const QList<StoredVersion> alone { one };
    const QList<StoredVersion> both { one, other };
    const RowState shortWay = computeRowState(person, alone);
    const RowState walk = computeRowState(person, both);
    QStringList expectedGroups = walk.heads.keys();
    expectedGroups.removeAll(u"languages"_s);
    QCOMPARE(shortWay.heads.keys(), expectedGroups);
    for (const QString &g : std::as_const(expectedGroups)) {
        QCOMPARE(shortWay.headRefs(g), walk.headRefs(g));
        QCOMPARE(shortWay.winner.value(g)->ref, walk.winner.value(g)->ref);
    }
    QCOMPARE(shortWay.conflictGroups, walk.conflictGroups);
    QCOMPARE(shortWay.deleted, walk.deleted);
    QCOMPARE(shortWay.deleted, groups.contains(tombstoneGroup()));
    // The tombstone saw its own edit of the name only when it names it (it does not here);
    // the other version's languages are never seen by it.
    QCOMPARE(shortWay.deleteConflict, groups.size() > 1 && groups.contains(tombstoneGroup()));
    if (!namesItself && groups.contains(u"name"_s))
        QCOMPARE(shortWay.winner.value(u"name"_s)->ref, one.ref);
    if (namesItself)
        QVERIFY(shortWay.heads.isEmpty());
}

// Versions put in a file's terms ahead of time (a package import's decoding thread) from a
// copy of its origin numbers: those the copy can describe are byte for byte what the store
// makes itself, the others are left to it, and the result is the same file. Data: whether the
// copy lacks office A's origin (then only versions naming no earlier one of A's are ready).
void TestRecordStore::localFormsMadeAhead_areWhatTheStoreMakes_data()
{
    QTest::addColumn<bool>("withoutA");
    QTest::newRow("every origin") << false;
    QTest::newRow("without office A") << true;
}

void TestRecordStore::localFormsMadeAhead_areWhatTheStoreMakes()
{
    QFETCH(bool, withoutA);
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    auto ahead = o.fresh();
    auto plain = o.fresh();
    QVERIFY(ahead && plain);
    QVERIFY_STATUS(ahead->applyVersions(o.va));
    QVERIFY_STATUS(plain->applyVersions(o.va));
    QHash<QUuid, qint64> origins = ahead->originNumbers();
    QVERIFY(origins.contains(o.a->incarnation()));
    if (withoutA)
        origins.remove(o.a->incarnation());
    // Office B's versions: its rename, its new phone and its tombstone of the member (with the
    // heads it saw), after A's case file.
    QList<RecordStore::LocalForm> forms;
    int ready = 0;
    bool seenReady = false;
    for (const Version &v : std::as_const(o.vb)) {
        forms.append(RecordStore::localForm(v, origins));
        if (!forms.last().ready)
            continue;
        ++ready;
        for (const LocalGroup &g : std::as_const(forms.last().groups))
            seenReady = seenReady || !g.seen.isEmpty();
    }
    QVERIFY(ready > 0);
    if (withoutA)
        QVERIFY(ready < forms.size());
    else
        QVERIFY(ready == forms.size() && seenReady);
    QVERIFY_STATUS(ahead->applyVersions(o.vb, nullptr, nullptr, &forms));
    QVERIFY_STATUS(plain->applyVersions(o.vb));
    const auto bodies = [](RecordStore &store) {
        QStringList out;
        Statement st = store.db().statement("SELECT o.inc, v.seq, hex(v.body) FROM version v "
                                            "JOIN origin o ON o.n=v.origin ORDER BY v.vid");
        while (st.step() == Statement::Step::Row)
            out << st.uuid(0).toString() + u' ' + QString::number(st.int64(1)) + u' ' + st.text(2);
        return out;
    };
    QCOMPARE(bodies(*ahead), bodies(*plain));
    for (qsizetype i = 0; i < forms.size(); ++i) {
        if (!forms.at(i).ready)
            continue;
        Statement st = plain->db().statement(
            "SELECT body FROM version v JOIN origin o ON o.n=v.origin WHERE o.inc=? AND v.seq=?");
        st.bind(1, o.vb.at(i).incarnation).bind(2, o.vb.at(i).seq);
        QVERIFY(st.step() == Statement::Step::Row);
        QCOMPARE(forms.at(i).body.toHex(), st.blob(0).toHex());
    }
    QCOMPARE(ahead->digest(), plain->digest());
    QCOMPARE(ahead->check(), QStringList());
}

void TestRecordStore::localFormOfAnUnknownGroup_isNotReady()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    auto store = o.fresh();
    QVERIFY(store);
    Version v = o.va.first();
    QVERIFY(RecordStore::localForm(v, store->originNumbers()).ready);
    v.groups.insert(u"no_such_group"_s, v.groups.first());
    const QList<RecordStore::LocalForm> forms { RecordStore::localForm(v, store->originNumbers()) };
    QVERIFY(!forms.first().ready);
    // The store makes it itself, and refuses it as it would without the form.
    const qint64 before = versionCount(*store);
    QVERIFY_REFUSED(store->applyVersions({ v }, nullptr, nullptr, &forms), u"no_such_group"_s);
    QCOMPARE(versionCount(*store), before);
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
