// The base of a conflict: what the diverging authors both started from, so a person resolving
// it can see what each side changed.
#include "recordstore.h"

namespace casedesk {

namespace {

using VersionIndex = QHash<LocalRef, const StoredVersion *>;

// The same order as the winner of a group: (HLC, site, incarnation, seq).
bool newerThan(const StoredVersion *a, const StoredVersion *b)
{
    if (a->hlc != b->hlc)
        return a->hlc > b->hlc;
    if (a->site != b->site)
        return a->site > b->site;
    if (a->incarnation != b->incarnation)
        return a->incarnation > b->incarnation;
    return a->ref.seq > b->ref.seq;
}

// The versions of the group that `from` descends from, itself included. Parents not in this
// file (history outside its scope) end the walk.
QSet<LocalRef> ancestorsOf(const LocalRef &from, const QString &group, const VersionIndex &index)
{
    QSet<LocalRef> found { from };
    QList<LocalRef> pending { from };
    while (!pending.isEmpty()) {
        const StoredVersion *v = index.value(pending.takeLast());
        if (!v)
            continue;
        for (const LocalRef &parent : v->groups.value(group).parents) {
            if (!found.contains(parent)) {
                found.insert(parent);
                pending.append(parent);
            }
        }
    }
    return found;
}

const StoredVersion *newestCommonAncestor(const QList<const StoredVersion *> &heads,
                                          const QString &group, const VersionIndex &index)
{
    if (heads.isEmpty())
        return nullptr;
    QSet<LocalRef> common = ancestorsOf(heads.first()->ref, group, index);
    for (qsizetype i = 1; i < heads.size() && !common.isEmpty(); ++i)
        common.intersect(ancestorsOf(heads.at(i)->ref, group, index));
    // Only the common ancestors no other common ancestor descends from are the newest.
    QSet<LocalRef> older;
    for (const LocalRef &ref : std::as_const(common)) {
        QSet<LocalRef> below = ancestorsOf(ref, group, index);
        below.remove(ref);
        older.unite(below);
    }
    const StoredVersion *best = nullptr;
    for (const LocalRef &ref : std::as_const(common)) {
        const StoredVersion *v = index.value(ref);
        if (v && !older.contains(ref) && (!best || newerThan(v, best)))
            best = v;
    }
    return best;
}

// The row's fields as the authors of the standing tombstones saw them.
QCborMap seenByDeletion(const QList<const StoredVersion *> &tombstones, const VersionIndex &index,
                        bool *found)
{
    QCborMap fields;
    QMap<QString, const StoredVersion *> seen;
    for (const StoredVersion *tomb : tombstones) {
        const LocalGroup &g = tomb->groups.value(tombstoneGroup());
        if (!g.values.value(QStringLiteral("deleted")).toBool())
            continue;
        for (auto it = g.seen.cbegin(); it != g.seen.cend(); ++it) {
            for (const LocalRef &ref : it.value()) {
                const StoredVersion *v = index.value(ref);
                const StoredVersion *&kept = seen[it.key()];
                if (v && (!kept || newerThan(v, kept)))
                    kept = v;
            }
        }
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (!it.value())
            continue;
        *found = true;
        const QCborMap values = it.value()->groups.value(it.key()).values;
        for (auto v = values.cbegin(); v != values.cend(); ++v)
            fields.insert(v.key(), v.value());
    }
    return fields;
}

} // namespace

QCborMap RecordStore::conflictBase(const QString &entityName, const QUuid &rowId,
                                   const QString &group, bool *found) const
{
    bool dummy = false;
    bool &ok = found ? *found : dummy;
    ok = false;
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return QCborMap();
    const QList<StoredVersion> versions = loadVersions(rowId);
    const RowState state = computeRowState(*entity, versions);
    VersionIndex index;
    for (const StoredVersion &v : versions)
        index.insert(v.ref, &v);
    const QList<const StoredVersion *> heads = state.heads.value(group);
    if (group == tombstoneGroup())
        return seenByDeletion(heads, index, &ok);
    const StoredVersion *base = newestCommonAncestor(heads, group, index);
    if (!base)
        return QCborMap();
    ok = true;
    return base->groups.value(group).values;
}

} // namespace casedesk
