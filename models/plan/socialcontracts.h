#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// What follows when the client did not keep the contract in a month.
enum class Consequence { None, Warning, Reduction, Suspension };
QString consequenceKey(Consequence consequence);
bool consequenceFromKey(const QString &key, Consequence *consequence);
QString consequenceText(Consequence consequence);

struct Obligation
{
    QUuid id;
    QString side; // "client" or "agency"
    QString text;
};

struct Assistance
{
    QUuid id;
    QString kind; // cash benefit, training stipend, in-kind help…
    qint64 monthlyAmount = 0; // minor units
    QString conditions; // what the client must do for it
};

// One month of the contract: whether the client kept their obligations, and what followed.
struct ComplianceMonth
{
    QUuid id;
    QDate month; // the first day of the month
    bool kept = true;
    QString note;
    Consequence consequence = Consequence::None;
    QString reason;
};

// The social contract variant of a plan: the obligations of each side, the assistance that
// depends on them, and the monthly record of compliance with its consequences.
class SocialContracts
{
    Q_DECLARE_TR_FUNCTIONS(SocialContracts)

public:
    explicit SocialContracts(RecordStore &store) : m_store(store) { }

    // The documented escalation: the first month not kept in a row gives a warning, the second
    // a reduction, the third and later a suspension. A kept month starts the count again.
    static Consequence suggested(const QList<ComplianceMonth> &earlier, const QDate &month);
    // The assistance paid for a month: nothing when suspended, half when reduced.
    static qint64 payable(qint64 monthlyAmount, Consequence consequence);

    Result<QUuid> addObligation(const QUuid &planId, const QString &side, const QString &text);
    Result<QUuid> addAssistance(const QUuid &planId, const Assistance &assistance);
    // One record per month: the row id derives from the plan and month, so two sites recording
    // the same month meet in one row (a conflict when they disagree) instead of two.
    Result<QUuid> recordMonth(const QUuid &planId, const ComplianceMonth &month);

    QList<Obligation> obligations(const QUuid &planId) const;
    QList<Assistance> assistance(const QUuid &planId) const;
    // Oldest first.
    QList<ComplianceMonth> compliance(const QUuid &planId) const;

    static QUuid monthRowId(const QUuid &planId, const QDate &month);

private:
    Status checkContract(const QUuid &planId, QUuid *caseId, QDate *start, QDate *end) const;

    RecordStore &m_store;
};

} // namespace casedesk
