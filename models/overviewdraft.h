#pragma once

#include "casefiles.h"

#include <QByteArray>

#include <optional>

namespace casedesk {

// The unsaved state of a case file's Overview tab as JSON: the case as the form was filled
// from it and the fields as typed. Restoring both lets a draft be saved later exactly as if
// the worker had never been interrupted: only the field groups they touched are written.
class OverviewDraft
{
public:
    struct State
    {
        CaseFileData shown; // what the form was filled from
        CaseFileData edited; // the same with the fields as typed
    };

    static QByteArray encode(const CaseFileData &shown, const CaseFileData &edited);
    // The draft applied to copies of `fresh` (household, interactions and the like stay
    // fresh); nullopt when the content cannot be read or belongs to another case.
    static std::optional<State> decode(const QByteArray &json, const CaseFileData &fresh);
};

} // namespace casedesk
