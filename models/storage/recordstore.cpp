#include "recordstore.h"

#include "namecollator.h"
#include "rowid.h"
#include "searchtext.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>
#include <limits>
#include <vector>

namespace casedesk {

namespace {

QString metaText(Database &db, const char *key)
{
    Statement st = db.statement("SELECT value FROM meta WHERE key=?");
    st.bind(1, QString::fromLatin1(key));
    return st.step() == Statement::Step::Row ? st.text(0) : QString();
}

Status setMeta(Database &db, const char *key, const QString &value)
{
    Statement st = db.statement("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    st.bind(1, QString::fromLatin1(key)).bind(2, value);
    return st.run();
}

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

constexpr qsizetype maxListedRows = 20000;

QString machineId()
{
    return QString::fromLatin1(QSysInfo::machineUniqueId());
}

// The upsert statement of one entity's materialised table, built from the schema (no user data).
const char *upsertSql(const EntityDef &entity)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(entity.name);
    if (it == cache.end()) {
        const QStringList fields = entity.fieldNames();
        QStringList columns
            = { QStringLiteral("id"), QStringLiteral("scope_root"), QStringLiteral("deleted"),
                QStringLiteral("conflict"), QStringLiteral("heads") };
        columns += fields;
        QStringList marks, updates;
        for (const QString &c : std::as_const(columns)) {
            marks << QStringLiteral("?");
            if (c != QLatin1String("id"))
                updates << c + QStringLiteral("=excluded.") + c;
        }
        const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO "
                                           "UPDATE SET %4")
                                .arg(entity.table, columns.join(QLatin1Char(',')),
                                     marks.join(QLatin1Char(',')), updates.join(QLatin1Char(',')));
        it = cache.insert(entity.name, sql.toUtf8());
    }
    return it->constData();
}

const char *selectRowSql(const EntityDef &entity)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(entity.name);
    if (it == cache.end()) {
        const QString sql
            = QStringLiteral("SELECT scope_root, deleted, heads, %1 FROM %2 WHERE id=?")
                  .arg(entity.fieldNames().join(QLatin1Char(',')), entity.table);
        it = cache.insert(entity.name, sql.toUtf8());
    }
    return it->constData();
}

void bindField(Statement &st, int index, FieldType type, const QCborValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        st.bindNull(index);
        return;
    }
    switch (type) {
    case FieldType::Text: {
        // An empty text is text, not null, however the value was made: a decoded "" gives a
        // null QString, one written here may not, and both must store the same.
        const QString text = value.toString();
        st.bind(index, text.isNull() ? QStringLiteral("") : text);
        break;
    }
    case FieldType::Integer:
        st.bind(index, qint64(value.toInteger()));
        break;
    case FieldType::Bool:
        st.bind(index, qint64(value.toBool() ? 1 : 0));
        break;
    case FieldType::Uuid:
        st.bind(index, value.toUuid());
        break;
    case FieldType::Bytes:
        st.bindBlob(index, value.toByteArray());
        break;
    }
}

QCborValue readField(const Statement &st, int column, FieldType type)
{
    if (st.isNull(column))
        return QCborValue();
    switch (type) {
    case FieldType::Text:
        return st.text(column);
    case FieldType::Integer:
        return st.int64(column);
    case FieldType::Bool:
        return st.int64(column) != 0;
    case FieldType::Uuid:
        return QCborValue(st.uuid(column));
    case FieldType::Bytes:
        return st.blob(column);
    }
    return QCborValue();
}

// Values are stored in the type the schema gives; anything else is refused by the caller.
bool valueFits(FieldType type, const QCborValue &value)
{
    // Empty is null or undefined: row() and the heads give undefined for empty fields.
    if (value.isNull() || value.isUndefined())
        return true;
    switch (type) {
    case FieldType::Text:
        return value.isString();
    case FieldType::Integer:
        return value.isInteger();
    case FieldType::Bool:
        return value.isBool();
    case FieldType::Uuid:
        return value.isUuid();
    case FieldType::Bytes:
        return value.isByteArray();
    }
    return false;
}

} // namespace

RecordStore::RecordStore(std::shared_ptr<Database> db)
    : m_db(std::move(db)), m_author(QStringLiteral("CaseDesk"))
{
}

RecordStore::~RecordStore() = default;

Result<std::unique_ptr<RecordStore>> RecordStore::create(const QString &path,
                                                         const SiteIdentity &site)
{
    auto db = Database::open(path, Database::Mode::Create);
    if (!db)
        return db.status();
    std::unique_ptr<RecordStore> store(new RecordStore(db.value()));
    store->m_site = site;
    if (store->m_site.id.isNull())
        store->m_site.id = QUuid::createUuid();
    Database &d = *db.value();
    {
        Transaction tx(d);
        if (!tx.status())
            return tx.status();
        // A new file has nothing to reindex.
        if (Status s = d.exec("DELETE FROM meta WHERE key='search_reindex'"); !s)
            return s;
        for (const auto &[key, value] :
             { std::pair { "site_id", store->m_site.id.toString(QUuid::WithoutBraces) },
               std::pair { "site_name", site.name }, std::pair { "site_code", site.code },
               std::pair { "site_kind", site.kind } })
            if (Status s = setMeta(d, key, value); !s)
                return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    if (Status s = store->startNewIncarnation(QStringLiteral("created")); !s)
        return s;
    QMap<QString, LocalGroup> groups;
    groups[QStringLiteral("identity")].values = QCborMap { { QStringLiteral("name"), site.name },
                                                           { QStringLiteral("code"), site.code },
                                                           { QStringLiteral("kind"), site.kind } };
    WriteBatch batch(*store);
    if (Status s = store->write(*EntitySchema::find(QStringLiteral("site")), store->m_site.id,
                                QUuid(), groups, true);
        !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return store;
}

Result<std::unique_ptr<RecordStore>> RecordStore::open(const QString &path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.status();
    std::unique_ptr<RecordStore> store(new RecordStore(db.value()));
    if (Status s = store->load(mode); !s)
        return s;
    return store;
}

Status RecordStore::load(Database::Mode mode)
{
    Database &d = *m_db;
    m_site.id = QUuid::fromString(metaText(d, "site_id"));
    m_site.name = metaText(d, "site_name");
    m_site.code = metaText(d, "site_code");
    m_site.kind = metaText(d, "site_kind");
    m_incarnation = QUuid::fromString(metaText(d, "incarnation"));
    m_sortLocale = metaText(d, "sort_locale");
    m_clock = HybridClock(metaText(d, "hlc").toLongLong());
    if (m_site.id.isNull() || m_incarnation.isNull())
        return Status::error(tr("The file %1 has no site identity; it was not created by "
                                "'casedesk-cli init' or is damaged.")
                                 .arg(d.path()));
    loadOrigins();
    m_originNumber = m_originByIncarnation.value(m_incarnation);
    Statement st = d.statement("SELECT max(seq) FROM version WHERE origin=?");
    st.bind(1, m_originNumber);
    m_seq = st.step() == Statement::Step::Row ? st.int64(0) : 0;
    if (mode == Database::Mode::ReadOnly)
        return Status::ok();
    // A file that moved to another path or machine may exist twice: write under a new name.
    if (metaText(d, "path") != canonicalPath(d.path()) || metaText(d, "machine") != machineId())
        if (Status s = startNewIncarnation(QStringLiteral("copied")); !s)
            return s;
    if (metaText(d, "search_reindex") == QLatin1String("1"))
        return reindexAllCases();
    return Status::ok();
}

Status RecordStore::startNewIncarnation(const QString &reason)
{
    Database &d = *m_db;
    Transaction tx(d);
    if (!tx.status())
        return tx.status();
    const QUuid inc = QUuid::createUuid();
    Statement log = d.statement("INSERT INTO incarnation_log(inc, started_at, reason, path, "
                                "machine) VALUES(?, ?, ?, ?, ?)");
    log.bind(1, inc).bind(2, currentMs()).bind(3, reason).bind(4, canonicalPath(d.path()));
    log.bind(5, machineId());
    if (Status s = log.run(); !s)
        return s;
    auto n = originNumber(inc, m_site.id);
    if (!n)
        return n.status();
    for (const auto &[key, value] :
         { std::pair { "incarnation", inc.toString(QUuid::WithoutBraces) },
           std::pair { "path", canonicalPath(d.path()) }, std::pair { "machine", machineId() } })
        if (Status s = setMeta(d, key, value); !s)
            return s;
    if (Status s = tx.commit(); !s) {
        m_origins.clear();
        m_originByIncarnation.clear();
        return s;
    }
    m_incarnation = inc;
    m_originNumber = n.value();
    m_seq = 0;
    return Status::ok();
}

void RecordStore::loadOrigins() const
{
    m_origins.clear();
    m_originByIncarnation.clear();
    Statement st = m_db->statement("SELECT n, inc, site FROM origin");
    while (st.step() == Statement::Step::Row) {
        m_origins.insert(st.int64(0), { st.uuid(1), st.uuid(2) });
        m_originByIncarnation.insert(st.uuid(1), st.int64(0));
    }
}

Result<qint64> RecordStore::originNumber(const QUuid &incarnation, const QUuid &site)
{
    const auto it = m_originByIncarnation.constFind(incarnation);
    if (it != m_originByIncarnation.cend()) {
        if (!site.isNull() && m_origins.value(*it).second.isNull()) {
            Statement st = m_db->statement("UPDATE origin SET site=? WHERE n=?");
            st.bind(1, site).bind(2, *it);
            if (Status s = st.run(); !s)
                return s;
            m_origins[*it].second = site;
        }
        return *it;
    }
    Statement st = m_db->statement("INSERT INTO origin(inc, site) VALUES(?, ?)");
    st.bind(1, incarnation).bind(2, site);
    if (Status s = st.run(); !s)
        return s;
    Statement id = m_db->statement("SELECT n FROM origin WHERE inc=?");
    id.bind(1, incarnation);
    if (id.step() != Statement::Step::Row)
        return m_db->lastError();
    const qint64 n = id.int64(0);
    m_origins.insert(n, { incarnation, site });
    m_originByIncarnation.insert(incarnation, n);
    return n;
}

QUuid RecordStore::originIncarnation(qint64 n) const
{
    return m_origins.value(n).first;
}

QUuid RecordStore::originSite(qint64 n) const
{
    return m_origins.value(n).second;
}

Status RecordStore::begin()
{
    if (m_batchDepth++ > 0)
        return Status::ok();
    m_batchFailed = false;
    Status s = m_db->exec("BEGIN IMMEDIATE");
    if (!s) {
        m_batchDepth = 0;
        return s;
    }
    // Another program (casedesk-cli beside the GUI) may have written since we last looked; with
    // the write lock held, the numbers read now are the ones to continue from.
    Statement st = m_db->statement("SELECT max(seq) FROM version WHERE origin=?");
    st.bind(1, m_originNumber);
    if (st.step() == Statement::Step::Row)
        m_seq = st.int64(0);
    st.reset();
    m_clock.observe(metaText(*m_db, "hlc").toLongLong());
    Statement origins = m_db->statement("SELECT count(*) FROM origin");
    if (origins.step() == Statement::Step::Row && origins.int64(0) != m_origins.size())
        loadOrigins();
    return s;
}

Status RecordStore::finish(bool commit)
{
    if (m_batchDepth == 0)
        return Status::ok();
    if (!commit)
        m_batchFailed = true;
    if (--m_batchDepth > 0)
        return Status::ok();
    Status result;
    if (!m_batchFailed) {
        std::vector<std::pair<qint64, QUuid>> search;
        search.reserve(size_t(m_dirtyCases.size()));
        std::optional<Statement> conflicts
            = m_dirtyCases.isEmpty() ? std::nullopt : caseConflictQuery();
        for (const QUuid &caseId : std::as_const(m_dirtyCases)) {
            qint64 rid = 0;
            result = refreshCase(caseId, &rid, conflicts ? &*conflicts : nullptr);
            if (!result)
                break;
            if (rid)
                search.emplace_back(rid, caseId);
        }
        if (result)
            result = setMeta(*m_db, "hlc", QString::number(m_clock.last()));
        // The search entries come last, in the order of their rowids. FTS5 keeps new entries in
        // memory until the COMMIT, but writes them out as a new segment of its index whenever
        // an entry arrives with a smaller rowid than the one before, or another write opens a
        // statement savepoint (INSERT OR REPLACE, a DELETE of several rows). Refreshed case by
        // case in no order, a large import made about one segment per case and merged them again
        // and again (measured in bench/, docs/benchmarks.md).
        std::sort(search.begin(), search.end());
        for (const auto &[rid, caseId] : search) {
            if (!result)
                break;
            result = refreshSearchEntry(rid, caseId);
        }
        if (result)
            result = m_db->exec("COMMIT");
    }
    m_dirtyCases.clear();
    ChangeSet changes;
    std::swap(changes, m_pending);
    if (m_batchFailed || !result) {
        m_db->exec("ROLLBACK");
        // Counters go back to what the file holds.
        loadOrigins();
        m_originNumber = m_originByIncarnation.value(m_incarnation);
        Statement st = m_db->statement("SELECT max(seq) FROM version WHERE origin=?");
        st.bind(1, m_originNumber);
        m_seq = st.step() == Statement::Step::Row ? st.int64(0) : 0;
        m_clock = HybridClock(metaText(*m_db, "hlc").toLongLong());
        return result ? Status::error(tr("The change was not saved.")) : result;
    }
    if (!changes.isEmpty())
        emit changed(changes);
    return Status::ok();
}

Status RecordStore::insertVersion(const EntityDef &entity, qint64 origin, qint64 seq, qint64 hlc,
                                  qint64 wall, const QString &author, const QUuid &rowId,
                                  const QUuid &scopeRoot, const QByteArray &body, bool *inserted)
{
    Statement st = m_db->statement(
        "INSERT OR IGNORE INTO version(origin, seq, hlc, wall, author, entity, row_id, "
        "scope_root, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, origin).bind(2, seq).bind(3, hlc).bind(4, wall).bind(5, author);
    st.bind(6, entity.name).bind(7, rowId).bind(8, scopeRoot).bindBlob(9, body);
    if (Status s = st.run(); !s)
        return s;
    *inserted = m_db->changes() > 0;
    return Status::ok();
}

Status RecordStore::write(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                          QMap<QString, LocalGroup> groups, bool isNewRow)
{
    if (m_db->isReadOnly())
        return Status::error(tr("The file is open read-only."));
    const qint64 seq = m_seq + 1;
    const qint64 now = currentMs();
    const qint64 hlc = m_clock.tick(now);
    bool inserted = false;
    if (Status s = insertVersion(entity, m_originNumber, seq, hlc, now, m_author, rowId, scopeRoot,
                                 encodeBody(groups), &inserted);
        !s)
        return s;
    if (!inserted)
        return Status::error(
            tr("The change could not be recorded (sequence %1 already used).").arg(seq));
    m_seq = seq;
    if (!isNewRow)
        return materialise(entity, rowId, scopeRoot);
    // A new row has exactly the version just written: no need to read it back.
    StoredVersion version;
    version.ref = { m_originNumber, seq };
    version.hlc = hlc;
    version.site = uuidBytes(m_site.id);
    version.incarnation = uuidBytes(m_incarnation);
    version.groups = std::move(groups);
    return materialise(entity, rowId, scopeRoot, QList<StoredVersion> { std::move(version) });
}

QList<StoredVersion> RecordStore::loadVersions(const QUuid &rowId) const
{
    return loadVersions(rowId, std::numeric_limits<qint64>::max(), {});
}

Status RecordStore::materialise(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                                std::optional<QList<StoredVersion>> known)
{
    const QList<StoredVersion> versions = known ? std::move(*known) : loadVersions(rowId);
    const RowState state = computeRowState(entity, versions);
    if (Status s = writeRow(entity, rowId, scopeRoot, state); !s)
        return s;
    m_pending.entities.insert(entity.name);
    // A large import announces "everything" instead of listing rows, so memory stays flat.
    if (m_trackRows && m_pending.rows.size() >= maxListedRows) {
        m_pending.rows.clear();
        m_pending.scopeRoots.clear();
        m_pending.everything = true;
    } else if (m_trackRows && !m_pending.everything) {
        m_pending.rows.insert(rowId);
        if (!scopeRoot.isNull())
            m_pending.scopeRoots.insert(scopeRoot);
    } else {
        m_pending.everything = true;
    }
    // The case's search entry, sort keys and conflict mark follow every row of the case.
    if (!scopeRoot.isNull())
        m_dirtyCases.insert(scopeRoot);
    return Status::ok();
}

Status RecordStore::writeRow(const EntityDef &entity, const QUuid &rowId, const QUuid &scopeRoot,
                             const RowState &state)
{
    Statement st = m_db->statement(upsertSql(entity));
    st.bind(1, rowId).bind(2, scopeRoot).bind(3, qint64(state.deleted ? 1 : 0));
    st.bind(4, qint64(state.hasConflict() ? 1 : 0)).bindBlob(5, encodeHeads(state));
    int index = 6;
    const QCborMap none;
    for (const GroupDef &g : entity.groups) {
        const StoredVersion *w = state.winner.value(g.name);
        const QCborMap *values = &none;
        if (w) {
            const auto group = w->groups.constFind(g.name);
            if (group != w->groups.cend())
                values = &group->values;
        }
        for (const FieldDef &f : g.fields)
            bindField(st, index++, f.type, values->value(f.name));
    }
    return st.run();
}

RecordStore::CurrentRow RecordStore::currentRow(const EntityDef &entity, const QUuid &rowId) const
{
    CurrentRow row;
    Statement st = m_db->statement(selectRowSql(entity));
    st.bind(1, rowId);
    if (st.step() != Statement::Step::Row)
        return row;
    row.exists = true;
    row.scopeRoot = st.uuid(0);
    row.deleted = st.int64(1) != 0;
    row.heads = decodeHeads(st.blob(2));
    return row;
}

QCborMap RecordStore::row(const QString &entityName, const QUuid &rowId, bool *deleted) const
{
    QCborMap values;
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return values;
    Statement st = m_db->statement(selectRowSql(*entity));
    st.bind(1, rowId);
    if (st.step() != Statement::Step::Row)
        return values;
    if (deleted)
        *deleted = st.int64(1) != 0;
    int column = 3;
    for (const GroupDef &g : entity->groups)
        for (const FieldDef &f : g.fields)
            values.insert(f.name, readField(st, column++, f.type));
    return values;
}

Result<QUuid> RecordStore::create(const QString &entityName, const QUuid &scopeRoot,
                                  const QCborMap &fields, const QUuid &givenId)
{
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return Status::error(tr("Unknown kind of record: %1").arg(entityName));
    const QUuid rowId = givenId.isNull() ? newRowId() : givenId;
    if (!givenId.isNull() && currentRow(*entity, rowId).exists)
        return Status::error(
            tr("The record %1 already exists.").arg(rowId.toString(QUuid::WithoutBraces)));
    QUuid scope = scopeRoot;
    if (entity->scope == ScopeRule::Self)
        scope = rowId;
    else if (entity->scope == ScopeRule::Reference)
        scope = QUuid();
    else if (scope.isNull())
        return Status::error(tr("A %1 record must belong to a case.").arg(entityName));
    QMap<QString, LocalGroup> groups;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString name = it.key().toString();
        const FieldDef *field = entity->field(name);
        if (!field || !valueFits(field->type, it.value()))
            return Status::error(
                tr("The field %1 does not fit a %2 record.").arg(name, entityName));
        groups[entity->groupOfField(name)->name].values.insert(name, it.value());
    }
    for (auto it = groups.begin(); it != groups.end(); ++it)
        for (const FieldDef &f : entity->group(it.key())->fields)
            if (!it->values.contains(f.name))
                it->values.insert(f.name, QCborValue());
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    if (Status s = write(*entity, rowId, scope, groups, true); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return rowId;
}

Status RecordStore::update(const QString &entityName, const QUuid &rowId, const QCborMap &fields)
{
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return Status::error(tr("Unknown kind of record: %1").arg(entityName));
    const CurrentRow current = currentRow(*entity, rowId);
    if (!current.exists)
        return Status::error(
            tr("The record %1 does not exist.").arg(rowId.toString(QUuid::WithoutBraces)));
    if (current.deleted)
        return Status::error(tr("The record was deleted; restore it before changing it."));
    const QCborMap now = row(entityName, rowId);
    QMap<QString, LocalGroup> groups;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString name = it.key().toString();
        const FieldDef *field = entity->field(name);
        if (!field || !valueFits(field->type, it.value()))
            return Status::error(
                tr("The field %1 does not fit a %2 record.").arg(name, entityName));
        const GroupDef *g = entity->groupOfField(name);
        LocalGroup &change = groups[g->name];
        if (change.values.isEmpty())
            for (const FieldDef &f : g->fields)
                change.values.insert(f.name, now.value(f.name));
        change.values.insert(name, it.value());
    }
    // Unchanged groups write nothing. An edit builds on the value the author was shown: with
    // several heads (a conflict) that is the winner, and the other heads stay.
    RowState state;
    QList<StoredVersion> versions;
    for (auto it = groups.begin(); it != groups.end();) {
        const GroupDef *g = entity->group(it.key());
        bool same = true;
        for (const FieldDef &f : g->fields)
            same = same && sameValue(it->values.value(f.name), now.value(f.name));
        if (same) {
            it = groups.erase(it);
            continue;
        }
        it->parents = current.heads.value(it.key());
        if (it->parents.size() > 1) {
            if (versions.isEmpty()) {
                versions = loadVersions(rowId);
                state = computeRowState(*entity, versions);
            }
            it->parents = { state.winner.value(it.key())->ref };
        }
        ++it;
    }
    if (groups.isEmpty())
        return Status::ok();
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    if (Status s = write(*entity, rowId, current.scopeRoot, groups); !s)
        return s;
    return batch.commit();
}

Status RecordStore::remove(const QString &entityName, const QUuid &rowId)
{
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return Status::error(tr("Unknown kind of record: %1").arg(entityName));
    const CurrentRow current = currentRow(*entity, rowId);
    if (!current.exists)
        return Status::error(
            tr("The record %1 does not exist.").arg(rowId.toString(QUuid::WithoutBraces)));
    if (current.deleted)
        return Status::ok();
    return resolveDeletion(entityName, rowId, true);
}

Status RecordStore::resolve(const QString &entityName, const QUuid &rowId, const QString &group,
                            const QCborMap &values)
{
    const EntityDef *entity = EntitySchema::find(entityName);
    const GroupDef *g = entity ? entity->group(group) : nullptr;
    if (!g)
        return Status::error(tr("Unknown field group %1.").arg(group));
    const CurrentRow current = currentRow(*entity, rowId);
    if (!current.exists)
        return Status::error(
            tr("The record %1 does not exist.").arg(rowId.toString(QUuid::WithoutBraces)));
    LocalGroup change;
    for (const FieldDef &f : g->fields) {
        const QCborValue v = values.value(f.name);
        if (!valueFits(f.type, v))
            return Status::error(
                tr("The field %1 does not fit a %2 record.").arg(f.name, entityName));
        change.values.insert(f.name, v);
    }
    change.parents = current.heads.value(group);
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    if (Status s = write(*entity, rowId, current.scopeRoot, { { group, change } }); !s)
        return s;
    return batch.commit();
}

Status RecordStore::resolveDeletion(const QString &entityName, const QUuid &rowId, bool keepDeleted)
{
    const EntityDef *entity = EntitySchema::find(entityName);
    if (!entity)
        return Status::error(tr("Unknown kind of record: %1").arg(entityName));
    const CurrentRow current = currentRow(*entity, rowId);
    if (!current.exists)
        return Status::error(
            tr("The record %1 does not exist.").arg(rowId.toString(QUuid::WithoutBraces)));
    LocalGroup tomb;
    tomb.values.insert(QStringLiteral("deleted"), keepDeleted);
    tomb.parents = current.heads.value(tombstoneGroup());
    if (keepDeleted) {
        for (auto it = current.heads.cbegin(); it != current.heads.cend(); ++it)
            if (it.key() != tombstoneGroup())
                tomb.seen.insert(it.key(), it.value());
    }
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    if (Status s = write(*entity, rowId, current.scopeRoot, { { tombstoneGroup(), tomb } }); !s)
        return s;
    return batch.commit();
}

WriteBatch::WriteBatch(RecordStore &store) : m_store(store)
{
    m_status = store.begin();
    m_open = m_status.isOk();
}

WriteBatch::~WriteBatch()
{
    if (m_open)
        m_store.finish(false);
}

Status WriteBatch::commit()
{
    if (!m_open)
        return m_status;
    m_open = false;
    return m_store.finish(true);
}

} // namespace casedesk
