#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QUuid>

class QWidget;

namespace casedesk {

class RecordStore;

// Prints an assessment through the print preview, or saves it as PDF, with the one rendering
// path of every document (ReportPrinter, A4).
class AssessmentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentPrinting)

public:
    // The preview dialog (modal), from which the person prints.
    static void preview(RecordStore &store, const QUuid &assessmentId, QWidget *parent);
    // Asks where to save, then writes the PDF; a failure is shown in a message box.
    static void savePdf(RecordStore &store, const QUuid &assessmentId, QWidget *parent);
    static Status writePdf(RecordStore &store, const QUuid &assessmentId, const QString &path);
};

} // namespace casedesk
