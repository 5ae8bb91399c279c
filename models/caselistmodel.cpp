#include "caselistmodel.h"

#include "partialdate.h"
#include "recordstore.h"
#include "searchtext.h"
#include "vocabulary.h"

#include <QFont>

namespace casedesk {

namespace {

const char *sortExpression(int column)
{
    switch (column) {
    case CaseListModel::Client:
        return "cs.name_key";
    case CaseListModel::BirthDate:
        return "cs.birth_key";
    case CaseListModel::Status:
        return "c.status";
    case CaseListModel::Worker:
        return "c.assigned_worker";
    case CaseListModel::Opened:
        return "c.opened_date";
    default:
        return "c.case_number";
    }
}

} // namespace

CaseListModel::CaseListModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_visibility(store)
{
    connect(&store, &RecordStore::changed, this, &CaseListModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &CaseListModel::reload);
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    if (role == int(Role::CaseId))
        return row.id;
    if (role == int(Role::HasConflict))
        return row.conflict;
    if (role == int(Role::Restricted))
        return row.restricted;
    if (role == Qt::FontRole && row.restricted) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && row.restricted)
        return tr("A sensitive case: only its worker and the office's supervisors see its "
                  "details.");
    if (role == Qt::ToolTipRole && row.conflict)
        return tr("Two offices changed this case differently; open it to choose what stays.");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Number:
        return row.number;
    case Client:
        return row.restricted ? tr("Restricted case") : row.client;
    case BirthDate: {
        const auto date = PartialDate::parse(row.birthDate, QDate(9999, 12, 31));
        return date ? date->toDisplay() : row.birthDate;
    }
    case Status:
        return Vocabulary::label(Vocabulary::caseStatuses(), row.status);
    case Worker:
        return row.worker;
    case Opened:
        return displayDate(QDate::fromString(row.opened, Qt::ISODate));
    default:
        return QVariant();
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Case number");
    case Client:
        return tr("Client");
    case BirthDate:
        return tr("Birth date");
    case Status:
        return tr("Status");
    case Worker:
        return tr("Assigned worker");
    case Opened:
        return tr("Opened");
    default:
        return QVariant();
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

void CaseListModel::setSearchText(const QString &text)
{
    const QString match = buildMatchQuery(text);
    const QString numberPrefix = caseNumberPrefix(text);
    if (match == m_match && numberPrefix == m_numberPrefix)
        return;
    m_match = match;
    m_numberPrefix = numberPrefix;
    reload();
}

void CaseListModel::setStatusFilter(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        reload();
    }
}

void CaseListModel::setWorkerFilter(const QString &worker)
{
    if (worker != m_worker) {
        m_worker = worker;
        reload();
    }
}

void CaseListModel::setCategoryFilter(const QString &category)
{
    if (category != m_category) {
        m_category = category;
        reload();
    }
}

QUuid CaseListModel::caseId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
}

bool CaseListModel::hasFilters() const
{
    return !m_status.isEmpty() || !m_worker.isEmpty() || !m_category.isEmpty();
}

bool CaseListModel::isSearching() const
{
    return !m_match.isEmpty() || !m_numberPrefix.isEmpty();
}

// The visibility conditions, only where they can exclude a row: a site's own staff and
// auditors list every case, so their list and count run exactly as without accounts. Searching
// by text and filtering by worker or category look at details, so they skip restricted cases.
QString CaseListModel::visibilityTerms() const
{
    QString sql;
    if (!m_visibility.seesAll())
        sql += QStringLiteral("AND %1 ").arg(QLatin1String(CaseVisibility::listCondition()));
    const bool byDetails = (!m_match.isEmpty() && m_numberPrefix.isEmpty()) || !m_worker.isEmpty()
        || !m_category.isEmpty();
    if (byDetails && !m_visibility.seesAllDetails())
        sql += QStringLiteral("AND %1 ").arg(QLatin1String(CaseVisibility::detailCondition()));
    return sql;
}

// Fixed SQL fragments only; everything a person typed is bound.
QString CaseListModel::baseQuery(bool forCount) const
{
    const bool plain = m_visibility.seesAllDetails();
    const QString details = QLatin1String(CaseVisibility::detailCondition());
    // A restricted row gets NULL instead of what it may not show.
    const auto shown = [&](const char *column) {
        return plain
            ? QString::fromLatin1(column)
            : QStringLiteral("CASE WHEN %1 THEN %2 END").arg(details, QLatin1String(column));
    };
    QString sql = forCount
        ? QStringLiteral("SELECT count(*) ")
        : QStringLiteral("SELECT c.rid, c.id, c.case_number, %2, %3, %4, %5, c.status, %6, "
                         "c.opened_date, max(c.conflict, cs.any_conflict), %1 AS k, %7 ")
              .arg(QLatin1String(sortExpression(m_sortColumn)), shown("p.family_name"),
                   shown("p.given_name"), shown("p.patronymic"), shown("p.birth_date"),
                   shown("c.assigned_worker"), plain ? QStringLiteral("1") : details);
    const bool bySortKey = m_sortColumn == Client || m_sortColumn == BirthDate;
    if (!m_numberPrefix.isEmpty() || forCount)
        sql += QStringLiteral("FROM cases c ");
    else if (!m_match.isEmpty())
        // Without filters the first hits are enough; with filters every hit must be looked at,
        // or a filtered search would miss cases beyond the cap.
        sql += QStringLiteral("FROM (SELECT rowid AS r FROM case_fts WHERE case_fts MATCH ?1 %1) "
                              "m JOIN cases c ON c.rid=m.r JOIN case_sort cs ON cs.rid=c.rid ")
                   .arg(hasFilters() ? QString() : QStringLiteral("LIMIT %1").arg(MaxSearchHits));
    else if (bySortKey) // walk the sort-key index in order, so a page reads only its rows
        sql += QStringLiteral("FROM case_sort cs CROSS JOIN cases c ON c.rid=cs.rid ");
    else
        sql += QStringLiteral("FROM cases c JOIN case_sort cs ON cs.rid=c.rid ");
    if (!m_numberPrefix.isEmpty() && !forCount)
        sql += QStringLiteral("JOIN case_sort cs ON cs.rid=c.rid ");
    if (!forCount)
        sql += QStringLiteral("LEFT JOIN persons p ON p.id=c.client_id ");
    // The unary plus keeps the planner off the deleted-flag index for lists: it would pick it
    // (nearly every case is live) and then sort all cases instead of walking the sort order.
    // The count reads that small index.
    sql += forCount ? QStringLiteral("WHERE c.deleted=0 ") : QStringLiteral("WHERE +c.deleted=0 ");
    if (!m_numberPrefix.isEmpty())
        sql += QStringLiteral("AND c.case_number>=?7 AND c.case_number<?8 ");
    if (!m_status.isEmpty())
        sql += QStringLiteral("AND c.status=?2 ");
    if (!m_worker.isEmpty())
        sql += QStringLiteral("AND c.assigned_worker=?3 ");
    if (!m_category.isEmpty())
        sql += QStringLiteral("AND EXISTS (SELECT 1 FROM case_categories x WHERE x.case_id=c.id "
                              "AND x.category=?4 AND x.deleted=0) ");
    sql += visibilityTerms();
    return sql;
}

void CaseListModel::bindFilters(Statement &st) const
{
    m_visibility.bind(st);
    if (!m_match.isEmpty())
        st.bind(1, m_match);
    if (!m_status.isEmpty())
        st.bind(2, m_status);
    if (!m_worker.isEmpty())
        st.bind(3, m_worker);
    if (!m_category.isEmpty())
        st.bind(4, m_category);
    if (!m_numberPrefix.isEmpty()) {
        st.bind(7, m_numberPrefix);
        st.bind(8, m_numberPrefix + QLatin1Char('~')); // past every letter and digit
    }
}

std::vector<CaseListModel::Row> CaseListModel::queryPage() const
{
    QString sql = baseQuery(false);
    const bool descending = m_order == Qt::DescendingOrder;
    // Search results (at most MaxSearchHits) come in one go; the whole list comes in pages.
    const bool searching = isSearching();
    const bool keyset = !m_rows.empty() && !searching;
    if (keyset)
        sql += QStringLiteral("AND (%1, c.rid) %2 (?5, ?6) ")
                   .arg(QLatin1String(sortExpression(m_sortColumn)),
                        descending ? QStringLiteral("<") : QStringLiteral(">"));
    sql += QStringLiteral("ORDER BY k %1, c.rid %1 LIMIT %2")
               .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
               .arg(searching ? MaxSearchHits : PageSize);
    Statement st = m_store.db().prepare(sql);
    bindFilters(st);
    if (keyset) {
        const Row &last = m_rows.back();
        if (m_sortColumn == Client)
            st.bindBlob(5, last.sortKey);
        else // SQLite gives an empty key as a null blob; bound as NULL it would end the list
            st.bind(5,
                    last.sortKey.isNull() ? QStringLiteral("") : QString::fromUtf8(last.sortKey));
        st.bind(6, last.rid);
    }
    std::vector<Row> page;
    page.reserve(PageSize);
    while (st.step() == Statement::Step::Row) {
        Row row;
        row.rid = st.int64(0);
        row.id = st.uuid(1);
        row.number = st.text(2);
        QStringList name;
        for (int i = 3; i <= 5; ++i)
            if (!st.isNull(i))
                name << st.text(i);
        row.client = name.join(QLatin1Char(' '));
        row.birthDate = st.text(6);
        row.status = st.text(7);
        row.worker = st.text(8);
        row.opened = st.text(9);
        row.conflict = st.int64(10) != 0;
        row.sortKey = st.blob(11);
        row.restricted = st.int64(12) == 0;
        page.push_back(std::move(row));
    }
    return page;
}

void CaseListModel::fetchPage()
{
    std::vector<Row> page = queryPage();
    m_atEnd = int(page.size()) < PageSize;
    if (page.empty())
        return;
    m_announcing = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    for (Row &row : page)
        m_rows.push_back(std::move(row));
    endInsertRows();
    m_announcing = false;
}

void CaseListModel::reload()
{
    m_visibility = CaseVisibility(m_store);
    m_announcing = true;
    beginResetModel();
    // The first page comes with the reset, so the list is never briefly empty.
    m_rows.clear();
    m_rows = queryPage();
    if (isSearching()) {
        m_atEnd = true;
        m_total = int(m_rows.size());
    } else {
        m_atEnd = int(m_rows.size()) < PageSize;
        Statement count = m_store.db().prepare(baseQuery(true));
        bindFilters(count);
        m_total = count.step() == Statement::Step::Row ? int(count.int64(0)) : int(m_rows.size());
    }
    endResetModel();
    m_announcing = false;
    emit totalCountChanged(m_total);
}

void CaseListModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("case"))
        || changes.entities.contains(QStringLiteral("person"))
        || changes.entities.contains(QStringLiteral("case_category"))
        || changes.entities.contains(QStringLiteral("phone")))
        reload();
}

} // namespace casedesk
