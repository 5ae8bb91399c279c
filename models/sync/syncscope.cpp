#include "syncscope.h"

#include "caseaccess.h"
#include "consent.h"
#include "permissions.h"
#include "recordstore.h"
#include "scoperoots.h"
#include "syncstate.h"

namespace casedesk {

QSet<QUuid> SyncScope::rootsOf(const RecordStore &store, const QUuid &site)
{
    QSet<QUuid> roots;
    Statement st = store.db().statement(scopeRootsSql());
    st.bind(1, site);
    while (st.step() == Statement::Step::Row)
        roots.insert(st.uuid(0));
    return roots;
}

bool SyncScope::contains(const RecordStore &store, const QUuid &site, const QUuid &root)
{
    Statement st = store.db().statement(scopeContainsSql());
    st.bind(1, site).bind(2, root);
    return st.step() == Statement::Step::Row;
}

CaseScopeInfo SyncScope::caseScope(const RecordStore &store, const QUuid &caseId)
{
    CaseScopeInfo info;
    info.owner
        = store.row(QStringLiteral("case"), caseId).value(QStringLiteral("office_id")).toUuid();
    Statement st = store.db().statement(
        "SELECT site_id FROM case_shares WHERE case_id=? AND deleted=0 ORDER BY site_id");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        info.sharedWith.append(st.uuid(0));
    const QUuid self = store.site().id;
    info.editableHere = store.site().kind == QLatin1String("hub") || info.owner == self
        || info.sharedWith.contains(self);
    return info;
}

namespace {

// The role, and the case visible to the user (a restricted case is moved by those who see it).
Status checkMove(const RecordStore &store, const QUuid &caseId, Operation operation)
{
    if (Status s = Access::require(store, operation); !s)
        return s;
    const auto level = CaseAccess::readLevel(store, caseId);
    if (!level)
        return level.status();
    if (level.value() == CaseAccess::Level::Restricted)
        return Status::error(CaseAccess::restrictedMessage());
    return Status::ok();
}

} // namespace

Status SyncScope::transfer(RecordStore &store, const QUuid &caseId, const QUuid &toSite)
{
    if (Status s = checkMove(store, caseId, Operation::TransferCase); !s)
        return s;
    bool deleted = false;
    const QCborMap row = store.row(QStringLiteral("case"), caseId, &deleted);
    if (row.isEmpty())
        return Status::error(tr("There is no such case here."));
    if (deleted)
        return Status::error(tr("The case was deleted."));
    const QUuid owner = row.value(QStringLiteral("office_id")).toUuid();
    if (store.site().kind != QLatin1String("hub") && owner != store.site().id)
        return Status::error(tr("Only the office that owns a case, or the central desk, can "
                                "transfer it."));
    if (store.row(QStringLiteral("site"), toSite).isEmpty())
        return Status::error(tr("That site is not known here."));
    if (owner == toSite)
        return Status::error(tr("The case is already at that site."));
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    // A share with the new owner is no longer needed.
    Statement st = store.db().statement(
        "SELECT id FROM case_shares WHERE case_id=? AND site_id=? AND deleted=0");
    st.bind(1, caseId).bind(2, toSite);
    QList<QUuid> shares;
    while (st.step() == Statement::Step::Row)
        shares.append(st.uuid(0));
    for (const QUuid &share : std::as_const(shares))
        if (Status s = store.remove(QStringLiteral("case_share"), share); !s)
            return s;
    if (Status s = store.update(QStringLiteral("case"), caseId,
                                QCborMap { { QStringLiteral("office_id"), QCborValue(toSite) } });
        !s)
        return s;
    return batch.commit();
}

Status SyncScope::share(RecordStore &store, const QUuid &caseId, const QUuid &withSite,
                        const QString &overrideReason)
{
    if (Status s = checkMove(store, caseId, Operation::ShareCase); !s)
        return s;
    const CaseScopeInfo info = caseScope(store, caseId);
    if (info.owner.isNull())
        return Status::error(tr("There is no such case here."));
    if (store.site().kind != QLatin1String("hub") && info.owner != store.site().id)
        return Status::error(
            tr("Only the office that owns a case, or the central desk, can share it."));
    if (store.row(QStringLiteral("site"), withSite).isEmpty())
        return Status::error(tr("That site is not known here."));
    if (info.owner == withSite || info.sharedWith.contains(withSite))
        return Status::error(tr("That site already has the case."));
    if (CaseAccess::isSensitive(store, caseId))
        return Status::error(tr("A sensitive case stays with its office and the central desk; "
                                "it cannot be shared."));
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    if (Status s = Consent::allows(store, caseId, Consent::Action::Share, withSite,
                                   Peers::siteName(store, withSite), overrideReason);
        !s)
        return s;
    auto created = store.create(QStringLiteral("case_share"), caseId,
                                QCborMap { { QStringLiteral("case_id"), QCborValue(caseId) },
                                           { QStringLiteral("site_id"), QCborValue(withSite) } });
    if (!created)
        return created.status();
    return batch.commit();
}

Status SyncScope::unshare(RecordStore &store, const QUuid &caseId, const QUuid &withSite)
{
    if (Status s = checkMove(store, caseId, Operation::ShareCase); !s)
        return s;
    const CaseScopeInfo info = caseScope(store, caseId);
    if (store.site().kind != QLatin1String("hub") && info.owner != store.site().id)
        return Status::error(
            tr("Only the office that owns a case, or the central desk, can stop sharing it."));
    Statement st = store.db().statement(
        "SELECT id FROM case_shares WHERE case_id=? AND site_id=? AND deleted=0");
    st.bind(1, caseId).bind(2, withSite);
    QList<QUuid> shares;
    while (st.step() == Statement::Step::Row)
        shares.append(st.uuid(0));
    if (shares.isEmpty())
        return Status::error(tr("The case is not shared with that site."));
    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    for (const QUuid &share : std::as_const(shares))
        if (Status s = store.remove(QStringLiteral("case_share"), share); !s)
            return s;
    return batch.commit();
}

QList<QPair<QUuid, QString>> SyncScope::otherSites(const RecordStore &store)
{
    QList<QPair<QUuid, QString>> out;
    Statement st = store.db().statement(
        "SELECT id, name FROM sites WHERE deleted=0 AND id<>? ORDER BY name COLLATE NOCASE");
    st.bind(1, store.site().id);
    while (st.step() == Statement::Step::Row)
        out.append({ st.uuid(0), st.text(1) });
    return out;
}

Result<QUuid> SyncScope::findSite(const RecordStore &store, const QString &nameOrId)
{
    const QString wanted = nameOrId.trimmed();
    const QUuid id = QUuid::fromString(wanted);
    Statement st = store.db().statement("SELECT id, name, code FROM sites WHERE deleted=0");
    QList<QUuid> matches;
    while (st.step() == Statement::Step::Row) {
        if ((!id.isNull() && st.uuid(0) == id)
            || st.text(1).compare(wanted, Qt::CaseInsensitive) == 0
            || (!st.text(2).isEmpty() && st.text(2).compare(wanted, Qt::CaseInsensitive) == 0))
            matches.append(st.uuid(0));
    }
    if (matches.isEmpty())
        return Status::error(tr("No site called %1 is known here.").arg(wanted));
    if (matches.size() > 1)
        return Status::error(tr("Several sites are called %1; give the site id.").arg(wanted));
    return matches.first();
}

} // namespace casedesk
