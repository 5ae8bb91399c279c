#include "conflictresolution.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "permissions.h"

namespace casedesk {

Status ConflictResolution::check(RecordStore &store, const ConflictInfo &conflict)
{
    if (Status s = Access::require(store, Operation::ResolveConflicts); !s)
        return s;
    // An account's values decide who may sign in: only an administrator settles them.
    if (conflict.entity == QLatin1String("user"))
        if (Status s = Access::require(store, Operation::ManageUsers); !s)
            return s;
    if (conflict.scopeRoot.isNull())
        return Status::ok();
    const auto level = CaseAccess::readLevel(store, conflict.scopeRoot);
    if (!level)
        return level.status();
    if (level.value() == CaseAccess::Level::Restricted)
        return Status::error(CaseAccess::restrictedMessage());
    // A case transferred away is resolved at the office that has it now.
    return CaseFiles(store).checkHeldHere(conflict.scopeRoot);
}

Status ConflictResolution::resolve(RecordStore &store, const ConflictInfo &conflict,
                                   const QCborMap &values)
{
    if (Status s = check(store, conflict); !s)
        return s;
    return store.resolve(conflict.entity, conflict.rowId, conflict.group, values);
}

Status ConflictResolution::resolveDeletion(RecordStore &store, const ConflictInfo &conflict,
                                           bool keepDeleted)
{
    if (Status s = check(store, conflict); !s)
        return s;
    return store.resolveDeletion(conflict.entity, conflict.rowId, keepDeleted);
}

} // namespace casedesk
