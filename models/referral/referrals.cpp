#include "referrals.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "consent.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "recordstore.h"
#include "syncscope.h"

namespace casedesk {

namespace {

using S = ReferralStatus;

const QList<S> &allStatuses()
{
    static const QList<S> list
        = { S::Sent, S::Received, S::Attended, S::Completed, S::Declined, S::Expired };
    return list;
}

QDate dateOf(const QCborMap &row, const char *field)
{
    return QDate::fromString(row.value(QLatin1String(field)).toString(), Qt::ISODate);
}

Referral fromRow(const QUuid &id, const QCborMap &row)
{
    Referral r;
    r.id = id;
    r.caseId = row.value(QStringLiteral("case_id")).toUuid();
    r.agencyId = row.value(QStringLiteral("agency_id")).toUuid();
    r.agencyName = row.value(QStringLiteral("agency_name")).toString();
    r.siteId = row.value(QStringLiteral("site_id")).toUuid();
    r.reason = row.value(QStringLiteral("reason")).toString();
    r.documents = row.value(QStringLiteral("documents")).toString();
    r.sentDate = dateOf(row, "sent_date");
    r.deadline = dateOf(row, "deadline");
    referralStatusFromKey(row.value(QStringLiteral("status")).toString(), &r.status);
    r.statusDate = dateOf(row, "status_date");
    r.statusReason = row.value(QStringLiteral("status_reason")).toString();
    r.feedback = row.value(QStringLiteral("feedback")).toString();
    return r;
}

} // namespace

QString referralStatusKey(ReferralStatus status)
{
    switch (status) {
    case S::Sent:
        return QStringLiteral("sent");
    case S::Received:
        return QStringLiteral("received");
    case S::Attended:
        return QStringLiteral("attended");
    case S::Completed:
        return QStringLiteral("completed");
    case S::Declined:
        return QStringLiteral("declined");
    case S::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

bool referralStatusFromKey(const QString &key, ReferralStatus *status)
{
    for (S s : allStatuses())
        if (referralStatusKey(s) == key) {
            *status = s;
            return true;
        }
    return false;
}

QString referralStatusText(ReferralStatus status)
{
    switch (status) {
    case S::Sent:
        return Referrals::tr("sent");
    case S::Received:
        return Referrals::tr("received by the agency");
    case S::Attended:
        return Referrals::tr("client attended");
    case S::Completed:
        return Referrals::tr("completed");
    case S::Declined:
        return Referrals::tr("declined");
    case S::Expired:
        return Referrals::tr("expired");
    }
    return QString();
}

bool Referrals::allows(ReferralStatus from, ReferralStatus to)
{
    switch (from) {
    case S::Sent:
        return to == S::Received || to == S::Attended || to == S::Declined || to == S::Expired;
    case S::Received:
        return to == S::Attended || to == S::Declined || to == S::Expired;
    case S::Attended:
        return to == S::Completed;
    case S::Completed:
    case S::Declined:
    case S::Expired:
        return false;
    }
    return false;
}

bool Referrals::isPastDeadline(const Referral &r, const QDate &today)
{
    return (r.status == S::Sent || r.status == S::Received) && r.deadline.isValid()
        && r.deadline < today;
}

bool Referrals::isWaitingForFeedback(const Referral &r)
{
    return r.status == S::Attended;
}

Result<QUuid> Referrals::addAgency(RecordStore &store, const Agency &agency)
{
    if (Status s = Access::require(store, Operation::ManageReferenceData); !s)
        return s;
    if (store.site().kind != QLatin1String("hub"))
        return Status::error(tr("Only the central desk keeps the list of partner agencies; it "
                                "reaches offices in the next package."));
    if (agency.name.trimmed().isEmpty())
        return Status::error(tr("Give the agency's name."));
    QCborMap fields { { QStringLiteral("name"), agency.name.trimmed() },
                      { QStringLiteral("kind"), textOrNull(agency.kind) } };
    if (!agency.siteId.isNull())
        fields.insert(QStringLiteral("site_id"), QCborValue(agency.siteId));
    return store.create(QStringLiteral("agency"), QUuid(), fields);
}

QList<Agency> Referrals::agencies() const
{
    QList<Agency> list;
    Statement st = m_store.db().statement(
        "SELECT id, name, kind, site_id FROM agencies WHERE deleted=0 ORDER BY name");
    while (st.step() == Statement::Step::Row)
        list.append({ st.uuid(0), st.text(1), st.text(2), st.uuid(3) });
    st.reset();
    for (const auto &[site, name] : SyncScope::otherSites(m_store)) {
        bool listed = false;
        for (const Agency &a : std::as_const(list))
            listed = listed || a.siteId == site;
        if (!listed)
            list.append({ site, name, QStringLiteral("site"), site });
    }
    return list;
}

Result<QUuid> Referrals::send(const Referral &referral, const QString &overrideReason)
{
    const QUuid caseId = referral.caseId;
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(caseId); !s)
        return s;
    if (referral.agencyId.isNull() || referral.agencyName.trimmed().isEmpty())
        return Status::error(tr("Choose the agency the client is referred to."));
    if (referral.reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason for the referral."));
    const QDate sent = referral.sentDate.isValid() ? referral.sentDate : QDate::currentDate();
    if (sent > QDate::currentDate())
        return Status::error(tr("A referral cannot be sent on a day still to come."));
    if (!referral.deadline.isValid() || referral.deadline < sent)
        return Status::error(tr("Give the day by which the client must present themselves, on "
                                "or after the day the referral is sent."));
    WriteBatch batch(m_store);
    // To another CaseDesk site the case travels with the referral; sharing asks the consent
    // (and records an override) itself.
    const CaseScopeInfo scope = SyncScope::caseScope(m_store, caseId);
    const bool siteHasCase = !referral.siteId.isNull()
        && (scope.owner == referral.siteId || scope.sharedWith.contains(referral.siteId));
    if (!referral.siteId.isNull()) {
        // A site that has the case already (it owns it, or an earlier referral shared it) needs
        // no new share.
        if (!siteHasCase)
            if (Status s = SyncScope::share(m_store, caseId, referral.siteId, overrideReason); !s)
                return s;
    } else if (Status s = Consent::allows(m_store, caseId, Consent::Action::Referral,
                                          referral.agencyId, referral.agencyName, overrideReason);
               !s) {
        return s;
    }
    QCborMap fields {
        { QStringLiteral("case_id"), QCborValue(caseId) },
        { QStringLiteral("agency_id"), QCborValue(referral.agencyId) },
        { QStringLiteral("agency_name"), referral.agencyName.trimmed() },
        { QStringLiteral("reason"), referral.reason.trimmed() },
        { QStringLiteral("documents"), textOrNull(referral.documents) },
        { QStringLiteral("sent_date"), dateOrNull(sent) },
        { QStringLiteral("deadline"), dateOrNull(referral.deadline) },
        { QStringLiteral("status"), referralStatusKey(S::Sent) },
        { QStringLiteral("status_date"), dateOrNull(sent) },
    };
    if (!referral.siteId.isNull())
        fields.insert(QStringLiteral("site_id"), QCborValue(referral.siteId));
    Result<QUuid> id = m_store.create(QStringLiteral("referral"), caseId, fields);
    if (!id)
        return id;
    if (Status s = batch.commit(); !s)
        return s;
    return id;
}

Status Referrals::setStatus(const QUuid &referralId, ReferralStatus status, const QDate &date,
                            const QString &text)
{
    Result<Referral> current = load(referralId);
    if (!current)
        return current.status();
    if (Status s = CaseAccess::checkWrite(m_store, current->caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(current->caseId); !s)
        return s;
    if (!allows(current->status, status))
        return Status::error(
            tr("A referral that is %1 cannot become %2.")
                .arg(referralStatusText(current->status), referralStatusText(status)));
    if (!date.isValid() || date > QDate::currentDate() || date < current->sentDate)
        return Status::error(tr("The date must be between the day the referral was sent and "
                                "today."));
    const bool needsReason = status == S::Declined || status == S::Expired;
    if ((needsReason || status == S::Completed) && text.trimmed().isEmpty())
        return Status::error(status == S::Completed
                                 ? tr("Write the agency's feedback to complete the referral.")
                                 : tr("Give the reason."));
    QCborMap fields { { QStringLiteral("status"), referralStatusKey(status) },
                      { QStringLiteral("status_date"), dateOrNull(date) },
                      { QStringLiteral("status_reason"),
                        needsReason ? textOrNull(text) : QCborValue(QCborValue::Null) } };
    if (status == S::Completed)
        fields.insert(QStringLiteral("feedback"), textOrNull(text));
    return m_store.update(QStringLiteral("referral"), referralId, fields);
}

Result<Referral> Referrals::load(const QUuid &referralId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("referral"), referralId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The referral does not exist."));
    const Referral r = fromRow(referralId, row);
    Result<CaseAccess::Level> level = CaseAccess::readLevel(m_store, r.caseId);
    if (!level)
        return level.status();
    if (level.value() != CaseAccess::Level::Details)
        return Status::error(CaseAccess::restrictedMessage());
    return r;
}

QList<Referral> Referrals::forCase(const QUuid &caseId) const
{
    QList<Referral> list;
    QList<QUuid> ids;
    Statement st = m_store.db().statement(
        "SELECT id FROM referrals WHERE case_id=? AND deleted=0 ORDER BY sent_date DESC, rid DESC");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        ids << st.uuid(0);
    st.reset();
    for (const QUuid &id : std::as_const(ids))
        if (Result<Referral> r = load(id))
            list << r.value();
    return list;
}

} // namespace casedesk
