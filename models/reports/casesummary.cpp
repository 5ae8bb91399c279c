#include "casesummary.h"

#include "reporthtml.h"

#include "assessmentresult.h"
#include "assessments.h"
#include "casefiles.h"
#include "plans.h"
#include "planvocabulary.h"
#include "referrallistmodel.h"
#include "referrals.h"
#include "vocabulary.h"

#include <QMap>

#include <algorithm>

namespace casedesk {

namespace {

using namespace reporthtml;

QString label(const Vocabulary::Items &items, const QString &code)
{
    const QString text = Vocabulary::label(items, code);
    return text.isEmpty() ? code : text;
}

QString line(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td width=\"28%\">%1</td><td width=\"72%\">%2</td></tr>")
        .arg(muted(name), value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value));
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString address(const PersonData &p)
{
    QStringList parts;
    for (const QString &part : { p.street, p.locality, p.region })
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString clientHtml(const CaseFileData &file, bool redacted)
{
    const PersonData &c = file.client;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
        + line(CaseSummary::tr("Client"), c.fullName());
    if (!redacted) {
        html += line(CaseSummary::tr("Birth date"), c.birthDate.toDisplay());
        const QString id = c.idNumber.isEmpty()
            ? QString()
            : CaseSummary::tr("%1 %2").arg(label(Vocabulary::idDocumentTypes(), c.idType),
                                           c.idNumber);
        html += line(CaseSummary::tr("Identity document"), id);
        html += line(CaseSummary::tr("Address"), address(c));
        QStringList phones;
        for (const PhoneData &phone : c.phones)
            phones << phone.number;
        html += line(CaseSummary::tr("Phone"), phones.join(QStringLiteral(", ")));
    }
    html += line(CaseSummary::tr("Case status"), label(Vocabulary::caseStatuses(), file.status));
    html += line(CaseSummary::tr("Opened on"), displayDate(file.openedDate));
    html += line(CaseSummary::tr("Case worker"), file.assignedWorker);
    html += line(CaseSummary::tr("Case-management model"),
                 label(PlanVocabulary::managementModels(), file.managementModel));
    QStringList categories;
    for (const QString &code : file.categories)
        categories << label(Vocabulary::categories(), code);
    html += line(CaseSummary::tr("Categories"), categories.join(QStringLiteral(", ")));
    return html + QStringLiteral("</table>");
}

QString householdHtml(const CaseFileData &file, bool redacted)
{
    if (file.household.isEmpty())
        return paragraph(CaseSummary::tr("No household members are recorded."));
    QStringList rows;
    for (const HouseholdMember &m : file.household) {
        QStringList cells { esc(m.person.fullName()),
                            esc(label(Vocabulary::relationships(), m.relationship)) };
        if (!redacted)
            cells << esc(m.person.birthDate.toDisplay());
        rows << row(cells);
    }
    if (redacted)
        return table({ CaseSummary::tr("Name"), CaseSummary::tr("Relationship") }, rows,
                     { 60, 40 });
    return table(
        { CaseSummary::tr("Name"), CaseSummary::tr("Relationship"), CaseSummary::tr("Birth date") },
        rows, { 50, 30, 20 });
}

// The latest completed result of each assessment template.
QString assessmentsHtml(RecordStore &store, const QUuid &caseId)
{
    QMap<QString, AssessmentSummary> latest;
    for (const AssessmentSummary &a : Assessments(store).forCase(caseId)) {
        if (a.status != QLatin1String("completed"))
            continue;
        auto it = latest.find(a.templateId);
        if (it == latest.end() || it->date < a.date)
            latest.insert(a.templateId, a);
    }
    if (latest.isEmpty())
        return paragraph(CaseSummary::tr("No assessment has been completed."));
    QStringList rows;
    for (const AssessmentSummary &a : std::as_const(latest))
        rows << row({ esc(a.title), esc(displayDate(a.date)),
                      esc(a.hasLevel ? levelText(a.level) : QString()) });
    return table({ CaseSummary::tr("Assessment"), CaseSummary::tr("Completed on"),
                   CaseSummary::tr("Level") },
                 rows, { 55, 20, 25 });
}

QString plansHtml(RecordStore &store, const QUuid &caseId)
{
    const QList<Plan> plans = Plans(store).forCase(caseId);
    if (plans.isEmpty())
        return paragraph(CaseSummary::tr("The case has no plan."));
    const QDate today = QDate::currentDate();
    QStringList rows;
    for (const Plan &p : plans) {
        int done = 0, open = 0, overdue = 0;
        for (const PlanAction &a : p.actions) {
            done += a.status == ActionStatus::Done;
            open += a.isOpen();
            overdue += Plans::isOverdue(a, today);
        }
        const QString period = p.endDate.isValid()
            ? CaseSummary::tr("%1 – %2").arg(displayDate(p.startDate), displayDate(p.endDate))
            : displayDate(p.startDate);
        rows << row({ esc(label(PlanVocabulary::planKinds(), p.kind)), esc(period),
                      esc(label(PlanVocabulary::planStatuses(), p.status)),
                      esc(overdue > 0 ? CaseSummary::tr("%1 done, %2 open (%3 of them overdue)")
                                            .arg(done)
                                            .arg(open)
                                            .arg(overdue)
                                      : CaseSummary::tr("%1 done, %2 open").arg(done).arg(open)) });
    }
    return table({ CaseSummary::tr("Plan"), CaseSummary::tr("Period"), CaseSummary::tr("Status"),
                   CaseSummary::tr("Actions") },
                 rows, { 30, 25, 15, 30 });
}

QString referralsHtml(RecordStore &store, const QUuid &caseId)
{
    const QList<Referral> referrals = Referrals(store).forCase(caseId);
    if (referrals.isEmpty())
        return paragraph(CaseSummary::tr("No referrals."));
    QStringList rows;
    for (const Referral &r : referrals)
        rows << row({ esc(r.agencyName), esc(r.reason), esc(displayDate(r.sentDate)),
                      esc(ReferralListModel::statusText(r)) });
    return table({ CaseSummary::tr("To"), CaseSummary::tr("Reason"), CaseSummary::tr("Sent on"),
                   CaseSummary::tr("Where it stands") },
                 rows, { 25, 35, 15, 25 });
}

QString interactionsHtml(const CaseFileData &file)
{
    QList<Interaction> last = file.interactions;
    std::sort(last.begin(), last.end(), [](const Interaction &a, const Interaction &b) {
        return a.occurredAt > b.occurredAt;
    });
    last = last.mid(0, CaseSummary::LastInteractions);
    if (last.isEmpty())
        return paragraph(CaseSummary::tr("No interactions are recorded."));
    QStringList rows;
    for (const Interaction &i : std::as_const(last))
        rows << row({ esc(displayDate(i.occurredAt.toLocalTime().date())),
                      esc(label(Vocabulary::interactionKinds(), i.kind)), esc(i.worker),
                      escLines(i.note) });
    return table({ CaseSummary::tr("Date"), CaseSummary::tr("Kind"), CaseSummary::tr("Worker"),
                   CaseSummary::tr("Note") },
                 rows, { 15, 20, 20, 45 });
}

} // namespace

Result<ReportDocument> CaseSummary::build(RecordStore &store, const QUuid &caseId, bool redacted)
{
    // Printing shows the details, so for a sensitive case it is recorded as an opening.
    const Result<CaseFileData> file = CaseFiles(store).open(caseId);
    if (!file)
        return file.status();
    if (file->restricted)
        return Status::error(tr("This case is sensitive; its summary cannot be printed here."));
    const QString printed = displayDate(QDate::currentDate());
    ReportDocument document;
    document.title = tr("Case file summary");
    document.header = file->sensitive
        ? tr("%1 · Case %2 · printed %3 · confidential")
              .arg(file->officeName, file->number, printed)
        : tr("%1 · Case %2 · printed %3").arg(file->officeName, file->number, printed);
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(document.title));
    if (redacted)
        html += paragraph(tr("Redacted: ID numbers, addresses, phone numbers and birth dates are "
                             "left out."));
    html += clientHtml(file.value(), redacted);
    html += section(tr("Household")) + householdHtml(file.value(), redacted);
    html += section(tr("Assessments")) + assessmentsHtml(store, caseId);
    html += section(tr("Plans")) + plansHtml(store, caseId);
    html += section(tr("Referrals")) + referralsHtml(store, caseId);
    html += section(tr("Last interactions")) + interactionsHtml(file.value());
    document.html = html + QStringLiteral("</body></html>");
    return document;
}

} // namespace casedesk
