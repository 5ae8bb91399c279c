// Reading conferences: one whole, the list of the Conferences page, the approved minutes.
#include "conferencerows.h"
#include "conferences.h"

#include "caseaccess.h"
#include "permissions.h"
#include "recordstore.h"
#include "searchtext.h"
#include "syncscope.h"
#include "syncstate.h"

namespace casedesk {

using namespace conferencerows;

Result<Conference> Conferences::load(const QUuid &conferenceId) const
{
    if (Status s = Access::require(m_store, Operation::ViewCases); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(conferenceEntity, conferenceId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The conference does not exist."));
    Conference c;
    c.id = conferenceId;
    c.officeId = row.value(QStringLiteral("office_id")).toUuid();
    c.officeName = Peers::siteName(m_store, c.officeId);
    c.details.date = dateOf(row.value(QStringLiteral("conference_date")).toString());
    c.details.time = QTime::fromString(row.value(QStringLiteral("conference_time")).toString(),
                                       QStringLiteral("HH:mm"));
    c.details.place = row.value(QStringLiteral("place")).toString();
    c.details.chair = row.value(QStringLiteral("chair")).toString();
    c.details.secretary = row.value(QStringLiteral("secretary")).toString();
    conferenceKindFromKey(row.value(QStringLiteral("kind")).toString(), &c.details.kind);
    c.details.title = row.value(QStringLiteral("title")).toString();
    c.approved = row.value(QStringLiteral("status")).toString() == QLatin1String("approved");
    c.revision = int(qMax<qint64>(1, row.value(QStringLiteral("revision")).toInteger()));
    c.correctionNote = row.value(QStringLiteral("correction_note")).toString();
    c.editableHere = !c.approved
        && (m_store.site().kind == QLatin1String("hub")
            || SyncScope::contains(m_store, m_store.site().id, conferenceId));

    Statement people = m_store.db().statement(
        "SELECT id, partner_id, name, agency, role, attendance, approved_rev FROM "
        "conference_participants WHERE conference_id=? AND deleted=0 ORDER BY rid");
    people.bind(1, conferenceId);
    while (people.step() == Statement::Step::Row) {
        ConferenceParticipant p;
        p.id = people.uuid(0);
        p.partnerId = people.uuid(1);
        p.name = people.text(2);
        p.agency = people.text(3);
        p.role = people.text(4);
        attendanceFromKey(people.text(5), &p.attendance);
        p.approvedRevision = int(people.int64(6));
        c.participants << p;
    }
    people.reset();

    Statement cases = m_store.db().statement(
        "SELECT cc.id, cc.case_id, cc.position, cc.situation, cc.benefits, cc.services, "
        "cc.risks, cc.needs, cc.approved_rev, k.case_number, p.family_name, p.given_name, "
        "p.patronymic, p.birth_date FROM conference_cases cc LEFT JOIN cases k ON "
        "k.id=cc.case_id LEFT JOIN persons p ON p.id=k.client_id WHERE cc.conference_id=? AND "
        "cc.deleted=0 ORDER BY cc.position, cc.rid");
    cases.bind(1, conferenceId);
    while (cases.step() == Statement::Step::Row) {
        ConferenceCase cc;
        cc.id = cases.uuid(0);
        cc.caseId = cases.uuid(1);
        cc.position = int(cases.int64(2));
        cc.sections = { cases.text(3), cases.text(4), cases.text(5), cases.text(6), cases.text(7) };
        cc.approvedRevision = int(cases.int64(8));
        cc.caseNumber = cases.text(9);
        QStringList name;
        for (int column = 10; column <= 12; ++column)
            if (!cases.text(column).isEmpty())
                name << cases.text(column);
        cc.clientName = name.join(QLatin1Char(' '));
        cc.clientBirthDate = dateOf(cases.text(13));
        c.cases << cc;
    }
    cases.reset();

    Statement decisions = m_store.db().statement(
        "SELECT id, number, text, approved_rev FROM conference_decisions WHERE "
        "conference_case_id=? AND deleted=0 ORDER BY number, rid");
    Statement followUps = m_store.db().statement(
        "SELECT f.id, f.what, f.who, f.agency, f.deadline, f.approved_rev, f.plan_action_id, "
        "a.status FROM conference_followups f LEFT JOIN plan_actions a ON "
        "a.id=f.plan_action_id AND a.deleted=0 WHERE f.decision_id=? AND f.deleted=0 "
        "ORDER BY f.deadline, f.rid");
    for (ConferenceCase &cc : c.cases) {
        cc.sensitive = CaseAccess::isSensitive(m_store, cc.caseId);
        const Result<CaseAccess::Level> level = CaseAccess::readLevel(m_store, cc.caseId);
        cc.detailsVisible = level && level.value() == CaseAccess::Level::Details;
        decisions.bind(1, cc.id);
        while (decisions.step() == Statement::Step::Row) {
            ConferenceDecision d;
            d.id = decisions.uuid(0);
            d.conferenceCaseId = cc.id;
            d.number = int(decisions.int64(1));
            d.text = decisions.text(2);
            d.approvedRevision = int(decisions.int64(3));
            cc.decisions << d;
        }
        decisions.reset();
        for (ConferenceDecision &d : cc.decisions) {
            followUps.bind(1, d.id);
            while (followUps.step() == Statement::Step::Row) {
                ConferenceFollowUp f;
                f.id = followUps.uuid(0);
                f.decisionId = d.id;
                f.what = followUps.text(1);
                f.who = followUps.text(2);
                f.agency = followUps.text(3);
                f.deadline = dateOf(followUps.text(4));
                f.approvedRevision = int(followUps.int64(5));
                f.planActionId = followUps.uuid(6);
                ActionStatus status;
                if (!followUps.isNull(7) && actionStatusFromKey(followUps.text(7), &status))
                    f.planActionStatus = status;
                d.followUps << f;
            }
            followUps.reset();
        }
    }

    Statement documents = m_store.db().statement(
        "SELECT id, file_name, mime_type, size_bytes, added_at FROM conference_documents WHERE "
        "conference_id=? AND deleted=0 ORDER BY added_at, rid");
    documents.bind(1, conferenceId);
    while (documents.step() == Statement::Step::Row)
        c.documents.append({ documents.uuid(0), documents.text(1), documents.text(2),
                             documents.int64(3),
                             QDateTime::fromString(documents.text(4), Qt::ISODate) });
    documents.reset();

    Statement approvals = m_store.db().statement(
        "SELECT id, revision, approved_by, approved_at, pdf_size, pdf_sha256, source_sha256 "
        "FROM conference_approvals WHERE conference_id=? AND deleted=0 ORDER BY revision, rid");
    approvals.bind(1, conferenceId);
    while (approvals.step() == Statement::Step::Row)
        c.approvals.append({ approvals.uuid(0), int(approvals.int64(1)), approvals.text(2),
                             QDateTime::fromString(approvals.text(3), Qt::ISODate),
                             approvals.int64(4), approvals.blob(5), approvals.blob(6) });
    approvals.reset();
    return c;
}

QList<ConferenceListItem> Conferences::list(When when, const QString &search,
                                            const QDate &today) const
{
    QList<ConferenceListItem> items;
    if (!Access::require(m_store, Operation::ViewCases))
        return items;
    // What a search looks in: SQLite's LIKE folds only ASCII letters, so the text is matched
    // here, in any case and with ё and е alike.
    QString sql = QStringLiteral(
        "SELECT c.id, c.conference_date, c.conference_time, c.place, c.chair, c.title, c.kind, "
        "c.status, (SELECT count(*) FROM conference_cases cc WHERE cc.conference_id=c.id AND "
        "cc.deleted=0), (SELECT count(*) FROM conference_participants p WHERE "
        "p.conference_id=c.id AND p.deleted=0), ifnull(c.place, '') || char(10) || "
        "ifnull(c.chair, '') || char(10) || ifnull(c.title, '') || char(10) || "
        "ifnull(c.secretary, '') || char(10) || ifnull((SELECT group_concat(k.case_number, "
        "char(10)) FROM conference_cases cc JOIN cases k ON k.id=cc.case_id WHERE "
        "cc.conference_id=c.id AND cc.deleted=0), '') || char(10) || ifnull((SELECT "
        "group_concat(ifnull(p.name, '') || char(10) || ifnull(p.agency, ''), char(10)) FROM "
        "conference_participants p WHERE p.conference_id=c.id AND p.deleted=0), '') "
        "FROM conferences c WHERE c.deleted=0");
    if (when == When::Upcoming)
        sql += QStringLiteral(" AND c.conference_date>=?1");
    else if (when == When::Past)
        sql += QStringLiteral(" AND c.conference_date<?1");
    // Upcoming soonest first; past and all most recent first.
    sql += when == When::Upcoming
        ? QStringLiteral(" ORDER BY c.conference_date, c.conference_time, c.rid")
        : QStringLiteral(" ORDER BY c.conference_date DESC, c.conference_time DESC, c.rid DESC");
    Statement st = m_store.db().prepare(sql);
    if (when != When::All)
        st.bind(1, today.toString(Qt::ISODate));
    const QString needle = normalizeForSearch(search.trimmed());
    while (st.step() == Statement::Step::Row) {
        if (!needle.isEmpty() && !normalizeForSearch(st.text(10)).contains(needle))
            continue;
        ConferenceListItem item;
        item.id = st.uuid(0);
        item.date = dateOf(st.text(1));
        item.time = QTime::fromString(st.text(2), QStringLiteral("HH:mm"));
        item.place = st.text(3);
        item.chair = st.text(4);
        item.title = st.text(5);
        conferenceKindFromKey(st.text(6), &item.kind);
        item.approved = st.text(7) == QLatin1String("approved");
        item.cases = int(st.int64(8));
        item.participants = int(st.int64(9));
        items << item;
    }
    return items;
}

QList<ConferenceListItem> Conferences::forCase(const QUuid &caseId) const
{
    QList<ConferenceListItem> items;
    const QList<QUuid> ids = childIds(
        m_store, "SELECT conference_id FROM conference_cases WHERE case_id=? AND deleted=0",
        caseId);
    for (const ConferenceListItem &item : list(When::All))
        if (ids.contains(item.id))
            items << item;
    return items;
}

namespace {

Result<QByteArray> approvedBlob(const RecordStore &store, const QUuid &conferenceId, int revision,
                                const char *column)
{
    if (Status s = Access::require(store, Operation::ViewCases); !s)
        return s;
    QString sql = QStringLiteral("SELECT b.data FROM conference_approvals a JOIN blob b ON "
                                 "b.sha256=a.%1 WHERE a.conference_id=?1 AND a.deleted=0")
                      .arg(QLatin1String(column));
    sql += revision > 0 ? QStringLiteral(" AND a.revision=?2")
                        : QStringLiteral(" ORDER BY a.revision DESC LIMIT 1");
    Statement st = store.db().prepare(sql);
    st.bind(1, conferenceId);
    if (revision > 0)
        st.bind(2, revision);
    if (st.step() == Statement::Step::Row)
        return st.blob(0);
    Statement any = store.db().statement(
        "SELECT 1 FROM conference_approvals WHERE conference_id=? AND deleted=0");
    any.bind(1, conferenceId);
    if (any.step() != Statement::Step::Row)
        return Status::error(Conferences::tr("These minutes have not been approved yet."));
    return Status::error(Conferences::tr("The approved minutes are not in this file yet (they "
                                         "may not have arrived from the other office)."));
}

} // namespace

Result<QByteArray> Conferences::approvedPdf(const QUuid &conferenceId, int revision) const
{
    return approvedBlob(m_store, conferenceId, revision, "pdf_sha256");
}

Result<QByteArray> Conferences::approvedSource(const QUuid &conferenceId, int revision) const
{
    return approvedBlob(m_store, conferenceId, revision, "source_sha256");
}

bool Conferences::isEditAfterApproval(const RecordStore &store, const QString &entity,
                                      const QUuid &rowId)
{
    QUuid conferenceId;
    if (entity == conferenceEntity)
        conferenceId = rowId;
    else if (entity == participantEntity || entity == caseEntity || entity == decisionEntity
             || entity == followUpEntity)
        conferenceId = store.row(entity, rowId).value(QStringLiteral("conference_id")).toUuid();
    else
        return false;
    Statement st = store.db().statement(
        "SELECT 1 FROM conference_approvals WHERE conference_id=? AND deleted=0");
    st.bind(1, conferenceId);
    return st.step() == Statement::Step::Row;
}

} // namespace casedesk
