// Reading the store as a whole: heads and conflicts, the digest, rebuild and check.
#include "recordstore.h"

#include "scoperoots.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QScopeGuard>

#include <algorithm>

namespace casedesk {

namespace {

QString selectAllSql(const EntityDef &entity)
{
    return QStringLiteral("SELECT id, scope_root, deleted, conflict, heads, %1 FROM %2 ORDER BY id")
        .arg(entity.fieldNames().join(QLatin1Char(',')), entity.table);
}

// A statement built from the schema; kept for the life of the program.
const char *cachedSql(const QString &sql)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(sql);
    if (it == cache.end())
        it = cache.insert(sql, sql.toUtf8());
    return it->constData();
}

QCborValue columnValue(const Statement &st, int column)
{
    if (st.isNull(column))
        return QCborValue(QCborValue::Null);
    const QByteArray blob = st.blob(column);
    return QCborValue(blob);
}

} // namespace

QMap<QString, QList<HeadInfo>> RecordStore::heads(const QString &entityName,
                                                  const QUuid &rowId) const
{
    QMap<QString, QList<HeadInfo>> result;
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return result;
    const QList<StoredVersion> versions = loadVersions(rowId);
    const RowState state = computeRowState(*entity, versions);
    for (auto it = state.heads.cbegin(); it != state.heads.cend(); ++it) {
        for (const StoredVersion *v : it.value()) {
            HeadInfo info;
            info.ref = { originIncarnation(v->ref.origin), v->ref.seq };
            info.site = originSite(v->ref.origin);
            info.values = v->groups.value(it.key()).values;
            Statement st
                = m_db->statement("SELECT wall, author FROM version WHERE origin=? AND seq=?");
            st.bind(1, v->ref.origin).bind(2, v->ref.seq);
            if (st.step() == Statement::Step::Row) {
                info.wallMs = st.int64(0);
                info.author = st.text(1);
            }
            result[it.key()].append(info);
        }
    }
    return result;
}

QList<ConflictInfo> RecordStore::conflicts() const
{
    QList<ConflictInfo> result;
    for (const EntityDef &entity : EntitySchema::all()) {
        Statement st = m_db->statement(
            cachedSql(QStringLiteral("SELECT id, scope_root FROM %1 WHERE conflict=1 ORDER BY id")
                          .arg(entity.table)));
        while (st.step() == Statement::Step::Row) {
            const QUuid id = st.uuid(0);
            const QList<StoredVersion> versions = loadVersions(id);
            const RowState state = computeRowState(entity, versions);
            if (state.deleteConflict)
                result.append({ entity.name, id, st.uuid(1), tombstoneGroup() });
            for (const QString &group : state.conflictGroups)
                result.append({ entity.name, id, st.uuid(1), group });
        }
    }
    return result;
}

QString RecordStore::digest(const QUuid &scopeSite) const
{
    QSet<QByteArray> inScope;
    if (!scopeSite.isNull()) {
        Statement owned = m_db->statement(scopeRootsSql());
        owned.bind(1, scopeSite);
        while (owned.step() == Statement::Step::Row)
            inScope.insert(owned.blob(0));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const EntityDef &entity : EntitySchema::all()) {
        const int fieldCount = int(entity.fieldNames().size());
        Statement st = m_db->statement(cachedSql(selectAllSql(entity)));
        while (st.step() == Statement::Step::Row) {
            if (!scopeSite.isNull() && entity.scope != ScopeRule::Reference
                && !inScope.contains(st.blob(1)))
                continue;
            QCborArray row { entity.name, st.blob(0), st.int64(2), st.int64(3) };
            for (int i = 0; i < fieldCount; ++i)
                row.append(columnValue(st, 5 + i));
            // Heads by their portable names, so the same state hashes alike on every site.
            QCborArray heads;
            const auto local = decodeHeads(st.blob(4));
            for (auto it = local.cbegin(); it != local.cend(); ++it) {
                QList<QPair<QByteArray, qint64>> refs;
                for (const LocalRef &r : it.value())
                    refs.append(
                        { uuidBytes(originSite(r.origin)) + uuidBytes(originIncarnation(r.origin)),
                          r.seq });
                std::sort(refs.begin(), refs.end());
                QCborArray group { it.key() };
                for (const auto &r : std::as_const(refs))
                    group.append(QCborArray { r.first, r.second });
                heads.append(group);
            }
            row.append(heads);
            hash.addData(row.toCborValue().toCbor());
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status RecordStore::rebuild()
{
    if (m_db->isReadOnly())
        return Status::error(tr("The file is open read-only."));
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    m_trackRows = false;
    const auto restoreTracking = qScopeGuard([this] { m_trackRows = true; });
    for (const EntityDef &entity : EntitySchema::all())
        if (Status s
            = m_db->exec(QStringLiteral("DELETE FROM %1").arg(entity.table).toUtf8().constData());
            !s)
            return s;
    if (Status s
        = m_db->exec("DELETE FROM case_fts; DELETE FROM case_sort; DELETE FROM action_watch;");
        !s)
        return s;
    Statement rows = m_db->statement(
        "SELECT row_id, entity, scope_root FROM version GROUP BY row_id ORDER BY row_id");
    while (rows.step() == Statement::Step::Row) {
        const EntityDef *entity = EntitySchema::find(rows.text(1));
        if (!entity)
            return Status::error(
                tr("The file holds changes of an unknown kind (%1).").arg(rows.text(1)));
        if (Status s = materialise(*entity, rows.uuid(0), rows.uuid(2)); !s)
            return s;
    }
    return batch.commit();
}

QStringList RecordStore::check() const
{
    QStringList problems;
    {
        Statement st = m_db->statement("PRAGMA integrity_check");
        while (st.step() == Statement::Step::Row)
            if (st.text(0) != QLatin1String("ok"))
                problems << tr("SQLite integrity: %1").arg(st.text(0));
        if (!problems.isEmpty())
            return problems;
    }
    int mismatches = 0;
    for (const EntityDef &entity : EntitySchema::all()) {
        const QStringList fields = entity.fieldNames();
        // Every materialised row equals the state computed from its versions (invariant 1).
        Statement st = m_db->statement(cachedSql(selectAllSql(entity)));
        qint64 rowCount = 0;
        while (st.step() == Statement::Step::Row) {
            ++rowCount;
            const QUuid id = st.uuid(0);
            const QList<StoredVersion> versions = loadVersions(id);
            if (versions.isEmpty()) {
                problems << tr("%1 %2 has no versions.")
                                .arg(entity.name, id.toString(QUuid::WithoutBraces));
                continue;
            }
            const RowState state = computeRowState(entity, versions);
            bool same = st.int64(2) == (state.deleted ? 1 : 0)
                && st.int64(3) == (state.hasConflict() ? 1 : 0) && st.blob(4) == encodeHeads(state);
            int column = 5;
            for (const GroupDef &g : entity.groups) {
                const StoredVersion *w = state.winner.value(g.name);
                const QCborMap values = w ? w->groups.value(g.name).values : QCborMap();
                for (const FieldDef &f : g.fields) {
                    const QCborValue expected = values.value(f.name);
                    const bool storedNull = st.isNull(column);
                    const bool expectedNull = expected.isNull() || expected.isUndefined();
                    if (storedNull != expectedNull)
                        same = false;
                    else if (!storedNull && f.type == FieldType::Text
                             && st.text(column) != expected.toString())
                        same = false;
                    ++column;
                }
            }
            if (!same && ++mismatches <= 20)
                problems << tr("%1 %2 differs from its versions.")
                                .arg(entity.name, id.toString(QUuid::WithoutBraces));
        }
        Statement count = m_db->statement(
            cachedSql(QStringLiteral("SELECT count(DISTINCT row_id) FROM version WHERE entity='%1'")
                          .arg(entity.name)));
        if (count.step() == Statement::Step::Row && count.int64(0) != rowCount)
            problems << tr("%1: %2 rows have versions but %3 are materialised.")
                            .arg(entity.name)
                            .arg(count.int64(0))
                            .arg(rowCount);
    }
    if (mismatches > 20)
        problems << tr("… and %1 more rows that differ from their versions.").arg(mismatches - 20);

    // References that point nowhere (no foreign keys between synced tables).
    static const struct
    {
        const char *label;
        const char *sql;
    } references[] = {
        { "case → client",
          "SELECT count(*) FROM cases c WHERE client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
          "persons p WHERE p.id=c.client_id)" },
        { "case → household",
          "SELECT count(*) FROM cases c WHERE household_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
          "FROM households h WHERE h.id=c.household_id)" },
        { "household member → person",
          "SELECT count(*) FROM household_members m WHERE NOT EXISTS (SELECT 1 FROM persons p "
          "WHERE p.id=m.person_id)" },
        { "household member → household",
          "SELECT count(*) FROM household_members m WHERE NOT EXISTS (SELECT 1 FROM households h "
          "WHERE h.id=m.household_id)" },
        { "phone → person",
          "SELECT count(*) FROM phones x WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE "
          "p.id=x.person_id)" },
        { "interaction → case",
          "SELECT count(*) FROM interactions x WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE "
          "c.id=x.case_id)" },
        { "document → case",
          "SELECT count(*) FROM documents x WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE "
          "c.id=x.case_id)" },
        { "document → content",
          "SELECT count(*) FROM documents x WHERE x.deleted=0 AND NOT EXISTS (SELECT 1 FROM blob b "
          "WHERE b.sha256=x.sha256)" },
        { "category → case",
          "SELECT count(*) FROM case_categories x WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE "
          "c.id=x.case_id)" },
        { "search index",
          "SELECT count(*) FROM cases c WHERE c.deleted=0 AND NOT EXISTS (SELECT 1 FROM case_fts f "
          "WHERE f.rowid=c.rid)" },
    };
    for (const auto &ref : references) {
        Statement st = m_db->statement(ref.sql);
        if (st.step() == Statement::Step::Row && st.int64(0) > 0)
            problems << tr("Dangling references (%1): %2")
                            .arg(QString::fromUtf8(ref.label))
                            .arg(st.int64(0));
    }
    // This site's own sequence numbers have no gaps: nothing it wrote went missing.
    Statement seqs
        = m_db->statement("SELECT v.origin, count(*), max(v.seq) FROM version v "
                          "JOIN origin o ON o.n=v.origin WHERE o.site=? GROUP BY v.origin");
    seqs.bind(1, m_site.id);
    while (seqs.step() == Statement::Step::Row)
        if (seqs.int64(1) != seqs.int64(2))
            problems << tr("Own changes are missing: %1 of %2 sequence numbers present.")
                            .arg(seqs.int64(1))
                            .arg(seqs.int64(2));
    return problems;
}

} // namespace casedesk
