#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// The overall or domain level of a difficult life situation.
enum class Level { None, Crisis, Emergency };
QString levelKey(Level level); // "none", "crisis", "emergency"
Level levelFromKey(const QString &key);
QString levelText(Level level);

struct DomainScore
{
    QString domain;
    int score = 0;
    Level level = Level::None;
};

enum class MeansTestOutcome { Eligible, NotEligible, ReferToCommission, CannotCompute };
QString outcomeKey(MeansTestOutcome outcome);
MeansTestOutcome outcomeFromKey(const QString &key);
QString outcomeText(MeansTestOutcome outcome);

// A parameter value a result was computed with, and where it came from.
struct ParameterUse
{
    QString name;
    QString region;
    qint64 value = 0;
    QDate effectiveFrom;
    QString source; // "central desk" row id, or "shipped"
};

struct MemberLine
{
    QString person;
    QString name;
    bool counted = true;
    QString reason;
};

struct IncomeLine
{
    QString person;
    QString name;
    QString kind;
    qint64 amount = 0; // minor units over the whole income period
    bool counted = true;
    QString notCountedBecause; // "kind" or "member"
};

// Every figure of the means test, so it can be shown line by line.
struct MeansTestFigures
{
    QDate periodStart;
    QDate periodEnd;
    int periodMonths = 3;
    QList<MemberLine> members;
    QList<IncomeLine> incomes;
    int countedMembers = 0;
    qint64 countedIncome = 0; // over the period
    qint64 perCapitaMonthly = 0; // rounded half up to the minor unit
    qint64 subsistenceMinimum = 0;
    qint64 povertyLineShare = 0; // per mille
    qint64 povertyLine = 0; // rounded half up to the minor unit
    double housingArea = -1; // square metres, -1 when not asked or not answered
    qint64 housingNorm = 0; // square metres per counted member
    QStringList flags; // welfare flag ids (questions, or "housing_area")
    MeansTestOutcome outcome = MeansTestOutcome::CannotCompute;
    // "no_members", "no_subsistence_minimum" or "no_share"; MeansTest::reasonText() says it.
    QString cannotComputeReason;
};

// What a completed assessment found; stored with it and never recomputed.
struct AssessmentResult
{
    QString templateId;
    int templateVersion = 0;
    QString templateHash;
    QList<DomainScore> domains;
    bool hasLevel = false;
    Level level = Level::None;
    int total = 0;
    QStringList needs;
    bool isMeansTest = false;
    MeansTestFigures meansTest;
    QList<ParameterUse> parameters;
    int rulesVersion = 1; // of the computation in models/assessment

    QJsonObject toJson() const;
    static AssessmentResult fromJson(const QJsonObject &json);
    const DomainScore *domain(const QString &id) const;
};

} // namespace casedesk
