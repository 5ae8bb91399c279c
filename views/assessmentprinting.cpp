#include "assessmentprinting.h"

#include "assessmentreport.h"
#include "reportprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace casedesk {

void AssessmentPrinting::preview(RecordStore &store, const QUuid &assessmentId, QWidget *parent)
{
    const Result<ReportDocument> document = AssessmentReport::build(store, assessmentId);
    if (!document) {
        QMessageBox::warning(parent, tr("Print assessment"), document.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrinter::pageLayout());
    printer.setDocName(document->title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("assessmentPrintPreview"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(document->title));
    const ReportDocument report = document.value();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [report](QPrinter *target) { ReportPrinter::render(report, *target); });
    dialog.resize(900, 760);
    dialog.exec();
}

Status AssessmentPrinting::writePdf(RecordStore &store, const QUuid &assessmentId,
                                    const QString &path)
{
    const Result<ReportDocument> document = AssessmentReport::build(store, assessmentId);
    if (!document)
        return document.status();
    return ReportPrinter::writePdf(document.value(), path);
}

void AssessmentPrinting::savePdf(RecordStore &store, const QUuid &assessmentId, QWidget *parent)
{
    const Result<ReportDocument> document = AssessmentReport::build(store, assessmentId);
    if (!document) {
        QMessageBox::warning(parent, tr("Save as PDF"), document.message());
        return;
    }
    // The title names the case and the template; characters a file name cannot hold go.
    QString name = document->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(name.simplified() + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = ReportPrinter::writePdf(document.value(), path); !s)
        QMessageBox::warning(parent, tr("Save as PDF"), s.message());
}

} // namespace casedesk
