#include "documentprinting.h"

#include "reportprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace casedesk {

void DocumentPrinting::preview(const Result<ReportDocument> &document, QWidget *parent,
                               const QString &objectName)
{
    if (!document) {
        QMessageBox::warning(parent, tr("Print"), document.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPrinter::pageLayout());
    printer.setDocName(document->title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(objectName.isEmpty() ? QStringLiteral("printPreview") : objectName);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document->title));
    const ReportDocument report = document.value();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [report](QPrinter *target) { ReportPrinter::render(report, *target); });
    dialog.resize(900, 760);
    dialog.exec();
}

QString DocumentPrinting::askPdfPath(const QString &title, QWidget *parent)
{
    // The title names what is printed; characters a file name cannot hold go.
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(name.simplified() + QStringLiteral(".pdf"));
    return QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested,
                                        tr("PDF documents (*.pdf)"));
}

void DocumentPrinting::savePdf(const Result<ReportDocument> &document, QWidget *parent)
{
    if (!document) {
        QMessageBox::warning(parent, tr("Save as PDF"), document.message());
        return;
    }
    const QString path = askPdfPath(document->title, parent);
    if (path.isEmpty())
        return;
    if (Status s = ReportPrinter::writePdf(document.value(), path); !s)
        QMessageBox::warning(parent, tr("Save as PDF"), s.message());
}

void DocumentPrinting::savePdf(const Result<QByteArray> &pdf, const QString &title, QWidget *parent)
{
    if (!pdf) {
        QMessageBox::warning(parent, tr("Save as PDF"), pdf.message());
        return;
    }
    const QString path = askPdfPath(title, parent);
    if (path.isEmpty())
        return;
    if (Status s = ReportPrinter::savePdf(pdf.value(), path); !s)
        QMessageBox::warning(parent, tr("Save as PDF"), s.message());
}

QPushButton *DocumentPrinting::button(const QString &text, const Builder &build, QWidget *parent,
                                      const Builder &redacted)
{
    auto *button = new QPushButton(text, parent);
    auto *menu = new QMenu(button);
    QObject::connect(menu->addAction(tr("Print &preview…")), &QAction::triggered, button,
                     [build, button] { preview(build(), button->window()); });
    QObject::connect(menu->addAction(tr("Save as &PDF…")), &QAction::triggered, button,
                     [build, button] { savePdf(build(), button->window()); });
    if (redacted) {
        menu->addSeparator();
        QObject::connect(menu->addAction(tr("Print preview, &redacted…")), &QAction::triggered,
                         button, [redacted, button] { preview(redacted(), button->window()); });
        QObject::connect(menu->addAction(tr("Save as PDF, re&dacted…")), &QAction::triggered,
                         button, [redacted, button] { savePdf(redacted(), button->window()); });
    }
    button->setMenu(menu);
    return button;
}

} // namespace casedesk
