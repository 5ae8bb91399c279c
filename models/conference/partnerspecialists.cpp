#include "conferences.h"

#include "fieldvalue.h"
#include "permissions.h"
#include "recordstore.h"
#include "searchtext.h"

namespace casedesk {

Result<QUuid> PartnerSpecialists::add(const QString &name, const QString &agency,
                                      const QString &role)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    if (name.trimmed().isEmpty())
        return Status::error(tr("Write the specialist's name."));
    if (agency.trimmed().isEmpty())
        return Status::error(tr("Write the agency the specialist works for."));
    Statement same = m_store.db().statement(
        "SELECT 1 FROM partner_specialists WHERE deleted=0 AND name=? AND agency=?");
    same.bind(1, name.trimmed()).bind(2, agency.trimmed());
    if (same.step() == Statement::Step::Row)
        return Status::error(
            tr("%1 of %2 is already on the list.").arg(name.trimmed(), agency.trimmed()));
    same.reset();
    return m_store.create(QStringLiteral("partner_specialist"), m_store.site().id,
                          { { QStringLiteral("name"), name.trimmed() },
                            { QStringLiteral("agency"), agency.trimmed() },
                            { QStringLiteral("role"), textOrNull(role) } });
}

Status PartnerSpecialists::remove(const QUuid &id)
{
    if (Status s = Access::require(m_store, Operation::EditCases); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("partner_specialist"), id, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The specialist is not on the list."));
    Statement root
        = m_store.db().statement("SELECT scope_root FROM partner_specialists WHERE id=?");
    root.bind(1, id);
    root.step();
    if (root.uuid(0) != m_store.site().id)
        return Status::error(tr("The specialist is on the central desk's list; only the central "
                                "desk can take them off it."));
    root.reset();
    return m_store.remove(QStringLiteral("partner_specialist"), id);
}

QList<PartnerSpecialists::Specialist> PartnerSpecialists::list(const QString &search) const
{
    QList<Specialist> out;
    const QString needle = normalizeForSearch(search.trimmed());
    Statement st = m_store.db().statement(
        "SELECT p.id, p.name, p.agency, p.role, s.kind='hub' FROM partner_specialists p "
        "LEFT JOIN sites s ON s.id=p.scope_root WHERE p.deleted=0 "
        "ORDER BY p.name COLLATE NOCASE, p.rid");
    while (st.step() == Statement::Step::Row) {
        const Specialist s { st.uuid(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0 };
        if (needle.isEmpty()
            || normalizeForSearch(QStringList { s.name, s.agency, s.role }.join(QLatin1Char('\n')))
                   .contains(needle))
            out.append(s);
    }
    return out;
}

} // namespace casedesk
