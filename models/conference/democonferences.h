#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace casedesk {

class RecordStore;

// Case conferences for the demo data: a site's list of partner specialists, then about one
// conference for every 25 open cases, with one to four cases each, what was shared, the risks
// and needs, numbered decisions with follow-up actions (some already in the client's plan).
// Those held before today are approved, with their minutes kept (in a program with Qt Gui,
// which rendering needs); the rest are drafts to come.
// Drawn from a seeded generator of its own.
class DemoConferences
{
    Q_DECLARE_TR_FUNCTIONS(DemoConferences)

public:
    static constexpr int CasesPerConference = 25;
    static constexpr int MaxConferences = 60;

    static Status generate(RecordStore &store, quint32 seed,
                           const QDate &today = QDate::currentDate());
};

} // namespace casedesk
