#pragma once

#include "assessmentresult.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {

class AssessmentTemplate;

// Inputs of the means test for targeted social assistance, already taken from the answers
// and parameters; compute() is a pure function of them.
struct MeansTestInput
{
    QDate applicationDate;
    int periodMonths = 3;
    QList<MemberLine> members;
    QList<IncomeLine> incomes; // counted is filled in by compute()
    QHash<QString, bool> kindCounts; // income kind → counts; unknown kinds count
    qint64 subsistenceMinimum = -1; // per person per month; -1 when no value is in force
    qint64 povertyLineShare = -1; // per mille
    double housingArea = -1;
    qint64 housingNorm = 0; // 0 when there is no norm
    QStringList raisedFlags; // yes/no welfare questions answered yes
};

class MeansTest
{
    Q_DECLARE_TR_FUNCTIONS(MeansTest)

public:
    static MeansTestFigures compute(const MeansTestInput &input);
    // a / b rounded half up, for non-negative a and positive b.
    static qint64 divideRounded(qint64 a, qint64 b);
    // The calendar months before the month of the application.
    static QDate periodStart(const QDate &applicationDate, int months);
    static QDate periodEnd(const QDate &applicationDate);
    // The computation as numbered lines a person can follow.
    // Income kinds and welfare flags are named from the template when it is given.
    static QStringList describe(const MeansTestFigures &figures,
                                const AssessmentTemplate *t = nullptr);
    static QString reasonText(const QString &reason);
};

// Money in minor units as the locale writes it: "12 345,67".
QString moneyText(qint64 minorUnits);

} // namespace casedesk
