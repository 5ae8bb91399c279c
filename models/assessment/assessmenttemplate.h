#pragma once

#include "localtext.h"
#include "result.h"
#include "skiprule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace casedesk {

// The answer kinds a template may ask for (docs/assessment-templates.md).
enum class AnswerKind { Choice, MultiChoice, Number, Money, Date, YesNo, Text, Household, Incomes };

struct AnswerOption
{
    QString value;
    LocalText text;
    int score = 0;
    QStringList needs;
};

// A score (and needs) for a number or money answer within [from, to]; a missing end is open.
struct ScoreRange
{
    std::optional<double> from;
    std::optional<double> to;
    int score = 0;
    QStringList needs;
};

struct Question
{
    QString id;
    AnswerKind kind = AnswerKind::Text;
    LocalText text;
    LocalText help;
    bool required = false;
    SkipRule showIf;
    QString domain;
    QList<AnswerOption> options; // choice, multi-choice
    int yesScore = 0; // yes/no
    int noScore = 0;
    QStringList yesNeeds;
    QStringList noNeeds;
    std::optional<double> min; // number, money (minor units)
    std::optional<double> max;
    int decimals = 0; // number
    QList<ScoreRange> ranges; // number, money
    bool multiline = false; // text

    const AnswerOption *option(const QString &value) const;
};

struct Section
{
    QString id;
    LocalText title;
    LocalText help;
    SkipRule showIf;
    QList<Question> questions;
};

struct Need
{
    QString id;
    LocalText text;
};

// A domain's score reaches crisis or emergency at its thresholds (emergency > crisis).
struct Domain
{
    QString id;
    LocalText title;
    int crisis = 0;
    int emergency = 0;
    QStringList crisisNeeds; // raised at crisis or above
    QStringList emergencyNeeds;
};

// The overall level of a scored template: reached when enough domains are at that level (or
// above), or when the total reaches a threshold; either condition may be absent.
struct LevelRule
{
    std::optional<int> domains;
    std::optional<int> total;
};

struct IncomeKind
{
    QString id;
    LocalText text;
    bool counts = true;
};

// What a means-test template adds: the questions that hold the household and incomes, the
// income period, the kinds of income that do not count and the visible-welfare flags.
struct MeansTestRules
{
    int periodMonths = 3;
    QString householdQuestion;
    QString incomesQuestion;
    QString housingAreaQuestion; // optional: a number of square metres
    QStringList welfareFlags; // yes/no questions; "yes" is a flag for the commission
    QList<IncomeKind> incomeKinds;

    const IncomeKind *incomeKind(const QString &id) const;
};

enum class TemplateKind { Scored, MeansTest, Profile };

// An assessment questionnaire as data: loaded from JSON, validated, identified by the SHA-256 of
// its bytes so the version an assessment used is never confused with another.
class AssessmentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTemplate)

public:
    // Parses and validates; a broken template is refused with the reason.
    static Result<AssessmentTemplate> parse(const QByteArray &json);

    QString id;
    int version = 0;
    QDate effectiveFrom;
    TemplateKind kind = TemplateKind::Profile;
    LocalText title;
    LocalText description;
    QList<Section> sections;
    QList<Domain> domains;
    QList<Need> needs;
    std::optional<LevelRule> crisis; // scored templates only
    std::optional<LevelRule> emergency;
    MeansTestRules meansTest; // means-test templates only
    QByteArray json; // the bytes it was parsed from
    QString hash; // hex SHA-256 of json

    const Question *question(const QString &questionId) const;
    const Domain *domain(const QString &domainId) const;
    const Need *need(const QString &needId) const;
    // Every question in document order.
    QList<const Question *> questions() const;
    // "Difficult life situation, version 2 (from 01.01.2027)".
    QString label() const;
};

QString answerKindKey(AnswerKind kind);

} // namespace casedesk
