#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>

class QPagedPaintDevice;
class QTextDocument;

namespace casedesk {

// The one rendering path of every document: A4, margins, the office header and "Page 2 of 3"
// on every page, tables that break across pages with their header rows repeated.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    // Lays the document out for the device's page size and paints every page.
    static void render(const ReportDocument &document, QPagedPaintDevice &device);
    // Writes a PDF with embedded fonts; refuses a path it cannot write, leaving no half file.
    static Status writePdf(const ReportDocument &document, const QString &path);
    // Whether documents can be laid out here: fonts and the PDF engine need a Qt Gui
    // application (casedesk and casedesk-cli make one).
    static bool canRender();
    // The PDF in memory; empty when it could not be made.
    static QByteArray pdf(const ReportDocument &document);
    // Writes PDF bytes made earlier (approved minutes) the same crash-safe way.
    static Status savePdf(const QByteArray &pdf, const QString &path);
    // Ok, or why the path cannot take a file.
    static Status checkTarget(const QString &path);
    // The laid-out body for the page size, for tests and previews.
    static void layout(QTextDocument &text, const ReportDocument &document, const QSizeF &pageSize);

    // A4 portrait with the paper margins; the header and page-number bands lie inside them.
    static QPageLayout pageLayout();
    // The body area of a page in pixels at a resolution: the page size layout() wants.
    static QSizeF bodySize(qreal dpi);
};

} // namespace casedesk
