#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// One worker's caseload as their supervisor sees it.
struct WorkerLoad
{
    QString worker;
    QUuid office;
    QString officeName;
    int openCases = 0;
    int overdueActions = 0;
    int casesWithoutContact = 0;
    int plansToSignOff = 0;
    int closuresToSignOff = 0;
    int conflicts = 0;
};

// The supervisor's view: per worker of the cases the user may list, the caseload, overdue
// actions, cases without contact, and the plans and closures waiting for sign-off.
class SupervisorView
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorView)

public:
    // Sorted by office and worker.
    static QList<WorkerLoad> load(const RecordStore &store, const QDate &today, int noContactDays);
};

} // namespace casedesk
