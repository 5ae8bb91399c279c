#include "referralletter.h"

#include "casefiles.h"
#include "planvocabulary.h"
#include "referrals.h"
#include "reporthtml.h"

#include <QLocale>

namespace casedesk {

namespace {

using namespace reporthtml;

// Lines to write on, one under the other and ending at the same place, each with what goes
// there in front of it (a cell ruled below, so the lines do not depend on the font).
QString fillInLines(const QStringList &labels)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; margin-top: 6px;\">");
    for (const QString &label : labels)
        html += QStringLiteral("<tr><td width=\"30%\" valign=\"bottom\" "
                               "style=\"padding-top: 12px;\">%1</td><td width=\"70%\" "
                               "style=\"border-bottom: 1px solid #000000;\">&nbsp;</td></tr>")
                    .arg(label.isEmpty() ? QStringLiteral("&nbsp;") : esc(label));
    return html + QStringLiteral("</table>");
}

// A box that stands out on the page: the deadline, the status.
QString box(const QString &color, const QString &html)
{
    return QStringLiteral("<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"8\" "
                          "style=\"border-color: %1; border-style: solid; margin-top: 8px; "
                          "margin-bottom: 8px;\"><tr><td>%2</td></tr></table>")
        .arg(color, html);
}

QString headerLine(const CaseFileData &file)
{
    const QString printed = displayDate(QDate::currentDate());
    return file.sensitive ? ReferralLetter::tr("%1 · Case %2 · printed %3 · confidential")
                                .arg(file.officeName, file.number, printed)
                          : ReferralLetter::tr("%1 · Case %2 · printed %3")
                                .arg(file.officeName, file.number, printed);
}

// The kind of the receiving agency as a label, when it is known.
QString agencyKindText(RecordStore &store, const Referral &r)
{
    if (!r.siteId.isNull())
        return Vocabulary::label(PlanVocabulary::agencyKinds(), QStringLiteral("site"));
    for (const Agency &a : Referrals(store).agencies())
        if (a.id == r.agencyId && !a.kind.isEmpty())
            return Vocabulary::label(PlanVocabulary::agencyKinds(), a.kind);
    return QString();
}

// Sender on the left, addressee on the right, as on a letter.
QString addressHtml(const CaseFileData &file, const Referral &r, const QString &agencyKind)
{
    QString to = QStringLiteral("%1<br/><b>%2</b>")
                     .arg(muted(ReferralLetter::tr("To")), esc(r.agencyName));
    if (!agencyKind.isEmpty())
        to += QStringLiteral("<br/>") + esc(agencyKind);
    const QString from
        = QStringLiteral("%1<br/><b>%2</b><br/>%3<br/>%4")
              .arg(muted(ReferralLetter::tr("From")), esc(file.officeName),
                   esc(ReferralLetter::tr("Case worker: %1").arg(file.assignedWorker)),
                   esc(ReferralLetter::tr("Sent on %1").arg(displayDate(r.sentDate))));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                          "<td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr></table>")
        .arg(from, to);
}

QString clientHtml(const CaseFileData &file)
{
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"18%\">%1</td><td width=\"82%\">%2</td></tr>")
            .arg(muted(label), value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value));
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
        + line(ReferralLetter::tr("Client"), file.client.fullName())
        + line(ReferralLetter::tr("Birth date"), file.client.birthDate.toDisplay())
        + line(ReferralLetter::tr("Case"), file.number) + QStringLiteral("</table>");
}

QString deadlineHtml(const Referral &r)
{
    const QString day = QLocale().standaloneDayName(r.deadline.dayOfWeek());
    return box(QStringLiteral("#202020"),
               QStringLiteral("<span style=\"font-size: 13pt; font-weight: bold;\">%1</span>"
                              "<br/>%2")
                   .arg(esc(ReferralLetter::tr("The client must present themselves by %1 (%2).")
                                .arg(displayDate(r.deadline), day)),
                        esc(ReferralLetter::tr(
                            "After that day the referral may expire and the client may need a "
                            "new one."))));
}

// Where the referral stands, once it has moved on from being sent.
QString statusHtml(const Referral &r)
{
    const bool late = Referrals::isPastDeadline(r, QDate::currentDate());
    if (r.status == ReferralStatus::Sent && !late)
        return QString();
    QString html
        = QStringLiteral("<b>%1</b>")
              .arg(esc(ReferralLetter::tr("Status on %1: %2")
                           .arg(displayDate(QDate::currentDate()), referralStatusText(r.status))));
    if (r.status != ReferralStatus::Sent && r.statusDate.isValid())
        html += QStringLiteral(" ")
            + esc(ReferralLetter::tr("(since %1)").arg(displayDate(r.statusDate)));
    if (late)
        html += QStringLiteral("<br/>")
            + esc(ReferralLetter::tr("The deadline has passed and the client has not been "
                                     "recorded as presenting."));
    if (!r.statusReason.isEmpty())
        html += QStringLiteral("<br/>%1 %2")
                    .arg(muted(ReferralLetter::tr("Reason:")), escLines(r.statusReason));
    if (!r.feedback.isEmpty())
        html += QStringLiteral("<br/>%1 %2")
                    .arg(muted(ReferralLetter::tr("Feedback received:")), escLines(r.feedback));
    return box(QStringLiteral("#808080"), html);
}

QString signatureHtml(const CaseFileData &file)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                          "style=\"margin-top: 12px;\"><tr>"
                          "<td width=\"40%\">%1<br/>%2<br/>%3</td>"
                          "<td width=\"35%\"><br/>%4<br/><span class=\"small\">%5</span></td>"
                          "<td width=\"25%\"><br/>%6<br/><span class=\"small\">%7</span></td>"
                          "</tr></table>")
        .arg(muted(ReferralLetter::tr("Case worker")), esc(file.assignedWorker),
             esc(file.officeName), QStringLiteral("______________________"),
             esc(ReferralLetter::tr("signature")), QStringLiteral("____________"),
             esc(ReferralLetter::tr("date")));
}

// The part the receiving agency fills in and sends back; one table row, so it moves to the next
// page whole rather than being cut in two.
QString feedbackHtml(const CaseFileData &file, const Referral &r)
{
    const QString dashes(16, QLatin1Char('-'));
    QString html = QStringLiteral("<p class=\"muted\" align=\"center\">✂ %1 %2 %1</p>")
                       .arg(dashes.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' ')),
                            esc(ReferralLetter::tr("cut here")));
    html += QStringLiteral("<p style=\"font-size: 12.5pt; font-weight: bold;\">%1</p>")
                .arg(esc(ReferralLetter::tr("Feedback from the receiving agency")));
    html += paragraph(ReferralLetter::tr("Please fill in and return to %1, case worker %2.")
                          .arg(file.officeName, file.assignedWorker));
    html += paragraph(ReferralLetter::tr("Client: %1, born %2, case %3, referred on %4 to %5.")
                          .arg(file.client.fullName(), file.client.birthDate.toDisplay(),
                               file.number, displayDate(r.sentDate), r.agencyName));
    html += fillInLines({ ReferralLetter::tr("The client attended on"),
                          ReferralLetter::tr("Services given"), QString(),
                          ReferralLetter::tr("Referred onwards to"),
                          ReferralLetter::tr("Name and position"), ReferralLetter::tr("Signature"),
                          ReferralLetter::tr("Date") });
    // Text after the lines, so the part's one row ends below the last of them.
    html += QStringLiteral("<p>&nbsp;</p>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top: 18px;\"><tr><td>%1</td></tr></table>")
        .arg(html);
}

} // namespace

Result<ReportDocument> ReferralLetter::build(RecordStore &store, const QUuid &referralId)
{
    // Refused before anything is recorded for a case the user may not see in detail.
    const Result<Referral> referral = Referrals(store).load(referralId);
    if (!referral)
        return referral.status();
    const Referral &r = referral.value();
    // Printing shows the details, so for a sensitive case it is recorded as an opening.
    const Result<CaseFileData> file = CaseFiles(store).open(r.caseId);
    if (!file)
        return file.status();
    if (file->restricted)
        return Status::error(tr("This case is sensitive; its referrals cannot be printed here."));

    ReportDocument document;
    document.title = tr("Referral to %1").arg(r.agencyName);
    document.header = headerLine(file.value());
    QString html = QStringLiteral("<html><body>");
    html += addressHtml(file.value(), r, agencyKindText(store, r));
    html += QStringLiteral("<h1 style=\"margin-top: 18px;\">%1</h1>").arg(esc(tr("Referral")));
    html += paragraph(tr("%1 refers the client named below to you for the reason given. Please "
                         "tell us what was done by returning the feedback part at the foot of "
                         "this letter.")
                          .arg(file->officeName));
    html += clientHtml(file.value());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("Reason for the referral")), escLines(r.reason));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("Documents sent along")),
                     r.documents.trimmed().isEmpty() ? esc(tr("none")) : escLines(r.documents));
    html += deadlineHtml(r) + statusHtml(r) + signatureHtml(file.value());
    // Once completed, declined or expired there is nothing left for the agency to report.
    const bool finished = r.status == ReferralStatus::Completed
        || r.status == ReferralStatus::Declined || r.status == ReferralStatus::Expired;
    if (!finished)
        html += feedbackHtml(file.value(), r);
    document.html = html + QStringLiteral("</body></html>");
    return document;
}

} // namespace casedesk
