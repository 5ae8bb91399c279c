#include "scoring.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace casedesk {

namespace {

bool isAnswered(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    return true;
}

const ScoreRange *rangeOf(const Question &q, double value)
{
    for (const ScoreRange &r : q.ranges)
        if ((!r.from || value >= *r.from) && (!r.to || value <= *r.to))
            return &r;
    return nullptr;
}

// The score an answer adds to its domain and the needs it raises.
int scoreOf(const Question &q, const QJsonValue &value, QStringList *needs)
{
    switch (q.kind) {
    case AnswerKind::Choice:
        if (const AnswerOption *o = q.option(value.toString())) {
            *needs << o->needs;
            return o->score;
        }
        return 0;
    case AnswerKind::MultiChoice: {
        int sum = 0;
        for (const QJsonValue &v : value.toArray())
            if (const AnswerOption *o = q.option(v.toString())) {
                *needs << o->needs;
                sum += o->score;
            }
        return sum;
    }
    case AnswerKind::YesNo:
        *needs << (value.toBool() ? q.yesNeeds : q.noNeeds);
        return value.toBool() ? q.yesScore : q.noScore;
    case AnswerKind::Number:
    case AnswerKind::Money:
        if (const ScoreRange *r = rangeOf(q, value.toDouble())) {
            *needs << r->needs;
            return r->score;
        }
        return 0;
    default:
        return 0;
    }
}

bool reached(const std::optional<LevelRule> &rule, int domainsAtLevel, int total)
{
    return rule
        && ((rule->domains && domainsAtLevel >= *rule->domains)
            || (rule->total && total >= *rule->total));
}

} // namespace

bool Scoring::isShown(const AssessmentTemplate &t, const QString &questionId,
                      const Answers &answers)
{
    const Answers effective = effectiveAnswers(t, answers);
    for (const Section &s : t.sections)
        for (const Question &q : s.questions)
            if (q.id == questionId)
                return s.showIf.holds(effective) && q.showIf.holds(effective);
    return false;
}

Answers Scoring::effectiveAnswers(const AssessmentTemplate &t, const Answers &answers)
{
    // In document order, so a rule sees only what is shown before it.
    Answers shown;
    for (const Section &s : t.sections) {
        if (!s.showIf.holds(shown))
            continue;
        for (const Question &q : s.questions)
            if (q.showIf.holds(shown) && isAnswered(answers.value(q.id)))
                shown.insert(q.id, answers.value(q.id));
    }
    return shown;
}

QString Scoring::problem(const Question &q, const QJsonValue &value)
{
    if (!isAnswered(value))
        return q.required ? tr("An answer is required.") : QString();
    const QLocale locale;
    auto outside = [&](double v) -> QString {
        if (q.min && v < *q.min)
            return tr("The smallest accepted value is %1.")
                .arg(q.kind == AnswerKind::Money ? locale.toString(*q.min / 100.0, 'f', 2)
                                                 : locale.toString(*q.min));
        if (q.max && v > *q.max)
            return tr("The largest accepted value is %1.")
                .arg(q.kind == AnswerKind::Money ? locale.toString(*q.max / 100.0, 'f', 2)
                                                 : locale.toString(*q.max));
        return QString();
    };
    switch (q.kind) {
    case AnswerKind::Choice:
        return q.option(value.toString()) ? QString() : tr("Choose one of the listed answers.");
    case AnswerKind::MultiChoice:
        for (const QJsonValue &v : value.toArray())
            if (!q.option(v.toString()))
                return tr("Choose among the listed answers.");
        return QString();
    case AnswerKind::Number: {
        if (!value.isDouble())
            return tr("Enter a number.");
        const double scaled = value.toDouble() * std::pow(10.0, q.decimals);
        if (std::abs(scaled - std::round(scaled)) > 1e-6)
            return q.decimals == 0
                ? tr("Enter a whole number.")
                : tr("Enter at most %n digit(s) after the decimal point.", nullptr, q.decimals);
        return outside(value.toDouble());
    }
    case AnswerKind::Money:
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return tr("Enter an amount of money.");
        return value.toDouble() < 0 ? tr("An amount cannot be negative.")
                                    : outside(value.toDouble());
    case AnswerKind::Date:
        return QDate::fromString(value.toString(), Qt::ISODate).isValid()
            ? QString()
            : tr("Enter a valid date.");
    case AnswerKind::YesNo:
        return value.isBool() ? QString() : tr("Answer yes or no.");
    case AnswerKind::Text:
        return value.isString() ? QString() : tr("Enter a text.");
    case AnswerKind::Household:
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject m = v.toObject();
            if (!m.value(QLatin1String("counted")).toBool(true)
                && m.value(QLatin1String("reason")).toString().trimmed().isEmpty())
                return tr("Give the reason why %1 is not counted.")
                    .arg(m.value(QLatin1String("name")).toString());
        }
        return QString();
    case AnswerKind::Incomes:
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject i = v.toObject();
            const QJsonValue amount = i.value(QLatin1String("amount"));
            if (!amount.isDouble() || amount.toDouble() < 0
                || amount.toDouble() != double(qint64(amount.toDouble())))
                return tr("Every income needs an amount that is not negative.");
            if (i.value(QLatin1String("kind")).toString().isEmpty()
                || i.value(QLatin1String("person")).toString().isEmpty())
                return tr("Every income needs a household member and a kind.");
        }
        return QString();
    }
    return QString();
}

QMap<QString, QString> Scoring::problems(const AssessmentTemplate &t, const Answers &answers)
{
    QMap<QString, QString> found;
    const Answers effective = effectiveAnswers(t, answers);
    for (const Section &s : t.sections) {
        if (!s.showIf.holds(effective))
            continue;
        for (const Question &q : s.questions) {
            if (!q.showIf.holds(effective))
                continue;
            const QString message = problem(q, answers.value(q.id));
            if (!message.isEmpty())
                found.insert(q.id, message);
        }
    }
    return found;
}

Level Scoring::domainLevel(const Domain &domain, int score)
{
    if (score >= domain.emergency)
        return Level::Emergency;
    if (score >= domain.crisis)
        return Level::Crisis;
    return Level::None;
}

AssessmentResult Scoring::score(const AssessmentTemplate &t, const Answers &answers)
{
    AssessmentResult result;
    result.templateId = t.id;
    result.templateVersion = t.version;
    result.templateHash = t.hash;
    const Answers effective = effectiveAnswers(t, answers);
    QHash<QString, int> scores;
    QStringList raised;
    for (const Question *q : t.questions()) {
        if (!effective.contains(q->id))
            continue;
        const int s = scoreOf(*q, effective.value(q->id), &raised);
        if (!q->domain.isEmpty())
            scores[q->domain] += s;
    }
    int atEmergency = 0;
    int atCrisis = 0;
    for (const Domain &d : t.domains) {
        DomainScore ds { d.id, scores.value(d.id), Level::None };
        ds.level = domainLevel(d, ds.score);
        result.total += ds.score;
        if (ds.level >= Level::Crisis) {
            ++atCrisis;
            raised << d.crisisNeeds;
        }
        if (ds.level == Level::Emergency) {
            ++atEmergency;
            raised << d.emergencyNeeds;
        }
        result.domains << ds;
    }
    if (t.kind == TemplateKind::Scored) {
        result.hasLevel = true;
        result.level = reached(t.emergency, atEmergency, result.total) ? Level::Emergency
            : reached(t.crisis, atCrisis, result.total)                ? Level::Crisis
                                                                       : Level::None;
    }
    for (const Need &n : t.needs)
        if (raised.contains(n.id))
            result.needs << n.id;
    return result;
}

} // namespace casedesk
