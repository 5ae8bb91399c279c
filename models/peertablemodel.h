#pragma once

#include "casefiletablemodel.h"
#include "syncstate.h"

namespace casedesk {

class RecordStore;

// The peers of this site with when a package last went each way and how many changes wait to
// go, for the Sync page. Reads only; adding and revoking happen through Peers.
class PeerTableModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Fingerprint, LastIn, LastOut, Waiting, State, ColumnCount };
    enum class Role { PeerId = Qt::UserRole, Revoked, PendingCount };

    explicit PeerTableModel(RecordStore &store, QObject *parent = nullptr);

    // Reads the peers and counts what waits for each; a hub with many offices takes a moment.
    void reload();
    const PeerInfo &peer(int row) const { return m_rows.at(row).info; }
    int rowOf(const QUuid &peer) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Office" or "Central desk" for the kind stored with a site.
    static QString kindLabel(const QString &kind);
    // A moment of the package history or peer table; "never" for 0.
    static QString when(qint64 ms);

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;

private:
    struct Row
    {
        PeerInfo info;
        qint64 pending = -1; // -1: not counted (revoked, or the count failed)
        QString pendingError;
    };
    QVariant display(const Row &row, int column) const;

    RecordStore &m_store;
    QList<Row> m_rows;
};

} // namespace casedesk
