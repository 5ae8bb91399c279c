#pragma once
// Fixtures for the record-store tests: offices that share a case, merging their versions.

#include "testsupport.h"

#include "caselistmodel.h"
#include "consent.h"
#include "syncscope.h"

#include <QStandardPaths>

namespace casedesk::test {

inline QCborMap fields(std::initializer_list<std::pair<QString, QCborValue>> list)
{
    QCborMap map;
    for (const auto &[key, value] : list)
        map.insert(key, value);
    return map;
}

inline QString text(const QCborMap &row, const QString &field)
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

// A category swapped through the store, as it arrives from an office the case is not owned by
// (CaseFiles refuses edits of cases owned elsewhere).
inline bool replaceCategory(RecordStore &store, const QUuid &caseId, const QString &from,
                            const QString &to)
{
    Statement st = store.db().statement(
        "SELECT id FROM case_categories WHERE case_id=? AND category=? AND deleted=0");
    st.bind(1, caseId).bind(2, from);
    const QUuid old = st.step() == Statement::Step::Row ? st.uuid(0) : QUuid();
    st.reset();
    WriteBatch batch(store);
    return !old.isNull() && store.remove(u"case_category"_s, old).isOk()
        && store
               .create(u"case_category"_s, caseId,
                       fields({ { u"case_id"_s, QCborValue(caseId) }, { u"category"_s, to } }))
               .isOk()
        && batch.commit().isOk();
}

inline bool prepareOffices(ThreeOffices &o)
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
        && replaceCategory(*o.c, o.caseId, u"low_income_family"_s, u"disability"_s)
        && o.c->update(u"person"_s, o.clientId, fields({ { u"birth_date"_s, u"1984-03"_s } }))
               .isOk()
        && o.c->update(u"person"_s, o.clientId, fields({ { u"given_name"_s, u"Мариям"_s } }))
               .isOk();
    o.va = o.a->versions();
    o.vb = o.b->versions();
    o.vc = o.c->versions();
    return ok;
}

inline QString mergedDigest(ThreeOffices &o, const QList<QList<Version>> &sets)
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

inline QList<ConflictInfo> conflictsOf(const RecordStore &store, const QUuid &row)
{
    QList<ConflictInfo> list;
    for (const ConflictInfo &c : store.conflicts())
        if (c.rowId == row)
            list << c;
    return list;
}

// How many of the case list and the case file show the case as conflicted (0, 1 or 2).
inline int caseMarkedConflicted(RecordStore &store, const QUuid &caseId)
{
    CaseListModel model(store);
    bool listed = false;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.caseId(row) == caseId)
            listed = model.index(row, 0).data(int(CaseListModel::Role::HasConflict)).toBool();
    const auto file = CaseFiles(store).load(caseId);
    return (listed ? 1 : 0) + (file && file->hasConflict ? 1 : 0);
}

inline QStringList conflictGroups(const RecordStore &store, const QUuid &row)
{
    QStringList groups;
    for (const ConflictInfo &c : conflictsOf(store, row))
        groups << c.group;
    groups.sort();
    return groups;
}

// Both stores receive everything the other has.
inline bool exchange(RecordStore &x, RecordStore &y)
{
    const QList<Version> fromX = x.versions();
    const QList<Version> fromY = y.versions();
    return x.applyVersions(fromY).isOk() && y.applyVersions(fromX).isOk();
}

// Two offices with the same case file, owned by A and shared with B, for the two-site rules.
struct TwoOffices
{
    TempFolder dir;
    std::unique_ptr<RecordStore> a, b;
    QUuid caseId, clientId, memberId;
};

inline bool prepareTwo(TwoOffices &t)
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
    // B works on the case beside A: A knows B's site, the client agreed, A shares the case.
    return t.a->applyVersions(t.b->versions()).isOk()
        && files
               .updateCase(
                   t.caseId,
                   fields({ { u"consent_sites"_s, Consent::joinSites({ t.b->site().id }) } }))
               .isOk()
        && SyncScope::share(*t.a, t.caseId, t.b->site().id).isOk()
        && t.b->applyVersions(t.a->versions()).isOk();
}

inline qint64 versionCount(const RecordStore &store)
{
    return store.versions().size();
}

} // namespace casedesk::test
