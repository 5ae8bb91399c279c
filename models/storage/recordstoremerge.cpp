// Set union of version sets between stores: the part of RecordStore that sync builds on.
#include "recordstore.h"

#include <QDateTime>

#include <algorithm>

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

// A received version's groups in this file's terms, each origin's incarnation numbered by
// `number` (answering Result<qint64>). Fails on a group the version's entity does not have and
// on an origin without a number.
template<typename Number>
Status toLocalGroups(const EntityDef &entity, const Version &v, const Number &number,
                     QMap<QString, LocalGroup> *groups)
{
    const auto local = [&number](const QList<VersionRef> &refs, QList<LocalRef> *out) {
        out->reserve(refs.size());
        for (const VersionRef &p : refs) {
            auto n = number(p.incarnation);
            if (!n)
                return n.status();
            out->append({ n.value(), p.seq });
        }
        return Status::ok();
    };
    for (auto it = v.groups.cbegin(); it != v.groups.cend(); ++it) {
        if (it.key() != tombstoneGroup() && !entity.group(it.key()))
            return Status::error(
                RecordStore::tr("A received change names an unknown field group %1.")
                    .arg(it.key()));
        LocalGroup group;
        group.values = it->values;
        if (Status s = local(it->parents, &group.parents); !s)
            return s;
        for (auto seen = it->seen.cbegin(); seen != it->seen.cend(); ++seen) {
            QList<LocalRef> refs;
            if (Status s = local(seen.value(), &refs); !s)
                return s;
            if (!refs.isEmpty()) // an empty list has no entry
                group.seen.insert(seen.key(), refs);
        }
        groups->insert(it.key(), group);
    }
    return Status::ok();
}

} // namespace

Version RecordStore::portableHead(const Statement &st) const
{
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
    return v;
}

Version RecordStore::portableVersion(const Statement &st) const
{
    const auto incarnation = [this](qint64 n) {
        return originIncarnation(n);
    };
    Version v = portableHead(st);
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

QList<StoredVersion> RecordStore::loadVersions(const QUuid &rowId, qint64 lastVid,
                                               QList<StoredVersion> &&fresh) const
{
    QList<StoredVersion> versions;
    // INDEXED BY: statistics gathered while the table was nearly empty must not make SQLite
    // scan every version for each row. The vid bound ends the index walk before the versions
    // just inserted, so a new row costs one look-up and no row read.
    Statement st = m_db->statement("SELECT origin, seq, hlc, body FROM version INDEXED BY "
                                   "version_row WHERE row_id=? AND vid<=?");
    st.bind(1, rowId).bind(2, lastVid);
    while (st.step() == Statement::Step::Row) {
        StoredVersion v;
        v.ref = { st.int64(0), st.int64(1) };
        v.hlc = st.int64(2);
        v.incarnation = uuidBytes(originIncarnation(v.ref.origin));
        v.site = uuidBytes(originSite(v.ref.origin));
        decodeBody(st.blob(3), &v.groups);
        versions.append(std::move(v));
    }
    for (StoredVersion &f : fresh)
        versions.append(std::move(f));
    return versions;
}

Result<int> RecordStore::applyVersions(const QList<Version> &versions, QList<TouchedRow> *touched,
                                       const QSet<QUuid> *newRows, const QList<LocalForm> *forms)
{
    if (m_db->isReadOnly())
        return Status::error(tr("The file is open read-only."));
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    int added = 0;
    Statement last = m_db->statement("SELECT max(vid) FROM version");
    const qint64 lastVid = last.step() == Statement::Step::Row ? last.int64(0) : 0;
    last.reset();
    // Each touched row is recomputed once, after all its new versions are in, from the versions
    // it had and the ones just inserted (kept decoded, not read back).
    QHash<QUuid, int> touchedIndex;
    QList<TouchedRow> rows;
    QList<QList<StoredVersion>> fresh;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const Version &v = versions.at(i);
        const EntityDef *entity = EntitySchema::find(v.entity);
        if (!entity || v.rowId.isNull() || v.incarnation.isNull() || v.seq <= 0)
            return Status::error(
                tr("A received change is not one CaseDesk knows (%1).").arg(v.entity));
        const LocalForm *form
            = forms && i < forms->size() && forms->at(i).ready ? &forms->at(i) : nullptr;
        StoredVersion stored;
        // Shared with the form: its memory is freed where the form is.
        if (form)
            stored.groups = form->groups;
        else if (Status s = localGroups(*entity, v, &stored.groups); !s)
            return s;
        auto origin = originNumber(v.incarnation, v.site);
        if (!origin)
            return origin.status();
        bool inserted = false;
        if (Status s
            = insertVersion(*entity, origin.value(), v.seq, v.hlc, v.wallMs, v.author, v.rowId,
                            v.scopeRoot, form ? form->body : encodeBody(stored.groups), &inserted);
            !s)
            return s;
        if (!inserted)
            continue;
        m_clock.observe(v.hlc);
        auto row = touchedIndex.constFind(v.rowId);
        if (row == touchedIndex.cend()) {
            row = touchedIndex.insert(v.rowId, int(rows.size()));
            rows.append({ v.entity, v.rowId, v.scopeRoot });
            fresh.append(QList<StoredVersion>());
        }
        stored.ref = { origin.value(), v.seq };
        stored.hlc = v.hlc;
        stored.site = uuidBytes(originSite(origin.value()));
        stored.incarnation = uuidBytes(v.incarnation);
        fresh[*row].append(std::move(stored));
        ++added;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TouchedRow &r = rows.at(i);
        QList<StoredVersion> all = newRows && newRows->contains(r.rowId)
            ? std::move(fresh[i])
            : loadVersions(r.rowId, lastVid, std::move(fresh[i]));
        if (Status s
            = materialise(*EntitySchema::find(r.entity), r.rowId, r.scopeRoot, std::move(all));
            !s)
            return s;
    }
    if (touched)
        touched->append(rows);
    if (Status s = batch.commit(); !s)
        return s;
    return added;
}

RecordStore::LocalForm RecordStore::localForm(const Version &v, const QHash<QUuid, qint64> &origins)
{
    LocalForm form;
    const EntityDef *entity = EntitySchema::find(v.entity);
    if (!entity)
        return form;
    // An origin missing from the copy leaves the form to applyVersions, which adds it.
    const auto number = [&origins](const QUuid &incarnation) -> Result<qint64> {
        const auto n = origins.constFind(incarnation);
        if (n == origins.cend())
            return Status::error(QString());
        return *n;
    };
    if (!toLocalGroups(*entity, v, number, &form.groups))
        return {};
    form.body = encodeBody(form.groups);
    form.ready = true;
    return form;
}

Status RecordStore::localGroups(const EntityDef &entity, const Version &v,
                                QMap<QString, LocalGroup> *groups)
{
    return toLocalGroups(
        entity, v, [this](const QUuid &incarnation) { return originNumber(incarnation, QUuid()); },
        groups);
}

} // namespace casedesk
