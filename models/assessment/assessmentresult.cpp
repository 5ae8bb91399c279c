#include "assessmentresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk {

namespace {

struct ResultTexts
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentResult)
};

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 integerOf(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

} // namespace

QString levelKey(Level level)
{
    switch (level) {
    case Level::None:
        return QStringLiteral("none");
    case Level::Crisis:
        return QStringLiteral("crisis");
    case Level::Emergency:
        return QStringLiteral("emergency");
    }
    return QString();
}

Level levelFromKey(const QString &key)
{
    if (key == QLatin1String("emergency"))
        return Level::Emergency;
    if (key == QLatin1String("crisis"))
        return Level::Crisis;
    return Level::None;
}

QString levelText(Level level)
{
    switch (level) {
    case Level::None:
        return ResultTexts::tr("none");
    case Level::Crisis:
        return ResultTexts::tr("crisis");
    case Level::Emergency:
        return ResultTexts::tr("emergency");
    }
    return QString();
}

QString outcomeKey(MeansTestOutcome outcome)
{
    switch (outcome) {
    case MeansTestOutcome::Eligible:
        return QStringLiteral("eligible");
    case MeansTestOutcome::NotEligible:
        return QStringLiteral("not_eligible");
    case MeansTestOutcome::ReferToCommission:
        return QStringLiteral("refer_to_commission");
    case MeansTestOutcome::CannotCompute:
        return QStringLiteral("cannot_compute");
    }
    return QString();
}

MeansTestOutcome outcomeFromKey(const QString &key)
{
    for (MeansTestOutcome o : { MeansTestOutcome::Eligible, MeansTestOutcome::NotEligible,
                                MeansTestOutcome::ReferToCommission })
        if (outcomeKey(o) == key)
            return o;
    return MeansTestOutcome::CannotCompute;
}

QString outcomeText(MeansTestOutcome outcome)
{
    switch (outcome) {
    case MeansTestOutcome::Eligible:
        return ResultTexts::tr("eligible");
    case MeansTestOutcome::NotEligible:
        return ResultTexts::tr("not eligible");
    case MeansTestOutcome::ReferToCommission:
        return ResultTexts::tr("refer to the local commission");
    case MeansTestOutcome::CannotCompute:
        return ResultTexts::tr("cannot be computed");
    }
    return QString();
}

const DomainScore *AssessmentResult::domain(const QString &id) const
{
    for (const DomainScore &d : domains)
        if (d.domain == id)
            return &d;
    return nullptr;
}

QJsonObject AssessmentResult::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("rules_version"), rulesVersion);
    o.insert(QLatin1String("template_id"), templateId);
    o.insert(QLatin1String("template_version"), templateVersion);
    o.insert(QLatin1String("template_hash"), templateHash);
    QJsonArray domainList;
    for (const DomainScore &d : domains)
        domainList.append(QJsonObject { { QLatin1String("id"), d.domain },
                                        { QLatin1String("score"), d.score },
                                        { QLatin1String("level"), levelKey(d.level) } });
    o.insert(QLatin1String("domains"), domainList);
    if (hasLevel)
        o.insert(QLatin1String("level"), levelKey(level));
    o.insert(QLatin1String("total"), total);
    o.insert(QLatin1String("needs"), QJsonArray::fromStringList(needs));
    QJsonArray params;
    for (const ParameterUse &p : parameters)
        params.append(QJsonObject { { QLatin1String("name"), p.name },
                                    { QLatin1String("region"), p.region },
                                    { QLatin1String("value"), double(p.value) },
                                    { QLatin1String("effective_from"), dateKey(p.effectiveFrom) },
                                    { QLatin1String("source"), p.source } });
    o.insert(QLatin1String("parameters"), params);
    if (isMeansTest) {
        const MeansTestFigures &m = meansTest;
        QJsonObject mt;
        mt.insert(QLatin1String("period_start"), dateKey(m.periodStart));
        mt.insert(QLatin1String("period_end"), dateKey(m.periodEnd));
        mt.insert(QLatin1String("period_months"), m.periodMonths);
        QJsonArray members;
        for (const MemberLine &l : m.members)
            members.append(QJsonObject { { QLatin1String("person"), l.person },
                                         { QLatin1String("name"), l.name },
                                         { QLatin1String("counted"), l.counted },
                                         { QLatin1String("reason"), l.reason } });
        mt.insert(QLatin1String("members"), members);
        QJsonArray incomes;
        for (const IncomeLine &l : m.incomes)
            incomes.append(
                QJsonObject { { QLatin1String("person"), l.person },
                              { QLatin1String("name"), l.name },
                              { QLatin1String("kind"), l.kind },
                              { QLatin1String("amount"), double(l.amount) },
                              { QLatin1String("counted"), l.counted },
                              { QLatin1String("not_counted_because"), l.notCountedBecause } });
        mt.insert(QLatin1String("incomes"), incomes);
        mt.insert(QLatin1String("counted_members"), m.countedMembers);
        mt.insert(QLatin1String("counted_income"), double(m.countedIncome));
        mt.insert(QLatin1String("per_capita_monthly"), double(m.perCapitaMonthly));
        mt.insert(QLatin1String("subsistence_minimum"), double(m.subsistenceMinimum));
        mt.insert(QLatin1String("poverty_line_share"), double(m.povertyLineShare));
        mt.insert(QLatin1String("poverty_line"), double(m.povertyLine));
        mt.insert(QLatin1String("housing_area"), m.housingArea);
        mt.insert(QLatin1String("housing_norm"), double(m.housingNorm));
        mt.insert(QLatin1String("flags"), QJsonArray::fromStringList(m.flags));
        mt.insert(QLatin1String("outcome"), outcomeKey(m.outcome));
        mt.insert(QLatin1String("cannot_compute_reason"), m.cannotComputeReason);
        o.insert(QLatin1String("means_test"), mt);
    }
    return o;
}

AssessmentResult AssessmentResult::fromJson(const QJsonObject &o)
{
    AssessmentResult r;
    r.rulesVersion = o.value(QLatin1String("rules_version")).toInt(1);
    r.templateId = o.value(QLatin1String("template_id")).toString();
    r.templateVersion = o.value(QLatin1String("template_version")).toInt();
    r.templateHash = o.value(QLatin1String("template_hash")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("domains")).toArray()) {
        const QJsonObject d = v.toObject();
        r.domains.append({ d.value(QLatin1String("id")).toString(),
                           d.value(QLatin1String("score")).toInt(),
                           levelFromKey(d.value(QLatin1String("level")).toString()) });
    }
    r.hasLevel = o.contains(QLatin1String("level"));
    r.level = levelFromKey(o.value(QLatin1String("level")).toString());
    r.total = o.value(QLatin1String("total")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("needs")).toArray())
        r.needs << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject p = v.toObject();
        r.parameters.append({ p.value(QLatin1String("name")).toString(),
                              p.value(QLatin1String("region")).toString(),
                              integerOf(p.value(QLatin1String("value"))),
                              dateOf(p.value(QLatin1String("effective_from"))),
                              p.value(QLatin1String("source")).toString() });
    }
    r.isMeansTest = o.contains(QLatin1String("means_test"));
    if (r.isMeansTest) {
        const QJsonObject mt = o.value(QLatin1String("means_test")).toObject();
        MeansTestFigures &m = r.meansTest;
        m.periodStart = dateOf(mt.value(QLatin1String("period_start")));
        m.periodEnd = dateOf(mt.value(QLatin1String("period_end")));
        m.periodMonths = mt.value(QLatin1String("period_months")).toInt(3);
        for (const QJsonValue &v : mt.value(QLatin1String("members")).toArray()) {
            const QJsonObject l = v.toObject();
            m.members.append({ l.value(QLatin1String("person")).toString(),
                               l.value(QLatin1String("name")).toString(),
                               l.value(QLatin1String("counted")).toBool(),
                               l.value(QLatin1String("reason")).toString() });
        }
        for (const QJsonValue &v : mt.value(QLatin1String("incomes")).toArray()) {
            const QJsonObject l = v.toObject();
            m.incomes.append({ l.value(QLatin1String("person")).toString(),
                               l.value(QLatin1String("name")).toString(),
                               l.value(QLatin1String("kind")).toString(),
                               integerOf(l.value(QLatin1String("amount"))),
                               l.value(QLatin1String("counted")).toBool(),
                               l.value(QLatin1String("not_counted_because")).toString() });
        }
        m.countedMembers = mt.value(QLatin1String("counted_members")).toInt();
        m.countedIncome = integerOf(mt.value(QLatin1String("counted_income")));
        m.perCapitaMonthly = integerOf(mt.value(QLatin1String("per_capita_monthly")));
        m.subsistenceMinimum = integerOf(mt.value(QLatin1String("subsistence_minimum")));
        m.povertyLineShare = integerOf(mt.value(QLatin1String("poverty_line_share")));
        m.povertyLine = integerOf(mt.value(QLatin1String("poverty_line")));
        m.housingArea = mt.value(QLatin1String("housing_area")).toDouble(-1);
        m.housingNorm = integerOf(mt.value(QLatin1String("housing_norm")));
        for (const QJsonValue &v : mt.value(QLatin1String("flags")).toArray())
            m.flags << v.toString();
        m.outcome = outcomeFromKey(mt.value(QLatin1String("outcome")).toString());
        m.cannotComputeReason = mt.value(QLatin1String("cannot_compute_reason")).toString();
    }
    return r;
}

} // namespace casedesk
