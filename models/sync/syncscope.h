#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QUuid>

namespace casedesk {

class RecordStore;

// Where a case belongs and who else has it.
struct CaseScopeInfo
{
    QUuid owner; // the office_id of the case
    QList<QUuid> sharedWith; // live shares
    bool editableHere = false; // owned by or shared with this site, or this site is the hub
};

// Scope roots (ARCHITECTURE §4): which cases each site holds, and moving cases between sites.
class SyncScope
{
    Q_DECLARE_TR_FUNCTIONS(SyncScope)

public:
    // The scope roots of a site (scoperoots.h): cases owned by or shared with it, deleted ones
    // included (their tombstones travel), the conferences discussing them, the partner lists.
    static QSet<QUuid> rootsOf(const RecordStore &store, const QUuid &site);
    static bool contains(const RecordStore &store, const QUuid &site, const QUuid &root);
    static CaseScopeInfo caseScope(const RecordStore &store, const QUuid &caseId);

    // The owning office (or the hub) hands a case over; it becomes read-only here.
    static Status transfer(RecordStore &store, const QUuid &caseId, const QUuid &toSite);
    // Another site receives the case and may work on it beside the owner. The client's consent
    // must name the site, or a supervisor gives the reason to go beyond it (recorded with the
    // case). A sensitive case stays with its office and the central desk.
    static Status share(RecordStore &store, const QUuid &caseId, const QUuid &withSite,
                        const QString &overrideReason = QString());
    static Status unshare(RecordStore &store, const QUuid &caseId, const QUuid &withSite);

    // The synced sites other than this one, for the transfer and share choices.
    static QList<QPair<QUuid, QString>> otherSites(const RecordStore &store);
    // A site named by id, name or code among the synced site rows.
    static Result<QUuid> findSite(const RecordStore &store, const QString &nameOrId);
};

} // namespace casedesk
