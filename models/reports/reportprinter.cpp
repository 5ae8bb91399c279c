#include "reportprinter.h"

#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace casedesk {

namespace {

// The page, in millimetres: the paper margins, then a band for the office header at the top and
// one for the page number at the bottom; the body fills the rest.
constexpr qreal sideMargin = 20;
constexpr qreal edgeMargin = 12;
constexpr qreal bandHeight = 10;
constexpr qreal bodyFontPoints = 10;
constexpr qreal bandFontPoints = 8;

const char *styleSheet = R"(
h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
li { margin-bottom: 2px; }
th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
.small { font-size: 8.5pt; color: #404040; }
.muted { color: #606060; }
)";

QFont reportFont(qreal points)
{
    // DejaVu Sans (fonts-dejavu-core) has Cyrillic with the Kazakh, Kyrgyz and Tajik letters.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

qreal toPixels(qreal mm, qreal dpi)
{
    return mm * dpi / 25.4;
}

// Tables whose first row is a header (<thead>, or cells that are all bold as <th> makes them)
// repeat that row on every page they continue on.
void markHeaderRows(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child);
            table && table->rows() > 1 && table->format().headerRowCount() == 0) {
            bool header = table->columns() > 0;
            for (int column = 0; header && column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(0, column);
                header = cell.firstCursorPosition().charFormat().fontWeight() >= QFont::Bold;
            }
            if (header) {
                QTextTableFormat format = table->format();
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
        markHeaderRows(child);
    }
}

// A ruled table and where its outer borders lie in the document.
struct RuledTable
{
    QTextTable *table = nullptr;
    QRectF rect;
    qreal border = 0; // in the document's units
};

// frameBoundingRect() of a table starts at its first cell's text, so the sides are found from
// the cells of the first row and their padding.
QList<RuledTable> ruledTables(QTextDocument &text)
{
    const qreal scale = PageBreaks::htmlPixel(text);
    QList<RuledTable> tables;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (!table || table->firstCursorPosition().block() != block
            || table->format().border() <= 0)
            continue;
        const QTextTableFormat format = table->format();
        const qreal border = format.border() * scale;
        const qreal padding = format.cellPadding() * scale;
        const QRectF first = text.documentLayout()->blockBoundingRect(block);
        const QRectF last = text.documentLayout()->blockBoundingRect(
            table->cellAt(0, table->columns() - 1).firstCursorPosition().block());
        const QRectF frame = text.documentLayout()->frameBoundingRect(table);
        const qreal top = first.top() - padding - border;
        tables.append({ table,
                        QRectF(QPointF(first.left() - padding - border, top),
                               QPointF(last.right() + padding + border, top + frame.height())),
                        border });
    }
    return tables;
}

// The layout leaves a table that goes on to the next page open at the foot of the page, and one
// without a header row open at the top of the next: a rule closes it.
void closeTables(QPainter &painter, const QList<RuledTable> &tables, const QRectF &page)
{
    painter.save();
    painter.setClipRect(page);
    for (const RuledTable &t : tables) {
        const QTextTableFormat format = t.table->format();
        painter.setPen(QPen(format.borderBrush(), t.border, Qt::SolidLine, Qt::SquareCap));
        const qreal inset = t.border * 1.5;
        if (t.rect.top() < page.bottom() && t.rect.bottom() > page.bottom())
            painter.drawLine(QPointF(t.rect.left() + t.border / 2, page.bottom() - inset),
                             QPointF(t.rect.right() - t.border / 2, page.bottom() - inset));
        if (t.rect.top() < page.top() && t.rect.bottom() > page.top()
            && format.headerRowCount() == 0)
            painter.drawLine(QPointF(t.rect.left() + t.border / 2, page.top() + t.border / 2),
                             QPointF(t.rect.right() - t.border / 2, page.top() + t.border / 2));
    }
    painter.restore();
}

// Where the header, the body and the footer go on a page whose printable area (inside the
// paper margins) is `area`, in device pixels.
struct PageAreas
{
    QRectF header;
    QRectF body;
    QRectF footer;
};

PageAreas areasFor(const QRectF &area, qreal dpi)
{
    const qreal band = toPixels(bandHeight, dpi);
    PageAreas a;
    a.header = QRectF(area.left(), area.top(), area.width(), band);
    a.footer = QRectF(area.left(), area.bottom() - band, area.width(), band);
    a.body = QRectF(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    return a;
}

void paintBands(QPainter &painter, const PageAreas &areas, const ReportDocument &document, int page,
                int pages, qreal dpi)
{
    painter.save();
    const QFont font = reportFont(bandFontPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal rule = toPixels(2.5, dpi); // from the band's inner edge to the rule line
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), toPixels(0.2, dpi)));

    const QRectF header = areas.header.adjusted(0, 0, 0, -rule);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(document.header, Qt::ElideRight, header.width()));
    const qreal headerLine = areas.header.bottom() - rule * 0.6;
    painter.drawLine(QPointF(header.left(), headerLine), QPointF(header.right(), headerLine));

    const QString number = ReportPrinter::tr("Page %1 of %2").arg(page).arg(pages);
    const QRectF footer = areas.footer.adjusted(0, rule, 0, 0);
    const qreal numberWidth = metrics.horizontalAdvance(number);
    const qreal footerLine = areas.footer.top() + rule * 0.6;
    painter.drawLine(QPointF(footer.left(), footerLine), QPointF(footer.right(), footerLine));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, number);
    const qreal titleWidth = footer.width() - numberWidth - toPixels(8, dpi);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(document.title, Qt::ElideRight, titleWidth));
    painter.restore();
}

} // namespace

QPageLayout ReportPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(sideMargin, edgeMargin, sideMargin, edgeMargin),
                       QPageLayout::Millimeter);
}

QSizeF ReportPrinter::bodySize(qreal dpi)
{
    const QSizeF paper = pageLayout().paintRect(QPageLayout::Millimeter).size();
    return QSizeF(toPixels(paper.width(), dpi), toPixels(paper.height() - 2 * bandHeight, dpi));
}

void ReportPrinter::layout(QTextDocument &text, const ReportDocument &document,
                           const QSizeF &pageSize)
{
    text.setDocumentMargin(0);
    text.setDefaultFont(reportFont(bodyFontPoints));
    text.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    text.setHtml(document.html);
    text.setMetaInformation(QTextDocument::DocumentTitle, document.title);
    markHeaderRows(text.rootFrame());
    text.setPageSize(pageSize);
    PageBreaks::apply(text);
}

void ReportPrinter::render(const ReportDocument &document, QPagedPaintDevice &device)
{
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return;
    // The painter draws from the top left of the area inside the paper margins.
    const qreal dpi = device.logicalDpiY();
    const PageAreas areas = areasFor(QRectF(0, 0, device.width(), device.height()), dpi);

    // Laid out with the device's own font metrics, so what is measured is what is printed.
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&device);
    layout(text, document, areas.body.size());
    const int pages = text.pageCount();
    const qreal pageHeight = text.pageSize().height();
    const auto tables = ruledTables(text);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintBands(painter, areas, document, page + 1, pages, dpi);
        painter.save();
        painter.translate(areas.body.left(), areas.body.top() - page * pageHeight);
        const QRectF shown(0, page * pageHeight, areas.body.width(), pageHeight);
        text.drawContents(&painter, shown);
        closeTables(painter, tables, shown);
        painter.restore();
    }
    painter.end();
}

bool ReportPrinter::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QByteArray ReportPrinter::pdf(const ReportDocument &document)
{
    if (!canRender())
        return QByteArray();
    // Made in memory: the PDF engine closes its device when it ends, which a QSaveFile must
    // not be, and nothing reaches the disk before the document is whole.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        render(document, writer);
    }
    return bytes.startsWith("%PDF") ? bytes : QByteArray();
}

Status ReportPrinter::writePdf(const ReportDocument &document, const QString &path)
{
    if (Status s = checkTarget(path); !s)
        return s;
    const QByteArray bytes = pdf(document);
    if (bytes.isEmpty())
        return Status::error(
            tr("The PDF for %1 could not be made.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return savePdf(bytes, path);
}

Status ReportPrinter::checkTarget(const QString &path)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (!QFileInfo(target.absolutePath()).isDir())
        return Status::error(tr("%1 cannot be written: the folder %2 does not exist.")
                                 .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Status::error(tr("%1 cannot be written: it is a folder.").arg(shown));
    return Status::ok();
}

Status ReportPrinter::savePdf(const QByteArray &pdf, const QString &path)
{
    if (Status s = checkTarget(path); !s)
        return s;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::error(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    if (file.write(pdf) != pdf.size() || !file.commit())
        return Status::error(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return Status::ok();
}

} // namespace casedesk
