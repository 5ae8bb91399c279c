#include "accesslogmodel.h"

#include "permissions.h"
#include "recordstore.h"
#include "vocabulary.h"

namespace casedesk {

AccessLogModel::AccessLogModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &AccessLogModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &AccessLogModel::reload);
    reload();
}

void AccessLogModel::reload()
{
    beginResetModel();
    m_allowed = bool(Access::require(m_store, Operation::ViewAccessLog));
    m_entries = m_allowed ? readPage(nullptr) : QList<Entry>();
    m_atEnd = m_entries.size() < PageSize;
    endResetModel();
}

void AccessLogModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("case_access"))
        || changes.entities.contains(QStringLiteral("case")))
        reload();
}

QList<AccessLogModel::Entry> AccessLogModel::readPage(const Entry *after) const
{
    // Keyset paging: the next page starts below the last row shown, however many rows a sync
    // adds meanwhile at the top.
    Statement st = m_store.db().statement(
        "SELECT a.rid, a.opened_at, a.case_id, c.case_number, a.user_id, a.user_name, "
        "a.user_login, s.name FROM case_access a LEFT JOIN cases c ON c.id = a.case_id "
        "LEFT JOIN sites s ON s.id = a.site_id WHERE a.deleted = 0 "
        "AND (?1 IS NULL OR (a.opened_at, a.rid) < (?1, ?2)) "
        "ORDER BY a.opened_at DESC, a.rid DESC LIMIT ?3");
    if (after)
        st.bind(1, after->openedAtIso).bind(2, after->rid);
    else
        st.bindNull(1).bindNull(2);
    st.bind(3, PageSize);
    QList<Entry> page;
    while (st.step() == Statement::Step::Row) {
        Entry e;
        e.rid = st.int64(0);
        e.openedAtIso = st.text(1);
        e.openedAt = QDateTime::fromString(e.openedAtIso, Qt::ISODate);
        e.caseId = st.uuid(2);
        e.caseNumber = st.text(3);
        e.userId = st.uuid(4);
        e.userName = st.text(5);
        e.userLogin = st.text(6);
        e.siteName = st.text(7);
        page.append(e);
    }
    return page;
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_allowed && !m_atEnd;
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Entry> page = readPage(&m_entries.constLast());
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + page.size()) - 1);
    m_entries += page;
    endInsertRows();
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Opened");
    case Worker:
        return tr("Worker");
    case Case:
        return tr("Case");
    case Site:
        return tr("Site");
    }
    return QVariant();
}

QVariant AccessLogModel::display(const Entry &e, int column) const
{
    switch (column) {
    case When:
        return e.openedAt.isValid() ? displayDateTime(e.openedAt.toLocalTime()) : e.openedAtIso;
    case Worker:
        return e.userLogin.isEmpty() ? e.userName : tr("%1 (%2)").arg(e.userName, e.userLogin);
    case Case:
        // The access record may arrive before the case it names.
        return e.caseNumber.isEmpty() ? tr("case not here yet") : e.caseNumber;
    case Site:
        return e.siteName.isEmpty() ? tr("unknown site") : e.siteName;
    }
    return QVariant();
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case int(Role::CaseId):
        return e.caseId;
    case int(Role::UserId):
        return e.userId;
    case int(Role::OpenedAt):
        return e.openedAt;
    }
    return QVariant();
}

} // namespace casedesk
