#include "supervisormodel.h"

#include "recordstore.h"

#include <QColor>
#include <QFont>
#include <QTimer>

namespace casedesk {

SupervisorModel::SupervisorModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_pending(new QTimer(this)),
      m_dayCheck(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &SupervisorModel::refresh);
    // Overdue and "without contact" move with the calendar, not only with writes.
    m_dayCheck->setInterval(60 * 1000);
    connect(m_dayCheck, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() != m_today)
            refresh();
    });
    m_dayCheck->start();
    connect(&store, &RecordStore::changed, this, &SupervisorModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &SupervisorModel::refresh);
    refresh();
}

void SupervisorModel::setNoContactDays(int days)
{
    days = std::max(1, days);
    if (days == m_noContactDays)
        return;
    m_noContactDays = days;
    refresh();
}

void SupervisorModel::onStoreChanged(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        m_pending->start();
}

void SupervisorModel::refresh()
{
    m_pending->stop();
    beginResetModel();
    m_today = QDate::currentDate();
    m_loads = SupervisorView::load(m_store, m_today, m_noContactDays);
    endResetModel();
}

int SupervisorModel::rowOf(const QString &worker, const QUuid &office) const
{
    for (int row = 0; row < m_loads.size(); ++row)
        if (m_loads.at(row).worker == worker
            && (office.isNull() || m_loads.at(row).office == office))
            return row;
    return -1;
}

int SupervisorModel::count(const WorkerLoad &load, int column)
{
    switch (column) {
    case OpenCases:
        return load.openCases;
    case OverdueActions:
        return load.overdueActions;
    case WithoutContact:
        return load.casesWithoutContact;
    case PlansToSignOff:
        return load.plansToSignOff;
    case ClosuresToSignOff:
        return load.closuresToSignOff;
    case Conflicts:
        return load.conflicts;
    }
    return -1;
}

int SupervisorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loads.size());
}

int SupervisorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SupervisorModel::headerLines(const QString &text)
{
    int best = -1;
    for (int i = text.indexOf(u' '); i >= 0; i = text.indexOf(u' ', i + 1))
        if (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2))
            best = i;
    if (best < 0)
        return text;
    QString lines = text;
    lines[best] = u'\n';
    return lines;
}

QVariant SupervisorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section >= OpenCases && section < ColumnCount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return toolTip(section);
    if (role != Qt::DisplayRole)
        return QVariant();
    // The counts' headers take two lines, so the numbers leave room for the workers' names.
    if (section >= OpenCases && section < ColumnCount)
        return headerLines(headerText(section));
    return headerText(section);
}

QString SupervisorModel::headerText(int section)
{
    switch (section) {
    case Office:
        return tr("Office");
    case Worker:
        return tr("Worker");
    case OpenCases:
        return tr("Open cases");
    case OverdueActions:
        return tr("Overdue actions");
    case WithoutContact:
        return tr("Without contact");
    case PlansToSignOff:
        return tr("Plans to sign off");
    case ClosuresToSignOff:
        return tr("Closures to sign off");
    case Conflicts:
        return tr("Conflicts");
    }
    return QString();
}

QVariant SupervisorModel::toolTip(int column) const
{
    switch (column) {
    case OverdueActions:
        return tr("Plan actions past their due date, not yet done or cancelled");
    case WithoutContact:
        return tr("Open cases with no interaction in the last %n day(s)", nullptr, m_noContactDays);
    case PlansToSignOff:
        return tr("Draft plans with actions, waiting for a supervisor's sign-off");
    case ClosuresToSignOff:
        return tr("Closures a case worker asked for, waiting for a supervisor's sign-off");
    case Conflicts:
        return tr("Cases with versions from two sites that disagree");
    }
    return QVariant();
}

QVariant SupervisorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const WorkerLoad &load = m_loads.at(index.row());
    const int column = index.column();
    const int number = count(load, column);
    // Late work is what a supervisor looks for first.
    const bool late = (column == OverdueActions || column == WithoutContact) && number > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Office)
            return load.officeName.isEmpty() ? tr("Unknown office") : load.officeName;
        if (column == Worker)
            return load.worker.isEmpty() ? tr("No worker assigned") : load.worker;
        return number;
    case Qt::TextAlignmentRole:
        if (number >= 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (late)
            return QColor(0xb0, 0x00, 0x20);
        if (number == 0 || (column == Worker && load.worker.isEmpty()))
            return QColor(0x5f, 0x63, 0x68);
        return QVariant();
    case Qt::FontRole:
        if (late) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case int(Role::WorkerName):
        return load.worker;
    case int(Role::OfficeId):
        return load.office;
    case int(Role::Count):
        return number >= 0 ? QVariant(number) : QVariant();
    }
    return QVariant();
}

} // namespace casedesk
