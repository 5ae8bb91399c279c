#include "planvocabulary.h"

namespace casedesk {

PlanVocabulary::Items PlanVocabulary::actionKinds()
{
    return {
        { QStringLiteral("job_search"), tr("Job search assistance") },
        { QStringLiteral("job_placement"), tr("Job placement") },
        { QStringLiteral("vocational_training"), tr("Vocational training") },
        { QStringLiteral("public_works"), tr("Public works") },
        { QStringLiteral("subsidised_job"), tr("Subsidised job") },
        { QStringLiteral("youth_practice"), tr("Youth practice / internship") },
        { QStringLiteral("self_employment"), tr("Self-employment support, micro-loan") },
        { QStringLiteral("career_guidance"), tr("Career guidance") },
        { QStringLiteral("social_assistance"), tr("Targeted social assistance") },
        { QStringLiteral("psychosocial"), tr("Psychosocial support") },
        { QStringLiteral("legal_aid"), tr("Legal aid") },
        { QStringLiteral("documents"), tr("Restoring identity documents") },
        { QStringLiteral("health"), tr("Health care or rehabilitation") },
        { QStringLiteral("housing"), tr("Housing help") },
        { QStringLiteral("childcare"), tr("Childcare or school place") },
        { QStringLiteral("home_care"), tr("Home care services") },
        { QStringLiteral("other"), tr("Other") },
    };
}

PlanVocabulary::Items PlanVocabulary::planKinds()
{
    return {
        { QStringLiteral("action_plan"), tr("Individual action plan") },
        { QStringLiteral("social_contract"), tr("Social contract") },
    };
}

PlanVocabulary::Items PlanVocabulary::planStatuses()
{
    return {
        { QStringLiteral("draft"), tr("Draft — waiting for sign-off") },
        { QStringLiteral("active"), tr("Active") },
        { QStringLiteral("closed"), tr("Closed") },
    };
}

PlanVocabulary::Items PlanVocabulary::agencyKinds()
{
    return {
        { QStringLiteral("social_work_centre"), tr("Social work centre") },
        { QStringLiteral("employment_centre"), tr("Employment centre") },
        { QStringLiteral("ngo"), tr("Non-governmental organisation") },
        { QStringLiteral("health"), tr("Health care") },
        { QStringLiteral("education"), tr("Education") },
        { QStringLiteral("municipality"), tr("Municipality") },
        { QStringLiteral("site"), tr("CaseDesk office") },
    };
}

PlanVocabulary::Items PlanVocabulary::visitKinds()
{
    return {
        { QStringLiteral("office_visit"), tr("Office visit") },
        { QStringLiteral("home_visit"), tr("Home visit") },
        { QStringLiteral("re_registration"), tr("Re-registration") },
        { QStringLiteral("phone"), tr("Phone call") },
    };
}

PlanVocabulary::Items PlanVocabulary::visitStatuses()
{
    return {
        { QStringLiteral("scheduled"), tr("Scheduled") },
        { QStringLiteral("held"), tr("Held") },
        { QStringLiteral("missed"), tr("Missed") },
        { QStringLiteral("cancelled"), tr("Cancelled") },
    };
}

PlanVocabulary::Items PlanVocabulary::closureReasons()
{
    return {
        { QStringLiteral("employed"), tr("Employed") },
        { QStringLiteral("left_poverty"), tr("Left poverty") },
        { QStringLiteral("moved"), tr("Moved away") },
        { QStringLiteral("refused"), tr("Refused services") },
        { QStringLiteral("deceased"), tr("Deceased") },
        { QStringLiteral("goals_reached"), tr("Goals reached") },
        { QStringLiteral("other"), tr("Other") },
    };
}

PlanVocabulary::Items PlanVocabulary::closureOutcomes()
{
    return {
        { QStringLiteral("goals_met"), tr("The plan's goals were met") },
        { QStringLiteral("partly_met"), tr("The goals were partly met") },
        { QStringLiteral("not_met"), tr("The goals were not met") },
        { QStringLiteral("unknown"), tr("Not known") },
    };
}

PlanVocabulary::Items PlanVocabulary::managementModels()
{
    return {
        { QStringLiteral("light"), tr("Light touch") },
        { QStringLiteral("standard"), tr("Standard") },
        { QStringLiteral("intensive"), tr("Intensive (multi-agency)") },
    };
}

} // namespace casedesk
