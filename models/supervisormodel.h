#pragma once

#include "supervisorview.h"

#include <QAbstractTableModel>

class QTimer;

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The supervisor's table: one row per worker and office with the caseload, overdue actions,
// cases without contact, sign-offs waiting and conflicts; late work stands out. Reloaded shortly
// after any write or import, when another person signs in, and when the day changes.
class SupervisorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Office,
        Worker,
        OpenCases,
        OverdueActions,
        WithoutContact,
        PlansToSignOff,
        ClosuresToSignOff,
        Conflicts,
        ColumnCount
    };
    enum class Role {
        WorkerName = Qt::UserRole,
        OfficeId,
        Count, // the number of a count column, as an int
    };

    explicit SupervisorModel(RecordStore &store, QObject *parent = nullptr);

    void setNoContactDays(int days);
    int noContactDays() const { return m_noContactDays; }
    const WorkerLoad &load(int row) const { return m_loads.at(row); }
    // The row of a worker in an office (any office when null), or -1.
    int rowOf(const QString &worker, const QUuid &office = QUuid()) const;
    static int count(const WorkerLoad &load, int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // A column's name on one line, as the header shows it on two for the counts.
    static QString headerText(int section);
    // The text broken at the space nearest its middle.
    static QString headerLines(const QString &text);

public slots:
    void refresh();

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant toolTip(int column) const;

    RecordStore &m_store;
    int m_noContactDays = 30;
    QDate m_today;
    QList<WorkerLoad> m_loads;
    QTimer *m_pending;
    QTimer *m_dayCheck;
};

} // namespace casedesk
