#pragma once

#include "samples.h"

namespace casedesk {

class RecordStore;

// Opening a case file window: everything its tabs show, CaseFiles::load (case, client,
// household, interactions, documents) and CaseFiles::history, for random cases.
class CaseFileWorkload
{
public:
    struct Outcome
    {
        Samples ms;
        double meanHistoryEntries = 0;
        double meanInteractions = 0;
        int failures = 0;
    };

    static Outcome run(RecordStore &store, quint32 seed, int count = 50);
};

} // namespace casedesk
