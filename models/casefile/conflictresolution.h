#pragma once

#include "recordstore.h"
#include "result.h"

#include <QCoreApplication>

namespace casedesk {

// A person's choice in a conflict (ARCHITECTURE §3, invariant 4), after the checks every
// resolution needs: the role, the case visible in detail, and the case editable here.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolution)

public:
    // The chosen values become a new version whose parents are all the heads.
    static Status resolve(RecordStore &store, const ConflictInfo &conflict, const QCborMap &values);
    // A delete/edit conflict: keep the row deleted, or restore it with the edit.
    static Status resolveDeletion(RecordStore &store, const ConflictInfo &conflict,
                                  bool keepDeleted);

private:
    static Status check(RecordStore &store, const ConflictInfo &conflict);
};

} // namespace casedesk
