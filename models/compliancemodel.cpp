#include "compliancemodel.h"

#include "meanstest.h"
#include "plans.h"
#include "recordstore.h"

#include <QColor>

namespace casedesk {

ComplianceModel::ComplianceModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &ComplianceModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &ComplianceModel::reload);
}

void ComplianceModel::setPlanId(const QUuid &planId)
{
    m_planId = planId;
    reload();
}

void ComplianceModel::reload()
{
    beginResetModel();
    m_months.clear();
    m_amounts.clear();
    m_monthly = 0;
    m_caseId = QUuid();
    if (!m_planId.isNull()) {
        // Plans::load checks that this user may read the case before anything is shown.
        const Result<Plan> plan = Plans(m_store).load(m_planId);
        if (plan && plan->kind == QLatin1String("social_contract")) {
            m_caseId = plan->caseId;
            const SocialContracts contracts(m_store);
            m_months = contracts.compliance(m_planId);
            for (const Assistance &a : contracts.assistance(m_planId)) {
                m_amounts << a.monthlyAmount;
                m_monthly += a.monthlyAmount;
            }
        }
    }
    endResetModel();
}

void ComplianceModel::onStoreChanged(const ChangeSet &changes)
{
    if (m_planId.isNull())
        return;
    if (changes.everything) {
        reload();
        return;
    }
    if (!changes.scopeRoots.contains(m_caseId) && !changes.rows.contains(m_planId))
        return;
    for (const char *entity : { "plan", "contract_assistance", "contract_compliance" })
        if (changes.entities.contains(QLatin1String(entity))) {
            reload();
            return;
        }
}

qint64 ComplianceModel::payable(Consequence consequence) const
{
    qint64 sum = 0;
    for (qint64 amount : m_amounts)
        sum += SocialContracts::payable(amount, consequence);
    return sum;
}

QString ComplianceModel::monthText(const QDate &month)
{
    return month.isValid() ? month.toString(QStringLiteral("MM.yyyy")) : QString();
}

QString ComplianceModel::columnTitle(int column) const
{
    switch (column) {
    case Month:
        return tr("Month");
    case Kept:
        return tr("Kept");
    case ConsequenceText:
        return tr("Consequence");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Note");
    case Payable:
        return tr("Payable");
    }
    return QString();
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const ComplianceMonth &m = m_months.at(index.row());
    switch (role) {
    case int(Role::MonthDate):
        return m.month;
    case int(Role::IsKept):
        return m.kept;
    case int(Role::ConsequenceKey):
        return consequenceKey(m.consequence);
    case int(Role::PayableAmount):
        return payable(m.consequence);
    case Qt::ForegroundRole:
        if (!m.kept && (index.column() == Kept || index.column() == ConsequenceText))
            return QColor(0xb0, 0x00, 0x20);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Payable)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Note || index.column() == Reason)
            return index.column() == Note ? m.note : m.reason;
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Month:
        return monthText(m.month);
    case Kept:
        return m.kept ? tr("yes") : tr("no");
    case ConsequenceText:
        return consequenceText(m.consequence);
    case Reason:
        return m.reason.section(QLatin1Char('\n'), 0, 0);
    case Note:
        return m.note.section(QLatin1Char('\n'), 0, 0);
    case Payable:
        return moneyText(payable(m.consequence));
    }
    return QVariant();
}

} // namespace casedesk
