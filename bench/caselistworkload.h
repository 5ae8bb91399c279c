#pragma once

#include "samples.h"

#include <QMap>
#include <QString>

namespace casedesk {

class CaseListModel;

// The case list beyond its first page: scrolling (fetchMore with keyset pages) and a click on
// each column header (sorting in SQL over every case).
class CaseListWorkload
{
public:
    struct Outcome
    {
        Samples nextPageMs;
        QMap<QString, double> sortMs; // column -> first page in that order
    };

    static Outcome run(CaseListModel &model, int pages = 20);
};

} // namespace casedesk
