#include "conflictlistmodel.h"

#include "conferences.h"

#include "assessments.h"
#include "caseaccess.h"
#include "fieldlabels.h"
#include "rowstate.h"
#include "searchtext.h"
#include "syncstate.h"
#include "vocabulary.h"

#include <QDateTime>

namespace casedesk {

namespace {

// Beyond this many touched rows a change is treated as touching everything.
constexpr int RowsCheckedOneByOne = 500;

void addSite(ConflictEntry &entry, const QUuid &site)
{
    if (!entry.sites.contains(site))
        entry.sites.append(site);
}

// The edits a tombstone did not see: heads of other groups that differ from what it saw.
QList<HeadInfo> unseenEdits(const QMap<QString, QList<HeadInfo>> &heads, const QCborMap &seen)
{
    QList<HeadInfo> edits;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (it.key() == tombstoneGroup())
            continue;
        for (const HeadInfo &head : it.value()) {
            bool differs = false;
            for (auto v = head.values.cbegin(); v != head.values.cend() && !differs; ++v)
                differs = !sameValue(v.value(), seen.value(v.key()));
            if (differs)
                edits.append(head);
        }
    }
    return edits;
}

} // namespace

ConflictListModel::ConflictListModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &ConflictListModel::onStoreChanged);
    connect(&store, &RecordStore::sessionChanged, this, &ConflictListModel::reload);
    reload();
}

QString ConflictListModel::groupLabel(const QString &entity, const QString &group)
{
    if (group == tombstoneGroup())
        return tr("Deleted at one site, changed at another");
    const EntityDef *def = EntitySchema::find(entity);
    const GroupDef *g = def ? def->group(group) : nullptr;
    if (!g)
        return group;
    QStringList shown, all;
    for (const FieldDef &f : g->fields) {
        all << FieldLabels::fieldLabel(f.name);
        if (FieldLabels::isShownInHistory(f.name))
            shown << all.last();
    }
    //: separates the field names of one field group, e.g. "Family name, Given name"
    return (shown.isEmpty() ? all : shown).join(tr(", "));
}

ConflictEntry ConflictListModel::describe(const RecordStore &store, const ConflictInfo &info)
{
    ConflictEntry entry;
    entry.info = info;
    if (!info.scopeRoot.isNull()) {
        Statement st = store.db().statement(
            "SELECT c.case_number, p.family_name, p.given_name, p.patronymic FROM cases c "
            "LEFT JOIN persons p ON p.id=c.client_id WHERE c.id=?");
        st.bind(1, info.scopeRoot);
        if (st.step() == Statement::Step::Row) {
            entry.caseNumber = st.text(0);
            QStringList parts;
            for (int column = 1; column <= 3; ++column)
                if (!st.text(column).isEmpty())
                    parts << st.text(column);
            entry.clientName = parts.join(QLatin1Char(' '));
        }
    }
    const QMap<QString, QList<HeadInfo>> heads = store.heads(info.entity, info.rowId);
    if (entry.isDeletion()) {
        for (const HeadInfo &head : heads.value(tombstoneGroup()))
            if (head.values.value(QStringLiteral("deleted")).toBool())
                entry.heads.append(head);
        entry.heads += unseenEdits(heads, store.conflictBase(info.entity, info.rowId, info.group));
    } else {
        entry.heads = heads.value(info.group);
    }
    for (const HeadInfo &head : std::as_const(entry.heads)) {
        addSite(entry, head.site);
        entry.newestMs = std::max(entry.newestMs, head.wallMs);
    }
    for (const QUuid &site : std::as_const(entry.sites))
        entry.siteNames << Peers::siteName(store, site);
    entry.editedAfterCompletion
        = Assessments::isEditAfterCompletion(store, info.entity, info.rowId);
    entry.editedAfterApproval = Conferences::isEditAfterApproval(store, info.entity, info.rowId);
    return entry;
}

ConflictEntry ConflictListModel::describeClosure(const RecordStore &store, const QUuid &caseId)
{
    ConflictEntry entry = describe(store, { QStringLiteral("case"), caseId, caseId, QString() });
    entry.info.group = ConflictEntry::closureGroup();
    entry.heads.clear();
    entry.sites.clear();
    entry.siteNames.clear();
    entry.newestMs = 0;
    entry.editedAfterClosure = true;
    entry.lateEdits = CaseClosure::lateEdits(store, caseId);
    for (const LateEdit &edit : std::as_const(entry.lateEdits)) {
        addSite(entry, edit.site);
        entry.newestMs = std::max(entry.newestMs, edit.when.toMSecsSinceEpoch());
    }
    for (const QUuid &site : std::as_const(entry.sites))
        entry.siteNames << Peers::siteName(store, site);
    return entry;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ConflictEntry &e = m_rows.at(index.row());
    switch (role) {
    case int(Role::CaseId):
        return e.info.scopeRoot;
    case int(Role::Entity):
        return e.info.entity;
    case int(Role::RowId):
        return e.info.rowId;
    case int(Role::FieldGroup):
        return e.info.group;
    case int(Role::IsDeletion):
        return e.isDeletion();
    case int(Role::EditedAfterCompletion):
        if (e.editedAfterApproval)
            //: conflict list: a record of conference minutes changed after they were approved
            return tr("%1 — edited after approval").arg(FieldLabels::entityLabel(e.info.entity));
        return e.editedAfterCompletion;
    case int(Role::EditedAfterClosure):
        return e.editedAfterClosure;
    case int(Role::EditedAfterApproval):
        return e.editedAfterApproval;
    case Qt::ToolTipRole:
        if (index.column() == Kind && e.editedAfterClosure)
            return tr("The case was closed at one site while another, which had not seen the "
                      "closure yet, changed it. Keep it closed, or reopen it.");
        if (index.column() == Kind && e.editedAfterApproval)
            return tr("The minutes were approved before this change reached them; the approved "
                      "paper stays as it was kept, whichever value is kept. A change to the "
                      "minutes needs a correction.");
        if (index.column() == Kind && e.editedAfterCompletion)
            return tr("The assessment was completed before this change reached it; its result "
                      "stays as it was computed, whichever value is kept.");
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case CaseNumber:
        //: conflict of a record that belongs to no case (a site, a reference row)
        return e.caseNumber.isEmpty() && e.info.scopeRoot.isNull() ? tr("(shared data)")
                                                                   : e.caseNumber;
    case Client:
        return e.clientName;
    case Kind:
        if (e.editedAfterClosure)
            //: conflict list: a closed case changed at a site that had not seen the closure
            return tr("Case — edited after closure");
        if (e.editedAfterApproval)
            //: conflict list: a record of conference minutes changed after they were approved
            return tr("%1 — edited after approval").arg(FieldLabels::entityLabel(e.info.entity));
        return e.editedAfterCompletion
            //: conflict list: an assessment record changed after the assessment was completed
            ? tr("%1 — edited after completion").arg(FieldLabels::entityLabel(e.info.entity))
            : FieldLabels::entityLabel(e.info.entity);
    case Group:
        if (e.editedAfterClosure)
            return tr("%n change(s) made after the closure", nullptr, int(e.lateEdits.size()));
        return groupLabel(e.info.entity, e.info.group);
    case Sites:
        return e.siteNames.join(tr(", "));
    case Newest:
        return e.newestMs ? displayDateTime(QDateTime::fromMSecsSinceEpoch(e.newestMs)) : QString();
    default:
        return QVariant();
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumber:
        return tr("Case number");
    case Client:
        return tr("Client");
    case Kind:
        return tr("Record");
    case Group:
        return tr("Fields");
    case Sites:
        return tr("Changed at");
    case Newest:
        return tr("Last change");
    default:
        return QVariant();
    }
}

void ConflictListModel::setCaseFilter(const QString &text)
{
    const QString normalized = normalizeForSearch(text.trimmed());
    if (normalized == m_caseFilter)
        return;
    m_caseFilter = normalized;
    beginResetModel();
    applyFilters();
    endResetModel();
}

void ConflictListModel::setSiteFilter(const QUuid &site)
{
    if (site == m_siteFilter)
        return;
    m_siteFilter = site;
    beginResetModel();
    applyFilters();
    endResetModel();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_all.clear();
    for (const ConflictInfo &info : m_store.conflicts()) {
        // The values in conflict are details: only cases the user may see in detail are listed.
        const auto level = info.scopeRoot.isNull()
            ? Result<CaseAccess::Level>(CaseAccess::Level::Details)
            : CaseAccess::readLevel(m_store, info.scopeRoot);
        if (level && level.value() == CaseAccess::Level::Details)
            m_all.append(describe(m_store, info));
    }
    for (const QUuid &caseId : CaseClosure::editedAfterClosure(m_store)) {
        const auto level = CaseAccess::readLevel(m_store, caseId);
        if (level && level.value() == CaseAccess::Level::Details)
            m_all.append(describeClosure(m_store, caseId));
    }
    std::stable_sort(
        m_all.begin(), m_all.end(),
        [](const ConflictEntry &a, const ConflictEntry &b) { return a.newestMs > b.newestMs; });
    applyFilters();
    endResetModel();
}

void ConflictListModel::applyFilters()
{
    m_rows.clear();
    for (const ConflictEntry &e : std::as_const(m_all)) {
        if (!m_siteFilter.isNull() && !e.sites.contains(m_siteFilter))
            continue;
        if (!m_caseFilter.isEmpty() && !normalizeForSearch(e.caseNumber).contains(m_caseFilter)
            && !normalizeForSearch(e.clientName).contains(m_caseFilter))
            continue;
        m_rows.append(e);
    }
}

bool ConflictListModel::affects(const ChangeSet &changes) const
{
    if (changes.everything || changes.rows.size() > RowsCheckedOneByOne
        || changes.entities.contains(QStringLiteral("site")))
        return true;
    for (const ConflictEntry &e : m_all)
        if (changes.rows.contains(e.info.rowId) || changes.scopeRoots.contains(e.info.scopeRoot))
            return true;
    // A change to a closed case may be one made behind its closure.
    Statement closed = m_store.db().statement(
        "SELECT 1 FROM cases WHERE id=? AND status IN ('closed', 'closure_requested')");
    for (const QUuid &root : changes.scopeRoots) {
        closed.bind(1, root);
        const bool isClosed = closed.step() == Statement::Step::Row;
        closed.reset();
        if (isClosed)
            return true;
    }
    // A row that became conflicted with this change.
    for (const QString &name : changes.entities) {
        const EntityDef *entity = EntitySchema::find(name);
        if (!entity)
            continue;
        Statement st = m_store.db().prepare(
            QStringLiteral("SELECT conflict FROM %1 WHERE id=?").arg(entity->table));
        for (const QUuid &row : changes.rows) {
            st.bind(1, row);
            const bool conflicted = st.step() == Statement::Step::Row && st.int64(0) != 0;
            st.reset();
            if (conflicted)
                return true;
        }
    }
    return false;
}

void ConflictListModel::onStoreChanged(const ChangeSet &changes)
{
    if (affects(changes))
        reload();
}

} // namespace casedesk
