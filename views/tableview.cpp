#include "tableview.h"

#include <QHeaderView>
#include <QPainter>

namespace casedesk {

TableView::TableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab leaves the table instead of walking its cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

int TableView::currentRow() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() && selectionModel()->isRowSelected(index.row(), QModelIndex())
        ? index.row()
        : -1;
}

void TableView::stretchColumn(int column)
{
    QHeaderView *header = horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->setSectionResizeMode(
            c, c == column ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void TableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void TableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.55);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace casedesk
