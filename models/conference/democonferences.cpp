#include "democonferences.h"

#include "conferences.h"
#include "recordstore.h"
#include "reportprinter.h"
#include "testdatasession.h"

#include <random>

namespace casedesk {

namespace {

// The contexts are the class's, as tr() looks them up at run time.
struct SpecialistText
{
    const char *name; // a person's name stays as written
    const char *agency;
    const char *role;
};

const SpecialistText specialists[] = {
    { "Сидорова Мария Ивановна", QT_TRANSLATE_NOOP("DemoConferences", "City polyclinic No. 3"),
      QT_TRANSLATE_NOOP("DemoConferences", "paediatrician") },
    { "Ким Олег Викторович", QT_TRANSLATE_NOOP("DemoConferences", "Employment centre"),
      QT_TRANSLATE_NOOP("DemoConferences", "employment counsellor") },
    { "Абдуллаева Гульнара", QT_TRANSLATE_NOOP("DemoConferences", "School No. 12"),
      QT_TRANSLATE_NOOP("DemoConferences", "social pedagogue") },
    { "Нурланов Ерлан", QT_TRANSLATE_NOOP("DemoConferences", "District police department"),
      QT_TRANSLATE_NOOP("DemoConferences", "juvenile inspector") },
    { "Петренко Светлана", QT_TRANSLATE_NOOP("DemoConferences", "Guardianship authority"),
      QT_TRANSLATE_NOOP("DemoConferences", "specialist") },
    { "Рахимов Фаррух", QT_TRANSLATE_NOOP("DemoConferences", "Housing department"),
      QT_TRANSLATE_NOOP("DemoConferences", "housing officer") },
    { "Иванова Анна Сергеевна", QT_TRANSLATE_NOOP("DemoConferences", "Social services centre"),
      QT_TRANSLATE_NOOP("DemoConferences", "head of department") },
    { "Омарова Айгерим", QT_TRANSLATE_NOOP("DemoConferences", "Psychological support centre"),
      QT_TRANSLATE_NOOP("DemoConferences", "psychologist") },
};

const char *const places[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Social services centre, room 2"),
    QT_TRANSLATE_NOOP("DemoConferences", "District administration, meeting room"),
    QT_TRANSLATE_NOOP("DemoConferences", "Employment centre, hall"),
};

const char *const titles[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Family in a difficult life situation"),
    QT_TRANSLATE_NOOP("DemoConferences", "Return to work after long unemployment"),
    QT_TRANSLATE_NOOP("DemoConferences", "Children at risk of leaving school"),
    QT_TRANSLATE_NOOP("DemoConferences", "Quarterly review of intensive cases"),
};

const char *const situations[] = {
    QT_TRANSLATE_NOOP("DemoConferences",
                      "A single mother with three children; the household lives on child "
                      "benefit and occasional work."),
    QT_TRANSLATE_NOOP("DemoConferences",
                      "Both parents are out of work; the family rents one room and is behind "
                      "with the rent."),
    QT_TRANSLATE_NOOP("DemoConferences",
                      "The client returned from labour migration without savings and has no "
                      "registration at the address."),
    QT_TRANSLATE_NOOP("DemoConferences",
                      "An elderly couple caring for two grandchildren; the pension is the only "
                      "income."),
};

const char *const benefits[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Targeted social assistance since March."),
    QT_TRANSLATE_NOOP("DemoConferences", "Child benefit; a one-off payment for school clothes."),
    QT_TRANSLATE_NOOP("DemoConferences", "Unemployment benefit, ending next month."),
};

const char *const services[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Food parcels; a consultation with a lawyer."),
    QT_TRANSLATE_NOOP("DemoConferences", "Job-search counselling; a place in a vocational course."),
    QT_TRANSLATE_NOOP("DemoConferences", "Home visits by the case worker every two weeks."),
};

const char *const risks[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Eviction for rent arrears; the children miss school."),
    QT_TRANSLATE_NOOP("DemoConferences", "Alcohol use in the household; debts to neighbours."),
    QT_TRANSLATE_NOOP("DemoConferences", "No identity documents; loss of the benefit."),
};

const char *const needs[] = {
    QT_TRANSLATE_NOOP("DemoConferences", "Stable income, a kindergarten place, help with debts."),
    QT_TRANSLATE_NOOP("DemoConferences", "Restored documents and registration; work."),
    QT_TRANSLATE_NOOP("DemoConferences", "Medical examination of the children; safe housing."),
};

struct DecisionText
{
    const char *decision;
    const char *followUp;
    int specialist; // who is responsible, from the list above
    const char *actionKind; // the plan action it becomes (PlanVocabulary::actionKinds)
};

const DecisionText decisions[] = {
    { QT_TRANSLATE_NOOP("DemoConferences", "Refer the client to the employment centre."),
      QT_TRANSLATE_NOOP("DemoConferences", "Register the client and offer a vocational course."), 1,
      "job_search" },
    { QT_TRANSLATE_NOOP("DemoConferences", "Arrange a medical examination of the children."),
      QT_TRANSLATE_NOOP("DemoConferences", "Examine the children and report to the case worker."),
      0, "health" },
    { QT_TRANSLATE_NOOP("DemoConferences", "Settle the rent arrears by instalments."),
      QT_TRANSLATE_NOOP("DemoConferences", "Agree an instalment plan with the landlord."), 5,
      "housing" },
    { QT_TRANSLATE_NOOP("DemoConferences", "Follow the children's school attendance."),
      QT_TRANSLATE_NOOP("DemoConferences", "Report absences to the case worker every week."), 2,
      "childcare" },
    { QT_TRANSLATE_NOOP("DemoConferences", "Offer the family psychological support."),
      QT_TRANSLATE_NOOP("DemoConferences", "Hold five sessions with the parents."), 7,
      "psychosocial" },
};

template<typename T, size_t N> QString trPick(const T (&texts)[N], int index)
{
    return DemoConferences::tr(texts[index % int(N)]);
}

} // namespace

Status DemoConferences::generate(RecordStore &store, quint32 seed, const QDate &today)
{
    const TestDataSession session(store);
    if (!session.status())
        return session.status();
    std::mt19937 rng(seed ^ 0x636f6e66u);
    const auto uniform = [&rng](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    QList<QUuid> openCases;
    Statement st = store.db().statement(
        "SELECT id FROM cases WHERE deleted=0 AND status='open' AND office_id=? ORDER BY rid");
    st.bind(1, store.site().id);
    while (st.step() == Statement::Step::Row)
        openCases << st.uuid(0);
    st.reset();
    if (openCases.isEmpty())
        return Status::ok();

    WriteBatch batch(store);
    if (!batch.status())
        return batch.status();
    PartnerSpecialists partners(store);
    QList<ConferenceParticipant> people;
    for (const SpecialistText &s : specialists) {
        ConferenceParticipant p;
        p.name = QString::fromUtf8(s.name);
        p.agency = tr(s.agency);
        p.role = tr(s.role);
        const QList<PartnerSpecialists::Specialist> known = partners.list(p.name);
        if (!known.isEmpty()) {
            p.partnerId = known.first().id;
        } else {
            const Result<QUuid> id = partners.add(p.name, p.agency, p.role);
            if (!id)
                return id.status();
            p.partnerId = id.value();
        }
        people << p;
    }

    Conferences conferences(store);
    const int count = std::clamp(int(openCases.size()) / CasesPerConference, 1, MaxConferences);
    qsizetype nextCase = 0;
    for (int i = 0; i < count && nextCase < openCases.size(); ++i) {
        const int caseCount = std::min<int>(uniform(0, 3) == 0 ? uniform(2, 4) : 1,
                                            int(openCases.size() - nextCase));
        ConferenceDetails details;
        // Two in three are held already; the rest are in the weeks to come.
        details.date
            = uniform(0, 2) < 2 ? today.addDays(-uniform(1, 120)) : today.addDays(uniform(0, 30));
        details.time = QTime(uniform(9, 16), uniform(0, 1) * 30);
        details.place = trPick(places, uniform(0, 2));
        details.chair = people.at(6).name;
        details.secretary = store.author();
        details.kind = caseCount == 1 ? ConferenceKind::SingleCase
            : uniform(0, 1) == 0      ? ConferenceKind::SeveralCases
                                      : ConferenceKind::PeriodicReview;
        details.title = trPick(titles, caseCount == 1 ? uniform(0, 2) : 3);
        const Result<QUuid> conference = conferences.create(details);
        if (!conference)
            return conference.status();
        const bool held = details.date < today;
        QList<ConferenceParticipant> invited { people.at(6) };
        for (const ConferenceParticipant &p : people)
            if (&p != &people.at(6) && uniform(0, 2) == 0)
                invited << p;
        for (int k = 0; k < caseCount; ++k) {
            const QUuid caseId = openCases.at(nextCase++);
            const Result<QUuid> section = conferences.addCase(conference.value(), caseId);
            if (!section)
                return section.status();
            if (Status s = conferences.updateSections(
                    section.value(),
                    { trPick(situations, uniform(0, 3)), trPick(benefits, uniform(0, 2)),
                      trPick(services, uniform(0, 2)), trPick(risks, uniform(0, 2)),
                      trPick(needs, uniform(0, 2)) });
                !s)
                return s;
            if (!held)
                continue;
            const int decisionCount = uniform(1, 3);
            const int first = uniform(0, int(std::size(decisions)) - 1);
            for (int d = 0; d < decisionCount; ++d) {
                const DecisionText &text = decisions[(first + d) % int(std::size(decisions))];
                const Result<QUuid> decision
                    = conferences.addDecision(section.value(), tr(text.decision));
                if (!decision)
                    return decision.status();
                const ConferenceParticipant &responsible = people.at(text.specialist);
                bool there = false;
                for (const ConferenceParticipant &p : std::as_const(invited))
                    there = there || p.name == responsible.name;
                if (!there)
                    invited << responsible;
                ConferenceFollowUp f;
                f.what = tr(text.followUp);
                f.who = responsible.name;
                f.agency = responsible.agency;
                f.deadline = details.date.addDays(uniform(14, 60));
                const Result<QUuid> followUp = conferences.addFollowUp(decision.value(), f);
                if (!followUp)
                    return followUp.status();
                // Some follow-ups are already in the client's plan (where there is one).
                if (uniform(0, 1) == 0) {
                    Statement plan = store.db().statement(
                        "SELECT 1 FROM plans WHERE case_id=? AND deleted=0 AND status<>'closed'");
                    plan.bind(1, caseId);
                    const bool hasPlan = plan.step() == Statement::Step::Row;
                    plan.reset();
                    if (hasPlan)
                        if (Result<QUuid> a = conferences.toPlanAction(
                                followUp.value(), QUuid(), QLatin1String(text.actionKind));
                            !a)
                            return a.status();
                }
            }
        }
        for (qsizetype k = 0; k < invited.size(); ++k) {
            ConferenceParticipant p = invited.at(k);
            // The chair, first on the list, is there whenever the conference was held.
            p.attendance = !held     ? Attendance::Invited
                : k == 0             ? Attendance::Present
                : uniform(0, 5) == 0 ? Attendance::Excused
                : uniform(0, 9) == 0 ? Attendance::Absent
                                     : Attendance::Present;
            if (Result<QUuid> id = conferences.addParticipant(conference.value(), p); !id)
                return id.status();
        }
        // Approval renders the minutes, which needs Qt Gui; without it they stay drafts.
        if (held && ReportPrinter::canRender())
            if (Result<QUuid> approved = conferences.approve(conference.value()); !approved)
                return approved.status();
    }
    return batch.commit();
}

} // namespace casedesk
