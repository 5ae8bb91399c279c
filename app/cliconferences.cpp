// casedesk-cli commands for case conferences: the meeting, participants, cases, decisions and
// follow-up actions, approval and correction, and the reusable list of partner specialists.
#include "cli.h"
#include "cliargs.h"

#include "conferences.h"
#include "permissions.h"
#include "recordstore.h"
#include "vocabulary.h"

namespace casedesk {

namespace {

Result<QUuid> idArgument(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return Status::error(Cli::tr("%1 is not a record id.").arg(text));
    return id;
}

Result<QDate> dateArgument(const QString &text, const char *option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Status::error(
            Cli::tr("--%1 is a date such as 2026-12-01.").arg(QLatin1String(option)));
    return date;
}

Result<ConferenceDetails> detailsFrom(const Args &args)
{
    ConferenceDetails d;
    const Result<QDate> date = dateArgument(args.option("date"), "date");
    if (!date)
        return date.status();
    d.date = date.value();
    if (args.has("time")) {
        d.time = QTime::fromString(args.option("time"), QStringLiteral("HH:mm"));
        if (!d.time.isValid())
            return Status::error(Cli::tr("--time is a time such as 14:30."));
    }
    d.place = args.option("place");
    d.chair = args.option("chair");
    d.secretary = args.option("secretary");
    d.title = args.option("title");
    if (args.has("kind") && !conferenceKindFromKey(args.option("kind"), &d.kind))
        return Status::error(Cli::tr("--kind is single, several or periodic."));
    return d;
}

QString participantLine(const ConferenceParticipant &p)
{
    return QStringList { p.id.toString(QUuid::WithoutBraces), p.name, p.agency, p.role,
                         attendanceText(p.attendance) }
        .join(QLatin1Char('\t'));
}

} // namespace

int Cli::conference(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() < 2)
        return usage();
    const QString sub = args.positional.at(0);
    auto store = openStore(args.positional.at(1), args,
                           sub == QLatin1String("show") ? Database::Mode::ReadOnly
                                                        : Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    Conferences conferences(*store.value());
    const auto printId = [this](const Result<QUuid> &id) {
        if (!id)
            return fail(id.message());
        m_out << id->toString(QUuid::WithoutBraces) << Qt::endl;
        return 0;
    };
    if (sub == QLatin1String("add")) {
        if (args.positional.size() != 2)
            return usage();
        const Result<ConferenceDetails> details = detailsFrom(args);
        if (!details)
            return fail(details.message());
        return printId(conferences.create(details.value()));
    }
    if (args.positional.size() < 3)
        return usage();
    const Result<QUuid> target = idArgument(args.positional.at(2));
    if (sub == QLatin1String("case")) {
        if (args.positional.size() != 4 || !target)
            return target ? usage() : fail(target.message());
        const Result<QUuid> caseId = findCase(*store.value(), args.positional.at(3));
        if (!caseId)
            return fail(caseId.message());
        WriteBatch batch(*store.value());
        if (!batch.status())
            return fail(batch.status().message());
        const Result<QUuid> added = conferences.addCase(target.value(), caseId.value());
        if (!added)
            return fail(added.message());
        const CaseSections sections { args.option("situation"), args.option("benefits"),
                                      args.option("services"), args.option("risks"),
                                      args.option("needs") };
        if (Status s = conferences.updateSections(added.value(), sections); !s)
            return fail(s.message());
        if (Status s = batch.commit(); !s)
            return fail(s.message());
        return printId(added);
    }
    if (args.positional.size() != 3)
        return usage();
    if (!target)
        return fail(target.message());
    const QUuid id = target.value();
    if (sub == QLatin1String("participant")) {
        ConferenceParticipant p;
        p.name = args.option("name");
        p.agency = args.option("agency");
        p.role = args.option("role");
        if (args.has("attendance") && !attendanceFromKey(args.option("attendance"), &p.attendance))
            return fail(tr("--attendance is invited, present, absent or excused."));
        return printId(conferences.addParticipant(id, p));
    }
    if (sub == QLatin1String("attend")) {
        Attendance a = Attendance::Invited;
        if (!attendanceFromKey(args.option("attendance"), &a))
            return fail(tr("--attendance is invited, present, absent or excused."));
        if (Status s = conferences.setAttendance(id, a); !s)
            return fail(s.message());
        return 0;
    }
    if (sub == QLatin1String("decision"))
        return printId(conferences.addDecision(id, args.option("text")));
    if (sub == QLatin1String("followup")) {
        ConferenceFollowUp f;
        f.what = args.option("what");
        f.who = args.option("who");
        f.agency = args.option("agency");
        const Result<QDate> deadline = dateArgument(args.option("deadline"), "deadline");
        if (!deadline)
            return fail(deadline.message());
        f.deadline = deadline.value();
        return printId(conferences.addFollowUp(id, f));
    }
    if (sub == QLatin1String("to-plan")) {
        QUuid plan;
        if (args.has("plan")) {
            const Result<QUuid> given = idArgument(args.option("plan"));
            if (!given)
                return fail(given.message());
            plan = given.value();
        }
        return printId(conferences.toPlanAction(id, plan));
    }
    if (sub == QLatin1String("approve")) {
        const Result<QUuid> approval = conferences.approve(id);
        if (!approval)
            return fail(approval.message());
        m_out << tr("The minutes are approved.") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("correct")) {
        if (Status s = conferences.startCorrection(id, args.option("reason")); !s)
            return fail(s.message());
        const Result<Conference> c = conferences.load(id);
        m_out << tr("Revision %1 of the minutes is open for correction.").arg(c->revision)
              << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("show")) {
        const Result<Conference> c = conferences.load(id);
        if (!c)
            return fail(c.message());
        const ConferenceDetails &d = c->details;
        m_out << tr("Conference %1, %2 %3, %4")
                     .arg(displayDate(d.date), d.time.toString(QStringLiteral("HH:mm")), d.place,
                          conferenceKindText(d.kind))
              << Qt::endl;
        m_out << tr("Chair: %1; secretary: %2").arg(d.chair, d.secretary) << Qt::endl;
        m_out << (c->approved ? tr("Approved, revision %1").arg(c->revision)
                              : tr("Draft, revision %1").arg(c->revision))
              << Qt::endl;
        for (const ConferenceParticipant &p : c->participants)
            m_out << tr("participant") << '\t' << participantLine(p) << Qt::endl;
        for (const ConferenceCase &cc : c->cases) {
            m_out << tr("case") << '\t' << cc.id.toString(QUuid::WithoutBraces) << '\t'
                  << cc.caseNumber << Qt::endl;
            if (!cc.detailsVisible)
                continue;
            for (const ConferenceDecision &dec : cc.decisions) {
                m_out << tr("decision") << '\t' << dec.id.toString(QUuid::WithoutBraces) << '\t'
                      << dec.number << '\t' << dec.text << Qt::endl;
                for (const ConferenceFollowUp &f : dec.followUps) {
                    const QString inPlan = f.planActionStatus
                        ? tr("in the plan: %1").arg(actionStatusText(*f.planActionStatus))
                        : (f.planActionId.isNull() ? tr("not in the plan") : tr("in the plan"));
                    m_out << tr("followup") << '\t' << f.id.toString(QUuid::WithoutBraces) << '\t'
                          << f.what << '\t' << f.who << '\t' << f.agency << '\t'
                          << displayDate(f.deadline) << '\t' << inPlan << Qt::endl;
                }
            }
        }
        return 0;
    }
    return usage();
}

int Cli::conferences(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    if (Status s = Access::require(*store.value(), Operation::ViewCases); !s)
        return fail(s.message());
    const Conferences::When when = args.has("upcoming") ? Conferences::When::Upcoming
        : args.has("past")                              ? Conferences::When::Past
                                                        : Conferences::When::All;
    for (const ConferenceListItem &item :
         Conferences(*store.value()).list(when, args.option("search")))
        m_out << item.id.toString(QUuid::WithoutBraces) << '\t' << item.date.toString(Qt::ISODate)
              << '\t' << item.time.toString(QStringLiteral("HH:mm")) << '\t' << item.place << '\t'
              << item.chair << '\t' << (item.approved ? tr("approved") : tr("draft")) << '\t'
              << tr("%n case(s)", nullptr, item.cases) << Qt::endl;
    return 0;
}

int Cli::partner(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2)
        return usage();
    const QString sub = args.positional.at(0);
    if (sub != QLatin1String("add") && sub != QLatin1String("list"))
        return usage();
    auto store = openStore(args.positional.at(1), args,
                           sub == QLatin1String("add") ? Database::Mode::ReadWrite
                                                       : Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    PartnerSpecialists partners(*store.value());
    if (sub == QLatin1String("add")) {
        const Result<QUuid> id
            = partners.add(args.option("name"), args.option("agency"), args.option("role"));
        if (!id)
            return fail(id.message());
        m_out << id->toString(QUuid::WithoutBraces) << Qt::endl;
        return 0;
    }
    for (const PartnerSpecialists::Specialist &s : partners.list(args.option("search")))
        m_out << s.id.toString(QUuid::WithoutBraces) << '\t' << s.name << '\t' << s.agency << '\t'
              << s.role << Qt::endl;
    return 0;
}

} // namespace casedesk
