#include "casefiletablemodel.h"

namespace casedesk {

CaseFileTableModel::CaseFileTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

int CaseFileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int CaseFileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CaseFileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_columns)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CaseFileTableModel::isCell(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

} // namespace casedesk
