#pragma once

#include "casefiletablemodel.h"
#include "syncstate.h"

namespace casedesk {

class RecordStore;

// The packages this site imported and wrote, newest first, as the Sync page lists them.
class PackageHistoryModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { When, Direction, Peer, File, Changes, Cases, Conflicts, Duplicates, ColumnCount };
    enum class Role { PackageId = Qt::UserRole, Incoming };

    explicit PackageHistoryModel(RecordStore &store, QObject *parent = nullptr);

    void reload();
    const PackageLogEntry &entry(int row) const { return m_entries.at(row); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_entries.size()); }
    QString columnTitle(int column) const override;

private:
    QVariant display(const PackageLogEntry &e, int column) const;

    RecordStore &m_store;
    QList<PackageLogEntry> m_entries;
};

} // namespace casedesk
