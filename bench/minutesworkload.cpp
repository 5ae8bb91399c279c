#include "minutesworkload.h"

#include "benchreport.h"
#include "samples.h"

#include "casefiles.h"
#include "conferenceminutes.h"
#include "conferences.h"
#include "recordstore.h"
#include "reportprinter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace casedesk {

namespace {

Result<QUuid> makeConference(RecordStore &store, int cases)
{
    Conferences c(store);
    ConferenceDetails d;
    d.date = QDate::currentDate().addDays(-1);
    d.time = QTime(10, 0);
    d.place = QStringLiteral("Районная администрация, зал заседаний");
    d.chair = QStringLiteral("Иванова Анна Сергеевна");
    d.secretary = QStringLiteral("Петров Игорь Николаевич");
    d.kind = ConferenceKind::PeriodicReview;
    d.title = QStringLiteral("Ежеквартальный пересмотр дел интенсивного сопровождения");
    const Result<QUuid> conference = c.create(d);
    if (!conference)
        return conference;
    for (int i = 0; i < 8; ++i) {
        ConferenceParticipant p;
        p.name = QStringLiteral("Участник %1 Сергеевич").arg(i + 1);
        p.agency = QStringLiteral("Организация-партнёр № %1").arg(i + 1);
        p.role = QStringLiteral("специалист");
        p.attendance = i == 7 ? Attendance::Excused : Attendance::Present;
        if (Result<QUuid> id = c.addParticipant(conference.value(), p); !id)
            return id.status();
    }
    CaseFiles files(store);
    for (int k = 0; k < cases; ++k) {
        NewCase nc;
        nc.assignedWorker = QStringLiteral("Анна Иванова");
        nc.client.familyName = QStringLiteral("Турсунова");
        nc.client.givenName = QStringLiteral("Мадина %1").arg(k + 1);
        nc.client.birthDate = PartialDate::parse(QStringLiteral("1990-05-17")).value();
        const Result<QUuid> caseId = files.openCase(nc);
        if (!caseId)
            return caseId.status();
        const Result<QUuid> section = c.addCase(conference.value(), caseId.value());
        if (!section)
            return section.status();
        const QString sentence = QStringLiteral(
            "Мать одна воспитывает троих детей; семья живёт на детское пособие и случайные "
            "заработки, задолжала за аренду и рискует лишиться жилья. ");
        if (Status s = c.updateSections(
                section.value(), { sentence + sentence, sentence, sentence, sentence, sentence });
            !s)
            return s;
        for (int n = 0; n < 3; ++n) {
            const Result<QUuid> decision
                = c.addDecision(section.value(),
                                QStringLiteral("Решение %1: направить клиента в центр занятости "
                                               "и согласовать график погашения долга.")
                                    .arg(n + 1));
            if (!decision)
                return decision.status();
            for (int f = 0; f < 2; ++f) {
                ConferenceFollowUp follow;
                follow.what
                    = QStringLiteral("Поставить на учёт и предложить курсы, шаг %1").arg(f + 1);
                follow.who = QStringLiteral("Ким Олег");
                follow.agency = QStringLiteral("Центр занятости");
                follow.deadline = QDate::currentDate().addDays(14 * (f + 1));
                if (Result<QUuid> id = c.addFollowUp(decision.value(), follow); !id)
                    return id.status();
            }
        }
    }
    return conference;
}

qint64 countRows(RecordStore &store)
{
    Statement st = store.db().statement(
        "SELECT (SELECT count(*) FROM conference_participants WHERE approved_rev=1) + "
        "(SELECT count(*) FROM conference_cases WHERE approved_rev=1) + "
        "(SELECT count(*) FROM conference_decisions WHERE approved_rev=1) + "
        "(SELECT count(*) FROM conference_followups WHERE approved_rev=1)");
    return st.step() == Statement::Step::Row ? st.int64(0) : -1;
}

} // namespace

Status MinutesWorkload::run(const Options &options, BenchReport &report)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status::error(QStringLiteral("no temporary folder"));
    SiteIdentity site;
    site.name = QStringLiteral("Центральный офис");
    site.code = QStringLiteral("BEN");
    site.kind = QStringLiteral("hub");
    auto store = RecordStore::create(dir.filePath(QStringLiteral("minutes.cdsk")), site);
    if (!store)
        return store.status();
    const Result<QUuid> conference = makeConference(*store.value(), options.cases);
    if (!conference)
        return conference.status();

    Conferences conferences(*store.value());
    Samples load, render;
    qsizetype bytes = 0;
    qsizetype pages = 0;
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<Conference> loaded = conferences.load(conference.value());
        if (!loaded)
            return loaded.status();
        load.add(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const QByteArray pdf = ReportPrinter::pdf(
            ConferenceMinutes::build(loaded.value(), ConferenceMinutes::Audience::Reader));
        render.add(timer.nsecsElapsed() / 1e6);
        if (pdf.isEmpty())
            return Status::error(QStringLiteral("the minutes could not be rendered"));
        bytes = pdf.size();
        pages = pdf.count("/Type /Page\n"); // one page object each; "/Pages" is the tree
    }
    QElapsedTimer timer;
    timer.start();
    if (Result<QUuid> approved = conferences.approve(conference.value()); !approved)
        return approved.status();
    const double approveMs = timer.nsecsElapsed() / 1e6;

    report.set(QStringLiteral("minutes_cases"), options.cases,
               QStringLiteral("cases in the conference"));
    report.set(QStringLiteral("minutes_pdf_bytes"), double(bytes), QStringLiteral("PDF size"));
    report.set(QStringLiteral("minutes_pages"), double(pages), QStringLiteral("pages"));
    report.set(QStringLiteral("minutes_rows_stamped"), double(countRows(*store.value())),
               QStringLiteral("rows of the minutes the approval stamped"));
    report.set(QStringLiteral("minutes_render_ms"), rounded(render.median(), 1),
               QStringLiteral("minutes to PDF, median (ms)"));
    report.set(QStringLiteral("minutes_render_p95_ms"), rounded(render.percentile(95), 1),
               QStringLiteral("minutes to PDF, p95 (ms)"));
    report.set(QStringLiteral("minutes_render_max_ms"), rounded(render.max(), 1),
               QStringLiteral("minutes to PDF, slowest (ms)"));
    report.set(QStringLiteral("minutes_load_ms"), rounded(load.median(), 1),
               QStringLiteral("loading the conference, median (ms)"));
    report.set(QStringLiteral("minutes_approve_ms"), rounded(approveMs, 1),
               QStringLiteral("approval: render, keep the PDF, stamp every row (ms)"));
    report.setBudgetNote(QStringLiteral("stated for a 10-case conference on this 2-core machine"));
    report.budget(QStringLiteral("minutes_render_p95_ms"), 500,
                  QStringLiteral("minutes of a 10-case conference to PDF"));
    return Status::ok();
}

} // namespace casedesk
