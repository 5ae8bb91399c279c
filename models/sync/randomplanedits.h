#pragma once

#include "result.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <functional>

namespace casedesk {

class RecordStore;
struct CaseFileData;

// The random edits of plans, referrals and visits that RandomEdits makes: each through the
// domain operations, so the lifecycles (Plans::allows, Referrals::allows), the consent and the
// date rules decide what may happen, as they do for a worker.
class RandomPlanEdits
{
public:
    // Told of every edit tried: its kind and whether the domain took it.
    using Record = std::function<void(const QString &kind, const Status &status)>;

    RandomPlanEdits(RecordStore &store, QRandomGenerator &rng, Record record)
        : m_store(store), m_rng(rng), m_record(std::move(record))
    {
    }

    // One edit of the open case's plans, referrals or visits; none when there is nothing to
    // do (a referral without consent, or without any agency known here).
    void edit(const CaseFileData &file);

private:
    int uniform(int low, int high) { return int(m_rng.bounded(low, high + 1)); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }

    void editPlan(const CaseFileData &file);
    void createPlan(const CaseFileData &file);
    void addAction(const QUuid &planId, const QList<QUuid> &goals);
    void editReferral(const CaseFileData &file);
    void sendReferral(const CaseFileData &file);
    void editVisit(const CaseFileData &file);

    RecordStore &m_store;
    QRandomGenerator &m_rng;
    Record m_record;
};

} // namespace casedesk
