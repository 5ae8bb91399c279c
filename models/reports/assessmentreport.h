#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The printed needs assessment: the case and client, the template and the rule version that
// produced the result, every answer shown, the result (domain scores, level, needs, or the means
// test line by line with the parameters and their dates), and signature lines. In the language
// and locale installed when it is built.
class AssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReport)

public:
    // Refused for a case the user may not see in detail.
    static Result<ReportDocument> build(RecordStore &store, const QUuid &assessmentId);
};

} // namespace casedesk
