// Scoring is a pure function of a template and answers: thresholds at their edges, skipped
// questions that do not count, needs in template order, and the messages next to fields.

#include "assessmenttestsupport.h"
#include "scoring.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

AssessmentTemplate scored()
{
    return AssessmentTemplate::parse(bytes(scoredTemplate())).value();
}

Answers answers(const QString &source, const QJsonValue &months, const QJsonValue &violence)
{
    Answers a;
    if (!source.isEmpty())
        a.insert(u"source"_s, source);
    if (!months.isUndefined())
        a.insert(u"months"_s, months);
    if (!violence.isUndefined())
        a.insert(u"violence"_s, violence);
    return a;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        // income: crisis 3, emergency 6 (source none = 3, months ≥ 6 = +3, 3–5 = +1);
        // safety: crisis 2, emergency 5 (violence yes = 5); overall: crisis at 2 domains or a
        // total of 7, emergency at 1 domain at emergency.
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("violence");
        QTest::addColumn<int>("incomeScore");
        QTest::addColumn<QString>("incomeLevel");
        QTest::addColumn<QString>("overall");
        QTest::newRow("nothing") << u"wages"_s << -1 << false << 0 << u"none"_s << u"none"_s;
        QTest::newRow("one under crisis")
            << u"benefit"_s << -1 << false << 1 << u"none"_s << u"none"_s;
        QTest::newRow("exactly crisis") << u"none"_s << 2 << false << 3 << u"crisis"_s << u"none"_s;
        QTest::newRow("one under emergency")
            << u"none"_s << 5 << false << 4 << u"crisis"_s << u"none"_s;
        QTest::newRow("exactly emergency")
            << u"none"_s << 6 << false << 6 << u"emergency"_s << u"emergency"_s;
        QTest::newRow("range edge 3 months")
            << u"none"_s << 3 << false << 4 << u"crisis"_s << u"none"_s;
        QTest::newRow("two domains at crisis or above")
            << u"none"_s << 0 << true << 3 << u"crisis"_s << u"emergency"_s;
        QTest::newRow("safety emergency alone")
            << u"wages"_s << -1 << true << 0 << u"none"_s << u"emergency"_s;
        // Months are asked only without income: an answer left from before does not count.
        QTest::newRow("skipped answer does not score")
            << u"benefit"_s << 12 << false << 1 << u"none"_s << u"none"_s;
    }

    void levels()
    {
        QFETCH(QString, source);
        QFETCH(int, months);
        QFETCH(bool, violence);
        QFETCH(int, incomeScore);
        QFETCH(QString, incomeLevel);
        QFETCH(QString, overall);
        const AssessmentTemplate t = scored();
        const AssessmentResult r = Scoring::score(
            t,
            answers(source, months < 0 ? QJsonValue() : QJsonValue(months), QJsonValue(violence)));
        QVERIFY(r.domain(u"income"_s));
        QCOMPARE(r.domain(u"income"_s)->score, incomeScore);
        QCOMPARE(levelKey(r.domain(u"income"_s)->level), incomeLevel);
        QVERIFY(r.hasLevel);
        QCOMPARE(levelKey(r.level), overall);
        QCOMPARE(r.templateHash, t.hash);
    }

    void total_reachesCrisis_withOneDomainOnly()
    {
        // A level given by the total alone: crisis from a total of 4, whatever the domains.
        QJsonObject o = scoredTemplate();
        o.insert(u"overall"_s,
                 QJsonObject { { u"crisis"_s, QJsonObject { { u"total"_s, 4 } } },
                               { u"emergency"_s, QJsonObject { { u"total"_s, 100 } } } });
        const AssessmentTemplate t = AssessmentTemplate::parse(bytes(o)).value();
        QCOMPARE(levelKey(Scoring::score(t, answers(u"none"_s, 3, false)).level), u"crisis"_s);
        QCOMPARE(levelKey(Scoring::score(t, answers(u"none"_s, 2, false)).level), u"none"_s);
    }

    void needs_areRaisedOnceInTemplateOrder()
    {
        const AssessmentResult r = Scoring::score(scored(), answers(u"none"_s, 8, true));
        // cash (option), income_support (income at crisis), safety_plan (yes), counselling
        // (safety at crisis) — in the order of the template's list.
        QCOMPARE(
            r.needs,
            QStringList({ u"cash"_s, u"income_support"_s, u"safety_plan"_s, u"counselling"_s }));
        QCOMPARE(r.total, 11);
    }

    void skippedQuestion_isHiddenAndNotRequired()
    {
        const AssessmentTemplate t = scored();
        QVERIFY(!Scoring::isShown(t, u"months"_s, answers(u"wages"_s, {}, {})));
        QVERIFY(Scoring::isShown(t, u"months"_s, answers(u"none"_s, {}, {})));
        QVERIFY(!Scoring::problems(t, answers(u"wages"_s, {}, {})).contains(u"months"_s));
        QVERIFY(Scoring::problems(t, answers(u"none"_s, {}, {})).contains(u"months"_s));
        QVERIFY(!Scoring::effectiveAnswers(t, answers(u"wages"_s, 4, {})).contains(u"months"_s));
    }

    void problems_nameEachAnswerThatCannotBeAccepted_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("required empty") << u"source"_s << QJsonValue() << u"required"_s;
        QTest::newRow("not an option") << u"source"_s << QJsonValue(u"salary"_s) << u"listed"_s;
        QTest::newRow("over max") << u"months"_s << QJsonValue(121) << u"120"_s;
        QTest::newRow("under min") << u"months"_s << QJsonValue(-1) << u"smallest"_s;
        QTest::newRow("text for a number") << u"months"_s << QJsonValue(u"six"_s) << u"number"_s;
        QTest::newRow("yes/no as text") << u"violence"_s << QJsonValue(u"yes"_s) << u"yes or no"_s;
        QTest::newRow("decimals where none are allowed")
            << u"months"_s << QJsonValue(2.5) << u"whole number"_s;
        QTest::newRow("fine") << u"months"_s << QJsonValue(120) << QString();
        QTest::newRow("optional empty") << u"violence"_s << QJsonValue() << QString();
    }

    void problems_nameEachAnswerThatCannotBeAccepted()
    {
        QFETCH(QString, question);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const AssessmentTemplate t = scored();
        const QString problem = Scoring::problem(*t.question(question), value);
        if (message.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(message, Qt::CaseInsensitive), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
