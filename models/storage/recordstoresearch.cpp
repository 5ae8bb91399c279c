// The search index and name sort keys of cases, kept in step with the materialised rows.
#include "namecollator.h"
#include "recordstore.h"
#include "searchtext.h"

#include <QLocale>
#include <QScopeGuard>
#include <QStringList>

namespace casedesk {

namespace {

QString joinedName(const QString &family, const QString &given, const QString &patronymic)
{
    QStringList parts;
    for (const QString &p : { family, given, patronymic })
        if (!p.isEmpty())
            parts << p;
    return parts.join(QLatin1Char(' '));
}

Status writeSearchEntry(Database &db, qint64 rid, const QString &names, const QString &numbers)
{
    // Most writes to a case (an interaction, another worker) leave its names and numbers as
    // they were; rewriting the entry anyway would make FTS5 delete and index it again, the
    // dearest part of a commit in a large file.
    Statement now = db.statement("SELECT names, numbers FROM case_fts WHERE rowid=?");
    now.bind(1, rid);
    const bool exists = now.step() == Statement::Step::Row;
    const bool same = exists && now.text(0) == names && now.text(1) == numbers;
    now.reset();
    if (same)
        return Status::ok();
    if (exists) {
        Statement del = db.statement("DELETE FROM case_fts WHERE rowid=?");
        del.bind(1, rid);
        if (Status s = del.run(); !s)
            return s;
    }
    Statement ins = db.statement("INSERT INTO case_fts(rowid, names, numbers) VALUES(?, ?, ?)");
    ins.bind(1, rid).bind(2, names).bind(3, numbers);
    return ins.run();
}

// Who a case belongs to, as "My day" and the supervisor view count it.
struct CaseWatch
{
    QUuid id;
    QString worker;
    QUuid office;
    QString status;
};

// The open actions of the case's open plans, by action rid, with their due dates. This query and
// the next name their indexes: a fresh file has no statistics yet, and SQLite would otherwise
// walk every open action or draft plan of the site for each case it refreshes.
QList<QPair<qint64, QString>> openActions(Database &db, const QUuid &caseId)
{
    Statement st = db.statement(
        "SELECT a.rid, a.due_date FROM plans pl INDEXED BY plans_case CROSS JOIN plan_actions a "
        "INDEXED BY plan_actions_plan ON a.plan_id=pl.id "
        "WHERE pl.case_id=? AND pl.deleted=0 AND pl.status<>'closed' AND a.deleted=0 "
        "AND a.status IN ('planned', 'in_progress') ORDER BY a.rid");
    st.bind(1, caseId);
    QList<QPair<qint64, QString>> actions;
    while (st.step() == Statement::Step::Row)
        actions.append({ st.int64(0), st.text(1) });
    st.reset();
    return actions;
}

// Draft plans with at least one action: a supervisor is waiting to sign them off.
qint64 plansToSignOff(Database &db, const QUuid &caseId)
{
    Statement st = db.statement(
        "SELECT count(*) FROM plans pl INDEXED BY plans_case WHERE pl.case_id=? AND "
        "pl.deleted=0 AND pl.status='draft' AND EXISTS(SELECT 1 FROM plan_actions a WHERE "
        "a.plan_id=pl.id AND a.deleted=0)");
    st.bind(1, caseId);
    const qint64 n = st.step() == Statement::Step::Row ? st.int64(0) : 0;
    st.reset();
    return n;
}

// Brings the case's rows of action_watch in line with its open actions; most refreshes find
// them as they were and write nothing.
Status writeActionWatch(Database &db, qint64 caseRid, const CaseWatch &watch,
                        const QList<QPair<qint64, QString>> &actions)
{
    Statement now
        = db.statement("SELECT rid, due_date, id, assigned_worker, office_id FROM "
                       "action_watch INDEXED BY action_watch_case WHERE case_rid=? ORDER BY rid");
    now.bind(1, caseRid);
    QList<QPair<qint64, QString>> stored;
    bool same = true;
    while (now.step() == Statement::Step::Row) {
        stored.append({ now.int64(0), now.text(1) });
        same = same && now.uuid(2) == watch.id && now.text(3) == watch.worker
            && now.uuid(4) == watch.office;
    }
    now.reset();
    if (same && stored == actions)
        return Status::ok();
    Statement del = db.statement("DELETE FROM action_watch WHERE case_rid=?");
    del.bind(1, caseRid);
    if (Status s = del.run(); !s)
        return s;
    Statement ins = db.statement("INSERT INTO action_watch(rid, case_rid, id, assigned_worker, "
                                 "office_id, due_date) VALUES(?, ?, ?, ?, ?, ?)");
    for (const auto &[actionRid, due] : actions) {
        ins.bind(1, actionRid).bind(2, caseRid).bind(3, watch.id).bind(4, watch.worker);
        ins.bind(5, watch.office).bind(6, due);
        if (Status s = ins.run(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace

std::optional<Statement> RecordStore::caseConflictQuery()
{
    // How each kind of row names its case (?1, or ?2 for the case's household).
    static const std::pair<const char *, const char *> rows[] = {
        { "cases", "id=?1" },
        { "persons", "scope_root=?1" },
        { "phones", "scope_root=?1" },
        { "household_members", "scope_root=?1" },
        { "case_categories", "case_id=?1" },
        { "interactions", "case_id=?1" },
        { "documents", "case_id=?1" },
        { "households", "id=?2" },
        { "assessments", "scope_root=?1" },
        { "assessment_answers", "scope_root=?1" },
        { "plans", "scope_root=?1" },
        { "plan_goals", "scope_root=?1" },
        { "plan_actions", "scope_root=?1" },
        { "plan_reviews", "scope_root=?1" },
        { "contract_obligations", "scope_root=?1" },
        { "contract_assistance", "scope_root=?1" },
        { "contract_compliance", "scope_root=?1" },
        { "referrals", "scope_root=?1" },
        { "visits", "scope_root=?1" },
    };
    // Conflicts are rare: most tables hold none at all, which their partial index of
    // conflicted rows tells at once, and a case needs asking only about the others. The probes
    // live as long as the program, so the connection prepares each once (every commit asks).
    static const QList<QByteArray> probes = [] {
        QList<QByteArray> sql;
        for (const auto &row : rows)
            sql << QByteArray("SELECT 1 FROM ") + row.first + " INDEXED BY " + row.first
                    + "_conflicted WHERE conflict=1 LIMIT 1";
        return sql;
    }();
    QStringList terms;
    for (qsizetype i = 0; i < probes.size(); ++i) {
        Statement any = m_db->statement(probes.at(i).constData());
        const bool held = any.step() == Statement::Step::Row;
        any.reset();
        if (held)
            terms << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2 AND conflict=1)")
                         .arg(QLatin1String(rows[i].first), QLatin1String(rows[i].second));
    }
    if (terms.isEmpty())
        return std::nullopt;
    return m_db->prepare(QStringLiteral("SELECT ") + terms.join(QStringLiteral(" + ")));
}

NameCollator &RecordStore::collator() const
{
    QString locale = m_sortLocale.isEmpty() ? QLocale().name() : m_sortLocale;
    if (!m_collator || m_collator->localeName() != locale)
        m_collator = std::make_unique<NameCollator>(locale);
    return *m_collator;
}

Status RecordStore::refreshCase(const QUuid &caseId, qint64 *caseRid, Statement *conflicts)
{
    Statement c = m_db->statement(
        "SELECT rid, client_id, deleted, household_id, assigned_worker, office_id, status "
        "FROM cases WHERE id=?");
    c.bind(1, caseId);
    if (c.step() != Statement::Step::Row)
        return Status::ok(); // the case row has not arrived yet
    const qint64 rid = c.int64(0);
    *caseRid = rid;
    const QUuid client = c.uuid(1);
    const bool deleted = c.int64(2) != 0;
    const QUuid household = c.uuid(3);
    const CaseWatch watch { caseId, c.text(4), c.uuid(5), c.text(6) };
    c.reset();

    if (deleted) {
        if (Status s = writeActionWatch(*m_db, rid, watch, {}); !s)
            return s;
        Statement st = m_db->statement("DELETE FROM case_sort WHERE rid=?");
        st.bind(1, rid);
        return st.run();
    }

    QString clientName;
    QString clientBirth;
    Statement person = m_db->statement("SELECT family_name, given_name, patronymic, birth_date "
                                       "FROM persons WHERE id=? AND scope_root=? AND deleted=0");
    person.bind(1, client).bind(2, caseId);
    if (person.step() == Statement::Step::Row) {
        clientName = joinedName(person.text(0), person.text(1), person.text(2));
        clientBirth = person.text(3);
    }
    person.reset();
    bool anyConflict = false;
    if (conflicts) {
        conflicts->bind(1, caseId).bind(2, household);
        anyConflict = conflicts->step() == Statement::Step::Row && conflicts->int64(0) > 0;
        conflicts->reset();
    }
    // The day of the last interaction, or the day the case was opened: "My day" asks which
    // cases have had no contact for some days.
    Statement contact = m_db->statement(
        "SELECT coalesce((SELECT max(substr(occurred_at, 1, 10)) FROM interactions "
        "WHERE case_id=?1 AND deleted=0), (SELECT opened_date FROM cases WHERE id=?1))");
    contact.bind(1, caseId);
    const QString lastContact
        = contact.step() == Statement::Step::Row ? contact.text(0) : QString();
    contact.reset();
    const bool open = watch.status == QLatin1String("open");
    const QList<QPair<qint64, QString>> actions
        = open ? openActions(*m_db, caseId) : QList<QPair<qint64, QString>>();
    if (Status s = writeActionWatch(*m_db, rid, watch, actions); !s)
        return s;
    Statement sort = m_db->statement(
        "INSERT OR REPLACE INTO case_sort(rid, name_key, birth_key, any_conflict, last_contact, "
        "id, assigned_worker, office_id, status, sign_off_plans) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sort.bind(1, rid).bindBlob(2, collator().sortKey(clientName));
    sort.bind(3, clientBirth.isNull() ? QStringLiteral("") : clientBirth);
    sort.bind(4, qint64(anyConflict ? 1 : 0));
    sort.bind(5, lastContact);
    sort.bind(6, caseId).bind(7, watch.worker).bind(8, watch.office).bind(9, watch.status);
    sort.bind(10, qint64(open ? plansToSignOff(*m_db, caseId) : 0));
    return sort.run();
}

Status RecordStore::refreshSearchEntry(qint64 rid, const QUuid &caseId)
{
    Statement c = m_db->statement("SELECT case_number, deleted FROM cases WHERE rid=?");
    c.bind(1, rid);
    if (c.step() != Statement::Step::Row)
        return Status::ok();
    const QString number = c.text(0);
    const bool deleted = c.int64(1) != 0;
    c.reset();
    if (deleted) {
        Statement del = m_db->statement("DELETE FROM case_fts WHERE rowid=?");
        del.bind(1, rid);
        return del.run();
    }
    QStringList names;
    QStringList numbers { normalizeForSearch(number) };
    Statement persons
        = m_db->statement("SELECT family_name, given_name, patronymic, id_number FROM persons "
                          "WHERE scope_root=? AND deleted=0");
    persons.bind(1, caseId);
    while (persons.step() == Statement::Step::Row) {
        names << normalizeForSearch(joinedName(persons.text(0), persons.text(1), persons.text(2)));
        const QString idNumber = persons.text(3);
        if (!idNumber.isEmpty())
            numbers << normalizeForSearch(idNumber) << digitSuffixes(idNumber);
    }
    persons.reset();
    Statement phones
        = m_db->statement("SELECT number FROM phones WHERE scope_root=? AND deleted=0");
    phones.bind(1, caseId);
    while (phones.step() == Statement::Step::Row)
        numbers << digitSuffixes(phones.text(0));
    phones.reset();
    return writeSearchEntry(*m_db, rid, names.join(QLatin1Char(' ')),
                            numbers.join(QLatin1Char(' ')));
}

Status RecordStore::reindexAllCases()
{
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    m_trackRows = false;
    const auto restoreTracking = qScopeGuard([this] { m_trackRows = true; });
    if (Status s
        = m_db->exec("DELETE FROM case_fts; DELETE FROM case_sort; DELETE FROM action_watch;");
        !s)
        return s;
    Statement cases = m_db->statement("SELECT id FROM cases");
    while (cases.step() == Statement::Step::Row)
        m_dirtyCases.insert(cases.uuid(0));
    cases.reset();
    if (Status s = m_db->exec("DELETE FROM meta WHERE key='search_reindex'"); !s)
        return s;
    m_pending.everything = true;
    m_pending.entities.insert(QStringLiteral("case"));
    return batch.commit();
}

Status RecordStore::setSortLocale(const QString &localeName)
{
    if (localeName == m_sortLocale)
        return Status::ok();
    if (m_db->isReadOnly()) {
        // Reading only: the keys stay as they are, ordered for the locale they were made in.
        return Status::ok();
    }
    const QString previous = m_sortLocale;
    m_sortLocale = localeName;
    WriteBatch batch(*this);
    if (!batch.status())
        return batch.status();
    Statement rows
        = m_db->statement("SELECT c.rid, p.family_name, p.given_name, p.patronymic FROM cases c "
                          "LEFT JOIN persons p ON p.id=c.client_id WHERE c.deleted=0");
    Statement sort = m_db->statement("UPDATE case_sort SET name_key=? WHERE rid=?");
    while (rows.step() == Statement::Step::Row) {
        sort.bindBlob(1, collator().sortKey(joinedName(rows.text(1), rows.text(2), rows.text(3))));
        sort.bind(2, rows.int64(0));
        if (Status s = sort.run(); !s) {
            m_sortLocale = previous;
            return s;
        }
    }
    Statement meta
        = m_db->statement("INSERT OR REPLACE INTO meta(key, value) VALUES('sort_locale', ?)");
    meta.bind(1, localeName);
    if (Status s = meta.run(); !s) {
        m_sortLocale = previous;
        return s;
    }
    // Every list sorted by name has a new order.
    m_pending.everything = true;
    m_pending.entities.insert(QStringLiteral("case"));
    Status s = batch.commit();
    if (!s)
        m_sortLocale = previous;
    return s;
}

} // namespace casedesk
