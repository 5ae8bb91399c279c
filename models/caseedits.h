#pragma once

#include "casefiles.h"

#include <QCborMap>

namespace casedesk {

// Turns what a person edited in a case file form into writes that keep changes made
// meanwhile by someone else (another window, an imported package): only the field groups the
// person touched are taken from the form, everything else from the current state.
class CaseEdits
{
public:
    static PersonData mergePerson(const PersonData &shown, const PersonData &edited,
                                  const PersonData &current);
    // The case fields of every group that differs, ready for CaseFiles::updateCase.
    static QCborMap changedCaseFields(const CaseFileData &shown, const CaseFileData &edited);
    static QStringList mergeCategories(const QStringList &shown, const QStringList &edited,
                                       const QStringList &current);
    static bool samePerson(const PersonData &a, const PersonData &b);
    static bool sameCaseFields(const CaseFileData &a, const CaseFileData &b);
};

} // namespace casedesk
