// The read side of CaseFiles: a whole case file, its history and possible duplicates.
#include "casefiles.h"

#include "caseaccess.h"
#include "consent.h"
#include "fieldlabels.h"
#include "permissions.h"
#include "rowstate.h"
#include "searchtext.h"
#include "vocabulary.h"

#include <QCborArray>

namespace casedesk {

namespace {

QDateTime fromIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toLocalTime() : dt;
}

} // namespace

PersonData CaseFiles::loadPerson(const QUuid &personId) const
{
    PersonData person
        = PersonData::fromFields(personId, m_store.row(QStringLiteral("person"), personId));
    Statement st = m_store.db().statement(
        "SELECT id, number, phone_kind FROM phones WHERE person_id=? AND deleted=0 ORDER BY rid");
    st.bind(1, personId);
    while (st.step() == Statement::Step::Row)
        person.phones.append({ st.uuid(0), st.text(1), st.text(2) });
    return person;
}

Result<CaseFileData> CaseFiles::loadRestricted(const QUuid &caseId) const
{
    Statement st = m_store.db().statement(
        "SELECT c.case_number, c.status, c.office_id, s.name FROM cases c "
        "LEFT JOIN sites s ON s.id=c.office_id WHERE c.id=? AND c.deleted=0");
    st.bind(1, caseId);
    if (st.step() != Statement::Step::Row)
        return Status::error(tr("The case file does not exist or was deleted."));
    CaseFileData data;
    data.id = caseId;
    data.restricted = true;
    data.sensitive = true;
    data.number = st.text(0);
    data.status = st.text(1);
    data.officeId = st.uuid(2);
    data.officeName = st.text(3);
    return data;
}

Result<CaseFileData> CaseFiles::open(const QUuid &caseId)
{
    auto data = load(caseId);
    if (!data || data->restricted || !data->sensitive)
        return data;
    if (Status s = CaseAccess::recordOpening(m_store, caseId); !s)
        return Status::error(
            tr("The case is sensitive and its opening could not be recorded: %1").arg(s.message()));
    return data;
}

Result<CaseFileData> CaseFiles::load(const QUuid &caseId) const
{
    const auto level = CaseAccess::readLevel(m_store, caseId);
    if (!level)
        return level.status();
    if (level.value() == CaseAccess::Level::Restricted)
        return loadRestricted(caseId);
    Statement st = m_store.db().statement(
        "SELECT c.case_number, c.status, c.opened_date, c.closed_date, c.closure_reason, "
        "c.outcome, c.assigned_worker, c.office_id, s.name, c.consent_given, c.consent_date, "
        "c.consent_scope, max(c.conflict, coalesce(k.any_conflict, 0)), c.client_id, "
        "c.household_id, c.deleted, c.consent_sites, c.assigned_user, c.sensitive, "
        "c.sensitive_reason, c.closing_notes, c.closed_by, c.reopened_date, c.reopen_reason, "
        "c.management_model FROM cases c LEFT JOIN sites s ON s.id=c.office_id "
        "LEFT JOIN case_sort k ON k.rid=c.rid WHERE c.id=?");
    st.bind(1, caseId);
    if (st.step() != Statement::Step::Row || st.int64(15) != 0)
        return Status::error(tr("The case file does not exist or was deleted."));
    CaseFileData data;
    data.id = caseId;
    data.number = st.text(0);
    data.status = st.text(1);
    data.openedDate = QDate::fromString(st.text(2), Qt::ISODate);
    data.closedDate = QDate::fromString(st.text(3), Qt::ISODate);
    data.closureReason = st.text(4);
    data.outcome = st.text(5);
    data.assignedWorker = st.text(6);
    data.officeId = st.uuid(7);
    data.officeName = st.text(8);
    data.consentGiven = st.int64(9) != 0;
    data.consentDate = QDate::fromString(st.text(10), Qt::ISODate);
    data.consentScope = st.text(11);
    data.hasConflict = st.int64(12) != 0;
    const QUuid clientId = st.uuid(13);
    data.householdId = st.uuid(14);
    data.consentSites = Consent::parseSites(st.text(16));
    data.assignedUser = st.uuid(17);
    data.sensitive = st.int64(18) == 1;
    data.sensitiveReason = st.text(19);
    data.closingNotes = st.text(20);
    data.closedBy = st.text(21);
    data.reopenedDate = QDate::fromString(st.text(22), Qt::ISODate);
    data.reopenReason = st.text(23);
    data.managementModel = st.text(24);
    st.reset();
    data.client = loadPerson(clientId);

    Statement cat = m_store.db().statement(
        "SELECT category FROM case_categories WHERE case_id=? AND deleted=0 ORDER BY category");
    cat.bind(1, caseId);
    while (cat.step() == Statement::Step::Row)
        data.categories << cat.text(0);
    cat.reset();

    Statement members = m_store.db().statement(
        "SELECT id, person_id, relationship, conflict FROM household_members "
        "WHERE household_id=? AND deleted=0 ORDER BY rid");
    members.bind(1, data.householdId);
    QList<QPair<QUuid, QPair<QUuid, QString>>> memberRows;
    while (members.step() == Statement::Step::Row)
        memberRows.append({ members.uuid(0), { members.uuid(1), members.text(2) } });
    members.reset();
    for (const auto &m : std::as_const(memberRows))
        data.household.append({ m.first, m.second.second, loadPerson(m.second.first) });

    Statement inter = m_store.db().statement(
        "SELECT id, occurred_at, interaction_kind, worker, note FROM interactions "
        "WHERE case_id=? AND deleted=0 ORDER BY occurred_at DESC");
    inter.bind(1, caseId);
    while (inter.step() == Statement::Step::Row)
        data.interactions.append(
            { inter.uuid(0), fromIso(inter.text(1)), inter.text(2), inter.text(3), inter.text(4) });
    inter.reset();

    Statement docs = m_store.db().statement(
        "SELECT id, file_name, mime_type, size_bytes, sha256, added_at FROM documents "
        "WHERE case_id=? AND deleted=0 ORDER BY added_at DESC");
    docs.bind(1, caseId);
    while (docs.step() == Statement::Step::Row)
        data.documents.append({ docs.uuid(0), docs.text(1), docs.text(2), docs.int64(3),
                                docs.blob(4), fromIso(docs.text(5)) });
    return data;
}

QList<HistoryEntry> CaseFiles::history(const QUuid &caseId) const
{
    const auto level = CaseAccess::readLevel(m_store, caseId);
    if (!level || level.value() != CaseAccess::Level::Details)
        return {};
    QHash<QUuid, QString> siteNames;
    Statement sites = m_store.db().statement("SELECT id, name FROM sites");
    while (sites.step() == Statement::Step::Row)
        siteNames.insert(sites.uuid(0), sites.text(1));
    sites.reset();

    QList<HistoryEntry> entries;
    Statement st = m_store.db().statement(
        "SELECT v.wall, v.author, o.site, v.entity, v.row_id, v.body FROM version v "
        "JOIN origin o ON o.n=v.origin WHERE v.scope_root=? ORDER BY v.wall DESC, v.vid DESC");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row) {
        HistoryEntry base;
        base.when = QDateTime::fromMSecsSinceEpoch(st.int64(0));
        base.author = st.text(1);
        base.site = siteNames.value(st.uuid(2));
        base.entity = FieldLabels::entityLabel(st.text(3));
        base.rowId = st.uuid(4);
        const QString entity = st.text(3);
        QMap<QString, LocalGroup> groups;
        decodeBody(st.blob(5), &groups);
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            if (g.key() == tombstoneGroup()) {
                HistoryEntry e = base;
                const bool deleted = g->values.value(QStringLiteral("deleted")).toBool();
                e.field = deleted ? tr("deleted") : tr("restored");
                entries.append(e);
                continue;
            }
            for (auto f = g->values.cbegin(); f != g->values.cend(); ++f) {
                const QString field = f.key().toString();
                if (!FieldLabels::isShownInHistory(field))
                    continue;
                HistoryEntry e = base;
                e.field = FieldLabels::fieldLabel(field);
                e.value = FieldLabels::valueText(entity, field, f.value());
                entries.append(e);
            }
        }
    }
    return entries;
}

QList<DuplicateCandidate> CaseFiles::findDuplicates(const PersonData &person) const
{
    QList<DuplicateCandidate> result = findAllDuplicates(person);
    result.removeIf([this](const DuplicateCandidate &c) {
        const auto level = CaseAccess::readLevel(m_store, c.caseId);
        return !level || level.value() != CaseAccess::Level::Details;
    });
    return result;
}

QList<DuplicateCandidate> CaseFiles::findAllDuplicates(const PersonData &person) const
{
    QList<DuplicateCandidate> result;
    QSet<QUuid> seen;
    const auto add = [&](Statement &st, const QString &reason) {
        while (st.step() == Statement::Step::Row) {
            const QUuid personId = st.uuid(0);
            if (personId == person.id || seen.contains(personId))
                continue;
            seen.insert(personId);
            DuplicateCandidate c;
            c.caseId = st.uuid(1);
            c.personName = QStringList { st.text(2), st.text(3), st.text(4) }
                               .join(QLatin1Char(' '))
                               .trimmed();
            c.birthDate = st.text(5);
            c.caseNumber = st.text(6);
            c.reason = reason;
            result.append(c);
        }
        st.reset();
    };
    const QString idNumber = normalizeIdNumber(person.idNumber);
    if (!idNumber.isEmpty()) {
        Statement st = m_store.db().statement(
            "SELECT p.id, p.scope_root, p.family_name, p.given_name, p.patronymic, "
            "p.birth_date, c.case_number FROM persons p LEFT JOIN cases c ON c.id=p.scope_root "
            "WHERE p.id_number=? AND p.deleted=0");
        st.bind(1, idNumber);
        add(st, tr("same ID document number"));
    }
    const QString birth = person.birthDate.toIso();
    if (!birth.isEmpty()) {
        Statement st = m_store.db().statement(
            "SELECT p.id, p.scope_root, p.family_name, p.given_name, p.patronymic, "
            "p.birth_date, c.case_number FROM persons p LEFT JOIN cases c ON c.id=p.scope_root "
            "WHERE p.birth_date=? AND p.deleted=0");
        st.bind(1, birth);
        const QString family = normalizeForSearch(person.familyName.trimmed());
        const QString given = normalizeForSearch(person.givenName.trimmed());
        QList<DuplicateCandidate> sameBirth;
        while (st.step() == Statement::Step::Row) {
            if (normalizeForSearch(st.text(2)) != family || normalizeForSearch(st.text(3)) != given)
                continue;
            const QUuid personId = st.uuid(0);
            if (personId == person.id || seen.contains(personId))
                continue;
            seen.insert(personId);
            result.append({ st.uuid(1), st.text(6),
                            QStringList { st.text(2), st.text(3), st.text(4) }
                                .join(QLatin1Char(' '))
                                .trimmed(),
                            st.text(5), tr("same name and birth date") });
        }
    }
    return result;
}

QStringList CaseFiles::workers() const
{
    QStringList list;
    Statement st = m_store.db().statement(
        "SELECT DISTINCT assigned_worker FROM cases WHERE assigned_worker IS NOT NULL "
        "ORDER BY assigned_worker");
    while (st.step() == Statement::Step::Row)
        list << st.text(0);
    return list;
}

} // namespace casedesk
