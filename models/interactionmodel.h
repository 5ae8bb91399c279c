#pragma once

#include "casefiles.h"
#include "casefiletablemodel.h"

namespace casedesk {

// A case's interactions (visits, calls), newest first, as the Interactions tab lists them.
class InteractionModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Worker, Note, ColumnCount };
    enum class Role { InteractionId = Qt::UserRole, OccurredAt };

    explicit InteractionModel(QObject *parent = nullptr);

    void setInteractions(const QList<Interaction> &interactions);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_items.size()); }
    QString columnTitle(int column) const override;

private:
    QList<Interaction> m_items;
};

} // namespace casedesk
