#include "packagehistorymodel.h"

#include "peertablemodel.h"

#include <QLocale>

namespace casedesk {

PackageHistoryModel::PackageHistoryModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
}

void PackageHistoryModel::reload()
{
    const QList<PackageLogEntry> entries = Peers::history(m_store);
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString PackageHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case When:
        return tr("When");
    case Direction:
        return tr("Direction");
    case Peer:
        return tr("Site");
    case File:
        return tr("File");
    case Changes:
        return tr("Changes");
    case Cases:
        return tr("Cases");
    case Conflicts:
        return tr("Conflicts");
    case Duplicates:
        return tr("Possible duplicates");
    }
    return QString();
}

QVariant PackageHistoryModel::display(const PackageLogEntry &e, int column) const
{
    const QLocale locale;
    switch (column) {
    case When:
        return PeerTableModel::when(e.at);
    case Direction:
        return e.incoming ? tr("Received") : tr("Sent");
    case Peer:
        return e.peerName;
    case File:
        return e.fileName;
    case Changes:
        return locale.toString(e.versions);
    case Cases:
        return locale.toString(e.cases);
    case Conflicts:
        // Conflicts and duplicates are found by the side that imports.
        return e.incoming ? locale.toString(e.conflicts) : QString();
    case Duplicates:
        return e.incoming ? locale.toString(e.duplicates) : QString();
    }
    return QVariant();
}

QVariant PackageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const PackageLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case int(Role::PackageId):
        return e.package;
    case int(Role::Incoming):
        return e.incoming;
    case Qt::TextAlignmentRole:
        if (index.column() >= Changes)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == File)
            return tr("%1, %2").arg(e.fileName, QLocale().formattedDataSize(e.bytes));
        return QVariant();
    default:
        return QVariant();
    }
}

} // namespace casedesk
