#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUuid>

namespace casedesk {

class RecordStore;
struct ChangeSet;

// Who opened which sensitive case, when and at which site, newest first, for auditors (the
// table case_access, synced to the central desk). Fetched lazily in pages; empty unless the
// session may read the access log.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Worker, Case, Site, ColumnCount };
    enum class Role { CaseId = Qt::UserRole, UserId, OpenedAt };
    static constexpr int PageSize = 200;

    explicit AccessLogModel(RecordStore &store, QObject *parent = nullptr);

    void reload();
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Entry
    {
        qint64 rid = 0;
        QString openedAtIso;
        QDateTime openedAt;
        QUuid caseId;
        QString caseNumber;
        QUuid userId;
        QString userName;
        QString userLogin;
        QString siteName;
    };
    QList<Entry> readPage(const Entry *after) const;
    void onStoreChanged(const ChangeSet &changes);
    QVariant display(const Entry &entry, int column) const;

    RecordStore &m_store;
    QList<Entry> m_entries;
    bool m_allowed = false;
    bool m_atEnd = true;
};

} // namespace casedesk
