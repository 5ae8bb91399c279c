#pragma once

#include "result.h"
#include "sitekeys.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace casedesk {

class RecordStore;

// When an office has lost every administrator, nobody there can open its keys. The central
// desk signs a re-enrolment permit for that office; with it the office makes new key pairs and
// a new administrator, and the central desk accepts the new identity after the fingerprint is
// read out by phone. The case data never leaves the office; only the keys are replaced.
class Reenrolment
{
    Q_DECLARE_TR_FUNCTIONS(Reenrolment)

public:
    static constexpr qint64 PermitValidMs = 7LL * 24 * 3600 * 1000;

    // At the central desk: a signed permit naming the office and its new administrator.
    static Result<QByteArray> issuePermit(RecordStore &hub, const QUuid &office,
                                          const QString &login, const QString &name);
    // At the office: checks the permit against the central desk's key, replaces the site keys
    // and makes (or restores) the administrator with the password; returns the new identity.
    static Result<SiteIdentityCard> apply(RecordStore &office, const QByteArray &permit,
                                          const QString &password);
    // At the central desk: the office's new identity replaces its old keys.
    static Status acceptNewKeys(RecordStore &hub, const SiteIdentityCard &card);
};

} // namespace casedesk
