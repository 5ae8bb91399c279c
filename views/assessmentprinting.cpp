#include "assessmentprinting.h"

#include "assessmentreport.h"
#include "documentprinting.h"
#include "reportprinter.h"

namespace casedesk {

void AssessmentPrinting::preview(RecordStore &store, const QUuid &assessmentId, QWidget *parent)
{
    DocumentPrinting::preview(AssessmentReport::build(store, assessmentId), parent,
                              QStringLiteral("assessmentPrintPreview"));
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
    DocumentPrinting::savePdf(AssessmentReport::build(store, assessmentId), parent);
}

} // namespace casedesk
