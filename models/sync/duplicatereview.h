#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// Two persons with the same ID document, found when a package was imported.
struct DuplicatePair
{
    QUuid personA;
    QUuid personB;
    qint64 foundAt = 0;
    QUuid package;
    qint64 dismissedAt = 0;
};

// The review list of possible duplicate persons. Nothing is merged here; a person decides.
// The list is local to this site and never synced.
class DuplicateReview
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateReview)

public:
    // Newest first; dismissed pairs only when asked for.
    static QList<DuplicatePair> pairs(const RecordStore &store, bool includeDismissed = false);
    static int openCount(const RecordStore &store);
    // "Not the same person": the pair leaves the list (in either order of the two ids).
    static Status dismiss(RecordStore &store, const QUuid &personA, const QUuid &personB);
};

} // namespace casedesk
