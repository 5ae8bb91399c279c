// The means test for targeted social assistance as a pure function: the line and its edges,
// empty households, incomes that do not count, the rounding rule and the welfare flags.

#include "meanstest.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;

Q_DECLARE_METATYPE(MeansTestOutcome)

namespace {

// Subsistence minimum 40 000,00 and share 70 %: the poverty line is 28 000,00 a month.
MeansTestInput household(int members, qint64 incomeOverQuarter)
{
    MeansTestInput in;
    in.applicationDate = QDate(2026, 11, 15);
    in.periodMonths = 3;
    in.subsistenceMinimum = 4000000;
    in.povertyLineShare = 700;
    for (int i = 0; i < members; ++i)
        in.members.append({ QString::number(i), u"Member %1"_s.arg(i), true, QString() });
    if (members > 0 && incomeOverQuarter >= 0)
        in.incomes.append(
            { u"0"_s, u"Member 0"_s, u"wages"_s, incomeOverQuarter, true, QString() });
    in.kindCounts.insert(u"wages"_s, true);
    in.kindCounts.insert(u"disability_care"_s, false);
    return in;
}

} // namespace

class TestMeansTest : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<qint64>("income"); // over the quarter, minor units
        QTest::addColumn<qint64>("perCapita");
        QTest::addColumn<MeansTestOutcome>("outcome");
        // 4 members × 3 months × 28 000,00 = 336 000,00 over the quarter is exactly the line.
        QTest::newRow("exactly at the line")
            << 4 << qint64(33600000) << qint64(2800000) << MeansTestOutcome::Eligible;
        QTest::newRow("one unit under")
            << 4 << qint64(33599988) << qint64(2799999) << MeansTestOutcome::Eligible;
        QTest::newRow("one unit over")
            << 4 << qint64(33600012) << qint64(2800001) << MeansTestOutcome::NotEligible;
        // 33 600 006 / 12 = 2 800 000,5 → rounds half up to 2 800 001, over the line.
        QTest::newRow("half a unit over rounds up")
            << 4 << qint64(33600006) << qint64(2800001) << MeansTestOutcome::NotEligible;
        QTest::newRow("just under half rounds down")
            << 4 << qint64(33600005) << qint64(2800000) << MeansTestOutcome::Eligible;
        QTest::newRow("zero income") << 3 << qint64(0) << qint64(0) << MeansTestOutcome::Eligible;
        QTest::newRow("no income rows")
            << 2 << qint64(-1) << qint64(0) << MeansTestOutcome::Eligible;
        QTest::newRow("empty household")
            << 0 << qint64(-1) << qint64(0) << MeansTestOutcome::CannotCompute;
    }

    void outcome()
    {
        QFETCH(int, members);
        QFETCH(qint64, income);
        QFETCH(qint64, perCapita);
        QFETCH(MeansTestOutcome, outcome);
        const MeansTestFigures f = MeansTest::compute(household(members, income));
        QCOMPARE(f.outcome, outcome);
        QCOMPARE(f.perCapitaMonthly, perCapita);
        if (outcome != MeansTestOutcome::CannotCompute)
            QCOMPARE(f.povertyLine, qint64(2800000));
        else
            QCOMPARE(f.cannotComputeReason, u"no_members"_s);
    }

    void nonCountedIncomeOnly_isEligible()
    {
        MeansTestInput in = household(2, -1);
        in.incomes.append(
            { u"1"_s, u"Member 1"_s, u"disability_care"_s, 90000000, true, QString() });
        const MeansTestFigures f = MeansTest::compute(in);
        QCOMPARE(f.countedIncome, qint64(0));
        QCOMPARE(f.incomes.size(), 1);
        QVERIFY(!f.incomes.first().counted);
        QCOMPARE(f.incomes.first().notCountedBecause, u"kind"_s);
        QCOMPARE(f.outcome, MeansTestOutcome::Eligible);
    }

    void memberNotCounted_neitherCountsNorTheirIncome()
    {
        MeansTestInput in = household(3, 9000000);
        in.members[0].counted = false;
        in.members[0].reason = u"in military service"_s;
        const MeansTestFigures f = MeansTest::compute(in);
        QCOMPARE(f.countedMembers, 2);
        QCOMPARE(f.countedIncome, qint64(0));
        QCOMPARE(f.incomes.first().notCountedBecause, u"member"_s);
    }

    void welfareFlags_referToTheCommission_onlyUnderTheLine()
    {
        MeansTestInput in = household(2, 100000);
        in.raisedFlags = { u"car"_s };
        QCOMPARE(MeansTest::compute(in).outcome, MeansTestOutcome::ReferToCommission);
        MeansTestInput rich = household(1, 900000000);
        rich.raisedFlags = { u"car"_s };
        QCOMPARE(MeansTest::compute(rich).outcome, MeansTestOutcome::NotEligible);
    }

    void housingArea_aboveTheNormPerMember_isAFlag_data()
    {
        QTest::addColumn<double>("area");
        QTest::addColumn<bool>("flag");
        // 3 counted members and a norm of 18 m² each: 54 m² is at the norm.
        QTest::newRow("at the norm") << 54.0 << false;
        QTest::newRow("just above") << 54.1 << true;
        QTest::newRow("small") << 30.0 << false;
    }

    void housingArea_aboveTheNormPerMember_isAFlag()
    {
        QFETCH(double, area);
        QFETCH(bool, flag);
        MeansTestInput in = household(3, 0);
        in.housingArea = area;
        in.housingNorm = 18;
        const MeansTestFigures f = MeansTest::compute(in);
        QCOMPARE(f.flags.contains(u"housing_area"_s), flag);
        QCOMPARE(f.outcome,
                 flag ? MeansTestOutcome::ReferToCommission : MeansTestOutcome::Eligible);
    }

    void missingParameters_cannotCompute_data()
    {
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("share");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no minimum") << qint64(-1) << qint64(700) << u"no_subsistence_minimum"_s;
        QTest::newRow("no share") << qint64(4000000) << qint64(-1) << u"no_share"_s;
    }

    void missingParameters_cannotCompute()
    {
        QFETCH(qint64, minimum);
        QFETCH(qint64, share);
        QFETCH(QString, reason);
        MeansTestInput in = household(2, 0);
        in.subsistenceMinimum = minimum;
        in.povertyLineShare = share;
        const MeansTestFigures f = MeansTest::compute(in);
        QCOMPARE(f.outcome, MeansTestOutcome::CannotCompute);
        QCOMPARE(f.cannotComputeReason, reason);
        QVERIFY(!MeansTest::reasonText(reason).isEmpty());
    }

    void povertyLine_roundsHalfUp()
    {
        MeansTestInput in = household(1, 0);
        in.subsistenceMinimum = 4622805; // × 0,7 = 3 235 963,5
        QCOMPARE(MeansTest::compute(in).povertyLine, qint64(3235964));
        in.subsistenceMinimum = 4622804; // × 0,7 = 3 235 962,8
        QCOMPARE(MeansTest::compute(in).povertyLine, qint64(3235963));
    }

    void incomePeriod_isTheWholeMonthsBeforeTheApplication_data()
    {
        QTest::addColumn<QDate>("applied");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("mid November")
            << QDate(2026, 11, 15) << 3 << QDate(2026, 8, 1) << QDate(2026, 10, 31);
        QTest::newRow("first of January")
            << QDate(2027, 1, 1) << 3 << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("leap February")
            << QDate(2028, 3, 31) << 1 << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    }

    void incomePeriod_isTheWholeMonthsBeforeTheApplication()
    {
        QFETCH(QDate, applied);
        QFETCH(int, months);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(MeansTest::periodStart(applied, months), start);
        QCOMPARE(MeansTest::periodEnd(applied), end);
    }

    void describe_showsEachStep()
    {
        MeansTestInput in = household(2, 12000000);
        in.raisedFlags = { u"car"_s };
        const QStringList lines = MeansTest::describe(MeansTest::compute(in));
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(u"Members counted: 2"_s), qPrintable(all));
        QVERIFY2(all.contains(u"20,000.00"_s) || all.contains(u"20 000,00"_s)
                     || all.contains(u"20000.00"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"28,000.00"_s) || all.contains(u"28 000,00"_s)
                     || all.contains(u"28000.00"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"local commission"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestMeansTest)
#include "tst_meanstest.moc"
