#include "demoplans.h"

#include "assessments.h"
#include "caseclosure.h"
#include "casefiles.h"
#include "consent.h"
#include "myday.h"
#include "plans.h"
#include "planvocabulary.h"
#include "recordstore.h"
#include "session.h"
#include "socialcontracts.h"
#include "visits.h"

#include <memory>

namespace casedesk {

namespace {

// The contexts are the class's, as tr() looks them up at run time.
const char *const goalTexts[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Find a stable job within six months"),
    QT_TRANSLATE_NOOP("DemoPlans", "Raise the household's income above the poverty line"),
    QT_TRANSLATE_NOOP("DemoPlans", "Restore the identity documents and the registration"),
    QT_TRANSLATE_NOOP("DemoPlans", "The children attend school and kindergarten regularly"),
    QT_TRANSLATE_NOOP("DemoPlans", "Safe and stable housing for the family"),
    QT_TRANSLATE_NOOP("DemoPlans", "Regain health and the ability to work"),
    QT_TRANSLATE_NOOP("DemoPlans", "Complete a vocational training course"),
    QT_TRANSLATE_NOOP("DemoPlans", "Live independently with the help of home care"),
};

struct ActionText
{
    const char *kind;
    const char *agencyKind;
    const char *description;
};

const ActionText actionTexts[] = {
    { "job_search", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Weekly job club and three applications a week") },
    { "job_placement", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Interview with an employer from the vacancy bank") },
    { "vocational_training", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Three-month course as a cook or a seamstress") },
    { "public_works", "municipality",
      QT_TRANSLATE_NOOP("DemoPlans", "Public works in the district's parks") },
    { "subsidised_job", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Subsidised job at a local enterprise") },
    { "youth_practice", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Six-month youth practice after college") },
    { "self_employment", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Business plan and an application for a micro-loan") },
    { "career_guidance", "employment_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Career guidance session and a skills test") },
    { "social_assistance", "social_work_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Application for targeted social assistance") },
    { "psychosocial", "ngo", QT_TRANSLATE_NOOP("DemoPlans", "Six sessions with a psychologist") },
    { "legal_aid", "ngo",
      QT_TRANSLATE_NOOP("DemoPlans", "Legal advice on alimony and the divorce papers") },
    { "documents", "municipality",
      QT_TRANSLATE_NOOP("DemoPlans", "New identity card and registration at the address") },
    { "health", "health",
      QT_TRANSLATE_NOOP("DemoPlans", "Medical examination and the disability commission") },
    { "housing", "municipality",
      QT_TRANSLATE_NOOP("DemoPlans", "Place on the list for social housing") },
    { "childcare", "education",
      QT_TRANSLATE_NOOP("DemoPlans", "Kindergarten place for the youngest child") },
    { "home_care", "social_work_centre",
      QT_TRANSLATE_NOOP("DemoPlans", "Home care visits twice a week") },
};

const char *const cancelReasons[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "The client found work on their own"),
    QT_TRANSLATE_NOOP("DemoPlans", "The course was not held this term"),
    QT_TRANSLATE_NOOP("DemoPlans", "No longer needed after the review"),
};

const char *const outcomeNotes[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Done as agreed"),
    QT_TRANSLATE_NOOP("DemoPlans", "Done; the certificate is in the case file"),
    QT_TRANSLATE_NOOP("DemoPlans", "Done later than planned"),
};

const char *const reviewNotes[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Quarterly review with the client"),
    QT_TRANSLATE_NOOP("DemoPlans", "Review after the case conference"),
    QT_TRANSLATE_NOOP("DemoPlans", "Due dates moved: the client was ill"),
};

const char *const clientObligations[] = {
    QT_TRANSLATE_NOOP("DemoPlans",
                      "Register with the employment centre and attend the "
                      "interviews offered"),
    QT_TRANSLATE_NOOP("DemoPlans", "Take part in the vocational training course"),
    QT_TRANSLATE_NOOP("DemoPlans", "Report any change of income or household within ten days"),
    QT_TRANSLATE_NOOP("DemoPlans", "Keep the children at school"),
};

const char *const agencyObligations[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Pay the monthly assistance while the contract is kept"),
    QT_TRANSLATE_NOOP("DemoPlans", "Find a training place within a month"),
    QT_TRANSLATE_NOOP("DemoPlans", "Offer at least two suitable vacancies a month"),
};

const char *const referralReasons[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Registration as unemployed and vacancies"),
    QT_TRANSLATE_NOOP("DemoPlans", "Psychological support after violence in the family"),
    QT_TRANSLATE_NOOP("DemoPlans", "Legal aid with the identity documents"),
    QT_TRANSLATE_NOOP("DemoPlans", "Medical examination for the disability commission"),
    QT_TRANSLATE_NOOP("DemoPlans", "A place for the child at school"),
    QT_TRANSLATE_NOOP("DemoPlans", "Housing: the family lives in a hostel room"),
};

const char *const visitPurposes[] = {
    QT_TRANSLATE_NOOP("DemoPlans", "Progress of the action plan"),
    QT_TRANSLATE_NOOP("DemoPlans", "Bring the income certificates"),
    QT_TRANSLATE_NOOP("DemoPlans", "Housing conditions and the children"),
    QT_TRANSLATE_NOOP("DemoPlans", "Sign the social contract"),
};

struct DemoAgency
{
    const char *name;
    const char *kind;
};

const DemoAgency demoAgencies[] = {
    { QT_TRANSLATE_NOOP("DemoPlans", "District employment centre"), "employment_centre" },
    { QT_TRANSLATE_NOOP("DemoPlans", "City social work centre"), "social_work_centre" },
    { QT_TRANSLATE_NOOP("DemoPlans", "Crisis centre for women and children"), "ngo" },
    { QT_TRANSLATE_NOOP("DemoPlans", "Legal aid clinic"), "ngo" },
    { QT_TRANSLATE_NOOP("DemoPlans", "District polyclinic"), "health" },
    { QT_TRANSLATE_NOOP("DemoPlans", "School No. 12"), "education" },
    { QT_TRANSLATE_NOOP("DemoPlans", "Housing department of the akimat"), "municipality" },
};

// Specialists of partner agencies named as responsible for an action.
const QStringList &specialists()
{
    static const QStringList list
        = QString::fromUtf8("Алия Омарова,Сергей Ким,Гульнара Исаева,Тимур Ахмедов,"
                            "Нина Петросян,Бекзод Рашидов")
              .split(u',');
    return list;
}

template<typename T, size_t N> QString trPick(const T (&texts)[N], int index)
{
    return DemoPlans::tr(texts[index]);
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

// Works as a case worker of this site while alive, so a closure waits for a supervisor's
// sign-off as it does when a worker closes a case; the generator's session comes back after.
class AsCaseWorker
{
public:
    AsCaseWorker(RecordStore &store, const QString &name) : m_store(store)
    {
        m_previous = store.session();
        UserAccount worker;
        worker.id = QUuid::createUuidV5(store.site().id, name);
        worker.login = QStringLiteral("demo.worker");
        worker.name = name;
        worker.office = store.site().id;
        worker.roles = { Role::CaseWorker };
        store.setSession(std::make_shared<const Session>(Session::signedIn(worker, {})));
    }
    ~AsCaseWorker() { m_store.setSession(m_previous); }
    AsCaseWorker(const AsCaseWorker &) = delete;
    AsCaseWorker &operator=(const AsCaseWorker &) = delete;

private:
    RecordStore &m_store;
    std::shared_ptr<const Session> m_previous;
};

} // namespace

DemoPlans::DemoPlans(RecordStore &store, quint32 seed, const Assessments *assessments)
    : m_store(store), m_assessments(assessments)
{
    // A stream of its own, so the case files drawn from the seed do not depend on this part.
    std::seed_seq sequence { seed, 0x504c414eu };
    m_rng.seed(sequence);
}

QDate DemoPlans::between(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(uniform(0, int(days)));
}

Status DemoPlans::prepare()
{
    const auto partners = [this] {
        QList<Agency> list = Referrals(m_store).agencies();
        // A referral to a CaseDesk site would share the case with it: not for demo data.
        list.removeIf([](const Agency &a) { return !a.siteId.isNull(); });
        return list;
    };
    m_agencies = partners();
    if (!m_agencies.isEmpty() || m_store.site().kind != QLatin1String("hub"))
        return Status::ok();
    for (const DemoAgency &a : demoAgencies)
        if (auto added = Referrals::addAgency(
                m_store, { QUuid(), tr(a.name), QString::fromLatin1(a.kind), QUuid() });
            !added)
            return added.status();
    m_agencies = partners();
    return Status::ok();
}

Status DemoPlans::addTo(const QUuid &caseId, const NewCase &opened)
{
    const QDate today = QDate::currentDate();
    const bool closing = chance(5);
    if (Status s = setManagementModel(caseId, opened); !s)
        return s;
    if (chance(60))
        if (Status s = addPlan(caseId, opened, today); !s)
            return s;
    if (opened.consentGiven && chance(33))
        if (Status s = addReferrals(caseId, opened, today); !s)
            return s;
    if (closing)
        return closeCase(caseId, opened, today);
    if (chance(45))
        return addVisits(caseId, today);
    return Status::ok();
}

Status DemoPlans::setManagementModel(const QUuid &caseId, const NewCase &opened)
{
    if (chance(15))
        return Status::ok(); // not chosen yet
    const bool atRisk = opened.categories.contains(QStringLiteral("domestic_violence"))
        || opened.categories.contains(QStringLiteral("trafficking"))
        || opened.categories.contains(QStringLiteral("released_prisoner"));
    // Victims and people released from prison are mostly followed by several agencies.
    const int roll = uniform(1, 100);
    const int light = atRisk ? 10 : 45;
    const int standard = atRisk ? 50 : 90;
    const QString model = roll <= light ? QStringLiteral("light")
        : roll <= standard              ? QStringLiteral("standard")
                                        : QStringLiteral("intensive");
    return CaseFiles(m_store).setManagementModel(caseId, model);
}

QList<DemoPlans::Need> DemoPlans::needsOf(const QUuid &caseId) const
{
    if (!m_assessments)
        return {};
    for (const AssessmentSummary &a : m_assessments->forCase(caseId)) {
        if (!a.isCompleted())
            continue;
        const Result<AssessmentRecord> record = m_assessments->load(a.id);
        QList<Need> needs;
        if (record)
            for (const QString &need : record->result.needs)
                needs.append({ need, a.id });
        if (!needs.isEmpty())
            return needs;
    }
    return {};
}

QString DemoPlans::agencyFor(const QString &actionKind)
{
    QString kind = QStringLiteral("social_work_centre");
    for (const ActionText &t : actionTexts)
        if (actionKind == QLatin1String(t.kind))
            kind = QString::fromLatin1(t.agencyKind);
    QList<Agency> ofKind;
    for (const Agency &a : std::as_const(m_agencies))
        if (a.kind == kind)
            ofKind.append(a);
    return ofKind.isEmpty() ? Vocabulary::label(PlanVocabulary::agencyKinds(), kind)
                            : pick(ofKind).name;
}

Status DemoPlans::addPlan(const QUuid &caseId, const NewCase &opened, const QDate &today)
{
    const bool poor = opened.categories.contains(QStringLiteral("low_income_family"))
        || opened.categories.contains(QStringLiteral("unemployed"));
    const bool contract = poor && chance(40);
    // A contract has run for some months, so it has compliance to show.
    const QDate start = std::max(opened.openedDate,
                                 today.addDays(-(contract ? uniform(60, 200) : uniform(7, 240))));
    QDate end = start.addMonths(contract ? 6 : 12);
    if (end < today.addDays(30))
        end = today.addMonths(uniform(2, 6));
    Plans plans(m_store);
    const Result<QUuid> planId = plans.create(
        caseId, contract ? QStringLiteral("social_contract") : QStringLiteral("action_plan"), start,
        end);
    if (!planId)
        return planId.status();

    QList<Need> needs = needsOf(caseId);
    QList<int> texts;
    QList<QUuid> goals;
    for (int i = uniform(1, 3); i > 0; --i) {
        int text = uniform(0, int(std::size(goalTexts)) - 1);
        while (texts.contains(text))
            text = (text + 1) % int(std::size(goalTexts));
        texts.append(text);
        PlanGoal goal;
        goal.text = trPick(goalTexts, text);
        if (!needs.isEmpty()) {
            const Need need = needs.takeAt(uniform(0, int(needs.size()) - 1));
            goal.need = need.need;
            goal.assessmentId = need.assessmentId;
        }
        const Result<QUuid> goalId = plans.addGoal(planId.value(), goal);
        if (!goalId)
            return goalId.status();
        goals.append(goalId.value());
    }
    // A supervisor has signed off most plans; the others are drafts waiting for it.
    const bool signedOff = chance(65);
    if (Status s = addActions(planId.value(), goals, opened, start, today, signedOff); !s)
        return s;
    if (contract)
        if (Status s = addContractTerms(planId.value(), start, today, signedOff); !s)
            return s;
    if (signedOff && chance(35))
        return reviewPlan(planId.value(), start, today);
    return Status::ok();
}

Status DemoPlans::addActions(const QUuid &planId, const QList<QUuid> &goals, const NewCase &opened,
                             const QDate &start, const QDate &today, bool signedOff)
{
    Plans plans(m_store);
    QList<QPair<QUuid, QDate>> added;
    for (int i = uniform(2, 5); i > 0; --i) {
        const ActionText &text = actionTexts[uniform(0, int(std::size(actionTexts)) - 1)];
        PlanAction action;
        action.goalId = pick(goals);
        action.kind = QString::fromLatin1(text.kind);
        action.description = tr(text.description);
        action.agency = agencyFor(action.kind);
        action.person = chance(50) ? opened.assignedWorker : pick(specialists());
        action.dueDate = today.addDays(uniform(-60, 90));
        if (action.dueDate < start)
            action.dueDate = start.addDays(uniform(7, 45));
        const Result<QUuid> id = plans.addAction(planId, action);
        if (!id)
            return id.status();
        added.append({ id.value(), action.dueDate });
    }
    if (!signedOff)
        return Status::ok();
    if (Status s = plans.signOff(planId); !s)
        return s;
    for (const auto &[id, due] : std::as_const(added))
        if (Status s = progressAction(id, start, due, today); !s)
            return s;
    return Status::ok();
}

// Where an action has got to: past its due date most are done and some are still open (and so
// overdue); ahead of it most are planned or in progress.
Status DemoPlans::progressAction(const QUuid &actionId, const QDate &start, const QDate &due,
                                 const QDate &today)
{
    const int roll = uniform(1, 100);
    ActionStatus target = ActionStatus::Planned;
    if (due < today)
        target = roll <= 45 ? ActionStatus::Done
            : roll <= 60    ? ActionStatus::Cancelled
            : roll <= 85    ? ActionStatus::InProgress
                            : ActionStatus::Planned;
    else
        target = roll <= 55 ? ActionStatus::Planned
            : roll <= 85    ? ActionStatus::InProgress
                            : ActionStatus::Done;
    QList<ActionStatus> steps;
    if (target == ActionStatus::InProgress || (target == ActionStatus::Done && chance(50)))
        steps.append(ActionStatus::InProgress);
    if (target == ActionStatus::Done || target == ActionStatus::Cancelled)
        steps.append(target);
    Plans plans(m_store);
    ActionStatus from = ActionStatus::Planned;
    for (ActionStatus to : std::as_const(steps)) {
        if (!Plans::allows(from, to))
            break;
        QString note;
        QDate done;
        if (to == ActionStatus::Done) {
            note = trPick(outcomeNotes, uniform(0, int(std::size(outcomeNotes)) - 1));
            done = std::min(today, std::max(start, due.addDays(uniform(-14, 7))));
        } else if (to == ActionStatus::Cancelled) {
            note = trPick(cancelReasons, uniform(0, int(std::size(cancelReasons)) - 1));
        }
        if (Status s = plans.setActionStatus(actionId, to, note, done); !s)
            return s;
        from = to;
    }
    return Status::ok();
}

// A review keeps the plan as it was; then one open action gets a later due date.
Status DemoPlans::reviewPlan(const QUuid &planId, const QDate &start, const QDate &today)
{
    Plans plans(m_store);
    const QDate day = between(start, today);
    const QString note = trPick(reviewNotes, uniform(0, int(std::size(reviewNotes)) - 1));
    const Result<QUuid> review = plans.review(planId, day, note);
    if (!review)
        return review.status();
    const Result<Plan> plan = plans.load(planId);
    if (!plan)
        return plan.status();
    for (PlanAction action : plan->actions)
        if (action.isOpen()) {
            action.dueDate = action.dueDate.addDays(uniform(14, 45));
            return plans.updateAction(action);
        }
    return Status::ok();
}

// Obligations of both sides, the conditional assistance and, once signed, the months so far:
// one of them not kept, with the consequence the rules suggest.
Status DemoPlans::addContractTerms(const QUuid &planId, const QDate &start, const QDate &today,
                                   bool signedOff)
{
    SocialContracts contracts(m_store);
    const int first = uniform(0, int(std::size(clientObligations)) - 1);
    for (int i : { first, (first + 1 + uniform(0, 1)) % int(std::size(clientObligations)) })
        if (auto r = contracts.addObligation(planId, QStringLiteral("client"),
                                             trPick(clientObligations, i));
            !r)
            return r.status();
    for (int i = uniform(1, 2), j = uniform(0, 2); i > 0; --i, j = (j + 1) % 3)
        if (auto r = contracts.addObligation(planId, QStringLiteral("agency"),
                                             trPick(agencyObligations, j));
            !r)
            return r.status();
    Assistance assistance;
    assistance.kind = chance(70) ? tr("Conditional cash assistance") : tr("Training stipend");
    assistance.monthlyAmount = qint64(uniform(15, 45)) * 100000;
    assistance.conditions = tr("Paid for each month the client keeps the contract");
    if (auto r = contracts.addAssistance(planId, assistance); !r)
        return r.status();
    if (!signedOff)
        return Status::ok();
    const QDate thisMonth = firstOfMonth(today);
    QList<ComplianceMonth> months;
    QDate month = std::max(firstOfMonth(start), thisMonth.addMonths(-4));
    const int count
        = int((thisMonth.year() - month.year()) * 12 + thisMonth.month() - month.month());
    const int missed = count > 0 ? uniform(0, count - 1) : -1;
    const bool twice = chance(30);
    for (int i = 0; month < thisMonth; ++i, month = month.addMonths(1)) {
        ComplianceMonth m;
        m.month = month;
        m.kept = !(i == missed || (twice && i == missed + 1));
        if (!m.kept) {
            m.consequence = SocialContracts::suggested(months, month);
            m.note = tr("Did not attend the training course");
            m.reason = tr("Two missed appointments without a reason");
        }
        if (auto r = contracts.recordMonth(planId, m); !r)
            return r.status();
        months.append(m);
    }
    return Status::ok();
}

Status DemoPlans::addReferrals(const QUuid &caseId, const NewCase &opened, const QDate &today)
{
    if (m_agencies.isEmpty())
        return Status::ok();
    QList<Agency> chosen { pick(m_agencies) };
    if (chance(25)) {
        const Agency &second = pick(m_agencies);
        if (second.id != chosen.first().id)
            chosen.append(second);
    }
    // The client agreed at intake that the case may go to these agencies.
    QList<QUuid> sites = opened.consentSites;
    for (const Agency &a : std::as_const(chosen))
        sites.append(a.id);
    if (Status s = CaseFiles(m_store).updateCase(
            caseId, { { QStringLiteral("consent_sites"), Consent::joinSites(sites) } });
        !s)
        return s;
    Referrals referrals(m_store);
    for (const Agency &a : std::as_const(chosen)) {
        Referral r;
        r.caseId = caseId;
        r.agencyId = a.id;
        r.agencyName = a.name;
        r.reason = trPick(referralReasons, uniform(0, int(std::size(referralReasons)) - 1));
        r.documents = tr("Copy of the identity card, income certificate");
        r.sentDate = std::max(opened.openedDate, today.addDays(-uniform(0, 75)));
        r.deadline = r.sentDate.addDays(uniform(7, 21));
        const Result<QUuid> id = referrals.send(r);
        if (!id)
            return id.status();
        if (Status s = followReferral(id.value(), r.sentDate, r.deadline, today); !s)
            return s;
    }
    return Status::ok();
}

// Moves a referral along its lifecycle to a drawn end: some still sent or received past the
// deadline, some attended and waiting for the agency's feedback, completed, declined or expired.
Status DemoPlans::followReferral(const QUuid &referralId, const QDate &sent, const QDate &deadline,
                                 const QDate &today)
{
    using S = ReferralStatus;
    const int roll = uniform(1, 100);
    QList<S> path;
    if (deadline < today)
        path = roll <= 20 ? QList<S> {}
            : roll <= 30  ? QList<S> { S::Received }
            : roll <= 50  ? QList<S> { S::Received, S::Attended }
            : roll <= 80  ? QList<S> { S::Received, S::Attended, S::Completed }
            : roll <= 90  ? QList<S> { S::Declined }
                          : QList<S> { S::Expired };
    else
        path = roll <= 45 ? QList<S> {}
            : roll <= 70  ? QList<S> { S::Received }
            : roll <= 90  ? QList<S> { S::Received, S::Attended }
            : roll <= 95  ? QList<S> { S::Received, S::Attended, S::Completed }
                          : QList<S> { S::Declined };
    Referrals referrals(m_store);
    S from = S::Sent;
    QDate day = sent;
    for (S to : std::as_const(path)) {
        if (!Referrals::allows(from, to))
            break;
        QString text;
        if (to == S::Received) {
            day = between(day, std::min(today, day.addDays(3)));
        } else if (to == S::Attended) {
            day = between(day, std::min(today, deadline));
        } else if (to == S::Completed) {
            day = between(day, today);
            text = tr("Services given; the client is referred back to the case worker");
        } else if (to == S::Declined) {
            day = between(day, std::min(today, day.addDays(10)));
            text = tr("The agency has no place before next month");
        } else if (to == S::Expired) {
            day = between(deadline.addDays(1), today);
            text = tr("The client did not present by the deadline");
        }
        if (Status s = referrals.setStatus(referralId, to, day, text); !s)
            return s;
        from = to;
    }
    return Status::ok();
}

// A visit ahead (today, this week or later; re-registrations repeat every 3 or 6 months), and
// now and then one of today already held or missed.
Status DemoPlans::addVisits(const QUuid &caseId, const QDate &today)
{
    Visits visits(m_store);
    Visit visit;
    visit.caseId = caseId;
    const int kind = uniform(1, 100);
    visit.kind = kind <= 30 ? QStringLiteral("re_registration")
        : kind <= 65        ? QStringLiteral("office_visit")
        : kind <= 85        ? QStringLiteral("home_visit")
                            : QStringLiteral("phone");
    if (visit.kind == QLatin1String("re_registration")) {
        visit.repeatMonths = chance(50) ? 3 : 6;
        visit.purpose = tr("Re-registration for the targeted social assistance");
    } else {
        visit.purpose = trPick(visitPurposes, uniform(0, int(std::size(visitPurposes)) - 1));
    }
    const int when = uniform(1, 100);
    visit.date = when <= 20 ? today
        : when <= 50        ? between(today, MyDay::weekEnd(today))
                            : today.addDays(uniform(8, 75));
    if (chance(85)) {
        const int hour = uniform(9, 17);
        visit.time = QTime(hour, uniform(0, 1) * 30);
    }
    const Result<QUuid> id = visits.schedule(visit);
    if (!id)
        return id.status();
    if (visit.date != today || !chance(30))
        return Status::ok();
    // Held or missed: a held re-registration schedules the next one by itself.
    if (chance(70))
        return visits
            .markHeld(id.value(), QDateTime::currentDateTime().addSecs(-60 * uniform(5, 90)),
                      tr("The client came with the documents"))
            .status();
    return visits.markMissed(id.value(), tr("The client did not come and did not call"));
}

Status DemoPlans::closeCase(const QUuid &caseId, const NewCase &opened, const QDate &today)
{
    const QString reason = pick(Vocabulary::codes(PlanVocabulary::closureReasons()));
    const QString outcome = pick(Vocabulary::codes(PlanVocabulary::closureOutcomes()));
    const QDate date = between(std::max(opened.openedDate, today.addDays(-90)), today);
    const QString notes = tr("Closed after the final interview with the client");
    // A quarter were closed by the case worker and wait for the supervisor.
    if (chance(25)) {
        const AsCaseWorker worker(m_store, opened.assignedWorker);
        return CaseClosure(m_store).close(caseId, reason, outcome, notes, date);
    }
    CaseClosure closure(m_store);
    if (Status s = closure.close(caseId, reason, outcome, notes, date); !s)
        return s;
    if (!chance(10))
        return Status::ok();
    return closure.reopen(caseId, tr("The client asked for help again"), between(date, today));
}

} // namespace casedesk
