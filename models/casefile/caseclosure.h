#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QUuid>

namespace casedesk {

class RecordStore;

// A version of a closed case written where its closure had not been seen: an edit made at
// another site, offline, while the case was being closed here (or the other way round).
struct LateEdit
{
    QString entity;
    QUuid rowId;
    QString author;
    QUuid site;
    QDateTime when;
};

// Closing a case with a reason, outcome and notes; a supervisor's sign-off; reopening, which is
// recorded; and the edits that reached a closed case from a site that had not seen the closure.
class CaseClosure
{
    Q_DECLARE_TR_FUNCTIONS(CaseClosure)

public:
    explicit CaseClosure(RecordStore &store) : m_store(store) { }

    // A supervisor closes at once; a case worker's closure waits for a supervisor's sign-off.
    // The reason comes from PlanVocabulary::closureReasons, the outcome from closureOutcomes.
    Status close(const QUuid &caseId, const QString &reason, const QString &outcome,
                 const QString &notes, const QDate &date);
    // A supervisor signs off a closure a case worker asked for.
    Status signOff(const QUuid &caseId);
    // Opens the case again (or withdraws a closure waiting for sign-off), with the reason.
    Status reopen(const QUuid &caseId, const QString &reason, const QDate &date);
    // A person looked at the late edits and keeps the case closed: the closure, written again,
    // has seen them.
    Status confirmClosed(const QUuid &caseId);

    // Every version of the case's rows (the case row itself aside) that the closing site did
    // not hold when it closed; empty for an open case.
    static QList<LateEdit> lateEdits(const RecordStore &store, const QUuid &caseId);
    // The closed cases that have late edits; only one worker's cases when a worker is named.
    static QList<QUuid> editedAfterClosure(const RecordStore &store,
                                           const QString &worker = QString());

    // What a site held of a case: the highest sequence number per origin incarnation.
    using Seen = QMap<QUuid, qint64>;
    static Seen seenNow(const RecordStore &store, const QUuid &caseId);
    static QString encodeSeen(const Seen &seen);
    static Seen decodeSeen(const QString &text);

private:
    Status checkCase(const QUuid &caseId, QString *status) const;
    Status writeClosure(const QUuid &caseId, const QString &status, const QString &reason,
                        const QString &outcome, const QString &notes, const QDate &date);

    RecordStore &m_store;
};

} // namespace casedesk
