#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The letter that goes with a client to the receiving agency: who refers whom and why, the
// documents sent along, the day by which the client must present themselves, and a part the
// agency fills in and returns with its feedback.
class ReferralLetter
{
    Q_DECLARE_TR_FUNCTIONS(ReferralLetter)

public:
    // Refused for a case the user may not see in detail; printing a sensitive case is recorded
    // as an opening.
    static Result<ReportDocument> build(RecordStore &store, const QUuid &referralId);
};

} // namespace casedesk
