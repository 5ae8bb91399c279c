#pragma once

#include "vocabulary.h"

namespace casedesk {

// The fixed lists of plans, referrals, visits and closure (codes stored, labels shown).
class PlanVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(PlanVocabulary)

public:
    using Items = Vocabulary::Items;

    // Services and active labour-market measures an action of a plan can be.
    static Items actionKinds();
    static Items planKinds();
    static Items planStatuses();
    // The kinds of agency a client can be referred to.
    static Items agencyKinds();
    static Items visitKinds();
    static Items visitStatuses();
    static Items closureReasons();
    static Items closureOutcomes();
    static Items managementModels();
};

} // namespace casedesk
