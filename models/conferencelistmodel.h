#pragma once

#include "casefiletablemodel.h"
#include "conferences.h"

class QTimer;

namespace casedesk {

struct ChangeSet;

// The Conferences page's table: upcoming, past or all conferences, matching a search, soonest
// first for upcoming and latest first otherwise. Reloaded shortly after a conference changes
// (a site holds tens of them, so the list is read whole).
class ConferenceListModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, Title, Place, Chair, Kind, Cases, Participants, Status, ColumnCount };
    enum class Role { ConferenceId = Qt::UserRole, Approved };

    explicit ConferenceListModel(RecordStore &store, QObject *parent = nullptr);

    void setWhen(Conferences::When when);
    Conferences::When when() const { return m_when; }
    void setSearchText(const QString &text);
    // The day "upcoming" and "past" are counted from; today unless a test fixes it.
    void setToday(const QDate &today);

    const ConferenceListItem &item(int row) const { return m_items.at(row); }
    QUuid conferenceId(int row) const;
    int rowOf(const QUuid &conferenceId) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant display(const ConferenceListItem &item, int column) const;

    RecordStore &m_store;
    Conferences::When m_when = Conferences::When::Upcoming;
    QString m_search;
    QDate m_today;
    QList<ConferenceListItem> m_items;
    QTimer *m_pending; // coalesces a burst of changes into one reload
};

} // namespace casedesk
