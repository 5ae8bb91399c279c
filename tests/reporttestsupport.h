#pragma once

// Helpers for tests of printed documents: the laid-out text of a document, the text of a PDF
// read back by poppler's pdftotext, and a check that a text holds every expected piece.

#include "reportdocument.h"
#include "reportprinter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTextDocument>

namespace casedesk::test {

// The body as the pages show it, laid out for A4 at 96 dpi.
inline QString bodyText(const ReportDocument &document)
{
    QTextDocument text;
    ReportPrinter::layout(text, document, ReportPrinter::bodySize(96));
    return text.toPlainText();
}

// The text of a PDF by pdftotext (installed by the scripts), or an empty string without it.
inline QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess process;
    process.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace casedesk::test

// Fails the test unless the text contains every one of the expected pieces.
#define QVERIFY_CONTAINS(text, expected) \
    do { \
        for (const QString &cdPiece_ : (expected)) \
            QVERIFY2((text).contains(cdPiece_), \
                     qPrintable(QStringLiteral("missing \"") + cdPiece_ \
                                + QStringLiteral("\" in:\n") + (text))); \
    } while (false)
