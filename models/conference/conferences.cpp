#include "conferences.h"
#include "conferencerows.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "conferenceminutes.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "recordstore.h"
#include "reportprinter.h"
#include "syncscope.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>

namespace casedesk {

using namespace conferencerows;

namespace {

QCborValue timeOrNull(const QTime &time)
{
    return time.isValid() ? QCborValue(time.toString(QStringLiteral("HH:mm")))
                          : QCborValue(QCborValue::Null);
}

QCborMap detailFields(const ConferenceDetails &d)
{
    return { { QStringLiteral("conference_date"), dateOrNull(d.date) },
             { QStringLiteral("conference_time"), timeOrNull(d.time) },
             { QStringLiteral("place"), textOrNull(d.place) },
             { QStringLiteral("chair"), textOrNull(d.chair) },
             { QStringLiteral("secretary"), textOrNull(d.secretary) },
             { QStringLiteral("kind"), conferenceKindKey(d.kind) },
             { QStringLiteral("title"), textOrNull(d.title) } };
}

Status checkDetails(const ConferenceDetails &d)
{
    if (!d.date.isValid())
        return Status::error(Conferences::tr("Give the date of the conference."));
    if (d.place.trimmed().isEmpty())
        return Status::error(Conferences::tr("Say where the conference takes place."));
    if (d.chair.trimmed().isEmpty())
        return Status::error(Conferences::tr("Name the person who chairs the conference."));
    return Status::ok();
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

Status storeBlob(RecordStore &store, const QByteArray &sha, const QByteArray &data)
{
    Statement blob
        = store.db().statement("INSERT OR IGNORE INTO blob(sha256, size, data) VALUES(?, ?, ?)");
    blob.bindBlob(1, sha).bind(2, qint64(data.size())).bindBlob(3, data);
    return blob.run();
}

} // namespace

QString attendanceKey(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Invited:
        return QStringLiteral("invited");
    case Attendance::Present:
        return QStringLiteral("present");
    case Attendance::Absent:
        return QStringLiteral("absent");
    case Attendance::Excused:
        return QStringLiteral("excused");
    }
    return QString();
}

bool attendanceFromKey(const QString &key, Attendance *attendance)
{
    for (Attendance a :
         { Attendance::Invited, Attendance::Present, Attendance::Absent, Attendance::Excused })
        if (attendanceKey(a) == key) {
            *attendance = a;
            return true;
        }
    return false;
}

QString attendanceText(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Invited:
        //: attendance of a conference participant not yet marked
        return Conferences::tr("invited");
    case Attendance::Present:
        return Conferences::tr("present");
    case Attendance::Absent:
        return Conferences::tr("absent");
    case Attendance::Excused:
        //: absent with a reason given beforehand
        return Conferences::tr("excused");
    }
    return QString();
}

QString conferenceKindKey(ConferenceKind kind)
{
    switch (kind) {
    case ConferenceKind::SingleCase:
        return QStringLiteral("single");
    case ConferenceKind::SeveralCases:
        return QStringLiteral("several");
    case ConferenceKind::PeriodicReview:
        return QStringLiteral("periodic");
    }
    return QString();
}

bool conferenceKindFromKey(const QString &key, ConferenceKind *kind)
{
    for (ConferenceKind k : { ConferenceKind::SingleCase, ConferenceKind::SeveralCases,
                              ConferenceKind::PeriodicReview })
        if (conferenceKindKey(k) == key) {
            *kind = k;
            return true;
        }
    return false;
}

QString conferenceKindText(ConferenceKind kind)
{
    switch (kind) {
    case ConferenceKind::SingleCase:
        return Conferences::tr("single case");
    case ConferenceKind::SeveralCases:
        return Conferences::tr("several cases");
    case ConferenceKind::PeriodicReview:
        return Conferences::tr("periodic review");
    }
    return QString();
}

Result<QUuid> Conferences::create(const ConferenceDetails &details)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    if (Status s = checkDetails(details); !s)
        return s;
    QCborMap fields = detailFields(details);
    fields.insert(QStringLiteral("office_id"), QCborValue(m_store.site().id));
    fields.insert(QStringLiteral("status"), QStringLiteral("draft"));
    fields.insert(QStringLiteral("revision"), 1);
    return m_store.create(conferenceEntity, QUuid(), fields);
}

Status Conferences::checkDraft(const QUuid &conferenceId) const
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(conferenceEntity, conferenceId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The conference does not exist."));
    if (m_store.site().kind != QLatin1String("hub")
        && !SyncScope::contains(m_store, m_store.site().id, conferenceId))
        return Status::error(tr("This conference is no longer kept at this office; it can be "
                                "read here but not changed."));
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("approved"))
        return Status::error(tr("The minutes are approved and can no longer be changed. Start a "
                                "correction to change them."));
    return Status::ok();
}

Status Conferences::updateDetails(const QUuid &conferenceId, const ConferenceDetails &details)
{
    if (Status s = checkDraft(conferenceId); !s)
        return s;
    if (Status s = checkDetails(details); !s)
        return s;
    QCborMap fields = detailFields(details);
    // The group is written whole: keep its other fields.
    const QCborMap row = m_store.row(conferenceEntity, conferenceId);
    for (const char *kept : { "status", "revision", "correction_note" })
        fields.insert(QLatin1String(kept), row.value(QLatin1String(kept)));
    return m_store.update(conferenceEntity, conferenceId, fields);
}

Result<QUuid> Conferences::addParticipant(const QUuid &conferenceId, const ConferenceParticipant &p)
{
    if (Status s = checkDraft(conferenceId); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Status::error(tr("Write the participant's name."));
    QCborMap fields { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
                      { QStringLiteral("name"), p.name.trimmed() },
                      { QStringLiteral("agency"), textOrNull(p.agency) },
                      { QStringLiteral("role"), textOrNull(p.role) },
                      { QStringLiteral("attendance"), attendanceKey(p.attendance) },
                      { QStringLiteral("approved_rev"), 0 } };
    if (!p.partnerId.isNull())
        fields.insert(QStringLiteral("partner_id"), QCborValue(p.partnerId));
    return m_store.create(participantEntity, conferenceId, fields);
}

Status Conferences::updateParticipant(const ConferenceParticipant &p)
{
    const QCborMap row = m_store.row(participantEntity, p.id);
    if (row.isEmpty())
        return Status::error(tr("The participant is not on the list."));
    if (Status s = checkDraft(row.value(QStringLiteral("conference_id")).toUuid()); !s)
        return s;
    if (p.name.trimmed().isEmpty())
        return Status::error(tr("Write the participant's name."));
    return m_store.update(
        participantEntity, p.id,
        { { QStringLiteral("name"), p.name.trimmed() },
          { QStringLiteral("agency"), textOrNull(p.agency) },
          { QStringLiteral("role"), textOrNull(p.role) },
          { QStringLiteral("attendance"), attendanceKey(p.attendance) },
          { QStringLiteral("approved_rev"), row.value(QStringLiteral("approved_rev")) } });
}

Status Conferences::setAttendance(const QUuid &participantId, Attendance attendance)
{
    const QCborMap row = m_store.row(participantEntity, participantId);
    if (row.isEmpty())
        return Status::error(tr("The participant is not on the list."));
    ConferenceParticipant p;
    p.id = participantId;
    p.name = row.value(QStringLiteral("name")).toString();
    p.agency = row.value(QStringLiteral("agency")).toString();
    p.role = row.value(QStringLiteral("role")).toString();
    p.attendance = attendance;
    return updateParticipant(p);
}

Status Conferences::removeParticipant(const QUuid &participantId)
{
    bool deleted = false;
    const QCborMap row = m_store.row(participantEntity, participantId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The participant is not on the list."));
    if (Status s = checkDraft(row.value(QStringLiteral("conference_id")).toUuid()); !s)
        return s;
    return m_store.remove(participantEntity, participantId);
}

Result<QUuid> Conferences::addCase(const QUuid &conferenceId, const QUuid &caseId)
{
    if (Status s = checkDraft(conferenceId); !s)
        return s;
    bool deleted = false;
    if (m_store.row(QStringLiteral("case"), caseId, &deleted).isEmpty() || deleted)
        return Status::error(tr("There is no such case here."));
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(caseId); !s)
        return s;
    // The site that keeps the conference holds every case on its agenda, so its minutes are
    // whole wherever they are approved.
    const QUuid keeper
        = m_store.row(conferenceEntity, conferenceId).value(QStringLiteral("office_id")).toUuid();
    const bool keptAtOffice
        = m_store.row(QStringLiteral("site"), keeper).value(QStringLiteral("kind")).toString()
        == QLatin1String("office");
    if (keeper != m_store.site().id && keptAtOffice
        && !SyncScope::contains(m_store, keeper, caseId))
        return Status::error(tr("This conference is kept at %1, which does not have this case; "
                                "only cases of %1 can be put on its agenda.")
                                 .arg(Peers::siteName(m_store, keeper)));
    Statement st = m_store.db().statement(
        "SELECT count(*), max(position), sum(case_id=?2) FROM conference_cases "
        "WHERE conference_id=?1 AND deleted=0");
    st.bind(1, conferenceId).bind(2, caseId);
    st.step();
    if (st.int64(2) > 0)
        return Status::error(tr("The case is already on the conference's agenda."));
    const qint64 position = st.int64(1) + 1;
    st.reset();
    return m_store.create(caseEntity, caseId,
                          { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
                            { QStringLiteral("case_id"), QCborValue(caseId) },
                            { QStringLiteral("position"), position },
                            { QStringLiteral("approved_rev"), 0 } });
}

Status Conferences::checkCaseSection(const QUuid &conferenceCaseId, QUuid *conferenceId,
                                     QUuid *caseId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(caseEntity, conferenceCaseId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The case is not on the conference's agenda."));
    *conferenceId = row.value(QStringLiteral("conference_id")).toUuid();
    *caseId = row.value(QStringLiteral("case_id")).toUuid();
    if (Status s = checkDraft(*conferenceId); !s)
        return s;
    if (Status s = CaseAccess::checkWrite(m_store, *caseId); !s)
        return s;
    return CaseFiles(m_store).checkEditable(*caseId);
}

Status Conferences::removeCase(const QUuid &conferenceCaseId)
{
    QUuid conferenceId, caseId;
    if (Status s = checkCaseSection(conferenceCaseId, &conferenceId, &caseId); !s)
        return s;
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    const QList<QUuid> decisions = childIds(
        m_store, "SELECT id FROM conference_decisions WHERE conference_case_id=? AND deleted=0",
        conferenceCaseId);
    for (const QUuid &decision : decisions) {
        for (const QUuid &f : childIds(m_store,
                                       "SELECT id FROM conference_followups WHERE "
                                       "decision_id=? AND deleted=0",
                                       decision))
            if (Status s = m_store.remove(followUpEntity, f); !s)
                return s;
        if (Status s = m_store.remove(decisionEntity, decision); !s)
            return s;
    }
    if (Status s = m_store.remove(caseEntity, conferenceCaseId); !s)
        return s;
    return batch.commit();
}

Status Conferences::updateSections(const QUuid &conferenceCaseId, const CaseSections &sections)
{
    QUuid conferenceId, caseId;
    if (Status s = checkCaseSection(conferenceCaseId, &conferenceId, &caseId); !s)
        return s;
    const QCborMap row = m_store.row(caseEntity, conferenceCaseId);
    return m_store.update(
        caseEntity, conferenceCaseId,
        { { QStringLiteral("position"), row.value(QStringLiteral("position")) },
          { QStringLiteral("situation"), textOrNull(sections.situation) },
          { QStringLiteral("benefits"), textOrNull(sections.benefits) },
          { QStringLiteral("services"), textOrNull(sections.services) },
          { QStringLiteral("risks"), textOrNull(sections.risks) },
          { QStringLiteral("needs"), textOrNull(sections.needs) },
          { QStringLiteral("approved_rev"), row.value(QStringLiteral("approved_rev")) } });
}

Result<QUuid> Conferences::addDecision(const QUuid &conferenceCaseId, const QString &text)
{
    QUuid conferenceId, caseId;
    if (Status s = checkCaseSection(conferenceCaseId, &conferenceId, &caseId); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Status::error(tr("Write what was decided."));
    Statement st = m_store.db().statement("SELECT max(number) FROM conference_decisions WHERE "
                                          "conference_case_id=? AND deleted=0");
    st.bind(1, conferenceCaseId);
    st.step();
    const qint64 number = st.int64(0) + 1;
    st.reset();
    return m_store.create(decisionEntity, caseId,
                          { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
                            { QStringLiteral("conference_case_id"), QCborValue(conferenceCaseId) },
                            { QStringLiteral("number"), number },
                            { QStringLiteral("text"), text.trimmed() },
                            { QStringLiteral("approved_rev"), 0 } });
}

Status Conferences::checkDecision(const QUuid &decisionId, QUuid *conferenceId, QUuid *caseId,
                                  QUuid *conferenceCaseId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(decisionEntity, decisionId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The decision does not exist."));
    *conferenceCaseId = row.value(QStringLiteral("conference_case_id")).toUuid();
    return checkCaseSection(*conferenceCaseId, conferenceId, caseId);
}

Status Conferences::updateDecision(const QUuid &decisionId, const QString &text)
{
    QUuid conferenceId, caseId, conferenceCaseId;
    if (Status s = checkDecision(decisionId, &conferenceId, &caseId, &conferenceCaseId); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Status::error(tr("Write what was decided."));
    const QCborMap row = m_store.row(decisionEntity, decisionId);
    return m_store.update(
        decisionEntity, decisionId,
        { { QStringLiteral("number"), row.value(QStringLiteral("number")) },
          { QStringLiteral("text"), text.trimmed() },
          { QStringLiteral("approved_rev"), row.value(QStringLiteral("approved_rev")) } });
}

Status Conferences::removeDecision(const QUuid &decisionId)
{
    QUuid conferenceId, caseId, conferenceCaseId;
    if (Status s = checkDecision(decisionId, &conferenceId, &caseId, &conferenceCaseId); !s)
        return s;
    const qint64 number
        = m_store.row(decisionEntity, decisionId).value(QStringLiteral("number")).toInteger();
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    for (const QUuid &f :
         childIds(m_store, "SELECT id FROM conference_followups WHERE decision_id=? AND deleted=0",
                  decisionId))
        if (Status s = m_store.remove(followUpEntity, f); !s)
            return s;
    if (Status s = m_store.remove(decisionEntity, decisionId); !s)
        return s;
    Statement later = m_store.db().statement(
        "SELECT id, number, text, approved_rev FROM conference_decisions WHERE "
        "conference_case_id=? AND deleted=0 AND number>? ORDER BY number");
    later.bind(1, conferenceCaseId).bind(2, number);
    QList<QCborMap> moves;
    QList<QUuid> ids;
    while (later.step() == Statement::Step::Row) {
        ids << later.uuid(0);
        moves << QCborMap { { QStringLiteral("number"), later.int64(1) - 1 },
                            { QStringLiteral("text"), later.text(2) },
                            { QStringLiteral("approved_rev"), later.int64(3) } };
    }
    later.reset();
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (Status s = m_store.update(decisionEntity, ids[i], moves[i]); !s)
            return s;
    return batch.commit();
}

Result<QUuid> Conferences::addFollowUp(const QUuid &decisionId, const ConferenceFollowUp &f)
{
    QUuid conferenceId, caseId, conferenceCaseId;
    if (Status s = checkDecision(decisionId, &conferenceId, &caseId, &conferenceCaseId); !s)
        return s;
    if (f.what.trimmed().isEmpty())
        return Status::error(tr("Write what is to be done."));
    if (f.who.trimmed().isEmpty() && f.agency.trimmed().isEmpty())
        return Status::error(tr("Name who is responsible: a person, an agency, or both."));
    if (!f.deadline.isValid())
        return Status::error(tr("Give the deadline of the follow-up action."));
    return m_store.create(followUpEntity, caseId,
                          { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
                            { QStringLiteral("decision_id"), QCborValue(decisionId) },
                            { QStringLiteral("what"), f.what.trimmed() },
                            { QStringLiteral("who"), textOrNull(f.who) },
                            { QStringLiteral("agency"), textOrNull(f.agency) },
                            { QStringLiteral("deadline"), dateOrNull(f.deadline) },
                            { QStringLiteral("approved_rev"), 0 } });
}

Status Conferences::updateFollowUp(const ConferenceFollowUp &f)
{
    bool deleted = false;
    const QCborMap row = m_store.row(followUpEntity, f.id, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The follow-up action does not exist."));
    QUuid conferenceId, caseId, conferenceCaseId;
    if (Status s = checkDecision(row.value(QStringLiteral("decision_id")).toUuid(), &conferenceId,
                                 &caseId, &conferenceCaseId);
        !s)
        return s;
    if (f.what.trimmed().isEmpty())
        return Status::error(tr("Write what is to be done."));
    if (f.who.trimmed().isEmpty() && f.agency.trimmed().isEmpty())
        return Status::error(tr("Name who is responsible: a person, an agency, or both."));
    if (!f.deadline.isValid())
        return Status::error(tr("Give the deadline of the follow-up action."));
    return m_store.update(
        followUpEntity, f.id,
        { { QStringLiteral("what"), f.what.trimmed() },
          { QStringLiteral("who"), textOrNull(f.who) },
          { QStringLiteral("agency"), textOrNull(f.agency) },
          { QStringLiteral("deadline"), dateOrNull(f.deadline) },
          { QStringLiteral("approved_rev"), row.value(QStringLiteral("approved_rev")) } });
}

Status Conferences::removeFollowUp(const QUuid &followUpId)
{
    bool deleted = false;
    const QCborMap row = m_store.row(followUpEntity, followUpId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The follow-up action does not exist."));
    QUuid conferenceId, caseId, conferenceCaseId;
    if (Status s = checkDecision(row.value(QStringLiteral("decision_id")).toUuid(), &conferenceId,
                                 &caseId, &conferenceCaseId);
        !s)
        return s;
    return m_store.remove(followUpEntity, followUpId);
}

Result<QUuid> Conferences::toPlanAction(const QUuid &followUpId, const QUuid &planId,
                                        const QString &kind)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(followUpEntity, followUpId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The follow-up action does not exist."));
    if (!row.value(QStringLiteral("plan_action_id")).toUuid().isNull())
        return Status::error(tr("The follow-up action is already in the client's plan."));
    const QUuid caseId
        = m_store.row(decisionEntity, row.value(QStringLiteral("decision_id")).toUuid())
              .value(QStringLiteral("conference_case_id"))
              .toUuid();
    const QUuid caseRoot
        = m_store.row(caseEntity, caseId).value(QStringLiteral("case_id")).toUuid();
    QUuid plan = planId;
    if (plan.isNull()) {
        Statement st = m_store.db().statement(
            "SELECT id FROM plans WHERE case_id=? AND deleted=0 AND status<>'closed' "
            "ORDER BY start_date DESC, rid DESC LIMIT 1");
        st.bind(1, caseRoot);
        if (st.step() == Statement::Step::Row)
            plan = st.uuid(0);
        st.reset();
        if (plan.isNull())
            return Status::error(tr("The case has no plan open; make a plan for the client "
                                    "first, then add the follow-up action to it."));
    } else if (m_store.row(QStringLiteral("plan"), plan).value(QStringLiteral("case_id")).toUuid()
               != caseRoot) {
        return Status::error(tr("That plan belongs to another case."));
    }
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    PlanAction action;
    action.kind = kind;
    action.description = row.value(QStringLiteral("what")).toString();
    action.person = row.value(QStringLiteral("who")).toString();
    action.agency = row.value(QStringLiteral("agency")).toString();
    action.dueDate = dateOf(row.value(QStringLiteral("deadline")).toString());
    const Result<QUuid> made = Plans(m_store).addAction(plan, action);
    if (!made)
        return made.status();
    if (Status s
        = m_store.update(followUpEntity, followUpId,
                         { { QStringLiteral("plan_action_id"), QCborValue(made.value()) } });
        !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return made.value();
}

Result<QUuid> Conferences::attachDocument(const QUuid &conferenceId, const QString &filePath)
{
    if (Status s = checkDraft(conferenceId); !s)
        return s;
    const Result<QByteArray> read = CaseFiles::readDocumentFile(filePath);
    if (!read)
        return read.status();
    const QByteArray &data = read.value();
    const QFileInfo info(filePath);
    const QByteArray sha = sha256(data);
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    if (Status s = storeBlob(m_store, sha, data); !s)
        return s;
    const Result<QUuid> id = m_store.create(
        documentEntity, conferenceId,
        { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
          { QStringLiteral("file_name"), info.fileName() },
          { QStringLiteral("mime_type"), QMimeDatabase().mimeTypeForFile(info).name() },
          { QStringLiteral("size_bytes"), qint64(data.size()) },
          { QStringLiteral("sha256"), sha },
          { QStringLiteral("added_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
    if (!id)
        return id.status();
    if (Status s = batch.commit(); !s)
        return s;
    return id.value();
}

Result<QByteArray> Conferences::documentContent(const QUuid &documentId) const
{
    if (Status s = Access::require(m_store, Operation::ViewCases); !s)
        return s;
    Statement st = m_store.db().statement(
        "SELECT b.data FROM conference_documents d JOIN blob b ON b.sha256=d.sha256 "
        "WHERE d.id=? AND d.deleted=0");
    st.bind(1, documentId);
    if (st.step() != Statement::Step::Row)
        return Status::error(tr("The document's content is not in this file (it may not have "
                                "arrived from the other office yet)."));
    return st.blob(0);
}

Result<QUuid> Conferences::approve(const QUuid &conferenceId)
{
    if (Status s = checkDraft(conferenceId); !s)
        return s;
    Result<Conference> loaded = load(conferenceId);
    if (!loaded)
        return loaded.status();
    Conference c = loaded.value();
    // Another office holds only its own cases' sections: the minutes would miss the others.
    if (m_store.site().kind != QLatin1String("hub") && c.officeId != m_store.site().id)
        return Status::error(tr("These minutes are approved at %1, where the conference is "
                                "kept and every case on its agenda is held.")
                                 .arg(c.officeName));
    if (c.cases.isEmpty())
        return Status::error(tr("Add the cases discussed before approving the minutes."));
    int present = 0;
    for (const ConferenceParticipant &p : std::as_const(c.participants)) {
        if (p.attendance == Attendance::Invited)
            return Status::error(tr("Mark %1 present, absent or excused before approving the "
                                    "minutes.")
                                     .arg(p.name));
        if (p.attendance == Attendance::Present)
            ++present;
    }
    if (present == 0)
        return Status::error(tr("Nobody is marked present; the minutes need the participants "
                                "who sign them."));
    for (const ConferenceCase &cc : std::as_const(c.cases))
        if (!cc.detailsVisible)
            return Status::error(tr("Case %1 is sensitive and not yours to see in detail; the "
                                    "minutes are approved by someone who may see every case.")
                                     .arg(cc.caseNumber));

    ConferenceApproval approval;
    approval.revision = c.revision;
    approval.approvedBy = Access::personName(m_store);
    approval.approvedAt = QDateTime::currentDateTimeUtc();
    approval.approvedAt.setTime(QTime(approval.approvedAt.time().hour(),
                                      approval.approvedAt.time().minute(),
                                      approval.approvedAt.time().second()));
    c.approved = true;
    c.approvals.append(approval);
    const ReportDocument document
        = ConferenceMinutes::build(c, ConferenceMinutes::Audience::Participants);
    const QByteArray pdf = ReportPrinter::pdf(document);
    if (pdf.isEmpty())
        return Status::error(tr("The minutes could not be rendered as a PDF."));
    const QByteArray source = ConferenceMinutes::encodeSource(document);
    const QByteArray pdfSha = sha256(pdf);
    const QByteArray sourceSha = sha256(source);

    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    if (Status s = storeBlob(m_store, pdfSha, pdf); !s)
        return s;
    if (Status s = storeBlob(m_store, sourceSha, source); !s)
        return s;
    // Every row of the minutes takes the revision: an edit of one made elsewhere without
    // seeing the approval then conflicts with it.
    const auto stamp = [&](const QString &entity, const QUuid &id) {
        QCborMap fields = m_store.row(entity, id);
        const GroupDef *group
            = EntitySchema::find(entity)->groupOfField(QStringLiteral("approved_rev"));
        QCborMap values;
        for (const FieldDef &f : group->fields)
            values.insert(f.name, fields.value(f.name));
        values.insert(QStringLiteral("approved_rev"), c.revision);
        return m_store.update(entity, id, values);
    };
    for (const ConferenceParticipant &p : std::as_const(c.participants))
        if (Status s = stamp(participantEntity, p.id); !s)
            return s;
    for (const ConferenceCase &cc : std::as_const(c.cases)) {
        if (Status s = stamp(caseEntity, cc.id); !s)
            return s;
        for (const ConferenceDecision &d : cc.decisions) {
            if (Status s = stamp(decisionEntity, d.id); !s)
                return s;
            for (const ConferenceFollowUp &f : d.followUps)
                if (Status s = stamp(followUpEntity, f.id); !s)
                    return s;
        }
    }
    const Result<QUuid> id = m_store.create(
        approvalEntity, conferenceId,
        { { QStringLiteral("conference_id"), QCborValue(conferenceId) },
          { QStringLiteral("revision"), c.revision },
          { QStringLiteral("approved_by"), textOrNull(approval.approvedBy) },
          { QStringLiteral("approved_at"), approval.approvedAt.toString(Qt::ISODate) },
          { QStringLiteral("pdf_size"), qint64(pdf.size()) },
          { QStringLiteral("pdf_sha256"), pdfSha },
          { QStringLiteral("source_sha256"), sourceSha } });
    if (!id)
        return id.status();
    QCborMap fields = detailFields(c.details);
    fields.insert(QStringLiteral("status"), QStringLiteral("approved"));
    fields.insert(QStringLiteral("revision"), c.revision);
    fields.insert(QStringLiteral("correction_note"), textOrNull(c.correctionNote));
    if (Status s = m_store.update(conferenceEntity, conferenceId, fields); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return id.value();
}

Status Conferences::startCorrection(const QUuid &conferenceId, const QString &reason)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(conferenceEntity, conferenceId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The conference does not exist."));
    if (row.value(QStringLiteral("status")).toString() != QLatin1String("approved"))
        return Status::error(tr("The minutes are still a draft; change them directly."));
    if (m_store.site().kind != QLatin1String("hub")
        && !SyncScope::contains(m_store, m_store.site().id, conferenceId))
        return Status::error(tr("This conference is no longer kept at this office; it can be "
                                "read here but not changed."));
    if (reason.trimmed().isEmpty())
        return Status::error(tr("Say what the correction is for."));
    QCborMap fields;
    for (const FieldDef &f :
         EntitySchema::find(conferenceEntity)->group(QStringLiteral("conference"))->fields)
        fields.insert(f.name, row.value(f.name));
    fields.insert(QStringLiteral("status"), QStringLiteral("draft"));
    fields.insert(QStringLiteral("revision"),
                  row.value(QStringLiteral("revision")).toInteger() + 1);
    fields.insert(QStringLiteral("correction_note"), reason.trimmed());
    return m_store.update(conferenceEntity, conferenceId, fields);
}

} // namespace casedesk
