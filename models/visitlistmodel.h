#pragma once

#include "casefiletablemodel.h"
#include "visits.h"

namespace casedesk {

class RecordStore;
struct ChangeSet;

// The scheduled visits and re-registrations of one case, soonest first, as the Visits tab lists
// them; a visit whose day has passed without being marked held or missed stands out. Reloaded
// when a write or an import touches a visit of the case.
class VisitListModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, Kind, Purpose, Repeat, Status, Note, ColumnCount };
    enum class Role {
        VisitId = Qt::UserRole,
        StatusKey,
        KindKey,
        // Scheduled, and its day has passed.
        NotRecorded,
    };

    explicit VisitListModel(RecordStore &store, QObject *parent = nullptr);

    void setCaseId(const QUuid &caseId);
    const QUuid &caseId() const { return m_caseId; }
    const Visit &visit(int row) const { return m_items.at(row); }
    // The row of a visit, or -1.
    int rowOf(const QUuid &visitId) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();

    // "Held, 12.05.2026": the status and the day it was reached.
    static QString statusText(const Visit &visit);
    // "every 3 months", or empty for a single visit.
    static QString repeatText(int months);
    static bool isNotRecorded(const Visit &visit, const QDate &today);

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString columnTitle(int column) const override;

private:
    void onStoreChanged(const ChangeSet &changes);
    QVariant displayText(const Visit &visit, int column) const;

    RecordStore &m_store;
    QUuid m_caseId;
    QList<Visit> m_items;
};

} // namespace casedesk
