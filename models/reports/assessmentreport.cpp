#include "assessmentreport.h"

#include "assessmentparameters.h"
#include "assessments.h"
#include "casefiles.h"
#include "meanstest.h"
#include "reporthtml.h"
#include "scoring.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace casedesk {

namespace {

using namespace reporthtml;

QString yesNo(bool value)
{
    return value ? AssessmentReport::tr("Yes") : AssessmentReport::tr("No");
}

QString numberText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// What the report needs to know beside the template: the case and the names of the household.
struct Context
{
    const AssessmentTemplate *t = nullptr;
    CaseFileData file;
    Answers answers;
    QHash<QString, QString> names; // person id → name, from the household answer
};

QString memberName(const Context &c, const QString &person)
{
    return c.names.value(person, person);
}

QString householdTable(const Context &c, const QJsonArray &members)
{
    QStringList rows;
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        const QString relationship = Vocabulary::label(
            Vocabulary::relationships(), m.value(QLatin1String("relationship")).toString());
        const bool counted = m.value(QLatin1String("counted")).toBool(true);
        rows << row(
            { esc(m.value(QLatin1String("name")).toString()), esc(relationship),
              esc(counted ? AssessmentReport::tr("counted") : AssessmentReport::tr("not counted")),
              escLines(m.value(QLatin1String("reason")).toString()) });
    }
    return table({ AssessmentReport::tr("Member"), AssessmentReport::tr("Relationship"),
                   AssessmentReport::tr("Counted"), AssessmentReport::tr("Reason") },
                 rows, { 34, 22, 16, 28 });
}

QString incomesTable(const Context &c, const QJsonArray &incomes)
{
    QHash<QString, bool> counted;
    if (c.t)
        for (const QJsonValue &v : c.answers.value(c.t->meansTest.householdQuestion).toArray()) {
            const QJsonObject m = v.toObject();
            counted.insert(m.value(QLatin1String("person")).toString(),
                           m.value(QLatin1String("counted")).toBool(true));
        }
    QStringList rows;
    for (const QJsonValue &v : incomes) {
        const QJsonObject i = v.toObject();
        const QString person = i.value(QLatin1String("person")).toString();
        const QString kind = i.value(QLatin1String("kind")).toString();
        const IncomeKind *k = c.t ? c.t->meansTest.incomeKind(kind) : nullptr;
        const QString counts = k && !k->counts ? AssessmentReport::tr("does not count")
            : !counted.value(person, false)
            ? AssessmentReport::tr("does not count: the member is not counted")
            : AssessmentReport::tr("counts");
        rows << row({ esc(memberName(c, person)), esc(k ? k->text.text() : kind),
                      esc(moneyText(qint64(i.value(QLatin1String("amount")).toDouble()))),
                      esc(counts) });
    }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(AssessmentReport::tr("No income was entered.")));
    return table({ AssessmentReport::tr("Member"), AssessmentReport::tr("Kind of income"),
                   AssessmentReport::tr("Amount over the period"),
                   AssessmentReport::tr("In the income") },
                 rows, { 26, 36, 18, 20 });
}

QString optionText(const Question &q, const QString &value)
{
    const AnswerOption *o = q.option(value);
    return o ? o->text.text() : value;
}

// The answer of a question whose answer fits in one cell, as escaped HTML.
QString answerHtml(const Question &q, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("<span class=\"muted\">%1</span>")
            .arg(esc(AssessmentReport::tr("not answered")));
    switch (q.kind) {
    case AnswerKind::Choice:
        return esc(optionText(q, value.toString()));
    case AnswerKind::MultiChoice: {
        QStringList chosen;
        for (const QJsonValue &v : value.toArray())
            chosen << esc(optionText(q, v.toString()));
        return chosen.join(QLatin1String("<br/>"));
    }
    case AnswerKind::Number:
        return esc(numberText(value.toDouble(), q.decimals));
    case AnswerKind::Money:
        return esc(moneyText(qint64(value.toDouble())));
    case AnswerKind::Date:
        return esc(displayDate(QDate::fromString(value.toString(), Qt::ISODate)));
    case AnswerKind::YesNo:
        return esc(yesNo(value.toBool()));
    case AnswerKind::Text:
        return escLines(value.toString());
    case AnswerKind::Household:
    case AnswerKind::Incomes:
        break;
    }
    return esc(
        QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)));
}

// The sections and the questions shown, in the template's order; skipped ones are left out.
QString answersHtml(const Context &c)
{
    const Answers shown = Scoring::effectiveAnswers(*c.t, c.answers);
    QString html;
    for (const Section &s : c.t->sections) {
        if (!s.showIf.holds(shown))
            continue;
        QString body;
        QStringList rows;
        const auto flush = [&] {
            if (!rows.isEmpty())
                body += table({ AssessmentReport::tr("Question"), AssessmentReport::tr("Answer") },
                              rows, { 58, 42 });
            rows.clear();
        };
        for (const Question &q : s.questions) {
            if (!q.showIf.holds(shown))
                continue;
            const QJsonValue value = shown.value(q.id);
            if (q.kind == AnswerKind::Household || q.kind == AnswerKind::Incomes) {
                flush();
                body += QStringLiteral("<p><b>%1</b></p>").arg(esc(q.text.text()));
                body += q.kind == AnswerKind::Household ? householdTable(c, value.toArray())
                                                        : incomesTable(c, value.toArray());
                continue;
            }
            rows << row({ esc(q.text.text()), answerHtml(q, value) });
        }
        flush();
        if (!body.isEmpty())
            html += QStringLiteral("<h2>%1</h2>").arg(esc(s.title.text())) + body;
    }
    return html;
}

// Without the template (not known at this site) the answers are still printed, by question id.
QString rawAnswersHtml(const Answers &answers)
{
    QStringList rows;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        rows << row(
            { esc(it.key()),
              esc(QString::fromUtf8(
                  QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact))) });
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(esc(AssessmentReport::tr("Answers")),
                    esc(AssessmentReport::tr(
                        "The template of this assessment is not known at this site, so "
                        "the answers are shown as stored.")))
        + table({ AssessmentReport::tr("Question"), AssessmentReport::tr("Answer") }, rows,
                { 40, 60 });
}

QString parameterValueText(const ParameterUse &p)
{
    if (p.name == QLatin1String("subsistence_minimum"))
        return moneyText(p.value);
    if (p.name == QLatin1String("poverty_line_share"))
        return AssessmentReport::tr("%1 ‰ (%2 %)").arg(p.value).arg(numberText(p.value / 10.0, 1));
    if (p.name == QLatin1String("housing_norm"))
        return AssessmentReport::tr("%1 m²").arg(p.value);
    return QLocale().toString(p.value);
}

QString meansTestHtml(const Context &c, const AssessmentResult &result)
{
    QString html = QStringLiteral("<h3>%1</h3><ol>").arg(esc(AssessmentReport::tr("Means test")));
    for (const QString &line : MeansTest::describe(result.meansTest, c.t))
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    html
        += QStringLiteral("</ol><p><b>%1</b></p>")
               .arg(esc(
                   AssessmentReport::tr("Outcome: %1").arg(outcomeText(result.meansTest.outcome))));
    if (!result.parameters.isEmpty()) {
        QStringList rows;
        for (const ParameterUse &p : result.parameters)
            rows << row({ esc(AssessmentParameters::nameText(p.name)),
                          esc(p.region.isEmpty() ? AssessmentReport::tr("all regions") : p.region),
                          esc(parameterValueText(p)), esc(displayDate(p.effectiveFrom)),
                          esc(p.source == QLatin1String("shipped")
                                  ? AssessmentReport::tr("shipped with CaseDesk")
                                  : AssessmentReport::tr("central desk")) });
        html += QStringLiteral("<h3>%1</h3>").arg(esc(AssessmentReport::tr("Parameters used")))
            + table({ AssessmentReport::tr("Parameter"), AssessmentReport::tr("Region"),
                      AssessmentReport::tr("Value"), AssessmentReport::tr("In force from"),
                      AssessmentReport::tr("Source") },
                    rows, { 35, 14, 21, 14, 16 });
    }
    return html;
}

QString scoresHtml(const Context &c, const AssessmentResult &result)
{
    QString html;
    if (!result.domains.isEmpty()) {
        QStringList rows;
        for (const DomainScore &d : result.domains) {
            const Domain *domain = c.t ? c.t->domain(d.domain) : nullptr;
            rows << row({ esc(domain ? domain->title.text() : d.domain),
                          esc(QString::number(d.score)), esc(levelText(d.level)) });
        }
        html += table({ AssessmentReport::tr("Domain"), AssessmentReport::tr("Score"),
                        AssessmentReport::tr("Level") },
                      rows, { 60, 15, 25 });
    }
    if (result.hasLevel)
        html
            += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(AssessmentReport::tr("Overall level: %1").arg(levelText(result.level))),
                        esc(AssessmentReport::tr("(total score %1)").arg(result.total)));
    return html;
}

QString needsHtml(const Context &c, const AssessmentResult &result)
{
    if (result.isMeansTest && result.needs.isEmpty())
        return QString();
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(AssessmentReport::tr("Needs")));
    if (result.needs.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>").arg(esc(AssessmentReport::tr("No needs were raised.")));
    html += QStringLiteral("<ul>");
    for (const QString &id : result.needs) {
        const Need *need = c.t ? c.t->need(id) : nullptr;
        html += QStringLiteral("<li>%1</li>").arg(esc(need ? need->text.text() : id));
    }
    return html + QStringLiteral("</ul>");
}

QString resultHtml(const Context &c, const AssessmentRecord &record,
                   const Result<AssessmentResult> &result)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(AssessmentReport::tr("Result")));
    if (!record.summary.isCompleted())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(AssessmentReport::tr(
                        "Preview from the answers so far; the assessment is not "
                        "completed and this is not its result.")));
    if (!result)
        return html + QStringLiteral("<p>%1</p>").arg(esc(result.message()));
    if (record.summary.editedAfterCompletion)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(AssessmentReport::tr(
                        "An answer was changed at another site after completion; "
                        "the result stays as it was computed.")));
    html += scoresHtml(c, result.value());
    if (result->isMeansTest)
        html += meansTestHtml(c, result.value());
    return html + needsHtml(c, result.value());
}

QString detailsHtml(const Context &c, const AssessmentSummary &s)
{
    const auto pair = [](const QString &label, const QString &value) -> QString {
        return cell(QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(label)),
                    QStringLiteral("width=\"19%\""))
            + cell(esc(value), QStringLiteral("width=\"31%\""));
    };
    const QString completed = s.isCompleted() ? AssessmentReport::tr("%1, %2").arg(
                                  s.completedBy, displayDateTime(s.completedAt.toLocalTime()))
                                              : QString();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr>") + pair(AssessmentReport::tr("Case"), c.file.number)
        + pair(AssessmentReport::tr("Office"), c.file.officeName) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + pair(AssessmentReport::tr("Client"), c.file.client.fullName())
        + pair(AssessmentReport::tr("Birth date"), c.file.client.birthDate.toDisplay())
        + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>")
        + pair(AssessmentReport::tr("Assessment date"), displayDate(s.date))
        + pair(AssessmentReport::tr("Status"),
               s.isCompleted() ? AssessmentReport::tr("completed") : AssessmentReport::tr("draft"))
        + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + pair(AssessmentReport::tr("Started by"), s.authorName)
        + pair(AssessmentReport::tr("Completed by"), completed) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString templateLine(const Context &c, const AssessmentSummary &s, int rulesVersion)
{
    const QString label = c.t
        ? c.t->label()
        : AssessmentReport::tr("%1, version %2").arg(s.templateId).arg(s.templateVersion);
    return QStringLiteral("<p class=\"small\">%1</p>")
        .arg(esc(AssessmentReport::tr("Template: %1, content hash %2 (computation rules %3).")
                     .arg(label, s.templateHash.left(12))
                     .arg(rulesVersion)));
}

QString draftMark()
{
    return QStringLiteral("<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"6\" "
                          "style=\"border-color: #b00000; border-style: solid;\"><tr><td>"
                          "<span style=\"color: #b00000; font-size: 13pt; font-weight: bold;\">"
                          "%1</span><br/>%2</td></tr></table>")
        .arg(esc(AssessmentReport::tr("DRAFT — not completed")),
             esc(AssessmentReport::tr(
                 "The answers may still change. The result below is a preview and has "
                 "not been decided.")));
}

QString signaturesHtml(const Context &c, const AssessmentSummary &s)
{
    const QString line = QStringLiteral("______________________");
    const auto signer = [&](const QString &role, const QString &name) {
        return QStringLiteral("<tr><td width=\"40%\"><span class=\"muted\">%1</span><br/>%2</td>"
                              "<td width=\"35%\"><br/>%3<br/><span class=\"small\">%4</span></td>"
                              "<td width=\"25%\"><br/>%5<br/><span class=\"small\">%6</span></td>"
                              "</tr>")
            .arg(esc(role), esc(name), line, esc(AssessmentReport::tr("signature")),
                 QStringLiteral("____________"), esc(AssessmentReport::tr("date")));
    };
    const QString worker
        = s.isCompleted() && !s.completedBy.isEmpty() ? s.completedBy : s.authorName;
    return QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">")
               .arg(esc(AssessmentReport::tr("Signatures")))
        + signer(AssessmentReport::tr("Case worker"), worker)
        + signer(AssessmentReport::tr("Client"), c.file.client.fullName())
        + QStringLiteral("</table>");
}

QString headerLine(const CaseFileData &file)
{
    const QString printed = displayDate(QDate::currentDate());
    return file.sensitive ? AssessmentReport::tr("%1 · Case %2 · printed %3 · confidential")
                                .arg(file.officeName, file.number, printed)
                          : AssessmentReport::tr("%1 · Case %2 · printed %3")
                                .arg(file.officeName, file.number, printed);
}

} // namespace

Result<ReportDocument> AssessmentReport::build(RecordStore &store, const QUuid &assessmentId)
{
    const Assessments assessments(store);
    Result<AssessmentRecord> record = assessments.load(assessmentId);
    if (!record)
        return record.status();
    const AssessmentSummary &summary = record->summary;
    // Printing shows the details, so for a sensitive case it is recorded as an opening.
    Result<CaseFileData> file = CaseFiles(store).open(summary.caseId);
    if (!file)
        return file.status();
    if (file->restricted)
        return Status::error(tr("This case is sensitive; its assessments cannot be printed here."));

    Context c;
    c.t = assessments.catalogue().byHash(summary.templateHash);
    c.file = file.value();
    c.answers = record->answers;
    if (c.t)
        for (const QJsonValue &v : c.answers.value(c.t->meansTest.householdQuestion).toArray())
            c.names.insert(v.toObject().value(QLatin1String("person")).toString(),
                           v.toObject().value(QLatin1String("name")).toString());

    const Result<AssessmentResult> result = summary.isCompleted()
        ? Result<AssessmentResult>(record->result)
        : assessments.evaluate(assessmentId, record->answers, summary.date);

    ReportDocument document;
    const QString title = c.t ? c.t->title.text() : summary.title;
    document.title = tr("Needs assessment: %1").arg(title);
    document.header = summary.isCompleted()
        ? headerLine(c.file)
        : tr("%1 · DRAFT — not completed").arg(headerLine(c.file));
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(document.title));
    if (!summary.isCompleted())
        html += draftMark();
    html += detailsHtml(c, summary);
    html += templateLine(c, summary,
                         result ? result->rulesVersion : AssessmentResult().rulesVersion);
    html += c.t ? answersHtml(c) : rawAnswersHtml(c.answers);
    html += resultHtml(c, record.value(), result);
    html += signaturesHtml(c, summary);
    document.html = html + QStringLiteral("</body></html>");
    return document;
}

} // namespace casedesk
