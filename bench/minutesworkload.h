#pragma once

#include "result.h"

namespace casedesk {

class BenchReport;

// Rendering the minutes of a case conference to PDF, the budget of the conferences issue: a
// conference of 10 cases, each with what was shared, its risks and needs, three decisions of two
// follow-up actions each, and eight participants, in a new central-desk file. Timed `runs` times
// from the loaded conference to the PDF bytes (layout, page breaks and the PDF engine); the
// loading of the records and the approval (render, keep the PDF, stamp every row) are timed
// beside it.
class MinutesWorkload
{
public:
    struct Options
    {
        int cases = 10;
        int runs = 20;
    };

    static Status run(const Options &options, BenchReport &report);
};

} // namespace casedesk
