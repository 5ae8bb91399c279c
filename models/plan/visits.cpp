#include "visits.h"

#include "caseaccess.h"
#include "casefiles.h"
#include "fieldvalue.h"
#include "permissions.h"
#include "planvocabulary.h"
#include "recordstore.h"

namespace casedesk {

namespace {

const VisitStatus allStatuses[]
    = { VisitStatus::Scheduled, VisitStatus::Held, VisitStatus::Missed, VisitStatus::Cancelled };

Visit visitFrom(const QUuid &id, const QCborMap &row)
{
    const auto text = [&](const char *field) {
        return row.value(QLatin1String(field)).toString();
    };
    Visit v;
    v.id = id;
    v.caseId = row.value(QStringLiteral("case_id")).toUuid();
    v.date = QDate::fromString(text("visit_date"), Qt::ISODate);
    v.time = QTime::fromString(text("visit_time"), QStringLiteral("HH:mm"));
    v.kind = text("visit_kind");
    v.purpose = text("purpose");
    v.repeatMonths = int(row.value(QStringLiteral("repeat_months")).toInteger());
    visitStatusFromKey(text("status"), &v.status);
    v.statusDate = QDate::fromString(text("status_date"), Qt::ISODate);
    v.interactionId = row.value(QStringLiteral("interaction_id")).toUuid();
    v.note = text("note");
    return v;
}

QCborValue timeOrNull(const QTime &time)
{
    return time.isValid() ? QCborValue(time.toString(QStringLiteral("HH:mm")))
                          : QCborValue(QCborValue::Null);
}

} // namespace

QString visitStatusKey(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Scheduled:
        return QStringLiteral("scheduled");
    case VisitStatus::Held:
        return QStringLiteral("held");
    case VisitStatus::Missed:
        return QStringLiteral("missed");
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool visitStatusFromKey(const QString &key, VisitStatus *status)
{
    for (VisitStatus s : allStatuses)
        if (visitStatusKey(s) == key) {
            *status = s;
            return true;
        }
    return false;
}

QString Visits::interactionKind(const QString &visitKind)
{
    if (visitKind == QLatin1String("home_visit") || visitKind == QLatin1String("phone"))
        return visitKind;
    return QStringLiteral("office_visit");
}

Result<QUuid> Visits::schedule(const Visit &visit)
{
    if (Status s = CaseAccess::checkWrite(m_store, visit.caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(visit.caseId); !s)
        return s;
    bool deleted = false;
    if (m_store.row(QStringLiteral("case"), visit.caseId, &deleted).isEmpty() || deleted)
        return Status::error(tr("The case file does not exist or was deleted."));
    if (!visit.date.isValid())
        return Status::error(tr("Give the date of the visit."));
    if (visit.date < QDate::currentDate())
        return Status::error(tr("A visit is scheduled for today or a later day."));
    if (!Vocabulary::codes(PlanVocabulary::visitKinds()).contains(visit.kind))
        return Status::error(tr("Choose the kind of visit."));
    if (visit.repeatMonths < 0 || visit.repeatMonths > 24)
        return Status::error(tr("A re-registration repeats every 1 to 24 months."));
    return m_store.create(QStringLiteral("visit"), visit.caseId,
                          { { QStringLiteral("case_id"), QCborValue(visit.caseId) },
                            { QStringLiteral("visit_date"), dateOrNull(visit.date) },
                            { QStringLiteral("visit_time"), timeOrNull(visit.time) },
                            { QStringLiteral("visit_kind"), visit.kind },
                            { QStringLiteral("purpose"), textOrNull(visit.purpose) },
                            { QStringLiteral("repeat_months"), visit.repeatMonths },
                            { QStringLiteral("status"), QStringLiteral("scheduled") },
                            { QStringLiteral("status_date"), QCborValue(QCborValue::Null) },
                            { QStringLiteral("interaction_id"), QCborValue(QCborValue::Null) },
                            { QStringLiteral("note"), QCborValue(QCborValue::Null) } });
}

Result<Visit> Visits::load(const QUuid &visitId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("visit"), visitId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The visit does not exist."));
    Visit visit = visitFrom(visitId, row);
    const auto level = CaseAccess::readLevel(m_store, visit.caseId);
    if (!level)
        return level.status();
    if (level.value() != CaseAccess::Level::Details)
        return Status::error(CaseAccess::restrictedMessage());
    return visit;
}

Result<Visit> Visits::loadScheduled(const QUuid &visitId) const
{
    Result<Visit> visit = load(visitId);
    if (!visit)
        return visit;
    if (Status s = CaseAccess::checkWrite(m_store, visit->caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(visit->caseId); !s)
        return s;
    if (visit->status != VisitStatus::Scheduled)
        return Status::error(tr("The visit is no longer scheduled: it was marked %1.")
                                 .arg(Vocabulary::label(PlanVocabulary::visitStatuses(),
                                                        visitStatusKey(visit->status))
                                          .toLower()));
    return visit;
}

Status Visits::writeState(const Visit &visit, VisitStatus status, const QDate &date,
                          const QUuid &interaction, const QString &note)
{
    return m_store.update(
        QStringLiteral("visit"), visit.id,
        { { QStringLiteral("status"), visitStatusKey(status) },
          { QStringLiteral("status_date"), dateOrNull(date) },
          { QStringLiteral("interaction_id"),
            interaction.isNull() ? QCborValue(QCborValue::Null) : QCborValue(interaction) },
          { QStringLiteral("note"), textOrNull(note) } });
}

Status Visits::reschedule(const QUuid &visitId, const QDate &date, const QTime &time)
{
    const Result<Visit> visit = loadScheduled(visitId);
    if (!visit)
        return visit.status();
    if (!date.isValid() || date < QDate::currentDate())
        return Status::error(tr("A visit is scheduled for today or a later day."));
    return m_store.update(QStringLiteral("visit"), visitId,
                          { { QStringLiteral("visit_date"), dateOrNull(date) },
                            { QStringLiteral("visit_time"), timeOrNull(time) },
                            { QStringLiteral("visit_kind"), visit->kind },
                            { QStringLiteral("purpose"), textOrNull(visit->purpose) },
                            { QStringLiteral("repeat_months"), visit->repeatMonths } });
}

Result<QUuid> Visits::markHeld(const QUuid &visitId, const QDateTime &when, const QString &note)
{
    const Result<Visit> visit = loadScheduled(visitId);
    if (!visit)
        return visit.status();
    if (!when.isValid())
        return Status::error(tr("Give the date and time the visit took place."));
    WriteBatch batch(m_store);
    if (!batch.status())
        return batch.status();
    Interaction interaction;
    interaction.occurredAt = when;
    interaction.kind = interactionKind(visit->kind);
    interaction.worker = Access::personName(m_store);
    const QString purpose = visit->purpose.isEmpty() ? QString() : visit->purpose + u'\n';
    interaction.note = QString(purpose + note.trimmed()).trimmed();
    const Result<QUuid> recorded = CaseFiles(m_store).recordInteraction(visit->caseId, interaction);
    if (!recorded)
        return recorded.status();
    if (Status s = writeState(*visit, VisitStatus::Held, when.date(), recorded.value(), note); !s)
        return s;
    if (visit->repeatMonths > 0) {
        Visit next = *visit;
        next.id = QUuid();
        next.date = visit->date.addMonths(visit->repeatMonths);
        // A re-registration held very late still gets a next date that is not in the past.
        while (next.date < QDate::currentDate())
            next.date = next.date.addMonths(visit->repeatMonths);
        if (Result<QUuid> created = schedule(next); !created)
            return created.status();
    }
    if (Status s = batch.commit(); !s)
        return s;
    return recorded.value();
}

Status Visits::markMissed(const QUuid &visitId, const QString &note)
{
    const Result<Visit> visit = loadScheduled(visitId);
    if (!visit)
        return visit.status();
    if (visit->date > QDate::currentDate())
        return Status::error(tr("A visit still to come cannot be missed yet."));
    return writeState(*visit, VisitStatus::Missed, QDate::currentDate(), QUuid(), note);
}

Status Visits::cancel(const QUuid &visitId, const QString &reason)
{
    const Result<Visit> visit = loadScheduled(visitId);
    if (!visit)
        return visit.status();
    if (reason.trimmed().isEmpty())
        return Status::error(tr("Give the reason the visit is cancelled."));
    return writeState(*visit, VisitStatus::Cancelled, QDate::currentDate(), QUuid(), reason);
}

QList<Visit> Visits::forCase(const QUuid &caseId) const
{
    const auto level = CaseAccess::readLevel(m_store, caseId);
    if (!level || level.value() != CaseAccess::Level::Details)
        return {};
    QList<QUuid> ids;
    Statement st = m_store.db().statement(
        "SELECT id FROM visits WHERE case_id=? AND deleted=0 ORDER BY visit_date, visit_time, rid");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        ids.append(st.uuid(0));
    st.reset();
    QList<Visit> visits;
    for (const QUuid &id : std::as_const(ids))
        visits.append(visitFrom(id, m_store.row(QStringLiteral("visit"), id)));
    return visits;
}

QList<AgendaEntry> Visits::agenda(const QDate &from, const QDate &to, const QString &worker) const
{
    const CaseVisibility visibility(m_store);
    QString sql = QStringLiteral(
        "SELECT v.id, v.case_id, v.visit_date, v.visit_time, v.visit_kind, v.purpose, "
        "v.repeat_months, c.case_number, c.assigned_worker, %1, p.family_name, p.given_name, "
        "p.patronymic FROM visits v JOIN cases c ON c.id=v.case_id AND c.deleted=0 "
        "LEFT JOIN persons p ON p.id=c.client_id "
        "WHERE v.deleted=0 AND v.status='scheduled' AND v.visit_date BETWEEN ?1 AND ?2 "
        "AND c.status='open' AND %2 ");
    sql = sql.arg(QLatin1String(CaseVisibility::detailCondition()),
                  QLatin1String(CaseVisibility::listCondition()));
    if (!worker.isEmpty())
        sql += QStringLiteral("AND c.assigned_worker=?3 ");
    sql += QStringLiteral("ORDER BY v.visit_date, v.visit_time, c.case_number");
    Statement st = m_store.db().prepare(sql);
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    if (!worker.isEmpty())
        st.bind(3, worker);
    visibility.bind(st);
    QList<AgendaEntry> entries;
    while (st.step() == Statement::Step::Row) {
        AgendaEntry e;
        e.visit.id = st.uuid(0);
        e.visit.caseId = st.uuid(1);
        e.visit.date = QDate::fromString(st.text(2), Qt::ISODate);
        e.visit.time = QTime::fromString(st.text(3), QStringLiteral("HH:mm"));
        e.visit.kind = st.text(4);
        e.caseNumber = st.text(7);
        e.restricted = st.int64(9) == 0;
        if (!e.restricted) {
            e.visit.purpose = st.text(5);
            e.visit.repeatMonths = int(st.int64(6));
            e.worker = st.text(8);
            e.clientName
                = QStringList { st.text(10), st.text(11), st.text(12) }.join(u' ').simplified();
        }
        entries.append(e);
    }
    return entries;
}

} // namespace casedesk
