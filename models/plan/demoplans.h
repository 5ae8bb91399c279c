#pragma once

#include "referrals.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

#include <random>

namespace casedesk {

class Assessments;
class RecordStore;
struct NewCase;

// The case-management part of the demo data: the management model, action plans and social
// contracts, referrals to partner agencies, scheduled visits and a few closed cases. It draws from
// its own seeded generator, so the case files come out the same with or without it.
class DemoPlans
{
    Q_DECLARE_TR_FUNCTIONS(DemoPlans)

public:
    // Goals are tied to the needs of the case's latest completed assessment when given one.
    DemoPlans(RecordStore &store, quint32 seed, const Assessments *assessments = nullptr);

    // Before the first case: the partner agencies referrals go to. The central desk creates a
    // few when it has none; an office uses those it has and refers no one without them.
    Status prepare();
    // Everything of one case just opened; a closure, when drawn, comes last, since nothing but
    // reopening changes a closed case.
    Status addTo(const QUuid &caseId, const NewCase &opened);

    const QList<Agency> &agencies() const { return m_agencies; }

private:
    struct Need
    {
        QString need;
        QUuid assessmentId;
    };

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    // A day from `from` to `to`, both included (`from` when `to` is earlier).
    QDate between(const QDate &from, const QDate &to);

    Status setManagementModel(const QUuid &caseId, const NewCase &opened);
    Status addPlan(const QUuid &caseId, const NewCase &opened, const QDate &today);
    Status addActions(const QUuid &planId, const QList<QUuid> &goals, const NewCase &opened,
                      const QDate &start, const QDate &today, bool signedOff);
    Status progressAction(const QUuid &actionId, const QDate &start, const QDate &due,
                          const QDate &today);
    Status reviewPlan(const QUuid &planId, const QDate &start, const QDate &today);
    Status addContractTerms(const QUuid &planId, const QDate &start, const QDate &today,
                            bool signedOff);
    Status addReferrals(const QUuid &caseId, const NewCase &opened, const QDate &today);
    Status followReferral(const QUuid &referralId, const QDate &sent, const QDate &deadline,
                          const QDate &today);
    Status addVisits(const QUuid &caseId, const QDate &today);
    Status closeCase(const QUuid &caseId, const NewCase &opened, const QDate &today);

    QList<Need> needsOf(const QUuid &caseId) const;
    QString agencyFor(const QString &actionKind);

    RecordStore &m_store;
    const Assessments *m_assessments;
    std::mt19937 m_rng;
    QList<Agency> m_agencies;
};

} // namespace casedesk
