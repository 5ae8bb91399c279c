// Set union of version sets between stores: the part of RecordStore that sync builds on.
#include "recordstore.h"

#include <QDateTime>

namespace casedesk {

namespace {

QList<VersionRef> toPortable(const QList<LocalRef> &refs,
                             const std::function<QUuid(qint64)> &incarnation)
{
    QList<VersionRef> out;
    out.reserve(refs.size());
    for (const LocalRef &r : refs)
        out.append({ incarnation(r.origin), r.seq });
    return out;
}

} // namespace

Version RecordStore::portableVersion(const Statement &st) const
{
    const auto incarnation = [this](qint64 n) {
        return originIncarnation(n);
    };
    Version v;
    v.incarnation = originIncarnation(st.int64(0));
    v.site = originSite(st.int64(0));
    v.seq = st.int64(1);
    v.hlc = st.int64(2);
    v.wallMs = st.int64(3);
    v.author = st.text(4);
    v.entity = st.text(5);
    v.rowId = st.uuid(6);
    v.scopeRoot = st.uuid(7);
    QMap<QString, LocalGroup> groups;
    decodeBody(st.blob(8), &groups);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        GroupChange change;
        change.values = it->values;
        change.parents = toPortable(it->parents, incarnation);
        for (auto s = it->seen.cbegin(); s != it->seen.cend(); ++s)
            change.seen.insert(s.key(), toPortable(s.value(), incarnation));
        v.groups.insert(it.key(), change);
    }
    return v;
}

QList<Version> RecordStore::versions() const
{
    QList<Version> out;
    Statement st = m_db->statement("SELECT origin, seq, hlc, wall, author, entity, row_id, "
                                   "scope_root, body FROM version ORDER BY vid");
    while (st.step() == Statement::Step::Row)
        out.append(portableVersion(st));
    return out;
}

std::optional<qint64> RecordStore::localOrigin(const QUuid &incarnation) const
{
    const auto it = m_originByIncarnation.constFind(incarnation);
    if (it == m_originByIncarnation.cend())
        return std::nullopt;
    return *it;
}

QUuid RecordStore::siteOfIncarnation(const QUuid &incarnation) const
{
    const auto n = localOrigin(incarnation);
    return n ? originSite(*n) : QUuid();
}

QHash<QUuid, QUuid> RecordStore::origins() const
{
    QHash<QUuid, QUuid> out;
    for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it)
        out.insert(it->first, it->second);
    return out;
}

QUuid RecordStore::databaseId() const
{
    Statement st = m_db->statement("SELECT value FROM meta WHERE key='database_id'");
    if (st.step() != Statement::Step::Row)
        return QUuid();
    return QUuid::fromRfc4122(QByteArray::fromHex(st.text(0).toLatin1()));
}

qint64 RecordStore::currentMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

Result<int> RecordStore::applyVersions(const QList<Version> &versions, QList<TouchedRow> *touched)
{
    if (m_db->isReadOnly())
        return Status::error(tr("The file is open read-only."));
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    int added = 0;
    // Each touched row is recomputed once, after all its new versions are in.
    QHash<QUuid, int> touchedIndex;
    QList<TouchedRow> rows;
    for (const Version &v : versions) {
        const EntityDef *entity = EntitySchema::find(v.entity);
        if (!entity || v.rowId.isNull() || v.incarnation.isNull() || v.seq <= 0)
            return Status::error(
                tr("A received change is not one CaseDesk knows (%1).").arg(v.entity));
        QMap<QString, LocalGroup> groups;
        for (auto it = v.groups.cbegin(); it != v.groups.cend(); ++it) {
            if (it.key() != tombstoneGroup() && !entity->group(it.key()))
                return Status::error(
                    tr("A received change names an unknown field group %1.").arg(it.key()));
            LocalGroup local;
            local.values = it->values;
            for (const VersionRef &p : it->parents) {
                auto n = originNumber(p.incarnation, QUuid());
                if (!n)
                    return n.status();
                local.parents.append({ n.value(), p.seq });
            }
            for (auto s = it->seen.cbegin(); s != it->seen.cend(); ++s) {
                for (const VersionRef &p : s.value()) {
                    auto n = originNumber(p.incarnation, QUuid());
                    if (!n)
                        return n.status();
                    local.seen[s.key()].append({ n.value(), p.seq });
                }
            }
            groups.insert(it.key(), local);
        }
        auto origin = originNumber(v.incarnation, v.site);
        if (!origin)
            return origin.status();
        bool inserted = false;
        if (Status s = insertVersion(*entity, origin.value(), v.seq, v.hlc, v.wallMs, v.author,
                                     v.rowId, v.scopeRoot, encodeBody(groups), &inserted);
            !s)
            return s;
        if (!inserted)
            continue;
        m_clock.observe(v.hlc);
        if (!touchedIndex.contains(v.rowId)) {
            touchedIndex.insert(v.rowId, int(rows.size()));
            rows.append({ v.entity, v.rowId, v.scopeRoot });
        }
        ++added;
    }
    for (const TouchedRow &r : std::as_const(rows))
        if (Status s = materialise(*EntitySchema::find(r.entity), r.rowId, r.scopeRoot); !s)
            return s;
    if (touched)
        touched->append(rows);
    if (Status s = batch.commit(); !s)
        return s;
    return added;
}

} // namespace casedesk
