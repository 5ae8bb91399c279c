#include "interactionmodel.h"

#include "vocabulary.h"

namespace casedesk {

InteractionModel::InteractionModel(QObject *parent) : CaseFileTableModel(ColumnCount, parent) { }

void InteractionModel::setInteractions(const QList<Interaction> &interactions)
{
    beginResetModel();
    m_items = interactions;
    endResetModel();
}

QString InteractionModel::columnTitle(int column) const
{
    switch (column) {
    case When:
        return tr("Date and time");
    case Kind:
        return tr("Kind");
    case Worker:
        return tr("Worker");
    case Note:
        return tr("Note");
    }
    return QString();
}

QVariant InteractionModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const Interaction &item = m_items.at(index.row());
    switch (role) {
    case int(Role::InteractionId):
        return item.id;
    case int(Role::OccurredAt):
        return item.occurredAt;
    case Qt::ToolTipRole:
        // A long note does not fit a table cell; the whole text is one hover away.
        return index.column() == Note && !item.note.isEmpty() ? QVariant(item.note) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case When:
        return displayDateTime(item.occurredAt);
    case Kind:
        return Vocabulary::label(Vocabulary::interactionKinds(), item.kind);
    case Worker:
        return item.worker;
    case Note:
        return item.note.simplified();
    }
    return QVariant();
}

} // namespace casedesk
