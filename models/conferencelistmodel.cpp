#include "conferencelistmodel.h"

#include "recordstore.h"
#include "vocabulary.h"

#include <QLocale>
#include <QTimer>

namespace casedesk {

ConferenceListModel::ConferenceListModel(RecordStore &store, QObject *parent)
    : CaseFileTableModel(ColumnCount, parent), m_store(store), m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &ConferenceListModel::refresh);
    connect(&store, &RecordStore::changed, this, &ConferenceListModel::onStoreChanged);
    // Whether a sensitive case's conference may be read follows the person signed in.
    connect(&store, &RecordStore::sessionChanged, this, &ConferenceListModel::refresh);
    refresh();
}

void ConferenceListModel::setWhen(Conferences::When when)
{
    if (when == m_when)
        return;
    m_when = when;
    refresh();
}

void ConferenceListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refresh();
}

void ConferenceListModel::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void ConferenceListModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything)
        m_pending->start();
    for (const QString &entity : changes.entities) {
        if (entity.startsWith(QLatin1String("conference"))) {
            m_pending->start();
            return;
        }
    }
}

void ConferenceListModel::refresh()
{
    beginResetModel();
    m_items = Conferences(m_store).list(m_when, m_search,
                                        m_today.isValid() ? m_today : QDate::currentDate());
    endResetModel();
}

QUuid ConferenceListModel::conferenceId(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QUuid();
}

int ConferenceListModel::rowOf(const QUuid &conferenceId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == conferenceId)
            return row;
    return -1;
}

QString ConferenceListModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Title:
        return tr("Subject");
    case Place:
        return tr("Place");
    case Chair:
        return tr("Chair");
    case Kind:
        return tr("Kind");
    case Cases:
        return tr("Cases");
    case Participants:
        return tr("Participants");
    case Status:
        return tr("Minutes");
    case ColumnCount:
        break;
    }
    return QString();
}

QVariant ConferenceListModel::display(const ConferenceListItem &item, int column) const
{
    switch (Column(column)) {
    case Date:
        return displayDate(item.date);
    case Time:
        return item.time.isValid() ? QLocale().toString(item.time, QLocale::ShortFormat)
                                   : QString();
    case Title:
        return item.title;
    case Place:
        return item.place;
    case Chair:
        return item.chair;
    case Kind:
        return conferenceKindText(item.kind);
    case Cases:
        return item.cases;
    case Participants:
        return item.participants;
    case Status:
        return item.approved ? tr("approved") : tr("draft");
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ConferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const ConferenceListItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Cases || index.column() == Participants)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case int(Role::ConferenceId):
        return item.id;
    case int(Role::Approved):
        return item.approved;
    default:
        return QVariant();
    }
}

} // namespace casedesk
