#pragma once

#include "myday.h"

#include <QAbstractTableModel>

class QTimer;

namespace casedesk {

struct ChangeSet;

// "My day" as a table: what needs attention in a worker's cases, most urgent kinds first.
// Reloaded shortly after any write or import, when another person signs in, and when the day
// changes; each row says which case and which tab of its window it opens.
class MyDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, CaseNumber, Client, Detail, Date, ColumnCount };
    enum class Role {
        CaseId = Qt::UserRole,
        Tab, // int of CaseTab
        ItemId,
        Kind, // int of MyDayItem::Kind
    };

    // Follows the signed-in person: their cases, and the sign-offs waiting when they may sign off.
    explicit MyDayModel(RecordStore &store, QObject *parent = nullptr);

    // A supervisor looking at one worker: that worker's items and the plans and closures of
    // their cases waiting for sign-off. An empty name lists nothing.
    void setWorker(const QString &worker);
    // Back to the signed-in person's own items.
    void followSignedInPerson();
    bool followsSignedInPerson() const { return m_followSession; }
    // Whose items are listed.
    QString worker() const;

    void setNoContactDays(int days);
    int noContactDays() const { return m_noContactDays; }
    // The day the items were computed for.
    QDate today() const { return m_today; }

    const MyDayItem &item(int row) const { return m_items.at(row); }
    // The sign-offs of a whole office or region show their oldest items only; the Supervision
    // page lists each worker's.
    static constexpr int listLimit = 500;
    void setListLimit(int limit);
    int limit() const { return m_limit; }
    // How many items of the kind there are, also those past the limit.
    int total(MyDayItem::Kind kind) const;
    // The kinds whose list stopped at the limit.
    const QList<MyDayCut> &cuts() const { return m_cuts; }
    // The row of the item, or -1.
    int rowOf(MyDayItem::Kind kind, const QUuid &caseId, const QUuid &itemId = QUuid()) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the Date column holds for items of a kind: "due", "deadline", "last contact"...
    static QString dateMeaning(MyDayItem::Kind kind);
    // The kinds that are already late, shown in red.
    static bool isLate(MyDayItem::Kind kind);

public slots:
    // Reloads now, for today's date.
    void refresh();

private:
    void onStoreChanged(const ChangeSet &changes);
    void checkDate();
    QList<MyDayItem> loadItems();
    QVariant displayText(const MyDayItem &item, int column) const;

    RecordStore &m_store;
    bool m_followSession = true;
    QString m_worker;
    int m_noContactDays = 30;
    int m_limit = listLimit;
    QDate m_today;
    QList<MyDayItem> m_items;
    QList<MyDayCut> m_cuts;
    QTimer *m_pending; // coalesces a burst of changes into one reload
    QTimer *m_dayCheck;
};

} // namespace casedesk
