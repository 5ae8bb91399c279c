// What a person types into number, money and date answers, read in the locale or with a point.
#include "answerinput.h"

#include <QLocale>
#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestAnswerInput : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void parseMoney_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor"); // -1: not an amount
        QTest::newRow("ru with a space and a comma")
            << u"ru_RU"_s << u"1 234,50"_s << qint64(123450);
        QTest::newRow("ru with a no-break space")
            << u"ru_RU"_s << u"1\u00a0234,50"_s << qint64(123450);
        QTest::newRow("ru with a point") << u"ru_RU"_s << u"1234.50"_s << qint64(123450);
        QTest::newRow("ru whole") << u"ru_RU"_s << u"95000"_s << qint64(9500000);
        QTest::newRow("en with a group comma") << u"en_US"_s << u"1,234.50"_s << qint64(123450);
        QTest::newRow("en with a point") << u"en_US"_s << u"1234.5"_s << qint64(123450);
        QTest::newRow("en with a decimal comma") << u"en_US"_s << u"1234,50"_s << qint64(123450);
        QTest::newRow("three decimals are no money") << u"ru_RU"_s << u"12,345"_s << qint64(-1);
        QTest::newRow("letters") << u"ru_RU"_s << u"много"_s << qint64(-1);
        QTest::newRow("empty") << u"ru_RU"_s << u"  "_s << qint64(-1);
    }

    void parseMoney()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QLocale::setDefault(QLocale(locale));
        const auto parsed = AnswerInput::parseMoney(text);
        QCOMPARE(parsed.has_value(), minor >= 0);
        if (parsed)
            QCOMPARE(*parsed, minor);
    }

    void moneyValue_keepsWhatDoesNotParse_andEmptyIsUnanswered()
    {
        QLocale::setDefault(QLocale(u"ru_RU"_s));
        QCOMPARE(AnswerInput::moneyValue(u"1 234,50"_s), QJsonValue(123450));
        QCOMPARE(AnswerInput::moneyValue(u"12,345"_s), QJsonValue(u"12,345"_s));
        QVERIFY(AnswerInput::moneyValue(QString()).isUndefined());
        // What is shown again parses to the same amount.
        const QString shown = AnswerInput::moneyDisplay(QJsonValue(123450));
        QCOMPARE(AnswerInput::parseMoney(shown), std::optional<qint64>(123450));
    }

    void number_readsEitherSeparator_andShowsNoTrailingZeros()
    {
        QLocale::setDefault(QLocale(u"ru_RU"_s));
        QCOMPARE(AnswerInput::numberValue(u"54,5"_s), QJsonValue(54.5));
        QCOMPARE(AnswerInput::numberValue(u"54.5"_s), QJsonValue(54.5));
        QCOMPARE(AnswerInput::numberValue(u"-3"_s), QJsonValue(-3));
        QCOMPARE(AnswerInput::numberDisplay(QJsonValue(54.5), 1), u"54,5"_s);
        QCOMPARE(AnswerInput::numberDisplay(QJsonValue(54.0), 1), u"54"_s);
        QCOMPARE(AnswerInput::numberDisplay(QJsonValue(1200), 0), u"1200"_s);
    }

    void date_readsTheLocaleFormAndIso()
    {
        QLocale::setDefault(QLocale(u"ru_RU"_s));
        QCOMPARE(AnswerInput::parseDate(u"05.03.2026"_s), QDate(2026, 3, 5));
        QCOMPARE(AnswerInput::parseDate(u"2026-03-05"_s), QDate(2026, 3, 5));
        QCOMPARE(AnswerInput::dateValue(u"05.03.2026"_s), QJsonValue(u"2026-03-05"_s));
        QCOMPARE(AnswerInput::dateValue(u"31.02.2026"_s), QJsonValue(u"31.02.2026"_s));
        QCOMPARE(AnswerInput::dateDisplay(QJsonValue(u"2026-03-05"_s)), u"05.03.2026"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnswerInput)
#include "tst_answerinput.moc"
