#include "planreport.h"

#include "assessments.h"
#include "casefiles.h"
#include "meanstest.h"
#include "plans.h"
#include "planvocabulary.h"
#include "reporthtml.h"
#include "socialcontracts.h"
#include "templatecatalogue.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <memory>

namespace casedesk {

namespace {

using namespace reporthtml;

// Everything the plan prints, read once.
struct Context
{
    Plan plan;
    CaseFileData file;
    bool contract = false;
    QList<Obligation> obligations;
    QList<Assistance> assistance;
    QList<ComplianceMonth> compliance;
    QHash<QUuid, QString> needs; // goal id → the need as the assessment's template words it
};

// The need a goal answers, in the words of the assessment's template when it is known here.
QHash<QUuid, QString> needTexts(RecordStore &store, const Plan &plan)
{
    QHash<QUuid, QString> texts;
    std::unique_ptr<Assessments> assessments;
    for (const PlanGoal &g : plan.goals) {
        if (g.need.isEmpty())
            continue;
        texts.insert(g.id, g.need);
        if (g.assessmentId.isNull())
            continue;
        if (!assessments)
            assessments = std::make_unique<Assessments>(store);
        const Result<AssessmentRecord> record = assessments->load(g.assessmentId);
        const AssessmentTemplate *t
            = record ? assessments->catalogue().byHash(record->summary.templateHash) : nullptr;
        if (const Need *need = t ? t->need(g.need) : nullptr)
            texts.insert(g.id,
                         PlanReport::tr("%1 (assessment of %2)")
                             .arg(need->text.text(), displayDate(record->summary.date)));
    }
    return texts;
}

QString headerLine(const CaseFileData &file)
{
    const QString printed = displayDate(QDate::currentDate());
    return file.sensitive
        ? PlanReport::tr("%1 · Case %2 · printed %3 · confidential")
              .arg(file.officeName, file.number, printed)
        : PlanReport::tr("%1 · Case %2 · printed %3").arg(file.officeName, file.number, printed);
}

QString draftMark()
{
    return draftNotice(
        PlanReport::tr("DRAFT — not signed off"),
        PlanReport::tr("A supervisor has not signed this plan off yet; its goals and "
                       "actions may still change."));
}

QString periodText(const Plan &plan)
{
    if (!plan.endDate.isValid())
        return PlanReport::tr("from %1, no end date").arg(displayDate(plan.startDate));
    return PlanReport::tr("%1 to %2").arg(displayDate(plan.startDate), displayDate(plan.endDate));
}

QString detailsHtml(const Context &c)
{
    const auto pair = [](const QString &label, const QString &value) -> QString {
        return cell(muted(label), QStringLiteral("width=\"17%\""))
            + cell(esc(value), QStringLiteral("width=\"33%\""));
    };
    const Plan &p = c.plan;
    const QString signedOff = p.signedOffBy.isEmpty()
        ? PlanReport::tr("not signed off yet")
        : PlanReport::tr("%1, %2").arg(p.signedOffBy, displayDateTime(p.signedOffAt.toLocalTime()));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr>") + pair(PlanReport::tr("Case"), c.file.number)
        + pair(PlanReport::tr("Office"), c.file.officeName) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + pair(PlanReport::tr("Client"), c.file.client.fullName())
        + pair(PlanReport::tr("Birth date"), c.file.client.birthDate.toDisplay())
        + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + pair(PlanReport::tr("Case worker"), c.file.assignedWorker)
        + pair(PlanReport::tr("Period"), periodText(p)) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>")
        + pair(PlanReport::tr("Status"),
               Vocabulary::label(PlanVocabulary::planStatuses(), p.status))
        + pair(PlanReport::tr("Signed off"), signedOff) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString statusHtml(const PlanAction &a)
{
    QString html = esc(actionStatusText(a.status));
    if (a.status == ActionStatus::Done && a.doneDate.isValid())
        html += QStringLiteral("<br/>")
            + muted(PlanReport::tr("on %1").arg(displayDate(a.doneDate)));
    if (Plans::isOverdue(a, QDate::currentDate()))
        html += QStringLiteral("<br/><span style=\"color: #b00000; font-weight: bold;\">%1</span>")
                    .arg(esc(PlanReport::tr("overdue")));
    return html;
}

QString actionsTable(const QList<PlanAction> &actions)
{
    QStringList rows;
    for (const PlanAction &a : actions) {
        QString what;
        if (!a.kind.isEmpty())
            what = QStringLiteral("<b>%1</b><br/>")
                       .arg(esc(Vocabulary::label(PlanVocabulary::actionKinds(), a.kind)));
        what += escLines(a.description);
        QString who = esc(a.agency);
        if (!a.person.isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral("<br/>")) + esc(a.person);
        rows << row(
            { what, who, esc(displayDate(a.dueDate)), statusHtml(a), escLines(a.outcomeNote) });
    }
    return table({ PlanReport::tr("Action"), PlanReport::tr("Responsible"), PlanReport::tr("Due"),
                   PlanReport::tr("Status"), PlanReport::tr("Outcome") },
                 rows, { 27, 20, 14, 20, 19 });
}

QString goalsHtml(const Context &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Goals and actions")));
    if (c.plan.goals.isEmpty())
        html += paragraph(PlanReport::tr("No goals have been set."));
    QSet<QUuid> goals;
    int number = 0;
    for (const PlanGoal &g : c.plan.goals) {
        goals.insert(g.id);
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(PlanReport::tr("Goal %1. %2").arg(++number).arg(g.text)));
        if (c.needs.contains(g.id))
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(muted(PlanReport::tr("Need it answers:")), esc(c.needs.value(g.id)));
        QList<PlanAction> actions;
        for (const PlanAction &a : c.plan.actions)
            if (a.goalId == g.id)
                actions << a;
        html += actions.isEmpty() ? paragraph(PlanReport::tr("No actions yet."))
                                  : actionsTable(actions);
    }
    // Actions of no goal, or of a goal no longer in the plan, are printed too.
    QList<PlanAction> others;
    for (const PlanAction &a : c.plan.actions)
        if (!goals.contains(a.goalId))
            others << a;
    if (!others.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(PlanReport::tr("Other actions")))
            + actionsTable(others);
    return html;
}

QString obligationsHtml(const Context &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Obligations")));
    const auto side = [&](const QString &key, const QString &title) -> QString {
        QString list;
        for (const Obligation &o : c.obligations)
            if (o.side == key)
                list += QStringLiteral("<li>%1</li>").arg(escLines(o.text));
        return QStringLiteral("<h3>%1</h3>").arg(esc(title))
            + (list.isEmpty() ? paragraph(PlanReport::tr("None recorded."))
                              : QStringLiteral("<ol>%1</ol>").arg(list));
    };
    return html + side(QStringLiteral("client"), PlanReport::tr("The client undertakes to"))
        + side(QStringLiteral("agency"), PlanReport::tr("The agency undertakes to"));
}

qint64 monthlyTotal(const Context &c)
{
    qint64 total = 0;
    for (const Assistance &a : c.assistance)
        total += a.monthlyAmount;
    return total;
}

QString amountCell(qint64 minorUnits)
{
    return QStringLiteral("<td align=\"right\">%1</td>").arg(esc(moneyText(minorUnits)));
}

QString assistanceHtml(const Context &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Assistance")));
    if (c.assistance.isEmpty())
        return html + paragraph(PlanReport::tr("No assistance has been agreed."));
    QStringList rows;
    for (const Assistance &a : c.assistance)
        rows << QStringLiteral("<tr>") + cell(esc(a.kind)) + amountCell(a.monthlyAmount)
                + cell(escLines(a.conditions)) + QStringLiteral("</tr>");
    if (c.assistance.size() > 1)
        rows << QStringLiteral("<tr>")
                + cell(QStringLiteral("<b>%1</b>").arg(esc(PlanReport::tr("Total per month"))))
                + amountCell(monthlyTotal(c)) + cell(QString()) + QStringLiteral("</tr>");
    return html
        + table({ PlanReport::tr("Assistance"), PlanReport::tr("Per month"),
                  PlanReport::tr("Conditions") },
                rows, { 34, 18, 48 });
}

QString monthText(const QDate &month)
{
    return PlanReport::tr("%1 %2", "month name, year")
        .arg(QLocale().standaloneMonthName(month.month()))
        .arg(month.year());
}

QString complianceHtml(const Context &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Compliance by month")));
    if (c.compliance.isEmpty())
        return html + paragraph(PlanReport::tr("No month has been recorded yet."));
    const bool paid = !c.assistance.isEmpty();
    const qint64 total = monthlyTotal(c);
    QStringList rows;
    for (const ComplianceMonth &m : c.compliance) {
        QString reason = escLines(m.reason);
        if (!m.note.isEmpty())
            reason += (reason.isEmpty() ? QString() : QStringLiteral("<br/>"))
                + QStringLiteral("<span class=\"muted\">%1</span>").arg(escLines(m.note));
        QString line = QStringLiteral("<tr>") + cell(esc(monthText(m.month)))
            + cell(esc(m.kept ? PlanReport::tr("Yes") : PlanReport::tr("No")))
            + cell(esc(consequenceText(m.consequence))) + cell(reason);
        if (paid)
            line += amountCell(SocialContracts::payable(total, m.consequence));
        rows << line + QStringLiteral("</tr>");
    }
    QStringList headers { PlanReport::tr("Month"), PlanReport::tr("Kept"),
                          PlanReport::tr("Consequence"), PlanReport::tr("Reason") };
    QList<int> widths { 19, 8, 22, 33, 18 };
    if (paid)
        headers << PlanReport::tr("Payable");
    else
        widths = { 19, 9, 24, 48 };
    return html + table(headers, rows, widths);
}

QString reviewsHtml(const Context &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Reviews")));
    if (c.plan.reviews.isEmpty())
        return html + paragraph(PlanReport::tr("The plan has not been reviewed."));
    QStringList rows;
    for (const PlanReview &r : c.plan.reviews)
        rows << row({ esc(displayDate(r.date)), esc(r.author), escLines(r.note),
                      QStringLiteral("<span class=\"small\">%1</span>").arg(escLines(r.before)) });
    return html
        + table({ PlanReport::tr("Date"), PlanReport::tr("Reviewed by"), PlanReport::tr("Note"),
                  PlanReport::tr("The plan before the review") },
                rows, { 13, 19, 30, 38 });
}

QString signaturesHtml(const Context &c)
{
    const auto signer = [&](const QString &role, const QString &nameHtml) {
        return QStringLiteral("<tr><td width=\"40%\">%1<br/>%2</td>"
                              "<td width=\"35%\"><br/>%3<br/><span class=\"small\">%4</span></td>"
                              "<td width=\"25%\"><br/>%5<br/><span class=\"small\">%6</span></td>"
                              "</tr>")
            .arg(muted(role), nameHtml, QStringLiteral("______________________"),
                 esc(PlanReport::tr("signature")), QStringLiteral("____________"),
                 esc(PlanReport::tr("date")));
    };
    const QString agreement = c.contract
        ? PlanReport::tr("The client and the agency agree to the obligations above. The "
                         "assistance depends on the client keeping theirs; a month not kept has "
                         "the consequences recorded in this contract.")
        : PlanReport::tr("The client took part in drawing up this plan and agrees to the goals "
                         "and actions above.");
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(PlanReport::tr("Signatures")))
        + paragraph(agreement)
        + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">");
    const QString client = esc(c.file.client.fullName());
    if (c.contract)
        html
            += signer(PlanReport::tr("For the agency"),
                      esc(c.file.assignedWorker) + QStringLiteral("<br/>") + esc(c.file.officeName))
            + signer(PlanReport::tr("Client"), client);
    else
        html += signer(PlanReport::tr("Client"), client)
            + signer(PlanReport::tr("Case worker"), esc(c.file.assignedWorker));
    return html + QStringLiteral("</table>");
}

} // namespace

Result<ReportDocument> PlanReport::build(RecordStore &store, const QUuid &planId)
{
    // Refused before anything is recorded for a case the user may not see in detail.
    Result<Plan> plan = Plans(store).load(planId);
    if (!plan)
        return plan.status();
    // Printing shows the details, so for a sensitive case it is recorded as an opening.
    Result<CaseFileData> file = CaseFiles(store).open(plan->caseId);
    if (!file)
        return file.status();
    if (file->restricted)
        return Status::error(tr("This case is sensitive; its plans cannot be printed here."));

    Context c;
    c.plan = plan.value();
    c.file = file.value();
    c.contract = c.plan.kind == QLatin1String("social_contract");
    c.needs = needTexts(store, c.plan);
    if (c.contract) {
        const SocialContracts contracts(store);
        c.obligations = contracts.obligations(planId);
        c.assistance = contracts.assistance(planId);
        c.compliance = contracts.compliance(planId);
    }

    const bool draft = c.plan.status == QLatin1String("draft");
    ReportDocument document;
    document.title = Vocabulary::label(PlanVocabulary::planKinds(), c.plan.kind);
    document.header
        = draft ? tr("%1 · DRAFT — not signed off").arg(headerLine(c.file)) : headerLine(c.file);
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(document.title));
    if (draft)
        html += draftMark();
    html += detailsHtml(c);
    if (c.contract)
        html += obligationsHtml(c) + assistanceHtml(c);
    html += goalsHtml(c);
    if (c.contract)
        html += complianceHtml(c);
    html += reviewsHtml(c) + signaturesHtml(c);
    document.html = html + QStringLiteral("</body></html>");
    return document;
}

} // namespace casedesk
