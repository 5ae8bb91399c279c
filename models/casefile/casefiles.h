#pragma once

#include "partialdate.h"
#include "recordstore.h"
#include "result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace casedesk {

struct PhoneData
{
    QUuid id;
    QString number;
    QString kind = QStringLiteral("mobile");
};

struct PersonData
{
    QUuid id;
    QString familyName;
    QString givenName;
    QString patronymic;
    PartialDate birthDate;
    QString sex;
    QString citizenship;
    QString idType;
    QString idNumber;
    QString region;
    QString locality;
    QString street;
    QString languages;
    QList<PhoneData> phones;

    QString fullName() const;
    QCborMap toFields() const;
    static PersonData fromFields(const QUuid &id, const QCborMap &fields);
};

struct NewCase
{
    PersonData client;
    QString assignedWorker;
    QDate openedDate = QDate::currentDate();
    QStringList categories;
    bool consentGiven = false;
    QDate consentDate;
    QString consentScope;
    QList<QUuid> consentSites; // the sites the client agreed the case may be shared with
    // The worker's account; when null and the worker named is the signed-in user, theirs.
    QUuid assignedUser;
    bool sensitive = false;
    QString sensitiveReason;
};

struct HouseholdMember
{
    QUuid memberId; // the household_member row
    QString relationship;
    PersonData person;
};

struct Interaction
{
    QUuid id;
    QDateTime occurredAt;
    QString kind;
    QString worker;
    QString note;
};

struct DocumentInfo
{
    QUuid id;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QByteArray sha256;
    QDateTime addedAt;
};

struct CaseFileData
{
    QUuid id;
    QString number;
    QString status;
    QDate openedDate;
    QDate closedDate;
    QString closureReason; // PlanVocabulary::closureReasons
    QString outcome; // PlanVocabulary::closureOutcomes
    QString closingNotes;
    QString closedBy; // the supervisor who closed it or signed the closure off
    QDate reopenedDate;
    QString reopenReason;
    QString managementModel; // light, standard or intensive (PlanVocabulary::managementModels)
    QString assignedWorker;
    QUuid officeId;
    QString officeName;
    bool consentGiven = false;
    QDate consentDate;
    QString consentScope;
    QList<QUuid> consentSites;
    QUuid assignedUser;
    bool sensitive = false;
    QString sensitiveReason;
    // A sensitive case the user may not see in detail: only the number, office and status are
    // filled in (and the id); everything else is empty.
    bool restricted = false;
    bool hasConflict = false;
    QUuid householdId;
    PersonData client;
    QStringList categories;
    QList<HouseholdMember> household;
    QList<Interaction> interactions;
    QList<DocumentInfo> documents;
};

struct HistoryEntry
{
    QDateTime when;
    QString author;
    QString site;
    QString entity;
    QUuid rowId;
    QString field;
    QString value;
};

struct DuplicateCandidate
{
    QUuid caseId;
    QString caseNumber;
    QString personName;
    QString birthDate;
    QString reason;
};

// Domain operations on case files. Every write goes through the record store; reads are
// queries over the materialised tables.
class CaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)

public:
    // Scanned documents above this size are refused with a message.
    static constexpr qint64 MaxDocumentBytes = 25 * 1024 * 1024;

    explicit CaseFiles(RecordStore &store) : m_store(store) { }

    static Status validatePerson(const PersonData &person);
    static Status validateIdNumber(const QString &type, const QString &number);
    static QString normalizeIdNumber(const QString &number);

    Result<QUuid> openCase(const NewCase &newCase);
    Result<QUuid> addHouseholdMember(const QUuid &caseId, const PersonData &person,
                                     const QString &relationship);
    Status removeHouseholdMember(const QUuid &memberId);
    Status updatePerson(const QUuid &caseId, const PersonData &person);
    Status updateCase(const QUuid &caseId, const QCborMap &fields);
    Status setCategories(const QUuid &caseId, const QStringList &categories);
    // Narrows who sees the case's details (a reason is required to mark it). A shared case
    // must stop being shared first: a sensitive case stays with its office and the hub.
    Status setSensitive(const QUuid &caseId, bool sensitive, const QString &reason);
    Result<QUuid> recordInteraction(const QUuid &caseId, const Interaction &interaction);
    Result<QUuid> attachDocument(const QUuid &caseId, const QString &filePath);
    // The bytes of a file to attach (to a case or a conference), refused when it is missing,
    // larger than MaxDocumentBytes or cannot be read whole.
    static Result<QByteArray> readDocumentFile(const QString &filePath);
    // Stores the content once by SHA-256 and records a document row naming it.
    Result<QUuid> attachContent(const QUuid &caseId, const QString &fileName,
                                const QString &mimeType, const QByteArray &data);
    Result<QByteArray> documentContent(const QUuid &documentId) const;

    // The case file as the signed-in user may see it: refused for a case of another office,
    // restricted (see CaseFileData) for a sensitive case they may not see in detail.
    Result<CaseFileData> load(const QUuid &caseId) const;
    // A person opens the case file: load, and for a sensitive case shown in detail the access
    // record (refused when it cannot be written).
    Result<CaseFileData> open(const QUuid &caseId);
    // Empty for a case the user may not see in detail.
    QList<HistoryEntry> history(const QUuid &caseId) const;
    // Only among the cases the user may see in detail: a restricted case is never named.
    QList<DuplicateCandidate> findDuplicates(const PersonData &person) const;
    QStringList workers() const;
    QString nextCaseNumber(const QDate &date) const;
    RecordStore &store() const { return m_store; }
    // Refuses with a message when the case was transferred away and is read-only at this site,
    // or when it is closed (or its closure waits for sign-off): only reopening changes it then.
    Status checkEditable(const QUuid &caseId) const;
    // Only the transfer check: conflicts, closing and reopening work on a closed case too.
    Status checkHeldHere(const QUuid &caseId) const;
    // The case-management model: light touch, standard or intensive.
    Status setManagementModel(const QUuid &caseId, const QString &model);

private:
    // The user may change the case (role, visibility, details) and it is editable here.
    Status checkWrite(const QUuid &caseId) const;
    Result<CaseFileData> loadRestricted(const QUuid &caseId) const;
    QList<DuplicateCandidate> findAllDuplicates(const PersonData &person) const;
    Status writePhones(const QUuid &caseId, const PersonData &person);
    PersonData loadPerson(const QUuid &personId) const;

    RecordStore &m_store;
};

} // namespace casedesk
