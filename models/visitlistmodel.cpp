#include "visitlistmodel.h"

#include "planvocabulary.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QColor>
#include <QLocale>

namespace casedesk {

VisitListModel::VisitListModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &VisitListModel::onStoreChanged);
    // Who is signed in decides what may be read (a sensitive case shows nothing).
    connect(&store, &RecordStore::sessionChanged, this, &VisitListModel::reload);
}

void VisitListModel::setCaseId(const QUuid &caseId)
{
    m_caseId = caseId;
    reload();
}

void VisitListModel::reload()
{
    beginResetModel();
    m_items = m_caseId.isNull() ? QList<Visit>() : Visits(m_store).forCase(m_caseId);
    endResetModel();
}

void VisitListModel::onStoreChanged(const ChangeSet &changes)
{
    if (m_caseId.isNull())
        return;
    if (changes.everything
        || (changes.entities.contains(QStringLiteral("visit"))
            && changes.scopeRoots.contains(m_caseId)))
        reload();
}

int VisitListModel::rowOf(const QUuid &visitId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == visitId)
            return row;
    return -1;
}

QString VisitListModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Purpose:
        return tr("Purpose");
    case Repeat:
        return tr("Repeats");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    }
    return QString();
}

bool VisitListModel::isNotRecorded(const Visit &visit, const QDate &today)
{
    return visit.status == VisitStatus::Scheduled && visit.date.isValid() && visit.date < today;
}

QString VisitListModel::statusText(const Visit &visit)
{
    const QString status
        = Vocabulary::label(PlanVocabulary::visitStatuses(), visitStatusKey(visit.status));
    if (visit.status == VisitStatus::Scheduled || !visit.statusDate.isValid())
        return status;
    //: a visit's status and the day it was reached: "Held, 12.05.2026"
    return tr("%1, %2").arg(status, displayDate(visit.statusDate));
}

QString VisitListModel::repeatText(int months)
{
    if (months <= 0)
        return QString();
    return tr("every %n month(s)", nullptr, months);
}

QVariant VisitListModel::displayText(const Visit &v, int column) const
{
    switch (column) {
    case Date:
        return displayDate(v.date);
    case Time:
        return v.time.isValid() ? QLocale().toString(v.time, QStringLiteral("HH:mm")) : QString();
    case Kind:
        return Vocabulary::label(PlanVocabulary::visitKinds(), v.kind);
    case Purpose:
        return v.purpose.simplified();
    case Repeat:
        return repeatText(v.repeatMonths);
    case Status:
        if (isNotRecorded(v, QDate::currentDate()))
            //: a scheduled visit whose day has passed
            return tr("Scheduled — not marked held or missed");
        return statusText(v);
    case Note:
        return v.note.simplified();
    }
    return QVariant();
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const Visit &v = m_items.at(index.row());
    const bool notRecorded = isNotRecorded(v, QDate::currentDate());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(v, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Purpose && !v.purpose.isEmpty())
            return v.purpose;
        if (index.column() == Note && !v.note.isEmpty())
            return v.note;
        if (index.column() == Status && notRecorded)
            return tr("The day of this visit has passed: mark it held or missed.");
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && notRecorded)
            return QColor(0xb0, 0x00, 0x20);
        if (v.status == VisitStatus::Cancelled || v.status == VisitStatus::Missed)
            return QColor(0x5f, 0x63, 0x68);
        return QVariant();
    case int(Role::VisitId):
        return v.id;
    case int(Role::StatusKey):
        return visitStatusKey(v.status);
    case int(Role::KindKey):
        return v.kind;
    case int(Role::NotRecorded):
        return notRecorded;
    }
    return QVariant();
}

} // namespace casedesk
