#pragma once

#include <QStyledItemDelegate>

namespace casedesk {

// Draws a warning sign in front of a cell whose row has an unresolved conflict
// (CaseListModel::Role::HasConflict), so such cases stand out in a long list.
class ConflictMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace casedesk
