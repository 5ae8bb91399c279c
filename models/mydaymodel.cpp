#include "mydaymodel.h"

#include "permissions.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QColor>
#include <QTimer>

#include <algorithm>

namespace casedesk {

namespace {

// A wall-clock check is cheap; a laptop waking from sleep may have skipped a timer to midnight.
constexpr int DayCheckMs = 60 * 1000;

} // namespace

MyDayModel::MyDayModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_pending(new QTimer(this)),
      m_dayCheck(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &MyDayModel::refresh);
    m_dayCheck->setInterval(DayCheckMs);
    connect(m_dayCheck, &QTimer::timeout, this, &MyDayModel::checkDate);
    m_dayCheck->start();
    connect(&store, &RecordStore::changed, this, &MyDayModel::onStoreChanged);
    // Whose day it is and what they may see both follow the session.
    connect(&store, &RecordStore::sessionChanged, this, &MyDayModel::refresh);
    refresh();
}

void MyDayModel::setWorker(const QString &worker)
{
    m_followSession = false;
    m_worker = worker.trimmed();
    refresh();
}

void MyDayModel::followSignedInPerson()
{
    m_followSession = true;
    m_worker.clear();
    refresh();
}

QString MyDayModel::worker() const
{
    return m_followSession ? Access::personName(m_store) : m_worker;
}

void MyDayModel::setNoContactDays(int days)
{
    days = std::max(1, days);
    if (days == m_noContactDays)
        return;
    m_noContactDays = days;
    refresh();
}

void MyDayModel::onStoreChanged(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        m_pending->start();
}

void MyDayModel::checkDate()
{
    if (QDate::currentDate() != m_today)
        refresh();
}

void MyDayModel::refresh()
{
    m_pending->stop();
    beginResetModel();
    m_today = QDate::currentDate();
    m_cuts.clear();
    m_items = loadItems();
    endResetModel();
}

QList<MyDayItem> MyDayModel::loadItems()
{
    MyDayOptions options;
    options.today = m_today;
    options.noContactDays = m_noContactDays;
    options.worker = worker();
    options.limit = m_limit;
    if (m_followSession) {
        if (!Access::current(m_store))
            return {};
        options.signOffs = Access::require(m_store, Operation::SignOff).isOk();
        return MyDay::load(m_store, options, &m_cuts);
    }
    if (options.worker.isEmpty())
        return {};
    // The sign-offs are listed per office; only this worker's cases belong here.
    options.signOffs = true;
    options.signOffsOf = options.worker;
    return MyDay::load(m_store, options, &m_cuts);
}

void MyDayModel::setListLimit(int limit)
{
    m_limit = qMax(0, limit);
    refresh();
}

int MyDayModel::total(MyDayItem::Kind kind) const
{
    for (const MyDayCut &cut : m_cuts)
        if (cut.kind == kind)
            return cut.total;
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [kind](const MyDayItem &item) { return item.kind == kind; }));
}

int MyDayModel::rowOf(MyDayItem::Kind kind, const QUuid &caseId, const QUuid &itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        const MyDayItem &i = m_items.at(row);
        if (i.kind == kind && i.caseId == caseId && (itemId.isNull() || i.itemId == itemId))
            return row;
    }
    return -1;
}

int MyDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MyDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("What");
    case CaseNumber:
        return tr("Case");
    case Client:
        return tr("Client");
    case Detail:
        return tr("Details");
    case Date:
        return tr("Date");
    }
    return QVariant();
}

QString MyDayModel::dateMeaning(MyDayItem::Kind kind)
{
    using K = MyDayItem::Kind;
    switch (kind) {
    case K::OverdueAction:
        return tr("Due date of the action");
    case K::VisitNotRecorded:
    case K::VisitToday:
    case K::VisitThisWeek:
        return tr("Day of the visit");
    case K::ReferralPastDeadline:
        return tr("Deadline for the client to present themselves");
    case K::ReferralWaitingForFeedback:
        return tr("Day the client attended");
    case K::NoContact:
        return tr("Last contact with the client");
    case K::PlanToSignOff:
        return tr("Start of the plan");
    case K::ClosureToSignOff:
        return tr("Day the case is to be closed");
    case K::Conflict:
    case K::EditedAfterClosure:
        break;
    }
    return QString();
}

bool MyDayModel::isLate(MyDayItem::Kind kind)
{
    using K = MyDayItem::Kind;
    return kind == K::OverdueAction || kind == K::VisitNotRecorded
        || kind == K::ReferralPastDeadline || kind == K::Conflict || kind == K::EditedAfterClosure;
}

QVariant MyDayModel::displayText(const MyDayItem &item, int column) const
{
    switch (column) {
    case Kind:
        return MyDay::kindText(item.kind);
    case CaseNumber:
        return item.caseNumber;
    case Client:
        return item.restricted ? tr("Restricted case") : item.clientName;
    case Detail:
        return item.detail;
    case Date:
        return item.date.isValid() ? displayDate(item.date) : QString();
    }
    return QVariant();
}

QVariant MyDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const MyDayItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return item.date.isValid() ? dateMeaning(item.kind) : QString();
        if (index.column() == Client && item.restricted)
            return tr("A sensitive case: only its worker and the office's supervisors see who "
                      "the client is.");
        if (index.column() == Detail && !item.detail.isEmpty())
            return item.detail;
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Kind && isLate(item.kind))
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == Client && item.restricted)
            return QColor(0x5f, 0x63, 0x68);
        return QVariant();
    case int(Role::CaseId):
        return item.caseId;
    case int(Role::Tab):
        return int(item.tab());
    case int(Role::ItemId):
        return item.itemId;
    case int(Role::Kind):
        return int(item.kind);
    }
    return QVariant();
}

} // namespace casedesk
