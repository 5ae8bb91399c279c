#pragma once

#include "plans.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QUuid>

#include <optional>

namespace casedesk {

class RecordStore;

// Whether an invited participant came. Invited is the state before the meeting; the minutes
// are approved only when everyone is marked present, absent or excused.
enum class Attendance { Invited, Present, Absent, Excused };
QString attendanceKey(Attendance attendance);
bool attendanceFromKey(const QString &key, Attendance *attendance);
QString attendanceText(Attendance attendance);

// A single case, several cases, or a periodic review of the cases of a group.
enum class ConferenceKind { SingleCase, SeveralCases, PeriodicReview };
QString conferenceKindKey(ConferenceKind kind);
bool conferenceKindFromKey(const QString &key, ConferenceKind *kind);
QString conferenceKindText(ConferenceKind kind);

struct ConferenceDetails
{
    QDate date;
    QTime time;
    QString place;
    QString chair;
    QString secretary;
    ConferenceKind kind = ConferenceKind::SingleCase;
    QString title; // what the conference is about, in a few words
};

struct ConferenceParticipant
{
    QUuid id;
    QUuid partnerId; // the specialist of the reusable list it was taken from, or null
    QString name;
    QString agency;
    QString role;
    Attendance attendance = Attendance::Invited;
    int approvedRevision = 0;
};

struct ConferenceFollowUp
{
    QUuid id;
    QUuid decisionId;
    QString what;
    QString who;
    QString agency;
    QDate deadline;
    int approvedRevision = 0;
    // The plan action made of it, and where that action stands (when this site holds it).
    QUuid planActionId;
    std::optional<ActionStatus> planActionStatus;
};

struct ConferenceDecision
{
    QUuid id;
    QUuid conferenceCaseId;
    int number = 0;
    QString text;
    int approvedRevision = 0;
    QList<ConferenceFollowUp> followUps;
};

// What was shared about a case, its risks and needs.
struct CaseSections
{
    QString situation; // the socio-economic situation
    QString benefits; // benefits already received
    QString services; // services already offered
    QString risks;
    QString needs;
};

struct ConferenceCase
{
    QUuid id;
    QUuid caseId;
    int position = 0;
    QString caseNumber;
    QString clientName;
    QDate clientBirthDate;
    bool sensitive = false;
    // Whether the reader may see the case in detail; otherwise only its number is shown.
    bool detailsVisible = false;
    CaseSections sections;
    int approvedRevision = 0;
    QList<ConferenceDecision> decisions;
};

struct ConferenceApproval
{
    QUuid id;
    int revision = 0;
    QString approvedBy;
    QDateTime approvedAt; // UTC
    qint64 pdfSize = 0;
    QByteArray pdfSha256;
    QByteArray sourceSha256;
};

struct ConferenceDocument
{
    QUuid id;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QDateTime addedAt;
};

struct Conference
{
    QUuid id;
    QUuid officeId;
    QString officeName;
    ConferenceDetails details;
    bool approved = false;
    int revision = 1;
    QString correctionNote;
    QList<ConferenceParticipant> participants;
    QList<ConferenceCase> cases;
    QList<ConferenceDocument> documents;
    QList<ConferenceApproval> approvals; // oldest first
    bool editableHere = false; // a draft this site holds in its scope

    const ConferenceApproval *latestApproval() const
    {
        return approvals.isEmpty() ? nullptr : &approvals.last();
    }
};

// One line of the Conferences page.
struct ConferenceListItem
{
    QUuid id;
    QDate date;
    QTime time;
    QString place;
    QString chair;
    QString title;
    ConferenceKind kind = ConferenceKind::SingleCase;
    bool approved = false;
    int cases = 0;
    int participants = 0;
};

// Case conferences: the meeting, its participants, the cases discussed with their sections,
// numbered decisions and follow-up actions, the minutes' approval (the exact PDF kept), a
// correction as a new revision, and follow-ups turned into plan actions.
class Conferences
{
    Q_DECLARE_TR_FUNCTIONS(Conferences)

public:
    explicit Conferences(RecordStore &store) : m_store(store) { }

    enum class When { Upcoming, Past, All };

    Result<QUuid> create(const ConferenceDetails &details);
    Status updateDetails(const QUuid &conferenceId, const ConferenceDetails &details);

    Result<QUuid> addParticipant(const QUuid &conferenceId, const ConferenceParticipant &p);
    Status updateParticipant(const ConferenceParticipant &p);
    Status setAttendance(const QUuid &participantId, Attendance attendance);
    Status removeParticipant(const QUuid &participantId);

    // Adds a case to discuss; the section is kept with the case and travels with it.
    Result<QUuid> addCase(const QUuid &conferenceId, const QUuid &caseId);
    Status removeCase(const QUuid &conferenceCaseId);
    Status updateSections(const QUuid &conferenceCaseId, const CaseSections &sections);

    // Decisions are numbered 1, 2, 3… per case in the order they are made.
    Result<QUuid> addDecision(const QUuid &conferenceCaseId, const QString &text);
    Status updateDecision(const QUuid &decisionId, const QString &text);
    // Removes the decision with its follow-ups; the later ones move up a number.
    Status removeDecision(const QUuid &decisionId);

    Result<QUuid> addFollowUp(const QUuid &decisionId, const ConferenceFollowUp &followUp);
    Status updateFollowUp(const ConferenceFollowUp &followUp);
    Status removeFollowUp(const QUuid &followUpId);

    // Makes the follow-up an action of a plan of the case (the newest plan not closed when
    // planId is null), of the kind given (PlanVocabulary::actionKinds, or none), and links the
    // two; allowed after approval too.
    Result<QUuid> toPlanAction(const QUuid &followUpId, const QUuid &planId = QUuid(),
                               const QString &kind = QString());

    Result<QUuid> attachDocument(const QUuid &conferenceId, const QString &filePath);
    Result<QByteArray> documentContent(const QUuid &documentId) const;

    // Approves the minutes: renders them, keeps the exact PDF and what it was rendered from,
    // and makes the conference read-only. Every participant must be marked and one present.
    Result<QUuid> approve(const QUuid &conferenceId);
    // Opens a correction of approved minutes: a new revision, a draft until approved again.
    Status startCorrection(const QUuid &conferenceId, const QString &reason);

    Result<Conference> load(const QUuid &conferenceId) const;
    QList<ConferenceListItem> list(When when, const QString &search = QString(),
                                   const QDate &today = QDate::currentDate()) const;
    QList<ConferenceListItem> forCase(const QUuid &caseId) const;

    // The approved PDF of a revision (the latest when 0), byte for byte.
    Result<QByteArray> approvedPdf(const QUuid &conferenceId, int revision = 0) const;
    Result<QByteArray> approvedSource(const QUuid &conferenceId, int revision = 0) const;

    // Whether a conflicted row belongs to approved minutes: an edit made elsewhere without
    // seeing the approval.
    static bool isEditAfterApproval(const RecordStore &store, const QString &entity,
                                    const QUuid &rowId);

private:
    Status checkDraft(const QUuid &conferenceId) const;
    Status checkCaseSection(const QUuid &conferenceCaseId, QUuid *conferenceId,
                            QUuid *caseId) const;
    Status checkDecision(const QUuid &decisionId, QUuid *conferenceId, QUuid *caseId,
                         QUuid *conferenceCaseId) const;

    RecordStore &m_store;
};

// The reusable list of partner specialists a secretary invites from: each site keeps its own,
// and the central desk's list reaches every office.
class PartnerSpecialists
{
    Q_DECLARE_TR_FUNCTIONS(PartnerSpecialists)

public:
    struct Specialist
    {
        QUuid id;
        QString name;
        QString agency;
        QString role;
        bool fromCentralDesk = false;
    };

    explicit PartnerSpecialists(RecordStore &store) : m_store(store) { }

    Result<QUuid> add(const QString &name, const QString &agency, const QString &role);
    Status remove(const QUuid &id);
    // Sorted by name; search matches name, agency or role.
    QList<Specialist> list(const QString &search = QString()) const;

private:
    RecordStore &m_store;
};

} // namespace casedesk
