#pragma once

#include <QAbstractTableModel>

namespace casedesk {

// Base of the small read-only tables in a case file window: fixed columns, rows replaced
// whole from a freshly loaded case file (they hold tens of rows, not thousands).
class CaseFileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    CaseFileTableModel(int columns, QObject *parent);
    virtual int itemCount() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // True when index points at an existing cell of this flat table.
    bool isCell(const QModelIndex &index) const;

private:
    int m_columns;
};

} // namespace casedesk
