#pragma once

#include "visits.h"

#include <QAbstractTableModel>

class QTimer;

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The signed-in person's agenda: the visits scheduled in their cases from today for a week,
// soonest first. Reloaded shortly after a write or an import, when another person signs in, and
// when the day changes.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Time, CaseNumber, Client, Kind, Purpose, ColumnCount };
    enum class Role {
        CaseId = Qt::UserRole,
        VisitId,
        VisitDate,
    };

    explicit AgendaModel(RecordStore &store, QObject *parent = nullptr);

    // How many days, today included (7: the week ahead).
    void setDays(int days);
    QDate firstDay() const { return m_from; }
    QDate lastDay() const { return m_from.addDays(m_days - 1); }
    const AgendaEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QUuid &visitId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant displayText(const AgendaEntry &entry, int column) const;

    RecordStore &m_store;
    int m_days = 7;
    QDate m_from;
    QList<AgendaEntry> m_entries;
    QTimer *m_pending;
    QTimer *m_dayCheck;
};

} // namespace casedesk
