#pragma once

#include "permissions.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <vector>

namespace casedesk {

class RecordStore;
class Statement;
struct ChangeSet;

// The case list: lazy pages fetched with keyset queries, sorted and filtered in SQL, so a
// region-size file (200,000 cases) opens without loading it. Only the cases the signed-in user
// may see are listed; a sensitive case they may not see in detail is a "Restricted case" row
// whose name, birth date and worker never leave SQL.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Client, BirthDate, Status, Worker, Opened, ColumnCount };
    enum class Role { CaseId = Qt::UserRole, HasConflict, Restricted };
    static constexpr int PageSize = 200;
    // Search results beyond this many are not listed: the person refines the search.
    static constexpr int MaxSearchHits = 1000;

    explicit CaseListModel(RecordStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    void setStatusFilter(const QString &status);
    void setWorkerFilter(const QString &worker);
    void setCategoryFilter(const QString &category);
    // Matching cases in all pages (capped at MaxSearchHits while searching).
    int totalCount() const { return m_total; }
    QUuid caseId(int row) const;
    void reload();

signals:
    void totalCountChanged(int total);

private:
    struct Row
    {
        qint64 rid = 0;
        QUuid id;
        QString number;
        QString client;
        QString birthDate;
        QString status;
        QString worker;
        QString opened;
        bool conflict = false;
        bool restricted = false;
        QByteArray sortKey;
    };
    bool isSearching() const;
    bool hasFilters() const;
    QString baseQuery(bool forCount) const;
    QString visibilityTerms() const;
    void bindFilters(Statement &st) const;
    std::vector<Row> queryPage() const;
    void fetchPage();
    void onStoreChanged(const ChangeSet &changes);

    RecordStore &m_store;
    CaseVisibility m_visibility;
    std::vector<Row> m_rows;
    bool m_atEnd = false;
    // Set while a reset or an insertion is being announced. Listeners may react by asking for
    // more rows; they get them afterwards, never in the middle of the announcement (listeners
    // connected later would see rows arrive before the change they have not been told of).
    bool m_announcing = false;
    int m_total = 0;
    int m_sortColumn = Number;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_match;
    QString m_numberPrefix;
    QString m_status;
    QString m_worker;
    QString m_category;
};

} // namespace casedesk
