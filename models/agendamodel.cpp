#include "agendamodel.h"

#include "permissions.h"
#include "planvocabulary.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace casedesk {

AgendaModel::AgendaModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_pending(new QTimer(this)),
      m_dayCheck(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &AgendaModel::refresh);
    m_dayCheck->setInterval(60 * 1000);
    connect(m_dayCheck, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_from)
            refresh();
    });
    m_dayCheck->start();
    connect(&store, &RecordStore::changed, this, &AgendaModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &AgendaModel::refresh);
    refresh();
}

void AgendaModel::setDays(int days)
{
    m_days = std::max(1, days);
    refresh();
}

void AgendaModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("visit"))
        || changes.entities.contains(QStringLiteral("case"))
        || changes.entities.contains(QStringLiteral("person")))
        m_pending->start();
}

void AgendaModel::refresh()
{
    m_pending->stop();
    beginResetModel();
    m_from = QDate::currentDate();
    const QString worker = Access::personName(m_store);
    m_entries = worker.isEmpty()
        ? QList<AgendaEntry>()
        : Visits(m_store).agenda(m_from, m_from.addDays(m_days - 1), worker);
    endResetModel();
}

int AgendaModel::rowOf(const QUuid &visitId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).visit.id == visitId)
            return row;
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case CaseNumber:
        return tr("Case");
    case Client:
        return tr("Client");
    case Kind:
        return tr("Kind");
    case Purpose:
        return tr("Purpose");
    }
    return QVariant();
}

QVariant AgendaModel::displayText(const AgendaEntry &e, int column) const
{
    switch (column) {
    case Day:
        if (e.visit.date == m_from)
            //: the agenda's first day: "Today, 12.05.2026"
            return tr("Today, %1").arg(displayDate(e.visit.date));
        //: a day of the agenda: "Thursday, 14.05.2026"
        return tr("%1, %2").arg(QLocale().standaloneDayName(e.visit.date.dayOfWeek()),
                                displayDate(e.visit.date));
    case Time:
        return e.visit.time.isValid() ? QLocale().toString(e.visit.time, QStringLiteral("HH:mm"))
                                      : QString();
    case CaseNumber:
        return e.caseNumber;
    case Client:
        return e.restricted ? tr("Restricted case") : e.clientName;
    case Kind:
        return Vocabulary::label(PlanVocabulary::visitKinds(), e.visit.kind);
    case Purpose:
        return e.visit.purpose.simplified();
    }
    return QVariant();
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AgendaEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Purpose && !e.visit.purpose.isEmpty())
            return e.visit.purpose;
        return QVariant();
    case Qt::FontRole:
        if (index.column() == Day && e.visit.date == m_from) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Client && e.restricted)
            return QColor(0x5f, 0x63, 0x68);
        return QVariant();
    case int(Role::CaseId):
        return e.visit.caseId;
    case int(Role::VisitId):
        return e.visit.id;
    case int(Role::VisitDate):
        return e.visit.date;
    }
    return QVariant();
}

} // namespace casedesk
