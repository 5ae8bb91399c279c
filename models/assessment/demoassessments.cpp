#include "demoassessments.h"

#include "assessments.h"
#include "scoring.h"
#include "templatecatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk {

namespace {

int uniform(std::mt19937 &rng, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(rng);
}

bool chance(std::mt19937 &rng, int percent)
{
    return uniform(rng, 1, 100) <= percent;
}

// The answer that scores least: what a person without that trouble would answer.
QJsonValue calmest(const Question &q)
{
    switch (q.kind) {
    case AnswerKind::Choice: {
        const AnswerOption *low = &q.options.first();
        for (const AnswerOption &o : q.options)
            if (o.score < low->score)
                low = &o;
        return low->value;
    }
    case AnswerKind::YesNo:
        return q.yesScore < q.noScore;
    case AnswerKind::Number:
        // Only a scored number has a calm value; a measurement (housing area) has none.
        if (q.ranges.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return q.min.value_or(0);
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

} // namespace

QJsonValue DemoAssessments::randomAnswer(const Question &q, const QJsonValue &household,
                                         const MeansTestRules &rules, std::mt19937 &rng)
{
    if (!q.required && chance(rng, 25))
        return QJsonValue(QJsonValue::Undefined);
    switch (q.kind) {
    case AnswerKind::Choice:
        // Calmer answers come first in most templates; lean towards them.
        return q.options
            .at(std::min({ uniform(rng, 0, int(q.options.size()) - 1),
                           uniform(rng, 0, int(q.options.size()) - 1),
                           uniform(rng, 0, int(q.options.size()) - 1) }))
            .value;
    case AnswerKind::MultiChoice: {
        QJsonArray picked;
        for (const AnswerOption &o : q.options)
            if (chance(rng, 25))
                picked.append(o.value);
        if (picked.isEmpty() && q.required)
            picked.append(q.options.at(uniform(rng, 0, int(q.options.size()) - 1)).value);
        return picked;
    }
    case AnswerKind::YesNo:
        // Most people meet few of the signs of trouble a template asks about.
        return chance(rng, q.yesScore > q.noScore ? 8 : 50);
    case AnswerKind::Number: {
        const double low = q.min.value_or(0);
        const double high = std::min(q.max.value_or(low + 20), low + 40);
        return double(uniform(rng, int(low), int(high)));
    }
    case AnswerKind::Money: {
        const qint64 low = qint64(q.min.value_or(0));
        return double(low + qint64(uniform(rng, 0, 20000)) * 1000);
    }
    case AnswerKind::Date:
        return QDate::currentDate().addDays(-uniform(rng, 0, 3000)).toString(Qt::ISODate);
    case AnswerKind::Text:
        return QStringLiteral("—");
    case AnswerKind::Household: {
        QJsonArray members = household.toArray();
        for (int i = 1; i < members.size(); ++i)
            if (chance(rng, 10)) {
                QJsonObject m = members.at(i).toObject();
                m.insert(QStringLiteral("counted"), false);
                m.insert(QStringLiteral("reason"), QStringLiteral("lives elsewhere"));
                members[i] = m;
            }
        return members;
    }
    case AnswerKind::Incomes: {
        QJsonArray incomes;
        for (const QJsonValue &v : household.toArray()) {
            if (!chance(rng, 45) || rules.incomeKinds.isEmpty())
                continue;
            const IncomeKind &kind
                = rules.incomeKinds.at(uniform(rng, 0, int(rules.incomeKinds.size()) - 1));
            incomes.append(QJsonObject {
                { QStringLiteral("person"), v.toObject().value(QLatin1String("person")) },
                { QStringLiteral("kind"), kind.id },
                { QStringLiteral("amount"), double(qint64(uniform(rng, 5, 150)) * 100000) } });
        }
        return incomes;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

Answers DemoAssessments::randomAnswers(const AssessmentTemplate &t, const QJsonValue &household,
                                       std::mt19937 &rng)
{
    Answers answers;
    // Each person has a few troubles, not all of them: most answers are the calmest ones.
    const int calm = uniform(rng, 70, 98);
    for (const Section &s : t.sections) {
        if (!s.showIf.holds(Scoring::effectiveAnswers(t, answers)))
            continue;
        for (const Question &q : s.questions) {
            if (!q.showIf.holds(Scoring::effectiveAnswers(t, answers)))
                continue;
            const QJsonValue quiet = calmest(q);
            const QJsonValue v = !quiet.isUndefined() && chance(rng, calm)
                ? quiet
                : randomAnswer(q, household, t.meansTest, rng);
            if (!v.isUndefined())
                answers.insert(q.id, v);
        }
    }
    return answers;
}

Status DemoAssessments::addTo(Assessments &assessments, const QUuid &caseId, const QDate &from,
                              const QStringList &categories, std::mt19937 &rng)
{
    const QDate today = QDate::currentDate();
    const qint64 span = std::max<qint64>(0, from.daysTo(today));
    QStringList wanted;
    if (chance(rng, 40)) {
        wanted << QStringLiteral("difficult_life_situation");
        if (chance(rng, 25))
            wanted << QStringLiteral("difficult_life_situation");
    }
    if (chance(rng, categories.contains(QStringLiteral("low_income_family")) ? 60 : 8))
        wanted << QStringLiteral("means_test");
    if (chance(rng, categories.contains(QStringLiteral("unemployed")) ? 40 : 5))
        wanted << QStringLiteral("employment_profile");
    if (categories.contains(QStringLiteral("returning_migrant")) && chance(rng, 50))
        wanted << QStringLiteral("returning_migrant");
    QDate date = from.addDays(span > 0 ? uniform(rng, 0, int(std::min<qint64>(span, 60))) : 0);
    for (int i = 0; i < wanted.size(); ++i) {
        const AssessmentTemplate *t = assessments.catalogue().current(wanted.at(i), today);
        if (!t)
            continue;
        // A case opened before the template was issued is assessed once it is in force.
        date = std::max(date, t->effectiveFrom);
        Result<QUuid> id = assessments.start(caseId, t->hash, date);
        if (!id)
            return id.status();
        const Answers answers = randomAnswers(*t, assessments.householdAnswer(caseId), rng);
        // The newest one of a case is now and then still a draft.
        const bool last = i == wanted.size() - 1;
        if (last && chance(rng, 30)) {
            if (Status s = assessments.saveDraft(id.value(), answers, date); !s)
                return s;
        } else if (auto done = assessments.complete(id.value(), answers, date); !done) {
            return done.status();
        }
        date = std::min(today, date.addDays(uniform(rng, 20, 120)));
    }
    return Status::ok();
}

} // namespace casedesk
