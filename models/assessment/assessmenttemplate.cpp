#include "assessmenttemplate.h"

#include "vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace casedesk {

namespace {

const QList<QPair<const char *, AnswerKind>> &kindNames()
{
    static const QList<QPair<const char *, AnswerKind>> names = {
        { "choice", AnswerKind::Choice },   { "multi_choice", AnswerKind::MultiChoice },
        { "number", AnswerKind::Number },   { "money", AnswerKind::Money },
        { "date", AnswerKind::Date },       { "yes_no", AnswerKind::YesNo },
        { "text", AnswerKind::Text },       { "household", AnswerKind::Household },
        { "incomes", AnswerKind::Incomes },
    };
    return names;
}

// Reads one JSON object of the template, refusing keys it does not know and collecting the
// first problem with a "where" prefix ("question \"car\": …").
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, QString *error)
        : m_object(object), m_where(std::move(where)), m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = m_where.isEmpty() ? message : m_where + QStringLiteral(": ") + message;
    }
    void allow(std::initializer_list<const char *> keys)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                fail(AssessmentTemplate::tr("the key \"%1\" is not part of the template format")
                         .arg(it.key()));
        }
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QString id(const char *key)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        const QJsonValue v = value(key);
        if (!v.isString() || !pattern.match(v.toString()).hasMatch()) {
            fail(AssessmentTemplate::tr("\"%1\" must be an id of lower-case letters, digits and _")
                     .arg(QLatin1String(key)));
            return QString();
        }
        return v.toString();
    }
    LocalText text(const char *key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() && !required)
            return {};
        const QJsonObject o = v.toObject();
        const LocalText t = LocalText::fromJson(o);
        bool onlyLanguages = true;
        for (auto it = o.begin(); it != o.end(); ++it)
            onlyLanguages = onlyLanguages
                && (it.key() == QLatin1String("en") || it.key() == QLatin1String("ru"));
        if (!v.isObject() || t.en.trimmed().isEmpty() || t.ru.trimmed().isEmpty() || !onlyLanguages)
            fail(AssessmentTemplate::tr(
                     "\"%1\" must give a text in English (en) and in Russian (ru)")
                     .arg(QLatin1String(key)));
        return t;
    }
    std::optional<double> number(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(AssessmentTemplate::tr("\"%1\" must be a number").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return v.toDouble();
    }
    int integer(const char *key, int fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            fail(AssessmentTemplate::tr("\"%1\" must be a whole number").arg(QLatin1String(key)));
            return fallback;
        }
        return int(v.toDouble());
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = value(key);
        if (!v.isUndefined() && !v.isBool())
            fail(AssessmentTemplate::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
        return v.toBool();
    }
    QStringList ids(const QJsonValue &v, const char *key)
    {
        QStringList list;
        if (v.isUndefined())
            return list;
        if (!v.isArray()) {
            fail(AssessmentTemplate::tr("\"%1\" must be a list of ids").arg(QLatin1String(key)));
            return list;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(
                    AssessmentTemplate::tr("\"%1\" must be a list of ids").arg(QLatin1String(key)));
            list << item.toString();
        }
        return list;
    }
    QJsonArray array(const char *key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray() || (required && v.toArray().isEmpty()))
            fail(AssessmentTemplate::tr("\"%1\" must be a list that is not empty")
                     .arg(QLatin1String(key)));
        return v.toArray();
    }
    SkipRule rule(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(AssessmentTemplate::tr("\"%1\" must be a rule in quotes").arg(QLatin1String(key)));
            return {};
        }
        Result<SkipRule> r = SkipRule::parse(v.toString());
        if (!r) {
            fail(AssessmentTemplate::tr("the show-if rule does not parse: %1").arg(r.message()));
            return {};
        }
        return r.value();
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

QString questionWhere(const QString &id)
{
    return AssessmentTemplate::tr("question \"%1\"").arg(id);
}

QList<ScoreRange> readRanges(Reader &r, const QJsonArray &array, QString *error,
                             const QString &where)
{
    QList<ScoreRange> ranges;
    int n = 0;
    for (const QJsonValue &v : array) {
        ++n;
        Reader rr(v.toObject(), where, error);
        rr.allow({ "from", "to", "score", "needs" });
        ScoreRange range;
        range.from = rr.number("from");
        range.to = rr.number("to");
        range.score = rr.integer("score", 0);
        range.needs = rr.ids(rr.value("needs"), "needs");
        if (range.from && range.to && *range.from > *range.to)
            rr.fail(AssessmentTemplate::tr("the range %1 ends before it starts").arg(n));
        for (int i = 0; i < ranges.size(); ++i) {
            const ScoreRange &o = ranges.at(i);
            const double lo1 = range.from.value_or(-1e300), hi1 = range.to.value_or(1e300);
            const double lo2 = o.from.value_or(-1e300), hi2 = o.to.value_or(1e300);
            if (lo1 <= hi2 && lo2 <= hi1)
                rr.fail(
                    AssessmentTemplate::tr("the range %1 overlaps the range %2").arg(n).arg(i + 1));
        }
        ranges << range;
    }
    Q_UNUSED(r);
    return ranges;
}

Question readQuestion(const QJsonObject &o, QString *error)
{
    Question q;
    q.id = o.value(QLatin1String("id")).toString();
    Reader r(o, questionWhere(q.id), error);
    r.allow({ "id", "kind", "text", "help", "required", "show_if", "domain", "options", "scores",
              "needs", "min", "max", "decimals", "ranges", "multiline" });
    q.id = r.id("id");
    const QString kind = o.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &[name, k] : kindNames())
        if (kind == QLatin1String(name)) {
            q.kind = k;
            known = true;
        }
    if (!known)
        r.fail(AssessmentTemplate::tr(
                   "the answer kind \"%1\" is not one of choice, multi_choice, number, money, "
                   "date, yes_no, text, household, incomes")
                   .arg(kind));
    q.text = r.text("text", true);
    q.help = r.text("help", false);
    q.required = r.boolean("required");
    q.showIf = r.rule("show_if");
    if (r.has("domain"))
        q.domain = r.id("domain");
    const bool choice = q.kind == AnswerKind::Choice || q.kind == AnswerKind::MultiChoice;
    const bool numeric = q.kind == AnswerKind::Number || q.kind == AnswerKind::Money;
    auto only = [&](const char *key, bool allowed) {
        if (r.has(key) && !allowed)
            r.fail(AssessmentTemplate::tr("\"%1\" does not apply to a %2 question")
                       .arg(QLatin1String(key), kind));
    };
    only("options", choice);
    only("scores", q.kind == AnswerKind::YesNo);
    only("needs", q.kind == AnswerKind::YesNo);
    only("min", numeric);
    only("max", numeric);
    only("ranges", numeric);
    only("decimals", q.kind == AnswerKind::Number);
    only("multiline", q.kind == AnswerKind::Text);
    if (choice) {
        const QJsonArray options = r.array("options", true);
        if (options.size() < 2)
            r.fail(AssessmentTemplate::tr("a choice needs at least two options"));
        for (const QJsonValue &v : options) {
            Reader orr(v.toObject(), questionWhere(q.id), error);
            orr.allow({ "value", "text", "score", "needs" });
            AnswerOption option;
            option.value = orr.id("value");
            option.text = orr.text("text", true);
            option.score = orr.integer("score", 0);
            option.needs = orr.ids(orr.value("needs"), "needs");
            if (q.option(option.value))
                orr.fail(
                    AssessmentTemplate::tr("the option \"%1\" appears twice").arg(option.value));
            q.options << option;
        }
    }
    if (q.kind == AnswerKind::YesNo) {
        const QJsonObject scores = r.value("scores").toObject();
        const QJsonObject needs = r.value("needs").toObject();
        Reader sr(scores, questionWhere(q.id), error);
        sr.allow({ "yes", "no" });
        q.yesScore = sr.integer("yes", 0);
        q.noScore = sr.integer("no", 0);
        Reader nr(needs, questionWhere(q.id), error);
        nr.allow({ "yes", "no" });
        q.yesNeeds = nr.ids(nr.value("yes"), "needs");
        q.noNeeds = nr.ids(nr.value("no"), "needs");
    }
    if (numeric) {
        q.min = r.number("min");
        q.max = r.number("max");
        if (q.min && q.max && *q.min > *q.max)
            r.fail(AssessmentTemplate::tr("\"min\" is greater than \"max\""));
        q.ranges = readRanges(r, r.array("ranges", false), error, questionWhere(q.id));
    }
    if (q.kind == AnswerKind::Number) {
        q.decimals = r.integer("decimals", 0);
        if (q.decimals < 0 || q.decimals > 3)
            r.fail(AssessmentTemplate::tr("\"decimals\" must be 0 to 3"));
    }
    q.multiline = r.boolean("multiline");
    return q;
}

// The show-if rule may only read questions asked before it, with values they can have.
void checkRule(const SkipRule &rule, const QHash<QString, Question> &before, const QString &where,
               QString *error)
{
    Reader r(QJsonObject(), where, error);
    for (const SkipRule::Condition &c : rule.conditions()) {
        const auto found = before.constFind(c.question);
        const Question *q = found == before.cend() ? nullptr : &found.value();
        if (!q) {
            r.fail(AssessmentTemplate::tr(
                       "the show-if rule names \"%1\", which is not asked before it")
                       .arg(c.question));
            return;
        }
        if (c.op == QLatin1String("answered"))
            continue;
        const bool ordering = c.op != QLatin1String("=") && c.op != QLatin1String("!=")
            && c.op != QLatin1String("includes");
        switch (q->kind) {
        case AnswerKind::Choice:
            if (c.op == QLatin1String("includes") || ordering)
                r.fail(
                    AssessmentTemplate::tr("the show-if rule can only compare \"%1\" with = or !=")
                        .arg(c.question));
            else if (!c.literal.isString() || !q->option(c.literal.toString()))
                r.fail(AssessmentTemplate::tr(
                           "the show-if rule compares \"%1\" with \"%2\", which is not one of "
                           "its options")
                           .arg(c.question, c.literal.toVariant().toString()));
            break;
        case AnswerKind::MultiChoice:
            if (c.op != QLatin1String("includes"))
                r.fail(AssessmentTemplate::tr(
                           "the show-if rule can only ask whether \"%1\" includes an option")
                           .arg(c.question));
            else if (!q->option(c.literal.toString()))
                r.fail(AssessmentTemplate::tr(
                           "the show-if rule asks for \"%2\", which is not an option of \"%1\"")
                           .arg(c.question, c.literal.toString()));
            break;
        case AnswerKind::YesNo:
            if (ordering || c.op == QLatin1String("includes") || !c.literal.isBool())
                r.fail(AssessmentTemplate::tr(
                           "the show-if rule can only compare \"%1\" with = yes or = no")
                           .arg(c.question));
            break;
        case AnswerKind::Number:
        case AnswerKind::Money:
            if (c.op == QLatin1String("includes") || !c.literal.isDouble())
                r.fail(AssessmentTemplate::tr("the show-if rule must compare \"%1\" with a number")
                           .arg(c.question));
            break;
        case AnswerKind::Date:
            if (c.op == QLatin1String("includes")
                || !QDate::fromString(c.literal.toString(), Qt::ISODate).isValid())
                r.fail(AssessmentTemplate::tr(
                           "the show-if rule must compare \"%1\" with a date 'YYYY-MM-DD'")
                           .arg(c.question));
            break;
        default:
            r.fail(AssessmentTemplate::tr("the show-if rule cannot compare the answer of \"%1\"")
                       .arg(c.question));
        }
    }
}

void readDomains(Reader &r, AssessmentTemplate &t, QString *error)
{
    for (const QJsonValue &v : r.array("domains", t.kind == TemplateKind::Scored)) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        Reader dr(v.toObject(), AssessmentTemplate::tr("domain \"%1\"").arg(id), error);
        dr.allow({ "id", "title", "crisis", "emergency", "needs" });
        Domain d;
        d.id = dr.id("id");
        d.title = dr.text("title", true);
        d.crisis = dr.integer("crisis", 0);
        d.emergency = dr.integer("emergency", 0);
        if (d.crisis <= 0 || d.emergency <= d.crisis)
            dr.fail(AssessmentTemplate::tr(
                "\"emergency\" must be greater than \"crisis\", and both above 0"));
        Reader nr(dr.value("needs").toObject(), AssessmentTemplate::tr("domain \"%1\"").arg(id),
                  error);
        nr.allow({ "crisis", "emergency" });
        d.crisisNeeds = nr.ids(nr.value("crisis"), "needs");
        d.emergencyNeeds = nr.ids(nr.value("emergency"), "needs");
        if (t.domain(d.id))
            dr.fail(AssessmentTemplate::tr("the domain appears twice"));
        t.domains << d;
    }
}

std::optional<LevelRule> readLevel(Reader &overall, const char *key, QString *error)
{
    if (!overall.has(key))
        return std::nullopt;
    Reader r(overall.value(key).toObject(),
             AssessmentTemplate::tr("overall level \"%1\"").arg(QLatin1String(key)), error);
    r.allow({ "domains", "total" });
    LevelRule rule;
    if (r.has("domains"))
        rule.domains = r.integer("domains", 1);
    if (r.has("total"))
        rule.total = r.integer("total", 1);
    if (!rule.domains && !rule.total)
        r.fail(AssessmentTemplate::tr("give \"domains\", \"total\" or both"));
    if ((rule.domains && *rule.domains < 1) || (rule.total && *rule.total < 1))
        r.fail(AssessmentTemplate::tr("the thresholds must be above 0"));
    return rule;
}

void readMeansTest(Reader &r, AssessmentTemplate &t, QString *error)
{
    if (!r.has("means_test")) {
        if (t.kind == TemplateKind::MeansTest)
            r.fail(AssessmentTemplate::tr("a means test needs a \"means_test\" part"));
        return;
    }
    if (t.kind != TemplateKind::MeansTest) {
        r.fail(AssessmentTemplate::tr("only a means-test template has a \"means_test\" part"));
        return;
    }
    Reader m(r.value("means_test").toObject(), AssessmentTemplate::tr("means test"), error);
    m.allow({ "period_months", "household_question", "income_question", "housing_area_question",
              "welfare_flags", "income_kinds" });
    MeansTestRules &rules = t.meansTest;
    rules.periodMonths = m.integer("period_months", 3);
    if (rules.periodMonths < 1 || rules.periodMonths > 24)
        m.fail(AssessmentTemplate::tr("\"period_months\" must be 1 to 24"));
    auto questionOf = [&](const char *key, AnswerKind kind, bool required) {
        if (!m.has(key) && !required)
            return QString();
        const QString id = m.id(key);
        const Question *q = t.question(id);
        if (!id.isEmpty() && (!q || q->kind != kind))
            m.fail(AssessmentTemplate::tr("\"%1\" must name a %2 question of the template")
                       .arg(QLatin1String(key), answerKindKey(kind)));
        return id;
    };
    rules.householdQuestion = questionOf("household_question", AnswerKind::Household, true);
    rules.incomesQuestion = questionOf("income_question", AnswerKind::Incomes, true);
    rules.housingAreaQuestion = questionOf("housing_area_question", AnswerKind::Number, false);
    rules.welfareFlags = m.ids(m.value("welfare_flags"), "welfare_flags");
    for (const QString &id : std::as_const(rules.welfareFlags)) {
        const Question *q = t.question(id);
        if (!q || q->kind != AnswerKind::YesNo)
            m.fail(AssessmentTemplate::tr("the welfare flag \"%1\" must be a yes/no question")
                       .arg(id));
    }
    for (const QJsonValue &v : m.array("income_kinds", true)) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        Reader kr(v.toObject(), AssessmentTemplate::tr("income kind \"%1\"").arg(id), error);
        kr.allow({ "id", "text", "counts" });
        IncomeKind kind;
        kind.id = kr.id("id");
        kind.text = kr.text("text", true);
        if (!kr.value("counts").isBool())
            kr.fail(AssessmentTemplate::tr("\"counts\" must be true or false"));
        kind.counts = kr.value("counts").toBool();
        if (rules.incomeKind(kind.id))
            kr.fail(AssessmentTemplate::tr("the income kind appears twice"));
        rules.incomeKinds << kind;
    }
}

// Needs and domains named anywhere must be declared.
void checkReferences(AssessmentTemplate &t, QString *error)
{
    Reader r(QJsonObject(), QString(), error);
    auto needsKnown = [&](const QStringList &needs, const QString &where) {
        for (const QString &n : needs)
            if (!t.need(n))
                r.fail(AssessmentTemplate::tr(
                           "%1: the need \"%2\" is not in the template's list of needs")
                           .arg(where, n));
    };
    for (const Domain &d : std::as_const(t.domains)) {
        needsKnown(d.crisisNeeds, AssessmentTemplate::tr("domain \"%1\"").arg(d.id));
        needsKnown(d.emergencyNeeds, AssessmentTemplate::tr("domain \"%1\"").arg(d.id));
    }
    for (const Question *q : t.questions()) {
        const QString where = questionWhere(q->id);
        if (!q->domain.isEmpty() && !t.domain(q->domain))
            r.fail(AssessmentTemplate::tr("%1: the domain \"%2\" is not in the template's domains")
                       .arg(where, q->domain));
        for (const AnswerOption &o : q->options)
            needsKnown(o.needs, where);
        for (const ScoreRange &range : q->ranges)
            needsKnown(range.needs, where);
        needsKnown(q->yesNeeds, where);
        needsKnown(q->noNeeds, where);
        if ((q->kind == AnswerKind::Household || q->kind == AnswerKind::Incomes)
            && t.kind != TemplateKind::MeansTest)
            r.fail(
                AssessmentTemplate::tr("%1: household and incomes questions belong to a means test")
                    .arg(where));
    }
}

} // namespace

QString answerKindKey(AnswerKind kind)
{
    for (const auto &[name, k] : kindNames())
        if (k == kind)
            return QString::fromLatin1(name);
    return QString();
}

const AnswerOption *Question::option(const QString &value) const
{
    for (const AnswerOption &o : options)
        if (o.value == value)
            return &o;
    return nullptr;
}

const IncomeKind *MeansTestRules::incomeKind(const QString &id) const
{
    for (const IncomeKind &k : incomeKinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

Result<AssessmentTemplate> AssessmentTemplate::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Status::error(tr("The template is not valid JSON (at character %1: %2).")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    if (!doc.isObject())
        return Status::error(tr("The template is not a JSON object."));
    const QJsonObject root = doc.object();
    AssessmentTemplate t;
    t.json = json;
    t.hash
        = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    QString error;
    Reader r(root, QString(), &error);
    r.allow({ "format", "id", "version", "effective_from", "kind", "title", "description", "needs",
              "domains", "overall", "sections", "means_test" });
    const int format = r.integer("format", 0);
    if (format > 1)
        return Status::error(
            tr("The template was made for a newer CaseDesk (format %1).").arg(format));
    if (format != 1)
        r.fail(tr("\"format\" must be 1"));
    t.id = r.id("id");
    t.version = r.integer("version", 0);
    if (t.version < 1)
        r.fail(tr("\"version\" must be a whole number from 1"));
    t.effectiveFrom
        = QDate::fromString(root.value(QLatin1String("effective_from")).toString(), Qt::ISODate);
    if (!t.effectiveFrom.isValid())
        r.fail(tr("\"effective_from\" must be a date YYYY-MM-DD"));
    const QString kind = root.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("scored"))
        t.kind = TemplateKind::Scored;
    else if (kind == QLatin1String("means_test"))
        t.kind = TemplateKind::MeansTest;
    else if (kind == QLatin1String("profile"))
        t.kind = TemplateKind::Profile;
    else
        r.fail(tr("\"kind\" must be scored, means_test or profile"));
    t.title = r.text("title", true);
    t.description = r.text("description", false);
    for (const QJsonValue &v : r.array("needs", false)) {
        Reader nr(v.toObject(),
                  tr("need \"%1\"").arg(v.toObject().value(QLatin1String("id")).toString()),
                  &error);
        nr.allow({ "id", "text" });
        Need need { nr.id("id"), nr.text("text", true) };
        if (t.need(need.id))
            nr.fail(tr("the need appears twice"));
        t.needs << need;
    }
    readDomains(r, t, &error);
    if (t.kind == TemplateKind::Scored) {
        Reader overall(root.value(QLatin1String("overall")).toObject(), QString(), &error);
        if (!r.has("overall"))
            r.fail(tr("a scored template needs an \"overall\" rule"));
        overall.allow({ "crisis", "emergency" });
        t.crisis = readLevel(overall, "crisis", &error);
        t.emergency = readLevel(overall, "emergency", &error);
        if (r.has("overall") && (!t.crisis || !t.emergency))
            overall.fail(tr("\"overall\" needs both \"crisis\" and \"emergency\""));
    } else if (r.has("overall") || (r.has("domains") && t.kind == TemplateKind::MeansTest)) {
        r.fail(tr("only a scored template has domains and an overall level"));
    }
    QHash<QString, Question> asked;
    QSet<QString> sectionIds;
    const QJsonArray sections = r.array("sections", true);
    for (const QJsonValue &v : sections) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        Reader sr(v.toObject(), tr("section \"%1\"").arg(id), &error);
        sr.allow({ "id", "title", "help", "show_if", "questions" });
        Section s;
        s.id = sr.id("id");
        s.title = sr.text("title", true);
        s.help = sr.text("help", false);
        s.showIf = sr.rule("show_if");
        if (sectionIds.contains(s.id))
            sr.fail(tr("the section appears twice"));
        sectionIds.insert(s.id);
        checkRule(s.showIf, asked, tr("section \"%1\"").arg(s.id), &error);
        for (const QJsonValue &qv : sr.array("questions", true)) {
            Question q = readQuestion(qv.toObject(), &error);
            if (!error.isEmpty())
                break;
            if (asked.contains(q.id)) {
                sr.fail(tr("the question \"%1\" appears twice").arg(q.id));
                break;
            }
            checkRule(q.showIf, asked, questionWhere(q.id), &error);
            asked.insert(q.id, q);
            s.questions << q;
        }
        t.sections << s;
        if (!error.isEmpty())
            break;
    }
    if (error.isEmpty())
        readMeansTest(r, t, &error);
    if (error.isEmpty())
        checkReferences(t, &error);
    if (!error.isEmpty())
        return Status::error(tr("The template %1 cannot be used: %2.")
                                 .arg(t.id.isEmpty() ? tr("(without an id)") : t.id, error));
    return t;
}

const Question *AssessmentTemplate::question(const QString &questionId) const
{
    for (const Section &s : sections)
        for (const Question &q : s.questions)
            if (q.id == questionId)
                return &q;
    return nullptr;
}

const Domain *AssessmentTemplate::domain(const QString &domainId) const
{
    for (const Domain &d : domains)
        if (d.id == domainId)
            return &d;
    return nullptr;
}

const Need *AssessmentTemplate::need(const QString &needId) const
{
    for (const Need &n : needs)
        if (n.id == needId)
            return &n;
    return nullptr;
}

QList<const Question *> AssessmentTemplate::questions() const
{
    QList<const Question *> list;
    for (const Section &s : sections)
        for (const Question &q : s.questions)
            list << &q;
    return list;
}

QString AssessmentTemplate::label() const
{
    return tr("%1, version %2 (from %3)")
        .arg(title.text())
        .arg(version)
        .arg(displayDate(effectiveFrom));
}

} // namespace casedesk
