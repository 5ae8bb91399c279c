#pragma once

#include "assessmenttemplate.h"
#include "result.h"

#include <QJsonValue>
#include <QUuid>

#include <random>

namespace casedesk {

class Assessments;

// Plausible random assessments for demonstrations, benchmarks and random edits: answers of the
// right kind for every question a template asks, a few completed, some left as drafts.
class DemoAssessments
{
public:
    // One answer to a question; an undefined value now and then for an optional question.
    static QJsonValue randomAnswer(const Question &q, const QJsonValue &household,
                                   const MeansTestRules &rules, std::mt19937 &rng);
    // Answers for every question shown, in order, so skip rules see what came before.
    static Answers randomAnswers(const AssessmentTemplate &t, const QJsonValue &household,
                                 std::mt19937 &rng);
    // A few assessments of one case, dated between `from` and today.
    static Status addTo(Assessments &assessments, const QUuid &caseId, const QDate &from,
                        const QStringList &categories, std::mt19937 &rng);
};

} // namespace casedesk
