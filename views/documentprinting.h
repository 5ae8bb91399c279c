#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

class QPushButton;
class QWidget;

namespace casedesk {

// Every printed document goes through here from the GUI: a print preview (from which the person
// prints) or a PDF saved where they choose, both by the one rendering path (ReportPrinter, A4).
// A document that cannot be built says why in a message box.
class DocumentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    // The preview dialog (modal); objectName names it for tests.
    static void preview(const Result<ReportDocument> &document, QWidget *parent,
                        const QString &objectName = QString());
    // Asks where to save, suggesting the document's title as the file name, then writes it.
    static void savePdf(const Result<ReportDocument> &document, QWidget *parent);
    // The same for a PDF made earlier (approved minutes): written byte for byte.
    static void savePdf(const Result<QByteArray> &pdf, const QString &title, QWidget *parent);

    using Builder = std::function<Result<ReportDocument>()>;
    // A button with a menu: "Print preview…" and "Save as PDF…" of the document `build` makes
    // when chosen (so it shows what the file holds then), and the same redacted when `redacted`
    // is given.
    static QPushButton *button(const QString &text, const Builder &build, QWidget *parent,
                               const Builder &redacted = {});

private:
    // Where the person wants the PDF, suggesting the title as the file name; empty when they
    // cancel.
    static QString askPdfPath(const QString &title, QWidget *parent);
};

} // namespace casedesk
