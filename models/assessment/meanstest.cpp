#include "meanstest.h"

#include "assessmenttemplate.h"
#include "vocabulary.h"

#include <QLocale>

namespace casedesk {

qint64 MeansTest::divideRounded(qint64 a, qint64 b)
{
    return (2 * a + b) / (2 * b);
}

QDate MeansTest::periodStart(const QDate &applicationDate, int months)
{
    const QDate first(applicationDate.year(), applicationDate.month(), 1);
    return first.addMonths(-months);
}

QDate MeansTest::periodEnd(const QDate &applicationDate)
{
    return QDate(applicationDate.year(), applicationDate.month(), 1).addDays(-1);
}

MeansTestFigures MeansTest::compute(const MeansTestInput &input)
{
    MeansTestFigures f;
    f.periodMonths = input.periodMonths;
    if (input.applicationDate.isValid()) {
        f.periodStart = periodStart(input.applicationDate, input.periodMonths);
        f.periodEnd = periodEnd(input.applicationDate);
    }
    f.members = input.members;
    QHash<QString, bool> counted;
    for (const MemberLine &m : input.members) {
        counted.insert(m.person, m.counted);
        if (m.counted)
            ++f.countedMembers;
    }
    for (IncomeLine line : input.incomes) {
        const bool kindCounts = input.kindCounts.value(line.kind, true);
        const bool memberCounted = counted.value(line.person, false);
        line.counted = kindCounts && memberCounted;
        line.notCountedBecause = !kindCounts ? QStringLiteral("kind")
            : !memberCounted                 ? QStringLiteral("member")
                                             : QString();
        if (line.counted)
            f.countedIncome += line.amount;
        f.incomes << line;
    }
    f.subsistenceMinimum = input.subsistenceMinimum;
    f.povertyLineShare = input.povertyLineShare;
    f.housingArea = input.housingArea;
    f.housingNorm = input.housingNorm;
    f.flags = input.raisedFlags;
    if (f.countedMembers > 0 && f.housingNorm > 0 && f.housingArea >= 0
        && f.housingArea > double(f.housingNorm) * f.countedMembers)
        f.flags << QStringLiteral("housing_area");

    if (f.countedMembers == 0) {
        f.cannotComputeReason = QStringLiteral("no_members");
        return f;
    }
    if (input.subsistenceMinimum < 0) {
        f.cannotComputeReason = QStringLiteral("no_subsistence_minimum");
        return f;
    }
    if (input.povertyLineShare < 0) {
        f.cannotComputeReason = QStringLiteral("no_share");
        return f;
    }
    f.perCapitaMonthly
        = divideRounded(f.countedIncome, qint64(input.periodMonths) * f.countedMembers);
    f.povertyLine = divideRounded(input.subsistenceMinimum * input.povertyLineShare, 1000);
    if (f.perCapitaMonthly > f.povertyLine)
        f.outcome = MeansTestOutcome::NotEligible;
    else if (!f.flags.isEmpty())
        f.outcome = MeansTestOutcome::ReferToCommission;
    else
        f.outcome = MeansTestOutcome::Eligible;
    return f;
}

QString MeansTest::reasonText(const QString &reason)
{
    if (reason == QLatin1String("no_members"))
        return tr("No household member is counted, so there is no per-capita income.");
    if (reason == QLatin1String("no_subsistence_minimum"))
        return tr("No subsistence minimum is in force for the region on the assessment date.");
    if (reason == QLatin1String("no_share"))
        return tr("No poverty line share is in force for the region on the assessment date.");
    return QString();
}

QString moneyText(qint64 minorUnits)
{
    return QLocale().toString(double(minorUnits) / 100.0, 'f', 2);
}

QStringList MeansTest::describe(const MeansTestFigures &f, const AssessmentTemplate *t)
{
    const QLocale locale;
    auto kindName = [t](const QString &kind) {
        const IncomeKind *k = t ? t->meansTest.incomeKind(kind) : nullptr;
        return k ? k->text.text() : kind;
    };
    auto flagName = [t](const QString &flag) {
        if (flag == QLatin1String("housing_area"))
            return tr("housing area above the norm");
        const Question *q = t ? t->question(flag) : nullptr;
        return q ? q->text.text() : flag;
    };
    QStringList lines;
    lines << tr("Income period: %1, %2 to %3.")
                 .arg(tr("%n month(s)", nullptr, f.periodMonths), displayDate(f.periodStart),
                      displayDate(f.periodEnd));
    for (const MemberLine &m : f.members)
        lines << (m.counted ? tr("Household member %1: counted.").arg(m.name)
                      : m.reason.isEmpty()
                      ? tr("Household member %1: not counted.").arg(m.name)
                      : tr("Household member %1: not counted (%2).").arg(m.name, m.reason));
    lines << tr("Members counted: %1.").arg(f.countedMembers);
    for (const IncomeLine &i : f.incomes) {
        const QString because = i.notCountedBecause == QLatin1String("kind")
            ? tr("not counted: this kind of income does not count")
            : i.notCountedBecause == QLatin1String("member")
            ? tr("not counted: the member is not counted")
            : tr("counted");
        lines << tr("Income of %1, %2: %3 (%4).")
                     .arg(i.name, kindName(i.kind), moneyText(i.amount), because);
    }
    lines << tr("Counted income over the period: %1.").arg(moneyText(f.countedIncome));
    if (!f.cannotComputeReason.isEmpty()) {
        lines << reasonText(f.cannotComputeReason);
        return lines;
    }
    lines << tr("Per-capita income per month: %1 ÷ (%2 × %3) = %4 (rounded half up).")
                 .arg(moneyText(f.countedIncome), tr("%n month(s)", nullptr, f.periodMonths),
                      tr("%n member(s)", nullptr, f.countedMembers), moneyText(f.perCapitaMonthly));
    lines << tr("Poverty line: %1 % of the subsistence minimum %2 = %3.")
                 .arg(locale.toString(f.povertyLineShare / 10.0, 'f', 1),
                      moneyText(f.subsistenceMinimum), moneyText(f.povertyLine));
    lines << (f.perCapitaMonthly <= f.povertyLine
                  ? tr("%1 does not exceed %2: under the poverty line.")
                  : tr("%1 exceeds %2: above the poverty line."))
                 .arg(moneyText(f.perCapitaMonthly), moneyText(f.povertyLine));
    if (f.housingArea >= 0 && f.countedMembers > 0)
        lines << tr("Housing area: %1 m² for %2, norm %3 m² per person.")
                     .arg(locale.toString(f.housingArea, 'f', 1),
                          tr("%n counted member(s)", nullptr, f.countedMembers))
                     .arg(f.housingNorm);
    for (const QString &flag : f.flags)
        lines << tr("Visible sign of welfare for the commission: %1.").arg(flagName(flag));
    lines << tr("Result: %1.").arg(outcomeText(f.outcome));
    return lines;
}

} // namespace casedesk
