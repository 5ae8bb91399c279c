#pragma once

#include "casefiletablemodel.h"
#include "socialcontracts.h"

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The monthly compliance of one social contract, oldest month first, with the assistance
// payable for each month after its consequence; reloaded when the contract's case changes.
class ComplianceModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Kept, ConsequenceText, Reason, Note, Payable, ColumnCount };
    enum class Role {
        MonthDate = Qt::UserRole, // the first day of the month
        IsKept,
        ConsequenceKey,
        PayableAmount, // minor units
    };

    explicit ComplianceModel(RecordStore &store, QObject *parent = nullptr);

    // The plan must be a social contract; any other plan shows no rows.
    void setPlanId(const QUuid &planId);
    const QUuid &planId() const { return m_planId; }
    const ComplianceMonth &month(int row) const { return m_months.at(row); }
    const QList<ComplianceMonth> &months() const { return m_months; }
    // The sum of the contract's monthly assistance, in minor units.
    qint64 monthlyAssistance() const { return m_monthly; }
    // What the assistance pays in a month with this consequence, each item rounded on its own.
    qint64 payable(Consequence consequence) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

    // "03.2026", as the contract's messages write a month.
    static QString monthText(const QDate &month);

protected:
    int itemCount() const override { return int(m_months.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);

    RecordStore &m_store;
    QUuid m_planId;
    QUuid m_caseId;
    QList<ComplianceMonth> m_months;
    QList<qint64> m_amounts; // the monthly amount of each assistance item
    qint64 m_monthly = 0;
};

} // namespace casedesk
