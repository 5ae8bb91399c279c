#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QUuid>

namespace casedesk {

class RecordStore;

enum class VisitStatus { Scheduled, Held, Missed, Cancelled };
QString visitStatusKey(VisitStatus status);
bool visitStatusFromKey(const QString &key, VisitStatus *status);

// A visit agreed with the client: an office or home visit, a call, or a re-registration that
// comes back every few months.
struct Visit
{
    QUuid id;
    QUuid caseId;
    QDate date;
    QTime time; // may be unknown
    QString kind; // PlanVocabulary::visitKinds
    QString purpose;
    int repeatMonths = 0; // a re-registration every so many months; 0 for a single visit
    VisitStatus status = VisitStatus::Scheduled;
    QDate statusDate;
    QUuid interactionId; // the interaction a held visit created
    QString note;
};

// One line of the agenda: a visit with the case it belongs to, as the user may see it.
struct AgendaEntry
{
    Visit visit;
    QString caseNumber;
    QString clientName; // empty for a case the user may not see in detail
    QString worker;
    bool restricted = false;
};

// Scheduled visits and re-registrations: marking one held records the interaction (and for a
// re-registration schedules the next), marking it missed keeps that it was missed.
class Visits
{
    Q_DECLARE_TR_FUNCTIONS(Visits)

public:
    explicit Visits(RecordStore &store) : m_store(store) { }

    Result<QUuid> schedule(const Visit &visit);
    // Moves a scheduled visit to another day or time.
    Status reschedule(const QUuid &visitId, const QDate &date, const QTime &time);
    // The visit took place: an interaction of the matching kind is recorded with the note, and
    // a repeating visit gets its next date, counted from the date it was due. Returns the
    // interaction.
    Result<QUuid> markHeld(const QUuid &visitId, const QDateTime &when, const QString &note);
    Status markMissed(const QUuid &visitId, const QString &note);
    Status cancel(const QUuid &visitId, const QString &reason);

    Result<Visit> load(const QUuid &visitId) const;
    // Soonest first.
    QList<Visit> forCase(const QUuid &caseId) const;
    // The scheduled visits from one day to another (both included) of the cases the user may
    // list, soonest first; only those of one worker's cases when a worker is named.
    QList<AgendaEntry> agenda(const QDate &from, const QDate &to,
                              const QString &worker = QString()) const;

    // The interaction kind a held visit records.
    static QString interactionKind(const QString &visitKind);

private:
    Result<Visit> loadScheduled(const QUuid &visitId) const;
    Status writeState(const Visit &visit, VisitStatus status, const QDate &date,
                      const QUuid &interaction, const QString &note);

    RecordStore &m_store;
};

} // namespace casedesk
