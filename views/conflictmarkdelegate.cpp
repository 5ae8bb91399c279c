#include "conflictmarkdelegate.h"

#include "caselistmodel.h"

#include <QApplication>
#include <QStyle>

namespace casedesk {

void ConflictMarkDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(int(CaseListModel::Role::HasConflict)).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
}

} // namespace casedesk
