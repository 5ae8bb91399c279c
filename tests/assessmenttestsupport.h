#pragma once

// Small templates built in code, so rules can be tested at their edges without the shipped ones.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::test {

inline QJsonObject texts(const QString &en, const QString &ru = QString())
{
    return QJsonObject { { QStringLiteral("en"), en },
                         { QStringLiteral("ru"),
                           ru.isEmpty() ? en + QStringLiteral(" (ru)") : ru } };
}

inline QJsonObject option(const QString &value, int score, const QStringList &needs = {})
{
    QJsonObject o { { QStringLiteral("value"), value },
                    { QStringLiteral("text"), texts(value) },
                    { QStringLiteral("score"), score } };
    if (!needs.isEmpty())
        o.insert(QStringLiteral("needs"), QJsonArray::fromStringList(needs));
    return o;
}

// A scored template: domain "income" (crisis 3, emergency 6) with a choice "source" and a
// number "months" asked only when source = 'none'; domain "safety" (crisis 2, emergency 5) with
// a yes/no "violence"; overall crisis at 2 domains or total 7, emergency at 1 domain.
inline QJsonObject scoredTemplate()
{
    const QJsonObject source {
        { QStringLiteral("id"), QStringLiteral("source") },
        { QStringLiteral("kind"), QStringLiteral("choice") },
        { QStringLiteral("text"), texts(QStringLiteral("Main income")) },
        { QStringLiteral("required"), true },
        { QStringLiteral("domain"), QStringLiteral("income") },
        { QStringLiteral("options"),
          QJsonArray { option(QStringLiteral("wages"), 0), option(QStringLiteral("benefit"), 1),
                       option(QStringLiteral("none"), 3, { QStringLiteral("cash") }) } },
    };
    const QJsonObject months {
        { QStringLiteral("id"), QStringLiteral("months") },
        { QStringLiteral("kind"), QStringLiteral("number") },
        { QStringLiteral("text"), texts(QStringLiteral("Months without income")) },
        { QStringLiteral("required"), true },
        { QStringLiteral("show_if"), QStringLiteral("source = 'none'") },
        { QStringLiteral("domain"), QStringLiteral("income") },
        { QStringLiteral("min"), 0 },
        { QStringLiteral("max"), 120 },
        { QStringLiteral("ranges"),
          QJsonArray {
              QJsonObject { { QStringLiteral("to"), 2 }, { QStringLiteral("score"), 0 } },
              QJsonObject { { QStringLiteral("from"), 3 },
                            { QStringLiteral("to"), 5 },
                            { QStringLiteral("score"), 1 } },
              QJsonObject { { QStringLiteral("from"), 6 }, { QStringLiteral("score"), 3 } } } },
    };
    const QJsonObject violence {
        { QStringLiteral("id"), QStringLiteral("violence") },
        { QStringLiteral("kind"), QStringLiteral("yes_no") },
        { QStringLiteral("text"), texts(QStringLiteral("Violence at home")) },
        { QStringLiteral("domain"), QStringLiteral("safety") },
        { QStringLiteral("scores"), QJsonObject { { QStringLiteral("yes"), 5 } } },
        { QStringLiteral("needs"),
          QJsonObject { { QStringLiteral("yes"), QJsonArray { QStringLiteral("safety_plan") } } } },
    };
    const QJsonObject note {
        { QStringLiteral("id"), QStringLiteral("note") },
        { QStringLiteral("kind"), QStringLiteral("text") },
        { QStringLiteral("text"), texts(QStringLiteral("Note")) },
        { QStringLiteral("multiline"), true },
    };
    auto domain = [](const QString &id, int crisis, int emergency, const QString &need) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("title"), texts(id) },
                             { QStringLiteral("crisis"), crisis },
                             { QStringLiteral("emergency"), emergency },
                             { QStringLiteral("needs"),
                               QJsonObject {
                                   { QStringLiteral("crisis"), QJsonArray { need } } } } };
    };
    auto need = [](const QString &id) {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("text"), texts(id) } };
    };
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("id"), QStringLiteral("test_scored") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("effective_from"), QStringLiteral("2020-01-01") },
        { QStringLiteral("kind"), QStringLiteral("scored") },
        { QStringLiteral("title"),
          texts(QStringLiteral("Test situation"), QStringLiteral("Тестовая ситуация")) },
        { QStringLiteral("needs"),
          QJsonArray { need(QStringLiteral("cash")), need(QStringLiteral("income_support")),
                       need(QStringLiteral("safety_plan")), need(QStringLiteral("counselling")) } },
        { QStringLiteral("domains"),
          QJsonArray { domain(QStringLiteral("income"), 3, 6, QStringLiteral("income_support")),
                       domain(QStringLiteral("safety"), 2, 5, QStringLiteral("counselling")) } },
        { QStringLiteral("overall"),
          QJsonObject {
              { QStringLiteral("crisis"),
                QJsonObject { { QStringLiteral("domains"), 2 }, { QStringLiteral("total"), 7 } } },
              { QStringLiteral("emergency"), QJsonObject { { QStringLiteral("domains"), 1 } } } } },
        { QStringLiteral("sections"),
          QJsonArray {
              QJsonObject { { QStringLiteral("id"), QStringLiteral("income") },
                            { QStringLiteral("title"), texts(QStringLiteral("Income")) },
                            { QStringLiteral("questions"), QJsonArray { source, months } } },
              QJsonObject { { QStringLiteral("id"), QStringLiteral("safety") },
                            { QStringLiteral("title"), texts(QStringLiteral("Safety")) },
                            { QStringLiteral("questions"), QJsonArray { violence, note } } } } },
    };
}

inline QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace casedesk::test
