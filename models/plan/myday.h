#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// The tab of the case file window an item of "My day" opens.
enum class CaseTab { Overview, Interactions, Assessments, Plans, Referrals, Visits, Conflicts };

// One thing that needs the worker's attention today, in one of their cases.
struct MyDayItem
{
    enum class Kind {
        OverdueAction,
        VisitNotRecorded, // a scheduled visit whose day has passed, neither held nor missed
        VisitToday,
        VisitThisWeek,
        ReferralPastDeadline,
        ReferralWaitingForFeedback,
        NoContact,
        Conflict,
        EditedAfterClosure,
        PlanToSignOff,
        ClosureToSignOff,
    };

    Kind kind = Kind::OverdueAction;
    QUuid caseId;
    QString caseNumber;
    QString clientName; // empty for a case the user may not see in detail
    bool restricted = false;
    QUuid itemId; // the action, visit, referral or plan
    QDate date; // due, visit day, deadline or last contact
    QString detail; // what it is about; empty for a restricted case

    CaseTab tab() const;
};

struct MyDayOptions
{
    QDate today = QDate::currentDate();
    int noContactDays = 30;
    // Whose cases: the name cases carry as their assigned worker.
    QString worker;
    // Also the plans and closures of the user's office waiting for a supervisor's sign-off.
    bool signOffs = false;
    // The sign-offs of this worker's cases only; empty: of every case the user may list.
    QString signOffsOf;
    // At most this many plans and closures waiting for sign-off, the oldest first; 0 lists
    // them all. The worker's own items are always listed in full.
    int limit = 500;
};

// A kind whose list stopped at the limit, and how many items of it there are in all.
struct MyDayCut
{
    MyDayItem::Kind kind = MyDayItem::Kind::OverdueAction;
    int listed = 0;
    int total = 0;
};

// "My day": what needs attention in a worker's cases, most urgent kinds first. Every query runs
// under the user's case visibility, so a restricted case shows only its number.
class MyDay
{
    Q_DECLARE_TR_FUNCTIONS(MyDay)

public:
    // cuts, when given, receives the kinds whose list stopped at options.limit.
    static QList<MyDayItem> load(const RecordStore &store, const MyDayOptions &options,
                                 QList<MyDayCut> *cuts = nullptr);
    static QString kindText(MyDayItem::Kind kind);
    // The last day of the week the given day falls in (Sunday).
    static QDate weekEnd(const QDate &day);
};

} // namespace casedesk
