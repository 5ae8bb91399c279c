#pragma once

#include "result.h"

#include <QCoreApplication>
#include <functional>

namespace casedesk {

class RecordStore;

// Realistic synthetic case files for demonstrations and benchmarks: names of the region's
// peoples, households of 1 to 9, interactions, a few documents, assessments, and plans,
// referrals, visits and closures (DemoPlans). Written in batches, so an interrupted run keeps
// every batch it committed.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int cases = 100;
        quint32 seed = 1;
        int batchSize = 250;
        int interactionsPerCase = -1; // random 2..18 (about 10 on average) when negative
        int workers = 12; // the case workers the cases are assigned to
        bool documents = true;
        bool assessments = true; // a few completed assessments and drafts per case
        // Management models, action plans and social contracts, referrals (at the central desk,
        // or where agencies are known), scheduled visits and a few closed cases. Drawn from a
        // stream of their own: the case files are the same with and without them, apart from
        // the interactions that held visits record.
        bool plans = true;
        // Case conferences with their minutes (DemoConferences), after every case is written.
        bool conferences = true;
    };

    static Status generate(RecordStore &store, const Options &options,
                           const std::function<void(int done)> &progress = {});
};

} // namespace casedesk
