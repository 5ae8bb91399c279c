#include "conferenceminutes.h"

#include "reporthtml.h"

#include "conferences.h"
#include "recordstore.h"
#include "reportprinter.h"
#include "vocabulary.h"

#include <QCborMap>
#include <QCborValue>

namespace casedesk {

namespace {

using namespace reporthtml;

QString line(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td width=\"25%\">%1</td><td width=\"75%\">%2</td></tr>")
        .arg(muted(name), value.isEmpty() ? QStringLiteral("&nbsp;") : escLines(value));
}

QString draftMark()
{
    return draftNotice(
        ConferenceMinutes::tr("DRAFT — not approved"),
        ConferenceMinutes::tr("These minutes have not been approved; what they record "
                              "may still change."));
}

QString whenText(const ConferenceDetails &d)
{
    return d.time.isValid()
        ? ConferenceMinutes::tr("%1 at %2")
              .arg(displayDate(d.date), d.time.toString(QStringLiteral("HH:mm")))
        : displayDate(d.date);
}

QString detailsHtml(const Conference &c)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    if (!c.details.title.isEmpty())
        html += line(ConferenceMinutes::tr("Subject"), c.details.title);
    html += line(ConferenceMinutes::tr("Date and time"), whenText(c.details));
    html += line(ConferenceMinutes::tr("Place"), c.details.place);
    html += line(ConferenceMinutes::tr("Kind"), conferenceKindText(c.details.kind));
    html += line(ConferenceMinutes::tr("Chair"), c.details.chair);
    html += line(ConferenceMinutes::tr("Secretary"), c.details.secretary);
    html += line(ConferenceMinutes::tr("Office"), c.officeName);
    if (c.revision > 1)
        html
            += line(ConferenceMinutes::tr("Correction"),
                    ConferenceMinutes::tr("Revision %1: %2").arg(c.revision).arg(c.correctionNote));
    if (c.approved && c.latestApproval())
        html += line(ConferenceMinutes::tr("Approved"),
                     ConferenceMinutes::tr("%1, %2").arg(
                         c.latestApproval()->approvedBy,
                         displayDateTime(c.latestApproval()->approvedAt.toLocalTime())));
    return html + QStringLiteral("</table>");
}

QString attendanceHtml(const Conference &c)
{
    if (c.participants.isEmpty())
        return paragraph(ConferenceMinutes::tr("No participants are recorded."));
    QStringList rows;
    int n = 0;
    for (const ConferenceParticipant &p : c.participants)
        rows << row({ QString::number(++n), esc(p.name), esc(p.agency), esc(p.role),
                      esc(attendanceText(p.attendance)) });
    return table({ ConferenceMinutes::tr("No."), ConferenceMinutes::tr("Name"),
                   ConferenceMinutes::tr("Agency"), ConferenceMinutes::tr("Role"),
                   ConferenceMinutes::tr("Attendance") },
                 rows, { 5, 25, 26, 20, 24 });
}

QString textBlock(const QString &title, const QString &text)
{
    return QStringLiteral("<h4>%1</h4>").arg(esc(title))
        + (text.trimmed().isEmpty()
               ? QStringLiteral("<p>%1</p>").arg(muted(ConferenceMinutes::tr("Nothing recorded.")))
               : QStringLiteral("<p>%1</p>").arg(escLines(text)));
}

QString decisionsHtml(const ConferenceCase &cc)
{
    if (cc.decisions.isEmpty())
        return paragraph(ConferenceMinutes::tr("No decisions were recorded for this case."));
    QStringList rows;
    for (const ConferenceDecision &d : cc.decisions) {
        const QString number = QString::number(d.number);
        if (d.followUps.isEmpty()) {
            rows << row({ number, escLines(d.text), QString(), QString(), QString() });
            continue;
        }
        bool first = true;
        for (const ConferenceFollowUp &f : d.followUps) {
            QStringList responsible;
            for (const QString &part : { f.who, f.agency })
                if (!part.trimmed().isEmpty())
                    responsible << esc(part);
            // The decision is written once, beside its first follow-up action.
            rows << row({ first ? number : QString(), first ? escLines(d.text) : QString(),
                          escLines(f.what), responsible.join(QStringLiteral("<br/>")),
                          esc(displayDate(f.deadline)) });
            first = false;
        }
    }
    return table({ ConferenceMinutes::tr("No."), ConferenceMinutes::tr("Decision"),
                   ConferenceMinutes::tr("Follow-up action"), ConferenceMinutes::tr("Responsible"),
                   ConferenceMinutes::tr("Deadline") },
                 rows, { 5, 29, 30, 22, 14 });
}

QString caseHtml(const ConferenceCase &cc, int index, bool showDetails, bool redacted)
{
    QString heading;
    if (!showDetails)
        heading = ConferenceMinutes::tr("%1. Case %2").arg(index).arg(cc.caseNumber);
    else if (redacted || !cc.clientBirthDate.isValid())
        heading = ConferenceMinutes::tr("%1. Case %2 — %3")
                      .arg(QString::number(index), cc.caseNumber, cc.clientName);
    else
        heading = ConferenceMinutes::tr("%1. Case %2 — %3, born %4")
                      .arg(QString::number(index), cc.caseNumber, cc.clientName,
                           displayDate(cc.clientBirthDate));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(heading));
    if (!showDetails)
        return html
            + paragraph(ConferenceMinutes::tr("This case is sensitive. What was said about it is "
                                              "kept with the case file and is not shown here."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ConferenceMinutes::tr("Information shared")));
    html += textBlock(ConferenceMinutes::tr("Socio-economic situation"), cc.sections.situation);
    html += textBlock(ConferenceMinutes::tr("Benefits already received"), cc.sections.benefits);
    html += textBlock(ConferenceMinutes::tr("Services already offered"), cc.sections.services);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ConferenceMinutes::tr("Risk factors")))
        + (cc.sections.risks.trimmed().isEmpty()
               ? QStringLiteral("<p>%1</p>").arg(muted(ConferenceMinutes::tr("Nothing recorded.")))
               : QStringLiteral("<p>%1</p>").arg(escLines(cc.sections.risks)));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ConferenceMinutes::tr("Needs")))
        + (cc.sections.needs.trimmed().isEmpty()
               ? QStringLiteral("<p>%1</p>").arg(muted(ConferenceMinutes::tr("Nothing recorded.")))
               : QStringLiteral("<p>%1</p>").arg(escLines(cc.sections.needs)));
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(ConferenceMinutes::tr("Decisions and follow-up actions")));
    return html + decisionsHtml(cc);
}

QString signaturesHtml(const Conference &c)
{
    QStringList rows;
    for (const ConferenceParticipant &p : c.participants) {
        if (p.attendance != Attendance::Present)
            continue;
        QString who = esc(p.name);
        for (const QString &part : { p.role, p.agency })
            if (!part.trimmed().isEmpty())
                who += QStringLiteral("<br/>") + muted(part);
        rows << QStringLiteral("<tr><td width=\"45%\">%1</td>"
                               "<td width=\"35%\"><br/>%2<br/><span class=\"small\">%3</span></td>"
                               "<td width=\"20%\"><br/>%4<br/><span class=\"small\">%5</span></td>"
                               "</tr>")
                    .arg(who, QStringLiteral("______________________"),
                         esc(ConferenceMinutes::tr("signature")), QStringLiteral("__________"),
                         esc(ConferenceMinutes::tr("date")));
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ConferenceMinutes::tr("Signatures")));
    if (rows.isEmpty())
        return html + paragraph(ConferenceMinutes::tr("Nobody is marked present yet."));
    return html
        + paragraph(ConferenceMinutes::tr("The participants present confirm that these minutes "
                                          "record what was shared and decided."))
        + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\">")
        + rows.join(QString()) + QStringLiteral("</table>");
}

} // namespace

ReportDocument ConferenceMinutes::build(const Conference &c, Audience audience, bool redacted)
{
    ReportDocument document;
    document.title = tr("Minutes of the case conference");
    const QString date = displayDate(c.details.date);
    if (c.approved && c.latestApproval())
        document.header
            = tr("%1 · Case conference of %2 · approved %3")
                  .arg(c.officeName, date,
                       displayDate(c.latestApproval()->approvedAt.toLocalTime().date()));
    else
        document.header = tr("%1 · Case conference of %2 · draft printed %3")
                              .arg(c.officeName, date, displayDate(QDate::currentDate()));
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(document.title));
    if (!c.approved)
        html += draftMark();
    if (redacted)
        html += paragraph(tr("Redacted: ID numbers, addresses, phone numbers and birth dates are "
                             "left out."));
    html += detailsHtml(c);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Attendance"))) + attendanceHtml(c);
    if (c.cases.isEmpty())
        html += paragraph(tr("No cases are on the agenda yet."));
    int index = 0;
    for (const ConferenceCase &cc : c.cases) {
        const bool details = audience == Audience::Participants ? !cc.sensitive : cc.detailsVisible;
        html += caseHtml(cc, ++index, details, redacted);
    }
    if (!c.documents.isEmpty()) {
        QStringList names;
        for (const ConferenceDocument &d : c.documents)
            names << d.fileName;
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Attached documents")))
            + QStringLiteral("<p>%1</p>").arg(escLines(names.join(QLatin1Char('\n'))));
    }
    html += signaturesHtml(c);
    document.html = html + QStringLiteral("</body></html>");
    return document;
}

Result<ReportDocument> ConferenceMinutes::document(RecordStore &store, const QUuid &conferenceId,
                                                   bool redacted)
{
    Conferences conferences(store);
    const Result<Conference> c = conferences.load(conferenceId);
    if (!c)
        return c.status();
    if (c->approved && !redacted) {
        const Result<QByteArray> source = conferences.approvedSource(conferenceId);
        if (!source)
            return source.status();
        return decodeSource(source.value());
    }
    return build(c.value(), Audience::Reader, redacted);
}

Result<QByteArray> ConferenceMinutes::pdf(RecordStore &store, const QUuid &conferenceId,
                                          bool redacted)
{
    Conferences conferences(store);
    const Result<Conference> c = conferences.load(conferenceId);
    if (!c)
        return c.status();
    if (c->approved && !redacted)
        return conferences.approvedPdf(conferenceId);
    const QByteArray bytes = ReportPrinter::pdf(build(c.value(), Audience::Reader, redacted));
    if (bytes.isEmpty())
        return Status::error(tr("The minutes could not be rendered as a PDF."));
    return bytes;
}

QByteArray ConferenceMinutes::encodeSource(const ReportDocument &document)
{
    return QCborValue(QCborMap { { QStringLiteral("title"), document.title },
                                 { QStringLiteral("header"), document.header },
                                 { QStringLiteral("html"), document.html } })
        .toCbor();
}

Result<ReportDocument> ConferenceMinutes::decodeSource(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    const QCborMap map = value.toMap();
    if (error.error != QCborError::NoError || !map.value(QStringLiteral("html")).isString())
        return Status::error(tr("The approved minutes kept in this file are damaged."));
    ReportDocument document;
    document.title = map.value(QStringLiteral("title")).toString();
    document.header = map.value(QStringLiteral("header")).toString();
    document.html = map.value(QStringLiteral("html")).toString();
    return document;
}

} // namespace casedesk
