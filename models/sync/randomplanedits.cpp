#include "randomplanedits.h"

#include "casefiles.h"
#include "consent.h"
#include "plans.h"
#include "planvocabulary.h"
#include "randomedits.h"
#include "recordstore.h"
#include "referrals.h"
#include "visits.h"

namespace casedesk {

namespace {

template<typename T> QList<T> without(QList<T> list, const std::function<bool(const T &)> &drop)
{
    list.removeIf(drop);
    return list;
}

} // namespace

void RandomPlanEdits::edit(const CaseFileData &file)
{
    const int roll = uniform(1, 100);
    if (roll <= 50)
        editPlan(file);
    else if (roll <= 75)
        editReferral(file);
    else
        editVisit(file);
}

void RandomPlanEdits::createPlan(const CaseFileData &file)
{
    const QDate today = QDate::currentDate();
    const QDate start = std::max(file.openedDate, today.addDays(-uniform(0, 30)));
    const QString kind
        = chance(80) ? QStringLiteral("action_plan") : QStringLiteral("social_contract");
    m_record(RandomEdits::tr("plan created"),
             Plans(m_store).create(file.id, kind, start, start.addMonths(12)).status());
}

void RandomPlanEdits::addAction(const QUuid &planId, const QList<QUuid> &goals)
{
    const QStringList kinds = Vocabulary::codes(PlanVocabulary::actionKinds());
    PlanAction action;
    if (!goals.isEmpty())
        action.goalId = goals.at(uniform(0, int(goals.size()) - 1));
    action.kind = kinds.at(uniform(0, int(kinds.size()) - 1));
    action.description = RandomEdits::tr("Step %1 of the plan").arg(uniform(1, 99));
    action.dueDate = QDate::currentDate().addDays(uniform(-30, 90));
    m_record(RandomEdits::tr("action added"), Plans(m_store).addAction(planId, action).status());
}

// A new plan, a goal or an action, an action moved along its lifecycle, a review or a sign-off.
void RandomPlanEdits::editPlan(const CaseFileData &file)
{
    Plans plans(m_store);
    const QList<Plan> all = without<Plan>(
        plans.forCase(file.id), [](const Plan &p) { return p.status == QLatin1String("closed"); });
    if (all.isEmpty() || chance(10)) {
        createPlan(file);
        return;
    }
    const Plan &plan = all.at(uniform(0, int(all.size()) - 1));
    QList<QUuid> goals;
    for (const PlanGoal &g : plan.goals)
        goals.append(g.id);
    const QList<PlanAction> open
        = without<PlanAction>(plan.actions, [](const PlanAction &a) { return !a.isOpen(); });
    const int roll = uniform(1, 100);
    if (roll <= 15) {
        PlanGoal goal;
        goal.text = RandomEdits::tr("Goal %1").arg(uniform(1, 99));
        m_record(RandomEdits::tr("goal added"), plans.addGoal(plan.id, goal).status());
    } else if (roll <= 35 || open.isEmpty()) {
        addAction(plan.id, goals);
    } else if (roll <= 80) {
        const PlanAction &action = open.at(uniform(0, int(open.size()) - 1));
        QList<ActionStatus> next;
        for (ActionStatus to :
             { ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Cancelled })
            if (Plans::allows(action.status, to))
                next.append(to);
        const ActionStatus to = next.at(uniform(0, int(next.size()) - 1));
        const QString note = to == ActionStatus::Cancelled
            ? RandomEdits::tr("No longer needed")
            : (to == ActionStatus::Done ? RandomEdits::tr("Done as agreed") : QString());
        m_record(RandomEdits::tr("action status"),
                 plans.setActionStatus(action.id, to, note, QDate::currentDate()));
    } else if (roll <= 93 || plan.status != QLatin1String("draft") || plan.actions.isEmpty()) {
        m_record(
            RandomEdits::tr("plan review"),
            plans.review(plan.id, QDate::currentDate(), RandomEdits::tr("Reviewed with the client"))
                .status());
    } else {
        m_record(RandomEdits::tr("plan signed off"), plans.signOff(plan.id));
    }
}

// A referral within the client's consent: the agency is added to the consent first when the
// client agreed to referrals but not yet to this agency.
void RandomPlanEdits::sendReferral(const CaseFileData &file)
{
    const QList<Agency> agencies = without<Agency>(
        Referrals(m_store).agencies(), [](const Agency &a) { return !a.siteId.isNull(); });
    if (agencies.isEmpty()) {
        // Only the central desk keeps partner agencies; offices receive them in packages.
        if (m_store.site().kind == QLatin1String("hub"))
            m_record(RandomEdits::tr("agency added"),
                     Referrals::addAgency(
                         m_store,
                         { QUuid(), RandomEdits::tr("Partner agency %1").arg(uniform(1, 99)),
                           QStringLiteral("ngo"), QUuid() })
                         .status());
        return;
    }
    if (!file.consentGiven)
        return;
    const Agency &agency = agencies.at(uniform(0, int(agencies.size()) - 1));
    if (!file.consentSites.contains(agency.id)) {
        const Status consent = CaseFiles(m_store).updateCase(
            file.id,
            { { QStringLiteral("consent_sites"),
                Consent::joinSites(file.consentSites + QList<QUuid> { agency.id }) } });
        m_record(RandomEdits::tr("consent"), consent);
        if (!consent)
            return;
    }
    Referral r;
    r.caseId = file.id;
    r.agencyId = agency.id;
    r.agencyName = agency.name;
    r.reason = RandomEdits::tr("Referral %1").arg(uniform(1, 99));
    r.sentDate = std::max(file.openedDate, QDate::currentDate().addDays(-uniform(0, 10)));
    r.deadline = r.sentDate.addDays(uniform(5, 20));
    m_record(RandomEdits::tr("referral sent"), Referrals(m_store).send(r).status());
}

// A new referral, or one moved a step along its lifecycle.
void RandomPlanEdits::editReferral(const CaseFileData &file)
{
    using S = ReferralStatus;
    Referrals referrals(m_store);
    // Received, attended or completed follows each status that is not final.
    const QList<Referral> moving
        = without<Referral>(referrals.forCase(file.id), [](const Referral &r) {
              return !Referrals::allows(r.status, S::Received)
                  && !Referrals::allows(r.status, S::Attended)
                  && !Referrals::allows(r.status, S::Completed);
          });
    if (moving.isEmpty() || chance(40)) {
        sendReferral(file);
        return;
    }
    const Referral &r = moving.at(uniform(0, int(moving.size()) - 1));
    QList<S> next;
    for (S to : { S::Received, S::Attended, S::Completed, S::Declined, S::Expired })
        if (Referrals::allows(r.status, to))
            next.append(to);
    const S to = next.at(uniform(0, int(next.size()) - 1));
    const QString text = to == S::Completed ? RandomEdits::tr("The agency reported back")
        : to == S::Declined                 ? RandomEdits::tr("No place at the agency")
        : to == S::Expired                  ? RandomEdits::tr("The client did not present")
                                            : QString();
    m_record(RandomEdits::tr("referral status"),
             referrals.setStatus(r.id, to, QDate::currentDate(), text));
}

// A visit scheduled, or a scheduled one marked held (a re-registration then schedules its next
// date) or missed.
void RandomPlanEdits::editVisit(const CaseFileData &file)
{
    Visits visits(m_store);
    const QList<Visit> scheduled = without<Visit>(
        visits.forCase(file.id), [](const Visit &v) { return v.status != VisitStatus::Scheduled; });
    if (scheduled.isEmpty() || chance(45)) {
        const QStringList kinds = Vocabulary::codes(PlanVocabulary::visitKinds());
        Visit v;
        v.caseId = file.id;
        v.kind = kinds.at(uniform(0, int(kinds.size()) - 1));
        v.repeatMonths = v.kind == QLatin1String("re_registration") ? (chance(50) ? 3 : 6) : 0;
        v.date = QDate::currentDate().addDays(uniform(0, 30));
        m_record(RandomEdits::tr("visit scheduled"), visits.schedule(v).status());
        return;
    }
    const Visit &v = scheduled.at(uniform(0, int(scheduled.size()) - 1));
    if (v.date <= QDate::currentDate() && chance(40)) {
        m_record(RandomEdits::tr("visit missed"),
                 visits.markMissed(v.id, RandomEdits::tr("The client did not come")));
        return;
    }
    const QDateTime when = QDateTime::currentDateTime().addSecs(-60 * uniform(1, 120));
    const QString note = RandomEdits::tr("Visit %1").arg(uniform(1, 99));
    m_record(RandomEdits::tr("visit held"), visits.markHeld(v.id, when, note).status());
}

} // namespace casedesk
