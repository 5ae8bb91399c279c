// The base of a conflict: the value both heads descend from, found through the parents.
#include "storetestsupport.h"

#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

class TestConflictBase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void divergedEdits_baseIsSharedValue();
    void divergedAfterSharedEdits_baseIsNewestSharedValue();
    void threeHeads_baseIsWhatAllDescendFrom();
    void unconflictedGroup_baseIsItsHead();
    void rowsCreatedApart_haveNoBase();
    void deleteAgainstEdit_baseIsWhatTheDeletionSaw();
    void unknownEntity_notFound();
};

static QString familyName(const QCborMap &values)
{
    return values.value(u"family_name"_s).toString();
}

void TestConflictBase::divergedEdits_baseIsSharedValue()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } })));
    QVERIFY_STATUS(
        t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(conflictGroups(*t.a, t.clientId), QStringList { u"name"_s });

    for (RecordStore *store : { t.a.get(), t.b.get() }) {
        bool found = false;
        const QCborMap base = store->conflictBase(u"person"_s, t.clientId, u"name"_s, &found);
        QCOMPARE(found, true);
        QCOMPARE(familyName(base), u"Кузнецова"_s);
        QCOMPARE(base.value(u"given_name"_s).toString(), u"Ольга"_s);
    }
}

void TestConflictBase::divergedAfterSharedEdits_baseIsNewestSharedValue()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Первая"_s } })));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Вторая"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Третья А"_s } })));
    QVERIFY_STATUS(
        t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Третья Б"_s } })));
    QVERIFY(exchange(*t.a, *t.b));

    bool found = false;
    const QCborMap base = t.b->conflictBase(u"person"_s, t.clientId, u"name"_s, &found);
    QCOMPARE(found, true);
    QCOMPARE(familyName(base), u"Вторая"_s);
}

void TestConflictBase::threeHeads_baseIsWhatAllDescendFrom()
{
    ThreeOffices o;
    QVERIFY(prepareOffices(o));
    // A and B renamed the client, C changed the given name: all three built on the start.
    auto merged = o.fresh();
    QVERIFY(merged);
    for (const QList<Version> &set : { o.va, o.vb, o.vc })
        QVERIFY_STATUS(merged->applyVersions(set));
    QCOMPARE(merged->heads(u"person"_s, o.clientId).value(u"name"_s).size(), 3);
    bool found = false;
    const QCborMap base = merged->conflictBase(u"person"_s, o.clientId, u"name"_s, &found);
    QCOMPARE(found, true);
    QCOMPARE(familyName(base), u"Иванова"_s);
    QCOMPARE(base.value(u"given_name"_s).toString(), u"Мария"_s);
}

void TestConflictBase::unconflictedGroup_baseIsItsHead()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(
        t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Новая"_s } })));
    bool found = false;
    const QCborMap base = t.a->conflictBase(u"person"_s, t.clientId, u"name"_s, &found);
    QCOMPARE(found, true);
    QCOMPARE(familyName(base), u"Новая"_s);
}

void TestConflictBase::rowsCreatedApart_haveNoBase()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    // Both offices write the same row id without having seen each other: two roots.
    const QUuid row = QUuid::createUuid();
    QVERIFY_STATUS(
        t.a->create(u"person"_s, t.caseId, fields({ { u"family_name"_s, u"Одна"_s } }), row));
    QVERIFY_STATUS(
        t.b->create(u"person"_s, t.caseId, fields({ { u"family_name"_s, u"Другая"_s } }), row));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(conflictGroups(*t.a, row), QStringList { u"name"_s });

    bool found = true;
    const QCborMap base = t.a->conflictBase(u"person"_s, row, u"name"_s, &found);
    QCOMPARE(found, false);
    QCOMPARE(base.size(), 0);
}

void TestConflictBase::deleteAgainstEdit_baseIsWhatTheDeletionSaw()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->remove(u"household_member"_s, t.memberId));
    QVERIFY_STATUS(t.b->update(u"household_member"_s, t.memberId,
                               fields({ { u"relationship"_s, u"grandchild"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(conflictGroups(*t.a, t.memberId), QStringList { tombstoneGroup() });

    bool found = false;
    const QCborMap base
        = t.a->conflictBase(u"household_member"_s, t.memberId, tombstoneGroup(), &found);
    QCOMPARE(found, true);
    QCOMPARE(base.value(u"relationship"_s).toString(), u"child"_s);
    QCOMPARE(base.value(u"person_id"_s).toUuid().isNull(), false);
    QCOMPARE(t.a->row(u"household_member"_s, t.memberId).value(u"relationship"_s).toString(),
             u"grandchild"_s);
}

void TestConflictBase::unknownEntity_notFound()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    bool found = true;
    QCOMPARE(t.a->conflictBase(u"no_such_thing"_s, t.clientId, u"name"_s, &found).size(), 0);
    QCOMPARE(found, false);
    found = true;
    t.a->conflictBase(u"person"_s, QUuid::createUuid(), u"name"_s, &found);
    QCOMPARE(found, false);
}

QTEST_GUILESS_MAIN(TestConflictBase)
#include "tst_conflictbase.moc"
