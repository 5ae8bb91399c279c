#pragma once

#include "assessmentresult.h"
#include "assessmenttemplate.h"

namespace casedesk {

// Pure functions over a template and answers: what is shown, what is missing, the scores.
class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(Scoring)

public:
    // The section and question show-if rules; a hidden question's answer counts as absent,
    // so rules that read it see nothing.
    static bool isShown(const AssessmentTemplate &t, const QString &questionId,
                        const Answers &answers);
    // The answers of shown questions only, in the template's terms.
    static Answers effectiveAnswers(const AssessmentTemplate &t, const Answers &answers);
    // Per question id, why its answer cannot be accepted (required and empty, out of range,
    // not one of the options, wrong kind). Empty when the assessment can be completed.
    static QMap<QString, QString> problems(const AssessmentTemplate &t, const Answers &answers);
    // The message for one answer, or empty (used next to the field while typing).
    static QString problem(const Question &q, const QJsonValue &value);
    // Domain scores, levels, overall level and needs (means test figures are separate).
    static AssessmentResult score(const AssessmentTemplate &t, const Answers &answers);
    static Level domainLevel(const Domain &domain, int score);
};

} // namespace casedesk
