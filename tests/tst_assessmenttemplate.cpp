// Templates are validated when loaded: the shipped ones load, and a broken one is refused with
// a reason that names the place.

#include "assessmenttemplate.h"
#include "assessmenttestsupport.h"
#include "templatecatalogue.h"
#include "testsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QJsonObject withQuestion(QJsonObject t, int section, int index,
                         const std::function<void(QJsonObject &)> &change)
{
    QJsonArray sections = t.value(u"sections"_s).toArray();
    QJsonObject s = sections.at(section).toObject();
    QJsonArray questions = s.value(u"questions"_s).toArray();
    QJsonObject q = questions.at(index).toObject();
    change(q);
    questions[index] = q;
    s.insert(u"questions"_s, questions);
    sections[section] = s;
    t.insert(u"sections"_s, sections);
    return t;
}

} // namespace

class TestAssessmentTemplate : public QObject
{
    Q_OBJECT

private slots:
    void shippedTemplates_allLoad()
    {
        const QList<AssessmentTemplate> shipped = TemplateCatalogue::shipped();
        QStringList ids;
        for (const AssessmentTemplate &t : shipped)
            ids << t.id;
        ids.sort();
        QCOMPARE(ids,
                 QStringList({ u"difficult_life_situation"_s, u"employment_profile"_s,
                               u"means_test"_s, u"returning_migrant"_s }));
        for (const AssessmentTemplate &t : shipped) {
            QVERIFY2(!t.title.ru.isEmpty() && !t.title.en.isEmpty(), qPrintable(t.id));
            QCOMPARE(t.hash.size(), 64);
            for (const Question *q : t.questions())
                QVERIFY2(!q->text.ru.isEmpty(), qPrintable(t.id + u':' + q->id));
        }
    }

    void shippedDifficultLifeSituation_hasTheSevenDomains()
    {
        const AssessmentTemplate *dls = nullptr;
        const QList<AssessmentTemplate> shipped = TemplateCatalogue::shipped();
        for (const AssessmentTemplate &t : shipped)
            if (t.id == u"difficult_life_situation"_s)
                dls = &t;
        QVERIFY(dls);
        QCOMPARE(dls->kind, TemplateKind::Scored);
        QStringList domains;
        for (const Domain &d : dls->domains)
            domains << d.id;
        QCOMPARE(domains,
                 QStringList({ u"income"_s, u"housing"_s, u"health"_s, u"employment"_s, u"family"_s,
                               u"safety"_s, u"legal"_s }));
        QVERIFY(dls->crisis && dls->emergency);
    }

    void validTemplate_parsesEveryPart()
    {
        Result<AssessmentTemplate> t = AssessmentTemplate::parse(bytes(scoredTemplate()));
        QVERIFY_STATUS(t);
        QCOMPARE(t->id, u"test_scored"_s);
        QCOMPARE(t->version, 1);
        QCOMPARE(t->effectiveFrom, QDate(2020, 1, 1));
        QCOMPARE(t->questions().size(), 4);
        const Question *months = t->question(u"months"_s);
        QVERIFY(months);
        QCOMPARE(months->showIf.references(), QStringList { u"source"_s });
        QCOMPARE(months->ranges.size(), 3);
        QCOMPARE(t->question(u"violence"_s)->yesScore, 5);
        QCOMPARE(t->domain(u"safety"_s)->emergency, 5);
        QCOMPARE(*t->crisis->total, 7);
        QCOMPARE(t->title.ru, u"Тестовая ситуация"_s);
    }

    void sameBytes_sameHash_otherBytes_otherHash()
    {
        const auto a = AssessmentTemplate::parse(bytes(scoredTemplate()));
        QJsonObject changed = scoredTemplate();
        changed.insert(u"version"_s, 2);
        const auto b = AssessmentTemplate::parse(bytes(changed));
        QVERIFY_STATUS(a);
        QVERIFY_STATUS(b);
        QCOMPARE(a->hash, AssessmentTemplate::parse(bytes(scoredTemplate()))->hash);
        QVERIFY(a->hash != b->hash);
    }

    void brokenTemplate_isRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = scoredTemplate();
        auto row = [](const char *name, const QJsonObject &o, const QString &reason) {
            QTest::newRow(name) << bytes(o) << reason;
        };
        QTest::newRow("not json") << QByteArray("{ \"id\": ") << u"not valid JSON"_s;
        QTest::newRow("an array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QJsonObject o = base;
        o.insert(u"format"_s, 2);
        row("newer format", o, u"newer CaseDesk"_s);
        o = base;
        o.insert(u"version"_s, 0);
        row("version 0", o, u"\"version\""_s);
        o = base;
        o.insert(u"effective_from"_s, u"2026-13-01"_s);
        row("bad date", o, u"effective_from"_s);
        o = base;
        o.insert(u"colour"_s, u"red"_s);
        row("unknown key", o, u"\"colour\""_s);
        o = base;
        o.insert(u"title"_s, QJsonObject { { u"en"_s, u"Only English"_s } });
        row("title without Russian", o, u"Russian"_s);
        row("unknown kind",
            withQuestion(base, 1, 1, [](QJsonObject &q) { q.insert(u"kind"_s, u"slider"_s); }),
            u"\"slider\""_s);
        row("rule names a later question",
            withQuestion(base, 0, 0,
                         [](QJsonObject &q) { q.insert(u"show_if"_s, u"violence = yes"_s); }),
            u"not asked before it"_s);
        row("rule does not parse",
            withQuestion(base, 1, 0,
                         [](QJsonObject &q) { q.insert(u"show_if"_s, u"source = "_s); }),
            u"does not parse"_s);
        row("rule with an option that does not exist",
            withQuestion(base, 1, 0,
                         [](QJsonObject &q) { q.insert(u"show_if"_s, u"source = 'salary'"_s); }),
            u"not one of its options"_s);
        row("ordering a choice",
            withQuestion(base, 1, 0,
                         [](QJsonObject &q) { q.insert(u"show_if"_s, u"source > 'none'"_s); }),
            u"= or !="_s);
        row("overlapping ranges",
            withQuestion(base, 0, 1,
                         [](QJsonObject &q) {
                             QJsonArray ranges = q.value(u"ranges"_s).toArray();
                             ranges.append(QJsonObject {
                                 { u"from"_s, 5 }, { u"to"_s, 7 }, { u"score"_s, 2 } });
                             q.insert(u"ranges"_s, ranges);
                         }),
            u"overlaps"_s);
        row("one option only",
            withQuestion(base, 0, 0,
                         [](QJsonObject &q) {
                             q.insert(u"options"_s, QJsonArray { option(u"wages"_s, 0) });
                         }),
            u"at least two options"_s);
        row("duplicate option",
            withQuestion(base, 0, 0,
                         [](QJsonObject &q) {
                             q.insert(u"options"_s,
                                      QJsonArray { option(u"wages"_s, 0), option(u"wages"_s, 1) });
                         }),
            u"appears twice"_s);
        row("duplicate question id",
            withQuestion(base, 1, 1, [](QJsonObject &q) { q.insert(u"id"_s, u"source"_s); }),
            u"appears twice"_s);
        row("unknown domain",
            withQuestion(base, 1, 0, [](QJsonObject &q) { q.insert(u"domain"_s, u"housing"_s); }),
            u"\"housing\""_s);
        row("undeclared need",
            withQuestion(base, 0, 0,
                         [](QJsonObject &q) {
                             q.insert(u"options"_s,
                                      QJsonArray { option(u"wages"_s, 0),
                                                   option(u"none"_s, 3, { u"shelter"_s }) });
                         }),
            u"\"shelter\""_s);
        row("options on a number",
            withQuestion(base, 0, 1, [](QJsonObject &q) { q.insert(u"options"_s, QJsonArray()); }),
            u"does not apply"_s);
        o = base;
        QJsonArray domains = o.value(u"domains"_s).toArray();
        QJsonObject d = domains.at(0).toObject();
        d.insert(u"emergency"_s, 3);
        domains[0] = d;
        o.insert(u"domains"_s, domains);
        row("emergency not above crisis", o, u"greater than"_s);
        o = base;
        o.remove(u"overall"_s);
        row("scored without overall", o, u"overall"_s);
        o = base;
        o.insert(u"kind"_s, u"means_test"_s);
        o.remove(u"overall"_s);
        o.remove(u"domains"_s);
        row("means test without its part", o, u"means_test"_s);
        o = base;
        o.insert(u"sections"_s, QJsonArray());
        row("no sections", o, u"\"sections\""_s);
    }

    void brokenTemplate_isRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QVERIFY_REFUSED(AssessmentTemplate::parse(json), reason);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentTemplate)
#include "tst_assessmenttemplate.moc"
