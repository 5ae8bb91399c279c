#pragma once

#include "caseclosure.h"
#include "recordstore.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace casedesk {

// One open conflict with what a person needs to recognise it.
struct ConflictEntry
{
    ConflictInfo info;
    QString caseNumber;
    QString clientName;
    QList<HeadInfo> heads; // the versions that disagree
    QList<QUuid> sites; // where they were written, in order of first appearance
    QStringList siteNames;
    qint64 newestMs = 0;
    // An answer or the record of an assessment changed after it was completed: its result
    // stays as computed, and the list says so.
    bool editedAfterCompletion = false;
    // A row of approved conference minutes changed at a site that had not seen the approval:
    // the approved paper stays as it was kept, and the list says so.
    bool editedAfterApproval = false;
    // A closed case changed at another site that had not seen the closure: not a field group
    // but the whole case (info.group is closureGroup()), with the changes listed.
    bool editedAfterClosure = false;
    QList<LateEdit> lateEdits;

    bool isDeletion() const { return info.group == tombstoneGroup(); }
    static QString closureGroup() { return QStringLiteral("#closure"); }
};

// Open conflicts of this site, one row per conflicted field group (or delete/edit conflict),
// filtered by case and office. Rebuilt when a write or an import touches a conflicted row.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseNumber, Client, Kind, Group, Sites, Newest, ColumnCount };
    enum class Role {
        CaseId = Qt::UserRole,
        Entity,
        RowId,
        FieldGroup,
        IsDeletion,
        EditedAfterCompletion,
        EditedAfterClosure,
        EditedAfterApproval,
    };

    explicit ConflictListModel(RecordStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Case number or client name, in any case and with ё and е alike.
    void setCaseFilter(const QString &text);
    // Only conflicts one of whose versions was written at this site (null: every site).
    void setSiteFilter(const QUuid &site);
    const ConflictEntry &entry(int row) const { return m_rows.at(row); }
    // Every conflict, before filtering.
    int totalCount() const { return int(m_all.size()); }
    void reload();

    // The human name of a field group, from the labels of its fields.
    static QString groupLabel(const QString &entity, const QString &group);
    static ConflictEntry describe(const RecordStore &store, const ConflictInfo &info);
    static ConflictEntry describeClosure(const RecordStore &store, const QUuid &caseId);

private:
    void onStoreChanged(const ChangeSet &changes);
    bool affects(const ChangeSet &changes) const;
    void applyFilters();

    RecordStore &m_store;
    QList<ConflictEntry> m_all;
    QList<ConflictEntry> m_rows;
    QString m_caseFilter;
    QUuid m_siteFilter;
};

} // namespace casedesk
