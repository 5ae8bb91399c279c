#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The case file summary on paper: the client and their household, the case's state, the latest
// result of each assessment, the plans with how far their actions have come, the referrals and
// the last interactions. Redacted, it leaves out what identifies or locates a person: ID numbers,
// addresses, phone numbers and birth dates.
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(CaseSummary)

public:
    static constexpr int LastInteractions = 10;

    // Refused for a case the user may not see in detail; printing a sensitive case is recorded
    // as an opening.
    static Result<ReportDocument> build(RecordStore &store, const QUuid &caseId,
                                        bool redacted = false);
};

} // namespace casedesk
