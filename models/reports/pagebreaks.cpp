#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <climits>

namespace casedesk {

namespace {

// Finds the first misplaced row or heading, moves it, lays the document out again, and so on.
class Fixer
{
public:
    explicit Fixer(QTextDocument &text)
        : m_text(text), m_height(text.pageSize().height()), m_scale(PageBreaks::htmlPixel(text))
    {
    }

    void apply()
    {
        if (m_height <= 0 || m_height >= INT_MAX / 2)
            return;
        for (int round = 0; round < 400 && fixFirst(); ++round)
            relayout();
    }

private:
    struct Span
    {
        qreal top = 0;
        qreal bottom = 0;
    };

    // The layout after a format change is incremental and has been seen to leave blocks
    // unpainted; a whole new layout is cheap for a document of a few pages.
    void relayout() { m_text.markContentsDirty(0, m_text.characterCount()); }

    int pageOf(qreal y) const { return int(y / m_height); }
    bool splits(const Span &s) const { return pageOf(s.top) != pageOf(s.bottom - 0.5); }
    // Within a heading's top margin of the top of its page.
    bool nearPageTop(qreal y) const { return y - pageOf(y) * m_height < m_height * 0.06; }
    static bool isHeading(const QTextBlock &block)
    {
        return block.isValid() && block.blockFormat().headingLevel() > 0;
    }
    static bool breaksBefore(const QTextBlock &block)
    {
        return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    }

    Span lines(const QTextBlock &block) const
    {
        const QRectF rect = m_text.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return { rect.top(), rect.top() };
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        return { rect.top() + layout->lineAt(0).y(), rect.top() + last.y() + last.height() };
    }

    Span rowSpan(QTextTable *table, int row) const
    {
        Span span { qreal(INT_MAX), 0 };
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            span.top = qMin(span.top, lines(cell.firstCursorPosition().block()).top);
            span.bottom = qMax(span.bottom, lines(cell.lastCursorPosition().block()).bottom);
        }
        return span;
    }

    static void breakBefore(QTextBlock block)
    {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }

    // The first of the headings right before a block ("Result", then "Means test"), if any.
    static QTextBlock headingsBefore(const QTextBlock &first)
    {
        QTextBlock heading;
        for (QTextBlock block = first.previous(); block.isValid(); block = block.previous()) {
            if (isHeading(block))
                heading = block;
            else if (!block.text().trimmed().isEmpty())
                break;
        }
        return heading;
    }

    // Moves the headings before `block` to the next page, unless they already start one.
    bool moveHeadings(const QTextBlock &block)
    {
        const QTextBlock heading = headingsBefore(block);
        if (!heading.isValid() || breaksBefore(heading) || nearPageTop(lines(heading).top))
            return false;
        breakBefore(heading);
        return true;
    }

    bool fixTable(QTextTable *table)
    {
        const int header = table->format().headerRowCount();
        for (int row = header; row < table->rows(); ++row) {
            const Span span = rowSpan(table, row);
            if (!splits(span) || span.bottom - span.top > m_height / 2)
                continue;
            if (row > header) {
                // The row above grows to the foot of the page; this one starts the next.
                const qreal extra = (pageOf(span.top) + 1) * m_height - span.top;
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell cell = table->cellAt(row - 1, column);
                    QTextTableCellFormat format = cell.format().toTableCellFormat();
                    format.setBottomPadding(format.bottomPadding() + extra / m_scale + 1);
                    cell.setFormat(format);
                }
                return true;
            }
            // The first row: the whole table moves, with its heading.
            if (moveHeadings(table->firstCursorPosition().block()))
                return true;
            QTextFrameFormat format = table->frameFormat();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(format);
            return true;
        }
        return false;
    }

    bool fixFirst()
    {
        for (QTextBlock block = m_text.begin(); block.isValid(); block = block.next()) {
            // A heading stays with what follows it.
            if (!isHeading(block) && !block.text().trimmed().isEmpty()) {
                QTextBlock before = block.previous();
                while (before.isValid() && !isHeading(before) && before.text().trimmed().isEmpty())
                    before = before.previous();
                if (isHeading(before) && pageOf(lines(block).top) > pageOf(lines(before).top)
                    && moveHeadings(block))
                    return true;
            }
            QTextTable *table = QTextCursor(block).currentTable();
            if (table && table->firstCursorPosition().block() == block && !m_done.contains(table)) {
                if (fixTable(table))
                    return true;
                m_done.insert(table);
            }
        }
        return false;
    }

    QTextDocument &m_text;
    qreal m_height;
    qreal m_scale;
    QSet<QTextTable *> m_done;
};

} // namespace

qreal PageBreaks::htmlPixel(const QTextDocument &text)
{
    const QPaintDevice *device = text.documentLayout()->paintDevice();
    if (!device)
        return 1;
    // The resolution QTextDocumentLayout scales from (qt_defaultDpiY(), which is private).
    qreal from = 100;
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        from = 96;
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        from = qRound(screen->logicalDotsPerInchY());
    return device->logicalDpiY() / from;
}

void PageBreaks::apply(QTextDocument &text)
{
    Fixer(text).apply();
}

} // namespace casedesk
