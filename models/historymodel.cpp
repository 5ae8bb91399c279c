#include "historymodel.h"

#include "vocabulary.h"

namespace casedesk {

HistoryModel::HistoryModel(QObject *parent) : CaseFileTableModel(ColumnCount, parent) { }

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString HistoryModel::columnTitle(int column) const
{
    switch (column) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Where:
        return tr("Office");
    case What:
        return tr("What");
    case NewValue:
        return tr("New value");
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case int(Role::RowId):
        return e.rowId;
    case int(Role::Timestamp):
        return e.when;
    case Qt::ToolTipRole:
        return index.column() == NewValue && !e.value.isEmpty() ? QVariant(e.value) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case When:
        return displayDateTime(e.when);
    case Who:
        return e.author;
    case Where:
        return e.site;
    case What:
        //: entity and field in the history, e.g. "Person: Family name"
        return tr("%1: %2").arg(e.entity, e.field);
    case NewValue:
        return e.value.simplified();
    }
    return QVariant();
}

} // namespace casedesk
