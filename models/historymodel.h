#pragma once

#include "casefiles.h"
#include "casefiletablemodel.h"

namespace casedesk {

// Who changed what in a case, when and at which office, read from the stored versions.
class HistoryModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Where, What, NewValue, ColumnCount };
    enum class Role { RowId = Qt::UserRole, Timestamp };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_entries.size()); }
    QString columnTitle(int column) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace casedesk
