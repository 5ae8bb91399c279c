// casedesk-cli commands for the case cycle: closing and reopening a case, "My day" and the
// supervisor view.
#include "cli.h"
#include "cliargs.h"

#include "caseclosure.h"
#include "casefiles.h"
#include "myday.h"
#include "permissions.h"
#include "recordstore.h"
#include "supervisorview.h"
#include "vocabulary.h"

namespace casedesk {

namespace {

// --date, or today; *ok is false when the value is not a date.
QDate dateOption(const Args &args, bool *ok)
{
    *ok = true;
    if (!args.has("date"))
        return QDate::currentDate();
    const QDate date = QDate::fromString(args.option("date"), Qt::ISODate);
    *ok = date.isValid();
    return date;
}

} // namespace

int Cli::close(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    const Result<QUuid> caseId = findCase(*store.value(), args.positional.at(1));
    if (!caseId)
        return fail(caseId.message());
    CaseClosure closure(*store.value());
    if (args.has("sign-off")) {
        if (Status s = closure.signOff(caseId.value()); !s)
            return fail(s.message());
        m_out << tr("The closure of case %1 is signed off.").arg(args.positional.at(1)) << Qt::endl;
        return 0;
    }
    bool ok = false;
    const QDate date = dateOption(args, &ok);
    if (!ok)
        return fail(tr("--date is a date such as 2026-12-01."));
    if (Status s = closure.close(caseId.value(), args.option("reason"), args.option("outcome"),
                                 args.option("notes"), date);
        !s)
        return fail(s.message());
    const QString status = CaseFiles(*store.value()).load(caseId.value())->status;
    m_out << (status == QLatin1String("closed")
                  ? tr("Case %1 is closed.").arg(args.positional.at(1))
                  : tr("Case %1 waits for a supervisor to sign its closure off.")
                        .arg(args.positional.at(1)))
          << Qt::endl;
    return 0;
}

int Cli::reopen(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    const Result<QUuid> caseId = findCase(*store.value(), args.positional.at(1));
    if (!caseId)
        return fail(caseId.message());
    bool ok = false;
    const QDate date = dateOption(args, &ok);
    if (!ok)
        return fail(tr("--date is a date such as 2026-12-01."));
    if (Status s = CaseClosure(*store.value()).reopen(caseId.value(), args.option("reason"), date);
        !s)
        return fail(s.message());
    m_out << tr("Case %1 is open again.").arg(args.positional.at(1)) << Qt::endl;
    return 0;
}

int Cli::myDay(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadOnly, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    MyDayOptions options;
    bool ok = false;
    options.today = dateOption(args, &ok);
    if (!ok)
        return fail(tr("--date is a date such as 2026-12-01."));
    if (args.has("days")) {
        options.noContactDays = args.option("days").toInt(&ok);
        if (!ok || options.noContactDays < 1)
            return fail(tr("--days is a number of days, 1 or more."));
    }
    options.worker
        = args.has("worker") ? args.option("worker") : Access::personName(*store.value());
    options.signOffs = Access::require(*store.value(), Operation::SignOff).isOk();
    options.limit = 0; // a report for the administrator lists everything
    for (const MyDayItem &item : MyDay::load(*store.value(), options))
        m_out << MyDay::kindText(item.kind) << '\t' << item.caseNumber << '\t'
              << (item.restricted ? tr("(restricted case)") : item.clientName) << '\t'
              << (item.date.isValid() ? item.date.toString(Qt::ISODate) : QString()) << '\t'
              << item.detail << '\n';
    return 0;
}

int Cli::supervisor(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadOnly, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    bool ok = false;
    const QDate today = dateOption(args, &ok);
    if (!ok)
        return fail(tr("--date is a date such as 2026-12-01."));
    const int days = args.has("days") ? args.option("days").toInt() : 30;
    if (days < 1)
        return fail(tr("--days is a number of days, 1 or more."));
    m_out << tr("office\tworker\topen cases\toverdue actions\twithout contact\t"
                "plans to sign off\tclosures to sign off\tconflicts")
          << '\n';
    for (const WorkerLoad &w : SupervisorView::load(*store.value(), today, days))
        m_out << w.officeName << '\t' << w.worker << '\t' << w.openCases << '\t' << w.overdueActions
              << '\t' << w.casesWithoutContact << '\t' << w.plansToSignOff << '\t'
              << w.closuresToSignOff << '\t' << w.conflicts << '\n';
    return 0;
}

} // namespace casedesk
