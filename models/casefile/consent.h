#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace casedesk {

class RecordStore;

// A supervisor's decision to go beyond the client's consent, kept with the case.
struct ConsentOverride
{
    QUuid id;
    QString action; // "share" or "referral"
    QString target; // the site id shared with (later: the agency referred to)
    QString reason;
    QUuid userId;
    QString userName;
    QDateTime madeAt; // UTC
};

// The consent recorded at intake names the sites (later: agencies) a case may be shared with.
// Sharing and referrals ask allows() first, so the rule and its override live in one place.
class Consent
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    enum class Action { Share, Referral };

    // consent_sites holds one site id per line.
    static QList<QUuid> parseSites(const QString &text);
    static QString joinSites(const QList<QUuid> &sites);

    // Whether consent was given and names the target.
    static bool covers(const RecordStore &store, const QUuid &caseId, const QUuid &target);
    // Ok when the consent covers the target. Otherwise refused, unless an override reason is
    // given and the user may OverrideConsent: then the override is written (inside the
    // caller's batch, so it exists exactly when the share does).
    static Status allows(RecordStore &store, const QUuid &caseId, Action action,
                         const QUuid &target, const QString &targetName,
                         const QString &overrideReason = QString());
    static QList<ConsentOverride> overrides(const RecordStore &store, const QUuid &caseId);

private:
    static Status writeOverride(RecordStore &store, const QUuid &caseId, Action action,
                                const QUuid &target, const QString &reason);
};

} // namespace casedesk
