#include "permissions.h"

#include "accounts.h"
#include "recordstore.h"

namespace casedesk {

namespace {

QList<Operation> operationsOf(Role role)
{
    using O = Operation;
    const QList<Operation> caseWork = { O::ViewCases,        O::EditCases, O::ResolveConflicts,
                                        O::ReviewDuplicates, O::ShareCase, O::MarkSensitive };
    switch (role) {
    case Role::CaseWorker:
        return caseWork;
    case Role::Supervisor:
        return caseWork + QList<Operation> { O::TransferCase, O::OverrideConsent, O::SignOff };
    case Role::OfficeAdmin:
        return { O::ManageUsers,      O::ManageKeys, O::ExchangePackages,   O::Backup,
                 O::GenerateTestData, O::Maintain,   O::ManageReferenceData };
    case Role::Auditor:
        return { O::ViewCases, O::ViewAccessLog, O::ReadAllRecords };
    }
    return {};
}

} // namespace

bool Access::allows(const QList<Role> &roles, Operation operation)
{
    for (Role r : roles)
        if (operationsOf(r).contains(operation))
            return true;
    return false;
}

std::shared_ptr<const Session> Access::current(const RecordStore &store)
{
    if (auto session = store.session())
        return session;
    if (Accounts::exist(store))
        return nullptr;
    return std::make_shared<const Session>(Session::local(store.author()));
}

QString Access::personName(const RecordStore &store)
{
    const auto session = current(store);
    return session && !session->isLocal() ? session->user().name : store.author();
}

QUuid Access::personId(const RecordStore &store)
{
    const auto session = current(store);
    return session && !session->isLocal() ? session->user().id : QUuid();
}

Status Access::require(const RecordStore &store, Operation operation)
{
    const auto session = current(store);
    if (!session)
        return Status::error(tr("Sign in first: this site file has user accounts."));
    if (session->isLocal() || allows(session->user().roles, operation))
        return Status::ok();
    return Status::error(refusal(operation));
}

QString Access::refusal(Operation operation)
{
    switch (operation) {
    case Operation::ViewCases:
        return tr("Your role does not include reading case files.");
    case Operation::EditCases:
        return tr("Only case workers and supervisors may change case files.");
    case Operation::ResolveConflicts:
        return tr("Only case workers and supervisors may resolve conflicts.");
    case Operation::ReviewDuplicates:
        return tr("Only case workers and supervisors may review possible duplicates.");
    case Operation::ShareCase:
        return tr("Only case workers and supervisors may share a case.");
    case Operation::TransferCase:
        return tr("Only a supervisor may transfer a case to another office.");
    case Operation::OverrideConsent:
        return tr("Only a supervisor may go beyond the client's consent.");
    case Operation::MarkSensitive:
        return tr("Only case workers and supervisors may mark a case sensitive.");
    case Operation::SignOff:
        return tr("Only a supervisor may sign off plans and closures.");
    case Operation::ManageUsers:
        return tr("Only an office administrator may manage user accounts.");
    case Operation::ManageKeys:
        return tr("Only an office administrator may work with the site's keys and peers.");
    case Operation::ExchangePackages:
        return tr("Only an office administrator may export or import sync packages.");
    case Operation::Backup:
        return tr("Only an office administrator may make or restore backups.");
    case Operation::ViewAccessLog:
        return tr("Only an auditor may read the record of who opened sensitive cases.");
    case Operation::GenerateTestData:
        return tr("Only an office administrator may generate test data.");
    case Operation::Maintain:
        return tr("Only an office administrator may rebuild or repair the site file.");
    case Operation::ReadAllRecords:
        return tr("Only an auditor may list every record of the site file.");
    case Operation::ManageReferenceData:
        return tr("Only an office administrator of the central desk may change the reference "
                  "data: assessment templates, their parameters and the partner agencies.");
    }
    return QString();
}

CaseVisibility::CaseVisibility(const RecordStore &store)
{
    const auto session = Access::current(store);
    if (!session)
        return;
    m_signedIn = true;
    if (session->isLocal()) {
        m_all = true;
        m_auditor = true;
        return;
    }
    const UserAccount &user = session->user();
    m_auditor = user.has(Role::Auditor);
    m_supervisor = user.has(Role::Supervisor);
    m_office = user.office;
    m_user = user.id;
    // A site's own staff see every case the file holds: an office file holds that office's
    // scope, the central desk's holds the region.
    m_all = m_auditor || user.office == store.site().id;
}

const char *CaseVisibility::listCondition()
{
    return "(?101 = 2 OR (?101 = 1 AND (c.office_id = ?102 OR EXISTS(SELECT 1 FROM case_shares s "
           "WHERE s.case_id = c.id AND s.site_id = ?102 AND s.deleted = 0))))";
}

const char *CaseVisibility::detailCondition()
{
    return "(c.sensitive IS NOT 1 OR ?104 = 1 OR c.assigned_user = ?103 OR "
           "(?105 = 1 AND c.office_id = ?102))";
}

void CaseVisibility::bind(Statement &statement) const
{
    statement.bind(101, m_all ? 2 : (m_signedIn ? 1 : 0));
    statement.bind(102, m_office);
    statement.bind(103, m_user);
    statement.bind(104, m_auditor ? 1 : 0);
    statement.bind(105, m_supervisor ? 1 : 0);
}

bool CaseVisibility::canSeeDetails(const QUuid &office, const QUuid &assignedUser,
                                   bool sensitive) const
{
    if (!m_signedIn)
        return false;
    return !sensitive || m_auditor || (!m_user.isNull() && assignedUser == m_user)
        || (m_supervisor && office == m_office);
}

bool CaseVisibility::canSeeCase(const RecordStore &store, const QUuid &caseId,
                                const QUuid &office) const
{
    if (!m_signedIn)
        return false;
    if (m_all || office == m_office)
        return true;
    Statement st = store.db().statement(
        "SELECT 1 FROM case_shares WHERE case_id=? AND site_id=? AND deleted=0 LIMIT 1");
    st.bind(1, caseId).bind(2, m_office);
    return st.step() == Statement::Step::Row;
}

} // namespace casedesk
