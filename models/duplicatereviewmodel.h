#pragma once

#include "duplicatereview.h"

#include <QAbstractTableModel>

namespace casedesk {

class RecordStore;
struct ChangeSet;

// One side of a possible duplicate, as the review shows it.
struct DuplicateSide
{
    QUuid personId;
    QString name;
    QString birthDate; // for display
    QString idType; // for display
    QString idNumber;
    QUuid caseId;
    QString caseNumber;
    bool missing = false; // the person row is not (or no longer) here
};

struct DuplicateRow
{
    DuplicatePair pair;
    DuplicateSide a;
    DuplicateSide b;
};

// Pairs of persons with the same ID document waiting for review, both records side by side.
class DuplicateReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameA, BirthA, IdA, CaseA, NameB, BirthB, IdB, CaseB, FoundAt, ColumnCount };
    enum class Role { PersonA = Qt::UserRole, PersonB, CaseA, CaseB };

    explicit DuplicateReviewModel(RecordStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const DuplicateRow &pairAt(int row) const { return m_rows.at(row); }
    // Dismisses the pair in a row ("not the same person") and drops it from the list.
    Status dismiss(int row);
    void reload();

    static DuplicateSide side(const RecordStore &store, const QUuid &personId);

private:
    void onStoreChanged(const ChangeSet &changes);

    RecordStore &m_store;
    QList<DuplicateRow> m_rows;
};

} // namespace casedesk
