#include "socialcontracts.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "fieldvalue.h"
#include "recordstore.h"
#include "vocabulary.h"

namespace casedesk {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

QString consequenceKey(Consequence consequence)
{
    switch (consequence) {
    case Consequence::None:
        return QStringLiteral("none");
    case Consequence::Warning:
        return QStringLiteral("warning");
    case Consequence::Reduction:
        return QStringLiteral("reduction");
    case Consequence::Suspension:
        return QStringLiteral("suspension");
    }
    return QString();
}

bool consequenceFromKey(const QString &key, Consequence *consequence)
{
    for (Consequence c : { Consequence::None, Consequence::Warning, Consequence::Reduction,
                           Consequence::Suspension })
        if (consequenceKey(c) == key) {
            *consequence = c;
            return true;
        }
    return false;
}

QString consequenceText(Consequence consequence)
{
    switch (consequence) {
    case Consequence::None:
        return SocialContracts::tr("none");
    case Consequence::Warning:
        return SocialContracts::tr("warning");
    case Consequence::Reduction:
        return SocialContracts::tr("reduction of the assistance");
    case Consequence::Suspension:
        return SocialContracts::tr("suspension of the assistance");
    }
    return QString();
}

Consequence SocialContracts::suggested(const QList<ComplianceMonth> &earlier, const QDate &month)
{
    // Months not kept in a row, counting back from the month before this one.
    int missed = 1;
    QDate previous = firstOfMonth(month).addMonths(-1);
    for (int i = int(earlier.size()) - 1; i >= 0; --i) {
        const ComplianceMonth &m = earlier.at(i);
        if (m.month >= firstOfMonth(month))
            continue;
        if (m.month != previous || m.kept)
            break;
        ++missed;
        previous = previous.addMonths(-1);
    }
    return missed == 1 ? Consequence::Warning
        : missed == 2  ? Consequence::Reduction
                       : Consequence::Suspension;
}

qint64 SocialContracts::payable(qint64 monthlyAmount, Consequence consequence)
{
    switch (consequence) {
    case Consequence::Suspension:
        return 0;
    case Consequence::Reduction:
        return monthlyAmount / 2;
    default:
        return monthlyAmount;
    }
}

QUuid SocialContracts::monthRowId(const QUuid &planId, const QDate &month)
{
    return QUuid::createUuidV5(planId, firstOfMonth(month).toString(QStringLiteral("yyyy-MM")));
}

Status SocialContracts::checkContract(const QUuid &planId, QUuid *caseId, QDate *start,
                                      QDate *end) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("plan"), planId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The plan does not exist."));
    if (row.value(QStringLiteral("kind")).toString() != QLatin1String("social_contract"))
        return Status::error(tr("Only a social contract has obligations and assistance."));
    *caseId = row.value(QStringLiteral("case_id")).toUuid();
    *start = QDate::fromString(row.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    *end = QDate::fromString(row.value(QStringLiteral("end_date")).toString(), Qt::ISODate);
    if (Status s = CaseAccess::checkWrite(m_store, *caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(*caseId); !s)
        return s;
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        return Status::error(tr("The contract is closed and can no longer be changed."));
    return Status::ok();
}

Result<QUuid> SocialContracts::addObligation(const QUuid &planId, const QString &side,
                                             const QString &text)
{
    QUuid caseId;
    QDate start, end;
    if (Status s = checkContract(planId, &caseId, &start, &end); !s)
        return s;
    if (side != QLatin1String("client") && side != QLatin1String("agency"))
        return Status::error(tr("An obligation is the client's or the agency's."));
    if (text.trimmed().isEmpty())
        return Status::error(tr("Write what the obligation is."));
    return m_store.create(QStringLiteral("contract_obligation"), caseId,
                          { { QStringLiteral("plan_id"), QCborValue(planId) },
                            { QStringLiteral("side"), side },
                            { QStringLiteral("text"), text.trimmed() } });
}

Result<QUuid> SocialContracts::addAssistance(const QUuid &planId, const Assistance &assistance)
{
    QUuid caseId;
    QDate start, end;
    if (Status s = checkContract(planId, &caseId, &start, &end); !s)
        return s;
    if (assistance.kind.trimmed().isEmpty())
        return Status::error(tr("Name the assistance."));
    if (assistance.monthlyAmount < 0)
        return Status::error(tr("An amount cannot be negative."));
    return m_store.create(QStringLiteral("contract_assistance"), caseId,
                          { { QStringLiteral("plan_id"), QCborValue(planId) },
                            { QStringLiteral("kind"), assistance.kind.trimmed() },
                            { QStringLiteral("monthly_amount"), assistance.monthlyAmount },
                            { QStringLiteral("conditions"), textOrNull(assistance.conditions) } });
}

Result<QUuid> SocialContracts::recordMonth(const QUuid &planId, const ComplianceMonth &month)
{
    QUuid caseId;
    QDate start, end;
    if (Status s = checkContract(planId, &caseId, &start, &end); !s)
        return s;
    const QDate first = firstOfMonth(month.month);
    if (!month.month.isValid() || first > firstOfMonth(QDate::currentDate()))
        return Status::error(tr("Compliance is recorded for a month that has begun."));
    if ((start.isValid() && first < firstOfMonth(start))
        || (end.isValid() && first > firstOfMonth(end)))
        return Status::error(tr("%1 is outside the contract (%2 to %3).")
                                 .arg(first.toString(QStringLiteral("MM.yyyy")), displayDate(start),
                                      end.isValid() ? displayDate(end) : tr("open end")));
    if (month.kept && month.consequence != Consequence::None)
        return Status::error(tr("A month the client kept the contract has no consequence."));
    if (!month.kept && month.consequence != Consequence::None && month.reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason for the consequence."));
    const QCborMap values {
        { QStringLiteral("kept"), month.kept },
        { QStringLiteral("note"), textOrNull(month.note) },
        { QStringLiteral("consequence"), consequenceKey(month.consequence) },
        { QStringLiteral("reason"), textOrNull(month.reason) },
    };
    const QUuid rowId = monthRowId(planId, first);
    bool deleted = false;
    if (!m_store.row(QStringLiteral("contract_compliance"), rowId, &deleted).isEmpty()
        && !deleted) {
        if (Status s = m_store.update(QStringLiteral("contract_compliance"), rowId, values); !s)
            return s;
        return rowId;
    }
    QCborMap fields = values;
    fields.insert(QStringLiteral("plan_id"), QCborValue(planId));
    fields.insert(QStringLiteral("month"), first.toString(Qt::ISODate));
    return m_store.create(QStringLiteral("contract_compliance"), caseId, fields, rowId);
}

QList<Obligation> SocialContracts::obligations(const QUuid &planId) const
{
    QList<Obligation> list;
    Statement st = m_store.db().statement(
        "SELECT id, side, text FROM contract_obligations WHERE plan_id=? AND deleted=0 "
        "ORDER BY side, rid");
    st.bind(1, planId);
    while (st.step() == Statement::Step::Row)
        list.append({ st.uuid(0), st.text(1), st.text(2) });
    st.reset();
    return list;
}

QList<Assistance> SocialContracts::assistance(const QUuid &planId) const
{
    QList<Assistance> list;
    Statement st = m_store.db().statement(
        "SELECT id, kind, monthly_amount, conditions FROM contract_assistance WHERE plan_id=? "
        "AND deleted=0 ORDER BY rid");
    st.bind(1, planId);
    while (st.step() == Statement::Step::Row)
        list.append({ st.uuid(0), st.text(1), st.int64(2), st.text(3) });
    st.reset();
    return list;
}

QList<ComplianceMonth> SocialContracts::compliance(const QUuid &planId) const
{
    QList<ComplianceMonth> list;
    Statement st = m_store.db().statement(
        "SELECT id, month, kept, note, consequence, reason FROM contract_compliance "
        "WHERE plan_id=? AND deleted=0 ORDER BY month");
    st.bind(1, planId);
    while (st.step() == Statement::Step::Row) {
        ComplianceMonth m;
        m.id = st.uuid(0);
        m.month = QDate::fromString(st.text(1), Qt::ISODate);
        m.kept = st.int64(2) != 0;
        m.note = st.text(3);
        consequenceFromKey(st.text(4), &m.consequence);
        m.reason = st.text(5);
        list << m;
    }
    st.reset();
    return list;
}

} // namespace casedesk
