#pragma once
// What the "My day", supervisor and visit tests share: a central desk where two workers have
// cases with an overdue action, a referral past its deadline, visits today and later, and a case
// nobody has contacted for weeks.

#include "caseclosure.h"
#include "consent.h"
#include "plans.h"
#include "referrals.h"
#include "roleaccounts.h"
#include "synctestsupport.h"
#include "visits.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace casedesk::test {

inline const QString &dayWorker()
{
    static const QString name = u"Айгуль Серикбаева"_s;
    return name;
}

inline const QString &otherDayWorker()
{
    static const QString name = u"Бахыт Ержанов"_s;
    return name;
}

struct MyDaySite
{
    std::unique_ptr<TempFolder> dir;
    std::unique_ptr<RecordStore> store;
    QDate today = QDate::currentDate();
    QUuid actions, referrals, visits, quiet, other; // cases
    QUuid plan, otherPlan, overdue, otherOverdue, pastDeadline, visitToday, visitLater,
        reRegistration;

    QUuid openCase(const QString &family, const QString &assigned, int openedDaysAgo)
    {
        NewCase c = newCase(person(family, u"Тест"_s));
        c.assignedWorker = assigned;
        c.openedDate = today.addDays(-openedDaysAgo);
        auto id = CaseFiles(*store).openCase(c);
        if (!id)
            qWarning("opening a case: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    QUuid addAction(const QUuid &planId, const QDate &due, const QString &what)
    {
        PlanAction a;
        a.kind = u"job_search"_s;
        a.description = what;
        a.dueDate = due;
        auto id = Plans(*store).addAction(planId, a);
        if (!id)
            qWarning("adding an action: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    bool contact(const QUuid &caseId, int daysAgo)
    {
        Interaction i;
        i.occurredAt = QDateTime(today.addDays(-daysAgo), QTime(12, 0));
        i.kind = u"phone"_s;
        i.worker = dayWorker();
        return CaseFiles(*store).recordInteraction(caseId, i).isOk();
    }

    QUuid schedule(const QUuid &caseId, const QDate &day, const QString &kind, int repeat = 0,
                   const QString &purpose = QString())
    {
        Visit v;
        v.caseId = caseId;
        v.kind = kind;
        v.date = day;
        v.time = QTime(10, 30);
        v.repeatMonths = repeat;
        v.purpose = purpose;
        auto id = Visits(*store).schedule(v);
        if (!id)
            qWarning("scheduling a visit: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    // The local user of the file is the first worker until accounts are made.
    bool build()
    {
        dir = std::make_unique<TempFolder>();
        // The central desk: it keeps the partner agencies a referral goes to.
        store = makeSite(dir->file(u"myday.cdsk"_s), u"Central desk"_s, u"hub"_s);
        if (!store)
            return false;
        store->setAuthor(dayWorker());
        actions = openCase(u"Действиева"_s, dayWorker(), 10);
        referrals = openCase(u"Направленова"_s, dayWorker(), 10);
        visits = openCase(u"Визитова"_s, dayWorker(), 10);
        quiet = openCase(u"Тихонова"_s, dayWorker(), 45);
        other = openCase(u"Чужова"_s, otherDayWorker(), 45);
        for (const QUuid &c : { actions, referrals, visits, other })
            if (!contact(c, 2))
                return false;
        return buildPlans() && buildReferral() && buildVisits();
    }

    bool buildPlans()
    {
        Plans plans(*store);
        auto mine = plans.create(actions, u"action_plan"_s, today.addDays(-10), QDate());
        auto theirs = plans.create(other, u"action_plan"_s, today, QDate());
        if (!mine || !theirs)
            return false;
        plan = mine.value();
        otherPlan = theirs.value();
        overdue = addAction(plan, today.addDays(-2), u"Register at the employment centre"_s);
        addAction(plan, today.addDays(5), u"Call the training centre"_s);
        otherOverdue = addAction(otherPlan, today.addDays(-1), u"Someone else's action"_s);
        return !overdue.isNull() && !otherOverdue.isNull();
    }

    bool buildReferral()
    {
        auto agency = Referrals::addAgency(
            *store, { QUuid(), u"Центр занятости"_s, u"employment_centre"_s, QUuid() });
        if (!agency)
            return false;
        if (!CaseFiles(*store).updateCase(
                referrals, { { u"consent_sites"_s, Consent::joinSites({ agency.value() }) } }))
            return false;
        Referral r;
        r.caseId = referrals;
        r.agencyId = agency.value();
        r.agencyName = u"Центр занятости"_s;
        r.reason = u"Job search"_s;
        r.sentDate = today.addDays(-10);
        r.deadline = today.addDays(-1);
        auto late = Referrals(*store).send(r);
        if (!late)
            return false;
        pastDeadline = late.value();
        return true;
    }

    bool buildVisits()
    {
        visitToday = schedule(visits, today, u"home_visit"_s, 0, u"Check the housing"_s);
        visitLater = schedule(visits, today.addDays(3), u"office_visit"_s);
        reRegistration = schedule(visits, today.addDays(10), u"re_registration"_s, 3);
        return !visitToday.isNull() && !visitLater.isNull() && !reRegistration.isNull();
    }

    // The worker's account carries the first worker's name; a supervisor and an auditor too.
    bool withAccounts()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        return createRoleAccounts(*store, dayWorker());
    }
};

// The row of a model whose role holds value, or -1.
inline int rowWith(const QAbstractItemModel &model, int role, const QVariant &value, int column = 0)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, column).data(role) == value)
            return row;
    return -1;
}

inline int countWith(const QAbstractItemModel &model, int role, const QVariant &value)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        n += model.index(row, 0).data(role) == value ? 1 : 0;
    return n;
}

} // namespace casedesk::test
