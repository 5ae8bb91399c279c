#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace casedesk {

class RecordStore;

// What one run of random edits did, by kind of edit.
struct RandomEditReport
{
    int applied = 0;
    // Edits the domain refused (a rule of the case file, not a fault); the first reason is kept.
    int refused = 0;
    QString firstRefusal;
    QMap<QString, int> byKind;

    // One line for a person: how many edits of which kind.
    QString summary() const;
};

// Seeded random edits a worker could make at this site, through the domain operations and the
// scope rules, for simulations of many offices editing the same cases and for the command line.
class RandomEdits
{
    Q_DECLARE_TR_FUNCTIONS(RandomEdits)

public:
    struct Options
    {
        bool transfers = true;
        bool shares = true;
        bool resolutions = true;
        // Percentage of edits that open a new case (always when no case is editable here).
        int newCasePercent = 3;
    };

    // Makes `edits` edits to the cases editable at this site. The seed decides every choice; row
    // ids and clocks are not seeded, so a replay takes the same kinds of steps on other ids.
    static Result<RandomEditReport> apply(RecordStore &store, int edits, quint32 seed,
                                          const Options &options);
    static Result<RandomEditReport> apply(RecordStore &store, int edits, quint32 seed)
    {
        return apply(store, edits, seed, Options());
    }
};

} // namespace casedesk
