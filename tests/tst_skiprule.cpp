// The show-if language of templates: what holds for which answers, and how a broken rule is
// reported.

#include "skiprule.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace casedesk;

namespace {

Answers answers(const char *json)
{
    Answers a;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

class TestSkipRule : public QObject
{
    Q_OBJECT

private slots:
    void holds_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty rule") << QString() << QByteArray("{}") << true;
        QTest::newRow("choice equal")
            << u"housing = 'homeless'"_s << QByteArray(R"({"housing":"homeless"})") << true;
        QTest::newRow("choice other")
            << u"housing = 'homeless'"_s << QByteArray(R"({"housing":"own"})") << false;
        QTest::newRow("double quotes")
            << u"housing = \"own\""_s << QByteArray(R"({"housing":"own"})") << true;
        QTest::newRow("not equal")
            << u"housing != 'homeless'"_s << QByteArray(R"({"housing":"own"})") << true;
        QTest::newRow("not equal, unanswered is false")
            << u"housing != 'homeless'"_s << QByteArray("{}") << false;
        QTest::newRow("not of unanswered") << u"not (violence = yes)"_s << QByteArray("{}") << true;
        QTest::newRow("yes") << u"violence = yes"_s << QByteArray(R"({"violence":true})") << true;
        QTest::newRow("no") << u"violence = no"_s << QByteArray(R"({"violence":true})") << false;
        QTest::newRow("number at the edge")
            << u"children >= 3"_s << QByteArray(R"({"children":3})") << true;
        QTest::newRow("number under")
            << u"children >= 3"_s << QByteArray(R"({"children":2})") << false;
        QTest::newRow("strictly less")
            << u"children < 3"_s << QByteArray(R"({"children":2.5})") << true;
        QTest::newRow("negative literal")
            << u"balance > -100"_s << QByteArray(R"({"balance":-50})") << true;
        QTest::newRow("money in minor units")
            << u"debt > 100000"_s << QByteArray(R"({"debt":100001})") << true;
        QTest::newRow("date before")
            << u"arrived < '2026-01-01'"_s << QByteArray(R"({"arrived":"2025-12-31"})") << true;
        QTest::newRow("date on") << u"arrived < '2026-01-01'"_s
                                 << QByteArray(R"({"arrived":"2026-01-01"})") << false;
        QTest::newRow("includes") << u"barriers includes 'transport'"_s
                                  << QByteArray(R"({"barriers":["care","transport"]})") << true;
        QTest::newRow("includes not") << u"barriers includes 'transport'"_s
                                      << QByteArray(R"({"barriers":["care"]})") << false;
        QTest::newRow("answered") << u"answered(note)"_s << QByteArray(R"({"note":"x"})") << true;
        QTest::newRow("answered empty text")
            << u"answered(note)"_s << QByteArray(R"({"note":""})") << false;
        QTest::newRow("answered empty list")
            << u"answered(barriers)"_s << QByteArray(R"({"barriers":[]})") << false;
        QTest::newRow("and binds tighter than or")
            << u"a = yes or b = yes and c = yes"_s << QByteArray(R"({"a":true,"b":false})") << true;
        QTest::newRow("brackets change it") << u"(a = yes or b = yes) and c = yes"_s
                                            << QByteArray(R"({"a":true,"b":false})") << false;
        QTest::newRow("not not") << u"not not a = yes"_s << QByteArray(R"({"a":true})") << true;
        QTest::newRow("kind mismatch is false")
            << u"children = 3"_s << QByteArray(R"({"children":"3"})") << false;
    }

    void holds()
    {
        QFETCH(QString, rule);
        QFETCH(QByteArray, answers);
        QFETCH(bool, expected);
        Result<SkipRule> parsed = SkipRule::parse(rule);
        QVERIFY_STATUS(parsed);
        QCOMPARE(parsed->holds(::answers(answers.constData())), expected);
    }

    void references_listEachQuestionOnce()
    {
        Result<SkipRule> parsed = SkipRule::parse(u"(a = yes or b > 2) and not a = no"_s);
        QVERIFY_STATUS(parsed);
        QCOMPARE(parsed->references(), QStringList({ u"a"_s, u"b"_s }));
        QCOMPARE(parsed->conditions().size(), 3);
    }

    void brokenRule_isRefusedWithThePlace_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing value") << u"a ="_s << u"at the end"_s;
        QTest::newRow("missing bracket") << u"(a = yes"_s << u")"_s;
        QTest::newRow("open quote") << u"a = 'x"_s << u"quote"_s;
        QTest::newRow("no operator") << u"a yes"_s << u"comparison"_s;
        QTest::newRow("lonely bang") << u"a ! yes"_s << u"!="_s;
        QTest::newRow("strange character") << u"a = yes & b = no"_s << u"position 9"_s;
        QTest::newRow("trailing words") << u"a = yes b"_s << u"position 9"_s;
        QTest::newRow("upper case id") << u"A = yes"_s << u"position 1"_s;
        QTest::newRow("includes a number") << u"a includes 3"_s << u"quoted"_s;
        QTest::newRow("and without left") << u"and a = yes"_s << u"question id"_s;
    }

    void brokenRule_isRefusedWithThePlace()
    {
        QFETCH(QString, rule);
        QFETCH(QString, reason);
        QVERIFY_REFUSED(SkipRule::parse(rule), reason);
    }
};

QTEST_GUILESS_MAIN(TestSkipRule)
#include "tst_skiprule.moc"
