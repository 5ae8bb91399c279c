#pragma once

#include "result.h"
#include "session.h"

#include <QCoreApplication>

#include <memory>

namespace casedesk {

class RecordStore;
class Statement;

// What a person may ask the program to do; each domain operation names one.
enum class Operation {
    ViewCases,
    EditCases, // open a case, edit it, interactions, household, documents, categories
    ResolveConflicts,
    ReviewDuplicates,
    ShareCase,
    TransferCase,
    OverrideConsent,
    MarkSensitive,
    SignOff, // plans and closures
    ManageUsers,
    ManageKeys, // identity file, peers, revoking
    ExchangePackages, // export and import
    Backup,
    ViewAccessLog,
    GenerateTestData, // demo data and random edits
    Maintain, // rebuild, raw field repair
    ReadAllRecords, // raw listing of every record
    ManageReferenceData, // templates, parameters and partner agencies, at the central desk only
};

// The roles allowed each operation, checked in the domain layer on every call.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static bool allows(const QList<Role> &roles, Operation operation);
    // The session working with the store: the signed-in user, the local user of a file without
    // accounts, or nullptr when the file has accounts and nobody is signed in.
    static std::shared_ptr<const Session> current(const RecordStore &store);
    // Ok, or a message saying who may do this.
    static Status require(const RecordStore &store, Operation operation);
    static QString refusal(Operation operation);
    // The name records carry for the person at work: the signed-in user's, or the local
    // user's of a file without accounts.
    static QString personName(const RecordStore &store);
    // The signed-in user's account id; null for the local user.
    static QUuid personId(const RecordStore &store);
};

// Which cases a session may see in lists and search, and which it may see in detail: SQL
// conditions over a `cases` row aliased `c`, with their parameters at ?101–?105.
class CaseVisibility
{
public:
    explicit CaseVisibility(const RecordStore &store);

    // The case belongs to the user's office or is shared with it (everything for the site's
    // own staff, auditors and a file without accounts); no one signed in sees nothing.
    static const char *listCondition();
    // Not sensitive, or the user is its worker, a supervisor of its office, or an auditor.
    static const char *detailCondition();
    void bind(Statement &statement) const;

    bool seesAll() const { return m_all; }
    // Auditors and the local user see the details of every case they can list.
    bool seesAllDetails() const { return m_signedIn && m_auditor; }
    bool canSeeDetails(const QUuid &office, const QUuid &assignedUser, bool sensitive) const;
    bool canSeeCase(const RecordStore &store, const QUuid &caseId, const QUuid &office) const;

private:
    bool m_signedIn = false;
    bool m_all = false;
    bool m_auditor = false;
    bool m_supervisor = false;
    QUuid m_office;
    QUuid m_user;
};

} // namespace casedesk
