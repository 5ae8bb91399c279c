#include "caseaccess.h"

#include "permissions.h"
#include "recordstore.h"

namespace casedesk {

namespace {

struct CaseFacts
{
    bool exists = false;
    QUuid office;
    QUuid assignedUser;
    bool sensitive = false;
};

CaseFacts factsOf(const RecordStore &store, const QUuid &caseId)
{
    CaseFacts facts;
    Statement st = store.db().statement(
        "SELECT office_id, assigned_user, sensitive FROM cases WHERE id=? AND deleted=0");
    st.bind(1, caseId);
    if (st.step() == Statement::Step::Row) {
        facts.exists = true;
        facts.office = st.uuid(0);
        facts.assignedUser = st.uuid(1);
        facts.sensitive = st.int64(2) == 1;
    }
    st.reset();
    return facts;
}

} // namespace

QString CaseAccess::otherOfficeMessage()
{
    return tr("This case belongs to another office.");
}

QString CaseAccess::restrictedMessage()
{
    return tr("This case is restricted: only its worker and the office's supervisors may open "
              "it.");
}

Result<CaseAccess::Level> CaseAccess::readLevel(const RecordStore &store, const QUuid &caseId)
{
    if (Status s = Access::require(store, Operation::ViewCases); !s)
        return s;
    const CaseFacts facts = factsOf(store, caseId);
    if (!facts.exists)
        return Level::Details;
    const CaseVisibility visibility(store);
    if (!visibility.canSeeCase(store, caseId, facts.office))
        return Status::error(otherOfficeMessage());
    return visibility.canSeeDetails(facts.office, facts.assignedUser, facts.sensitive)
        ? Level::Details
        : Level::Restricted;
}

Status CaseAccess::checkWrite(const RecordStore &store, const QUuid &caseId)
{
    if (Status s = Access::require(store, Operation::EditCases); !s)
        return s;
    const auto level = readLevel(store, caseId);
    if (!level)
        return level.status();
    if (level.value() == Level::Restricted)
        return Status::error(restrictedMessage());
    return Status::ok();
}

bool CaseAccess::isSensitive(const RecordStore &store, const QUuid &caseId)
{
    return factsOf(store, caseId).sensitive;
}

Status CaseAccess::recordOpening(RecordStore &store, const QUuid &caseId)
{
    if (!isSensitive(store, caseId))
        return Status::ok();
    const auto session = Access::current(store);
    if (!session)
        return Status::error(Access::refusal(Operation::ViewCases));
    const bool local = session->isLocal();
    const QCborMap fields {
        { QStringLiteral("case_id"), QCborValue(caseId) },
        { QStringLiteral("user_id"),
          local ? QCborValue(QCborValue::Null) : QCborValue(session->user().id) },
        { QStringLiteral("user_login"),
          local ? QCborValue(QCborValue::Null) : QCborValue(session->user().login) },
        { QStringLiteral("user_name"), local ? store.author() : session->user().name },
        { QStringLiteral("site_id"), QCborValue(store.site().id) },
        { QStringLiteral("opened_at"),
          QDateTime::fromMSecsSinceEpoch(store.currentMs(), Qt::UTC).toString(Qt::ISODate) },
    };
    const auto created = store.create(QStringLiteral("case_access"), caseId, fields);
    return created ? Status::ok() : created.status();
}

Result<QList<AccessRecord>> CaseAccess::records(const RecordStore &store, const QUuid &caseId)
{
    if (Status s = Access::require(store, Operation::ViewAccessLog); !s)
        return s;
    QList<AccessRecord> list;
    Statement st = store.db().statement(
        "SELECT id, user_id, user_login, user_name, site_id, opened_at FROM case_access "
        "WHERE case_id=? AND deleted=0 ORDER BY opened_at DESC, rid DESC");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row) {
        AccessRecord r;
        r.id = st.uuid(0);
        r.caseId = caseId;
        r.userId = st.uuid(1);
        r.userLogin = st.text(2);
        r.userName = st.text(3);
        r.siteId = st.uuid(4);
        r.openedAt = QDateTime::fromString(st.text(5), Qt::ISODate);
        list.append(r);
    }
    return list;
}

} // namespace casedesk
