#include "caseclosure.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "recordstore.h"

#include <QHash>
#include <QSet>

namespace casedesk {

namespace {

bool isClosedStatus(const QString &status)
{
    return status == QLatin1String("closed") || status == QLatin1String("closure_requested");
}

} // namespace

Status CaseClosure::checkCase(const QUuid &caseId, QString *status) const
{
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkHeldHere(caseId); !s)
        return s;
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("case"), caseId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The case file does not exist or was deleted."));
    *status = row.value(QStringLiteral("status")).toString();
    return Status::ok();
}

Status CaseClosure::writeClosure(const QUuid &caseId, const QString &status, const QString &reason,
                                 const QString &outcome, const QString &notes, const QDate &date)
{
    const bool closed = status == QLatin1String("closed");
    return m_store.update(
        QStringLiteral("case"), caseId,
        { { QStringLiteral("status"), status },
          { QStringLiteral("closed_date"), dateOrNull(date) },
          { QStringLiteral("closure_reason"), textOrNull(reason) },
          { QStringLiteral("outcome"), textOrNull(outcome) },
          { QStringLiteral("closing_notes"), textOrNull(notes) },
          { QStringLiteral("closed_by"),
            closed ? textOrNull(Access::personName(m_store)) : QCborValue(QCborValue::Null) },
          { QStringLiteral("closure_seen"), encodeSeen(seenNow(m_store, caseId)) },
          { QStringLiteral("reopened_date"), QCborValue(QCborValue::Null) },
          { QStringLiteral("reopen_reason"), QCborValue(QCborValue::Null) } });
}

Status CaseClosure::close(const QUuid &caseId, const QString &reason, const QString &outcome,
                          const QString &notes, const QDate &date)
{
    QString status;
    if (Status s = checkCase(caseId, &status); !s)
        return s;
    if (status == QLatin1String("closed"))
        return Status::error(tr("The case is already closed."));
    if (status == QLatin1String("closure_requested"))
        return Status::error(tr("The case's closure is already waiting for a supervisor's "
                                "sign-off."));
    if (!Vocabulary::codes(PlanVocabulary::closureReasons()).contains(reason))
        return Status::error(tr("Choose the reason for closing the case."));
    if (!Vocabulary::codes(PlanVocabulary::closureOutcomes()).contains(outcome))
        return Status::error(tr("Choose the outcome of the case."));
    if (reason == QLatin1String("other") && notes.trimmed().isEmpty())
        return Status::error(tr("Say in the closing notes why the case is closed."));
    if (!date.isValid())
        return Status::error(tr("Give the date the case is closed."));
    if (date > QDate::currentDate())
        return Status::error(tr("A case cannot be closed on a day still to come."));
    const QCborMap row = m_store.row(QStringLiteral("case"), caseId);
    const QDate opened
        = QDate::fromString(row.value(QStringLiteral("opened_date")).toString(), Qt::ISODate);
    if (opened.isValid() && date < opened)
        return Status::error(
            tr("The case cannot be closed before it was opened (%1).").arg(displayDate(opened)));
    // A case worker's closure waits for a supervisor; a supervisor's is signed off as it is made.
    const bool signs = Access::require(m_store, Operation::SignOff).isOk();
    return writeClosure(caseId,
                        signs ? QStringLiteral("closed") : QStringLiteral("closure_requested"),
                        reason, outcome, notes, date);
}

Status CaseClosure::signOff(const QUuid &caseId)
{
    if (Status s = Access::require(m_store, Operation::SignOff); !s)
        return s;
    QString status;
    if (Status s = checkCase(caseId, &status); !s)
        return s;
    if (status != QLatin1String("closure_requested"))
        return Status::error(tr("There is no closure of this case waiting for sign-off."));
    const QCborMap row = m_store.row(QStringLiteral("case"), caseId);
    const auto text = [&](const char *field) {
        return row.value(QLatin1String(field)).toString();
    };
    return writeClosure(caseId, QStringLiteral("closed"), text("closure_reason"), text("outcome"),
                        text("closing_notes"), QDate::fromString(text("closed_date"), Qt::ISODate));
}

Status CaseClosure::reopen(const QUuid &caseId, const QString &reason, const QDate &date)
{
    QString status;
    if (Status s = checkCase(caseId, &status); !s)
        return s;
    if (!isClosedStatus(status))
        return Status::error(tr("The case is open."));
    if (reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason for reopening the case."));
    if (!date.isValid() || date > QDate::currentDate())
        return Status::error(tr("Give the date the case is reopened: today or a day before."));
    const QCborMap row = m_store.row(QStringLiteral("case"), caseId);
    const QDate closed
        = QDate::fromString(row.value(QStringLiteral("closed_date")).toString(), Qt::ISODate);
    if (closed.isValid() && date < closed)
        return Status::error(
            tr("The case cannot be reopened before it was closed (%1).").arg(displayDate(closed)));
    // The last closure stays on the case, so a reopened case says when and why it was closed.
    return m_store.update(QStringLiteral("case"), caseId,
                          { { QStringLiteral("status"), QStringLiteral("open") },
                            { QStringLiteral("closure_seen"), QCborValue(QCborValue::Null) },
                            { QStringLiteral("reopened_date"), dateOrNull(date) },
                            { QStringLiteral("reopen_reason"), textOrNull(reason) } });
}

Status CaseClosure::confirmClosed(const QUuid &caseId)
{
    if (Status s = Access::require(m_store, Operation::ResolveConflicts); !s)
        return s;
    QString status;
    if (Status s = checkCase(caseId, &status); !s)
        return s;
    if (!isClosedStatus(status))
        return Status::error(tr("The case is open."));
    return m_store.update(
        QStringLiteral("case"), caseId,
        { { QStringLiteral("closure_seen"), encodeSeen(seenNow(m_store, caseId)) } });
}

CaseClosure::Seen CaseClosure::seenNow(const RecordStore &store, const QUuid &caseId)
{
    Seen seen;
    Statement st
        = store.db().statement("SELECT origin, max(seq) FROM version WHERE scope_root=? "
                               "AND entity NOT IN ('case', 'case_access') GROUP BY origin");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        seen.insert(store.incarnationOf(st.int64(0)), st.int64(1));
    return seen;
}

QString CaseClosure::encodeSeen(const Seen &seen)
{
    QStringList lines;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        lines << it.key().toString(QUuid::WithoutBraces) + u' ' + QString::number(it.value());
    return lines.join(u'\n');
}

CaseClosure::Seen CaseClosure::decodeSeen(const QString &text)
{
    Seen seen;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(u' ');
        bool ok = false;
        const qint64 seq = parts.value(1).toLongLong(&ok);
        const QUuid inc = QUuid::fromString(parts.value(0));
        if (ok && !inc.isNull())
            seen.insert(inc, seq);
    }
    return seen;
}

QList<LateEdit> CaseClosure::lateEdits(const RecordStore &store, const QUuid &caseId)
{
    const QCborMap row = store.row(QStringLiteral("case"), caseId);
    if (!isClosedStatus(row.value(QStringLiteral("status")).toString()))
        return {};
    const Seen seen = decodeSeen(row.value(QStringLiteral("closure_seen")).toString());
    QList<LateEdit> edits;
    Statement st = store.db().statement(
        "SELECT origin, seq, wall, author, entity, row_id FROM version WHERE scope_root=? "
        "AND entity NOT IN ('case', 'case_access') ORDER BY wall, vid");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row) {
        const QUuid inc = store.incarnationOf(st.int64(0));
        if (st.int64(1) <= seen.value(inc, 0))
            continue;
        edits.append({ st.text(4), st.uuid(5), st.text(3), store.siteOfIncarnation(inc),
                       QDateTime::fromMSecsSinceEpoch(st.int64(2), Qt::UTC) });
    }
    return edits;
}

QList<QUuid> CaseClosure::editedAfterClosure(const RecordStore &store, const QString &worker)
{
    // The highest sequence number per origin among the rows of each closed case, against what
    // the closure recorded it had seen.
    Statement all = store.db().statement(
        "SELECT c.id, c.closure_seen, v.origin, max(v.seq) FROM cases c "
        "JOIN version v ON v.scope_root=c.id WHERE c.deleted=0 "
        "AND c.status IN ('closed', 'closure_requested') "
        "AND v.entity NOT IN ('case', 'case_access') GROUP BY c.id, v.origin");
    Statement mine = store.db().statement(
        "SELECT c.id, c.closure_seen, v.origin, max(v.seq) FROM cases c "
        "JOIN version v ON v.scope_root=c.id WHERE c.assigned_worker=? AND c.deleted=0 "
        "AND c.status IN ('closed', 'closure_requested') "
        "AND v.entity NOT IN ('case', 'case_access') GROUP BY c.id, v.origin");
    Statement &st = worker.isEmpty() ? all : mine;
    if (!worker.isEmpty())
        st.bind(1, worker);
    QHash<QUuid, Seen> seenOf;
    QSet<QUuid> found;
    QList<QUuid> cases;
    while (st.step() == Statement::Step::Row) {
        const QUuid caseId = st.uuid(0);
        if (found.contains(caseId))
            continue;
        auto it = seenOf.find(caseId);
        if (it == seenOf.end())
            it = seenOf.insert(caseId, decodeSeen(st.text(1)));
        if (st.int64(3) > it->value(store.incarnationOf(st.int64(2)), 0)) {
            found.insert(caseId);
            cases.append(caseId);
        }
    }
    return cases;
}

} // namespace casedesk
