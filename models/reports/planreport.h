#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The printed individual action plan or social contract for the client's signature: the case,
// the period and sign-off, goals with their actions (who does what by when), the reviews that
// kept the earlier state, and for a contract both sides' obligations, the assistance and the
// monthly compliance record. In the language and locale installed when it is built.
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    // Refused for a case the user may not see in detail; printing a sensitive case is recorded
    // as an opening.
    static Result<ReportDocument> build(RecordStore &store, const QUuid &planId);
};

} // namespace casedesk
