// The versioned record store (ARCHITECTURE §3): merge as set union, heads and winners,
// conflicts and their resolution, tombstones, incarnations, rebuild and check.
#include "testsupport.h"

#include "caselistmodel.h"

#include "backup.h"
#include "hlc.h"

#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <random>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QCborMap fields(std::initializer_list<std::pair<QString, QCborValue>> list)
{
    QCborMap map;
    for (const auto &[key, value] : list)
        map.insert(key, value);
    return map;
}

QString text(const QCborMap &row, const QString &field)
{
    return row.value(field).toString();
}

// Three offices that share one case file and then edit it independently.
struct ThreeOffices
{
    TempFolder dir;
    QString hubTemplate;
    std::unique_ptr<RecordStore> a, b, c;
    QUuid caseId, clientId, memberId;
    QList<Version> va, vb, vc;
    int freshCount = 0;

    // Every fresh store is a copy of the same empty hub, so they start from one state.
    std::unique_ptr<RecordStore> fresh()
    {
        const QString path = dir.file(u"fresh%1.cdsk"_s.arg(++freshCount));
        if (!QFile::copy(hubTemplate, path)) {
            QTest::qFail("copying the empty hub failed", __FILE__, __LINE__);
            return nullptr;
        }
        return openStore(path);
    }
};

bool prepareOffices(ThreeOffices &o)
{
    o.hubTemplate = o.dir.file(u"hub-template.cdsk"_s);
    {
        auto hub = createStore(o.hubTemplate, officeSite(u"Central desk"_s, u"HUB1"_s));
        if (!hub)
            return false;
    }
    o.a = createStore(o.dir.file(u"a.cdsk"_s), officeSite(u"Office A"_s, u"OFA1"_s));
    o.b = createStore(o.dir.file(u"b.cdsk"_s), officeSite(u"Office B"_s, u"OFB1"_s));
    o.c = createStore(o.dir.file(u"c.cdsk"_s), officeSite(u"Office C"_s, u"OFC1"_s));
    if (!o.a || !o.b || !o.c)
        return false;
    CaseFiles files(*o.a);
    auto caseId = files.openCase(
        newCase(person(u"Иванова"_s, u"Мария"_s, u"12.03.1984"_s, u"+7 701 234-56-78"_s),
                { u"unemployed"_s, u"low_income_family"_s }));
    if (!caseId)
        return false;
    o.caseId = caseId.value();
    auto member
        = files.addHouseholdMember(o.caseId, person(u"Иванов"_s, u"Пётр"_s, u"2010"_s), u"child"_s);
    if (!member)
        return false;
    o.memberId = member.value();
    o.clientId = files.load(o.caseId)->client.id;
    // The common start: B and C receive A's case file.
    const QList<Version> start = o.a->versions();
    if (!o.b->applyVersions(start) || !o.c->applyVersions(start))
        return false;

    // A: renames the client, records an interaction, reassigns the case.
    bool ok = o.a->update(u"person"_s, o.clientId, fields({ { u"family_name"_s, u"Петрова"_s } }))
                  .isOk()
        && CaseFiles(*o.a)
               .recordInteraction(o.caseId,
                                  { QUuid(), QDateTime::currentDateTime().addSecs(-60),
                                    u"office_visit"_s, u"Worker A"_s, u"visit"_s })
               .isOk()
        && o.a->update(u"case"_s, o.caseId, fields({ { u"assigned_worker"_s, u"Worker A"_s } }))
               .isOk();
    // B: renames the client differently, adds a phone, deletes the household member.
    ok = ok
        && o.b->update(u"person"_s, o.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } }))
               .isOk()
        && o.b->create(u"phone"_s, o.caseId,
                       fields({ { u"person_id"_s, QCborValue(o.clientId) },
                                { u"number"_s, u"+7 702 555-11-22"_s },
                                { u"phone_kind"_s, u"home"_s } }))
               .isOk()
        && o.b->remove(u"household_member"_s, o.memberId).isOk();
    // C: edits the member B deleted, changes the categories and the birth date.
    ok = ok
        && o.c->update(u"household_member"_s, o.memberId,
                       fields({ { u"relationship"_s, u"grandchild"_s } }))
               .isOk()
        && CaseFiles(*o.c).setCategories(o.caseId, { u"unemployed"_s, u"disability"_s }).isOk()
        && o.c->update(u"person"_s, o.clientId, fields({ { u"birth_date"_s, u"1984-03"_s } }))
               .isOk()
        && o.c->update(u"person"_s, o.clientId, fields({ { u"given_name"_s, u"Мариям"_s } }))
               .isOk();
    o.va = o.a->versions();
    o.vb = o.b->versions();
    o.vc = o.c->versions();
    return ok;
}

QString mergedDigest(ThreeOffices &o, const QList<QList<Version>> &sets)
{
    auto store = o.fresh();
    if (!store)
        return QString();
    for (const QList<Version> &set : sets) {
        auto added = store->applyVersions(set);
        if (!added) {
            QTest::qFail(qPrintable(added.message()), __FILE__, __LINE__);
            return QString();
        }
    }
    return store->digest();
}

QList<ConflictInfo> conflictsOf(const RecordStore &store, const QUuid &row)
{
    QList<ConflictInfo> list;
    for (const ConflictInfo &c : store.conflicts())
        if (c.rowId == row)
            list << c;
    return list;
}

// How many of the case list and the case file show the case as conflicted (0, 1 or 2).
int caseMarkedConflicted(RecordStore &store, const QUuid &caseId)
{
    CaseListModel model(store);
    bool listed = false;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.caseId(row) == caseId)
            listed = model.index(row, 0).data(int(CaseListModel::Role::HasConflict)).toBool();
    const auto file = CaseFiles(store).load(caseId);
    return (listed ? 1 : 0) + (file && file->hasConflict ? 1 : 0);
}

QStringList conflictGroups(const RecordStore &store, const QUuid &row)
{
    QStringList groups;
    for (const ConflictInfo &c : conflictsOf(store, row))
        groups << c.group;
    groups.sort();
    return groups;
}

// Both stores receive everything the other has.
bool exchange(RecordStore &x, RecordStore &y)
{
    const QList<Version> fromX = x.versions();
    const QList<Version> fromY = y.versions();
    return x.applyVersions(fromY).isOk() && y.applyVersions(fromX).isOk();
}

// Two offices with the same case file, for the two-site rules.
struct TwoOffices
{
    TempFolder dir;
    std::unique_ptr<RecordStore> a, b;
    QUuid caseId, clientId, memberId;
};

bool prepareTwo(TwoOffices &t)
{
    t.a = createStore(t.dir.file(u"a.cdsk"_s), officeSite(u"Office A"_s, u"OFA1"_s));
    t.b = createStore(t.dir.file(u"b.cdsk"_s), officeSite(u"Office B"_s, u"OFB1"_s));
    if (!t.a || !t.b)
        return false;
    CaseFiles files(*t.a);
    PersonData client = person(u"Кузнецова"_s, u"Ольга"_s, u"1979"_s, u"+7 705 100-20-30"_s);
    client.idType = u"national_id"_s;
    client.idNumber = u"012345678"_s;
    auto caseId = files.openCase(newCase(client, { u"unemployed"_s }));
    if (!caseId)
        return false;
    t.caseId = caseId.value();
    auto member = files.addHouseholdMember(t.caseId, person(u"Кузнецов"_s, u"Олег"_s, u"2012"_s),
                                           u"child"_s);
    if (!member)
        return false;
    t.memberId = member.value();
    t.clientId = files.load(t.caseId)->client.id;
    return t.b->applyVersions(t.a->versions()).isOk();
}

qint64 versionCount(const RecordStore &store)
{
    return store.versions().size();
}

} // namespace

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
    void restoredBackup_writesUnderNewIncarnation();
    void copiedFile_getsNewIncarnationWhenOpenedForWriting();
    void updateToUnchangedValue_writesNoVersion();
    void winner_isGreatestHlcThenSite_data();
    void winner_isGreatestHlcThenSite();
    void laterEdit_winsOnBothStores();
    void uncommittedBatch_writesNothing();
    void rowIds_areRandomUuids();
    void check_isEmptyOnHealthyStore();
    void check_reportsTamperedRow();
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

void TestRecordStore::restoredBackup_writesUnderNewIncarnation()
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

void TestRecordStore::copiedFile_getsNewIncarnationWhenOpenedForWriting()
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

void TestRecordStore::updateToUnchangedValue_writesNoVersion()
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

void TestRecordStore::winner_isGreatestHlcThenSite_data()
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

void TestRecordStore::winner_isGreatestHlcThenSite()
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

void TestRecordStore::laterEdit_winsOnBothStores()
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

void TestRecordStore::uncommittedBatch_writesNothing()
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

void TestRecordStore::rowIds_areRandomUuids()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(CaseFiles(*t.b).openCase(newCase(person(u"Ли"_s, u"Ирина"_s))));
    QSet<QUuid> ids;
    int rows = 0;
    for (const Version &v : t.b->versions()) {
        QCOMPARE(v.rowId.version(), QUuid::Random);
        if (!ids.contains(v.rowId))
            ++rows;
        ids.insert(v.rowId);
    }
    QCOMPARE(int(ids.size()), rows);
    QVERIFY(rows >= 12); // two sites and two case files with their rows
    QCOMPARE(t.b->check(), QStringList());
}

void TestRecordStore::check_isEmptyOnHealthyStore()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QCOMPARE(t.a->check(), QStringList());
    QCOMPARE(t.b->check(), QStringList());
}

void TestRecordStore::check_reportsTamperedRow()
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

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
