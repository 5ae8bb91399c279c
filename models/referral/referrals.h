#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// Where a referral stands: sent, received by the agency, the client attended, completed with the
// agency's feedback; or declined, or expired because the client did not present in time.
enum class ReferralStatus { Sent, Received, Attended, Completed, Declined, Expired };
QString referralStatusKey(ReferralStatus status);
bool referralStatusFromKey(const QString &key, ReferralStatus *status);
QString referralStatusText(ReferralStatus status);

// An agency a client can be referred to: a partner from the central desk's list, or another
// CaseDesk site (then the referral shares the case with it, so the case travels there).
struct Agency
{
    QUuid id;
    QString name;
    QString kind; // social_work_centre, employment_centre, ngo, health, education, municipality
    QUuid siteId; // the CaseDesk site, when the agency is one
};

struct Referral
{
    QUuid id;
    QUuid caseId;
    QUuid agencyId;
    QString agencyName;
    QUuid siteId;
    QString reason;
    QString documents; // what was sent along
    QDate sentDate;
    QDate deadline; // by when the client must present themselves
    ReferralStatus status = ReferralStatus::Sent;
    QDate statusDate;
    QString statusReason; // declined or expired
    QString feedback; // the receiving agency's report
};

// Referrals of a case to other agencies, within the consent the client gave, followed until the
// receiving agency reports back.
class Referrals
{
    Q_DECLARE_TR_FUNCTIONS(Referrals)

public:
    explicit Referrals(RecordStore &store) : m_store(store) { }

    static bool allows(ReferralStatus from, ReferralStatus to);
    // Not yet attended, and the day to present has passed.
    static bool isPastDeadline(const Referral &referral, const QDate &today);
    // The client attended and the agency has not reported back.
    static bool isWaitingForFeedback(const Referral &referral);

    // The central desk keeps the list of partner agencies; refused at an office.
    static Result<QUuid> addAgency(RecordStore &store, const Agency &agency);
    // The partner agencies and every other CaseDesk site.
    QList<Agency> agencies() const;

    // Sends a referral. Outside the client's consent it needs a supervisor's reason, which is
    // recorded; to a CaseDesk site it also shares the case with that site.
    Result<QUuid> send(const Referral &referral, const QString &overrideReason = QString());
    // Moves it along its lifecycle: a reason for declined and expired, feedback to complete.
    Status setStatus(const QUuid &referralId, ReferralStatus status, const QDate &date,
                     const QString &text);

    Result<Referral> load(const QUuid &referralId) const;
    QList<Referral> forCase(const QUuid &caseId) const;

private:
    RecordStore &m_store;
};

} // namespace casedesk
