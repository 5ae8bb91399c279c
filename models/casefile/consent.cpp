#include "consent.h"

#include "permissions.h"
#include "recordstore.h"

namespace casedesk {

QList<QUuid> Consent::parseSites(const QString &text)
{
    QList<QUuid> sites;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QUuid id = QUuid::fromString(line.trimmed());
        if (!id.isNull() && !sites.contains(id))
            sites.append(id);
    }
    return sites;
}

QString Consent::joinSites(const QList<QUuid> &sites)
{
    QStringList lines;
    for (const QUuid &id : sites)
        if (!id.isNull())
            lines << id.toString(QUuid::WithoutBraces);
    // A stable order, so ticking the same sites again writes nothing.
    lines.sort();
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

bool Consent::covers(const RecordStore &store, const QUuid &caseId, const QUuid &target)
{
    const QCborMap row = store.row(QStringLiteral("case"), caseId);
    if (!row.value(QStringLiteral("consent_given")).toBool())
        return false;
    return parseSites(row.value(QStringLiteral("consent_sites")).toString()).contains(target);
}

Status Consent::allows(RecordStore &store, const QUuid &caseId, Action action, const QUuid &target,
                       const QString &targetName, const QString &overrideReason)
{
    if (covers(store, caseId, target))
        return Status::ok();
    if (overrideReason.trimmed().isEmpty())
        return Status::error(
            action == Action::Share
                ? tr("The client's consent does not cover sharing with %1.").arg(targetName)
                : tr("The client's consent does not cover a referral to %1.").arg(targetName));
    if (Status s = Access::require(store, Operation::OverrideConsent); !s)
        return s;
    return writeOverride(store, caseId, action, target, overrideReason.trimmed());
}

Status Consent::writeOverride(RecordStore &store, const QUuid &caseId, Action action,
                              const QUuid &target, const QString &reason)
{
    const auto session = Access::current(store);
    const bool local = !session || session->isLocal();
    const QCborMap fields {
        { QStringLiteral("case_id"), QCborValue(caseId) },
        { QStringLiteral("action"),
          action == Action::Share ? QStringLiteral("share") : QStringLiteral("referral") },
        { QStringLiteral("target"), target.toString(QUuid::WithoutBraces) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("user_id"),
          local ? QCborValue(QCborValue::Null) : QCborValue(session->user().id) },
        { QStringLiteral("user_name"), local ? store.author() : session->user().name },
        { QStringLiteral("made_at"),
          QDateTime::fromMSecsSinceEpoch(store.currentMs(), Qt::UTC).toString(Qt::ISODate) },
    };
    const auto created = store.create(QStringLiteral("consent_override"), caseId, fields);
    return created ? Status::ok() : created.status();
}

QList<ConsentOverride> Consent::overrides(const RecordStore &store, const QUuid &caseId)
{
    QList<ConsentOverride> list;
    Statement st = store.db().statement(
        "SELECT id, action, target, reason, user_id, user_name, made_at FROM consent_overrides "
        "WHERE case_id=? AND deleted=0 ORDER BY made_at, rid");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        list.append({ st.uuid(0), st.text(1), st.text(2), st.text(3), st.uuid(4), st.text(5),
                      QDateTime::fromString(st.text(6), Qt::ISODate) });
    return list;
}

} // namespace casedesk
