// How assessment records read in the case history and the conflict dialog.
#include "fieldlabels.h"

#include <QLocale>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestAssessmentFieldLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void entities_haveNames_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("label");
        QTest::newRow("assessment") << u"assessment"_s << u"Assessment"_s;
        QTest::newRow("answer") << u"assessment_answer"_s << u"Assessment answer"_s;
        QTest::newRow("template") << u"assessment_template"_s << u"Assessment template"_s;
        QTest::newRow("parameter") << u"assessment_parameter"_s << u"Means-test parameter"_s;
    }

    void entities_haveNames()
    {
        QFETCH(QString, entity);
        QFETCH(QString, label);
        QCOMPARE(FieldLabels::entityLabel(entity), label);
    }

    void values_readAsWords_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("status") << u"assessment"_s << u"status"_s << u"completed"_s
                                << u"completed"_s;
        QTest::newRow("level") << u"assessment"_s << u"level"_s << u"crisis"_s << u"crisis"_s;
        QTest::newRow("outcome") << u"assessment"_s << u"outcome"_s << u"refer_to_commission"_s
                                 << u"refer to the local commission"_s;
        QTest::newRow("yes answer")
            << u"assessment_answer"_s << u"value"_s << u"[true]"_s << u"yes"_s;
        QTest::newRow("choice answer")
            << u"assessment_answer"_s << u"value"_s << u"[\"none\"]"_s << u"none"_s;
        QTest::newRow("options answer")
            << u"assessment_answer"_s << u"value"_s << u"[[\"a\",\"b\"]]"_s << u"a, b"_s;
        QTest::newRow("household answer")
            << u"assessment_answer"_s << u"value"_s << u"[[{\"name\":\"A\"},{\"name\":\"B\"}]]"_s
            << u"2 row(s)"_s;
        QTest::newRow("answer status")
            << u"assessment_answer"_s << u"answer_status"_s << u"draft"_s << u"draft"_s;
        QTest::newRow("case status stays a case status")
            << u"case"_s << u"status"_s << u"open"_s
            << FieldLabels::valueText(u"case"_s, u"status"_s, u"open"_s);
    }

    void values_readAsWords()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QCOMPARE(FieldLabels::valueText(entity, field, stored), shown);
    }

    void history_showsTheQuestion_butNotTheStoredResult()
    {
        QCOMPARE(FieldLabels::isShownInHistory(u"question_id"_s), true);
        QCOMPARE(FieldLabels::isShownInHistory(u"assessment_id"_s), false);
        QCOMPARE(FieldLabels::isShownInHistory(u"result"_s), false);
        QCOMPARE(FieldLabels::isShownInHistory(u"template_hash"_s), false);
        QCOMPARE(FieldLabels::isShownInHistory(u"answer_status"_s), false);
        QCOMPARE(FieldLabels::isShownInHistory(u"assessment_date"_s), true);
        QCOMPARE(FieldLabels::fieldLabel(u"assessment_date"_s), u"Assessment date"_s);
        QCOMPARE(FieldLabels::fieldLabel(u"question_id"_s), u"Question"_s);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentFieldLabels)
#include "tst_assessmentfieldlabels.moc"
