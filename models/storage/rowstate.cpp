#include "rowstate.h"

#include "cborbytes.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>

namespace casedesk {

namespace {

QList<LocalRef> refsFromCbor(const QCborValue &value)
{
    QList<LocalRef> refs;
    const QCborArray array = value.toArray();
    refs.reserve(array.size());
    for (const QCborValue &item : array) {
        const QCborArray pair = item.toArray();
        refs.append({ pair.at(0).toInteger(), pair.at(1).toInteger() });
    }
    return refs;
}

bool winsOver(const StoredVersion *a, const StoredVersion *b)
{
    if (a->hlc != b->hlc)
        return a->hlc > b->hlc;
    if (a->site != b->site)
        return a->site > b->site;
    if (a->incarnation != b->incarnation)
        return a->incarnation > b->incarnation;
    return a->ref.seq > b->ref.seq;
}

bool sameValues(const QCborMap &a, const QCborMap &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!sameValue(it.value(), b.value(it.key())))
            return false;
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!sameValue(it.value(), a.value(it.key())))
            return false;
    return true;
}

void writeRefs(CborBytes &out, const QList<LocalRef> &refs)
{
    out.array(refs.size());
    for (const LocalRef &r : refs) {
        out.array(2);
        out.integer(r.origin);
        out.integer(r.seq);
    }
}

} // namespace

QByteArray encodeBody(const QMap<QString, LocalGroup> &groups)
{
    // Written item by item, in the order and form a QCborMap of the groups had (stored bodies
    // and package records compare bytes, see PackageCodec::encodeStoredVersion).
    QByteArray body;
    CborBytes out(body);
    out.map(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        out.text(it.key());
        out.map(1 + (it->parents.isEmpty() ? 0 : 1) + (it->seen.isEmpty() ? 0 : 1));
        out.utf8("v", 1);
        out.valueMap(it->values);
        if (!it->parents.isEmpty()) {
            out.utf8("p", 1);
            writeRefs(out, it->parents);
        }
        if (!it->seen.isEmpty()) {
            out.utf8("s", 1);
            out.map(it->seen.size());
            for (auto s = it->seen.cbegin(); s != it->seen.cend(); ++s) {
                out.text(s.key());
                writeRefs(out, s.value());
            }
        }
    }
    return body;
}

bool decodeBody(const QByteArray &bytes, QMap<QString, LocalGroup> *groups)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap())
        return false;
    const QCborMap body = root.toMap();
    for (auto it = body.cbegin(); it != body.cend(); ++it) {
        const QCborMap g = it.value().toMap();
        LocalGroup group;
        group.values = g.value(QStringLiteral("v")).toMap();
        group.parents = refsFromCbor(g.value(QStringLiteral("p")));
        const QCborMap seen = g.value(QStringLiteral("s")).toMap();
        for (auto s = seen.cbegin(); s != seen.cend(); ++s)
            group.seen.insert(s.key().toString(), refsFromCbor(s.value()));
        groups->insert(it.key().toString(), group);
    }
    return true;
}

QCborValue RowState::value(const EntityDef &, const QString &field) const
{
    for (auto it = winner.cbegin(); it != winner.cend(); ++it) {
        if (it.key() == tombstoneGroup())
            continue;
        const LocalGroup &g = it.value()->groups.value(it.key());
        if (g.values.contains(field))
            return g.values.value(field);
    }
    return QCborValue();
}

QList<LocalRef> RowState::headRefs(const QString &group) const
{
    QList<LocalRef> refs;
    for (const StoredVersion *v : heads.value(group))
        refs.append(v->ref);
    return refs;
}

RowState computeRowState(const EntityDef &entity, const QList<StoredVersion> &versions)
{
    RowState state;
    // A row with one version, which deletes nothing and names no parent of itself (most rows an
    // import brings are new): that version is the head and the winner of each of its groups,
    // which is what the walk below would find, without its sets and sorts.
    if (versions.size() == 1) {
        const StoredVersion &only = versions.front();
        bool simple = true;
        for (auto it = only.groups.cbegin(); simple && it != only.groups.cend(); ++it)
            simple = it.key() != tombstoneGroup() && !it->parents.contains(only.ref);
        if (simple) {
            for (auto it = only.groups.cbegin(); it != only.groups.cend(); ++it) {
                if (!entity.group(it.key()))
                    continue;
                state.heads.insert(it.key(), { &only });
                state.winner.insert(it.key(), &only);
            }
            return state;
        }
    }
    QStringList groups;
    for (const GroupDef &g : entity.groups)
        groups << g.name;
    groups << tombstoneGroup();

    for (const QString &group : std::as_const(groups)) {
        QSet<LocalRef> named;
        QList<const StoredVersion *> candidates;
        for (const StoredVersion &v : versions) {
            const auto it = v.groups.constFind(group);
            if (it == v.groups.cend())
                continue;
            candidates.append(&v);
            for (const LocalRef &p : it->parents)
                named.insert(p);
        }
        QList<const StoredVersion *> heads;
        for (const StoredVersion *v : std::as_const(candidates))
            if (!named.contains(v->ref))
                heads.append(v);
        if (heads.isEmpty())
            continue;
        std::sort(heads.begin(), heads.end(),
                  [](const StoredVersion *a, const StoredVersion *b) { return a->ref < b->ref; });
        const StoredVersion *best = heads.first();
        bool differ = false;
        // Looked up in place: value() would copy each group for every comparison.
        const QCborMap &first = best->groups.constFind(group)->values;
        for (qsizetype i = 1; i < heads.size(); ++i) {
            const StoredVersion *h = heads.at(i);
            if (winsOver(h, best))
                best = h;
            if (!differ && !sameValues(h->groups.constFind(group)->values, first))
                differ = true;
        }
        state.heads.insert(group, heads);
        state.winner.insert(group, best);
        if (differ && group != tombstoneGroup())
            state.conflictGroups.insert(group);
    }

    const StoredVersion *tomb = state.winner.value(tombstoneGroup());
    if (tomb) {
        state.deleted
            = tomb->groups.value(tombstoneGroup()).values.value(QStringLiteral("deleted")).toBool();
    }
    if (state.deleted) {
        // An edit the deleting authors did not see makes a delete/edit conflict.
        QMap<QString, QSet<LocalRef>> seen;
        for (const StoredVersion *h : state.heads.value(tombstoneGroup())) {
            const LocalGroup &g = h->groups.value(tombstoneGroup());
            if (!g.values.value(QStringLiteral("deleted")).toBool())
                continue;
            for (auto it = g.seen.cbegin(); it != g.seen.cend(); ++it)
                for (const LocalRef &r : it.value())
                    seen[it.key()].insert(r);
        }
        for (auto it = state.heads.cbegin(); it != state.heads.cend(); ++it) {
            if (it.key() == tombstoneGroup())
                continue;
            for (const StoredVersion *h : it.value())
                if (!seen.value(it.key()).contains(h->ref))
                    state.deleteConflict = true;
        }
    }
    return state;
}

QByteArray encodeHeads(const RowState &state)
{
    // The bytes a QCborMap of the groups' head lists had, written without building it.
    QByteArray blob;
    CborBytes out(blob);
    out.map(state.heads.size());
    for (auto it = state.heads.cbegin(); it != state.heads.cend(); ++it) {
        out.text(it.key());
        out.array(it.value().size());
        for (const StoredVersion *v : it.value()) {
            out.array(2);
            out.integer(v->ref.origin);
            out.integer(v->ref.seq);
        }
    }
    return blob;
}

QMap<QString, QList<LocalRef>> decodeHeads(const QByteArray &blob)
{
    QMap<QString, QList<LocalRef>> result;
    const QCborMap map = QCborValue::fromCbor(blob).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key().toString(), refsFromCbor(it.value()));
    return result;
}

} // namespace casedesk
