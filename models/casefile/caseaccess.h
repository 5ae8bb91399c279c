#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// One opening of a sensitive case, kept with the case and synced to the central desk.
struct AccessRecord
{
    QUuid id;
    QUuid caseId;
    QUuid userId; // null for the local user of a file without accounts
    QString userLogin;
    QString userName;
    QUuid siteId;
    QDateTime openedAt; // UTC
};

// The checks every operation on one case file makes for the person working with the store
// (models/accounts), and the record of who opened a sensitive case.
class CaseAccess
{
    Q_DECLARE_TR_FUNCTIONS(CaseAccess)

public:
    // What a person may see of a case: nothing, that it exists (number, office, status), or all.
    enum class Level { None, Restricted, Details };

    // ViewCases and the case visible to the user: the level, or why the case is not shown.
    static Result<Level> readLevel(const RecordStore &store, const QUuid &caseId);
    // EditCases, and the case visible to the user in detail. An unknown case passes: the write
    // itself reports it.
    static Status checkWrite(const RecordStore &store, const QUuid &caseId);
    // Whether the case is marked sensitive.
    static bool isSensitive(const RecordStore &store, const QUuid &caseId);
    // Writes the access record of an opening whose details are shown, for a sensitive case;
    // nothing for any other case.
    static Status recordOpening(RecordStore &store, const QUuid &caseId);
    // The openings of a case, newest first; ViewAccessLog.
    static Result<QList<AccessRecord>> records(const RecordStore &store, const QUuid &caseId);

    static QString otherOfficeMessage();
    static QString restrictedMessage();
};

} // namespace casedesk
