#include "duplicatereviewmodel.h"

#include "partialdate.h"
#include "recordstore.h"
#include "vocabulary.h"

#include <QDateTime>

namespace casedesk {

DuplicateReviewModel::DuplicateReviewModel(RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &RecordStore::changed, this, &DuplicateReviewModel::onStoreChanged);
    reload();
}

DuplicateSide DuplicateReviewModel::side(const RecordStore &store, const QUuid &personId)
{
    DuplicateSide s;
    s.personId = personId;
    Statement st = store.db().statement(
        "SELECT p.family_name, p.given_name, p.patronymic, p.birth_date, p.id_type, p.id_number, "
        "p.scope_root, c.case_number FROM persons p LEFT JOIN cases c ON c.id=p.scope_root "
        "WHERE p.id=? AND p.deleted=0");
    st.bind(1, personId);
    if (st.step() != Statement::Step::Row) {
        s.missing = true;
        s.name = tr("(not in this file)");
        return s;
    }
    QStringList parts;
    for (int column = 0; column < 3; ++column)
        if (!st.text(column).isEmpty())
            parts << st.text(column);
    s.name = parts.join(QLatin1Char(' '));
    const auto birth = PartialDate::parse(st.text(3), QDate(9999, 12, 31));
    s.birthDate = birth ? birth->toDisplay() : st.text(3);
    s.idType = Vocabulary::label(Vocabulary::idDocumentTypes(), st.text(4));
    s.idNumber = st.text(5);
    s.caseId = st.uuid(6);
    s.caseNumber = st.text(7);
    return s;
}

void DuplicateReviewModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const DuplicatePair &pair : DuplicateReview::pairs(m_store))
        m_rows.append({ pair, side(m_store, pair.personA), side(m_store, pair.personB) });
    endResetModel();
}

Status DuplicateReviewModel::dismiss(int row)
{
    if (row < 0 || row >= m_rows.size())
        return Status::error(tr("Choose the pair to dismiss."));
    const DuplicatePair pair = m_rows.at(row).pair;
    if (Status s = DuplicateReview::dismiss(m_store, pair.personA, pair.personB); !s)
        return s;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return Status::ok();
}

int DuplicateReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DuplicateReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DuplicateRow &r = m_rows.at(index.row());
    switch (role) {
    case int(Role::PersonA):
        return r.pair.personA;
    case int(Role::PersonB):
        return r.pair.personB;
    case int(Role::CaseA):
        return r.a.caseId;
    case int(Role::CaseB):
        return r.b.caseId;
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    const bool first = index.column() < NameB;
    const DuplicateSide &s = first ? r.a : r.b;
    switch (index.column()) {
    case NameA:
    case NameB:
        return s.name;
    case BirthA:
    case BirthB:
        return s.birthDate;
    case IdA:
    case IdB:
        //: ID document type and number, e.g. "Passport N1234567"
        return s.idNumber.isEmpty() ? QString() : tr("%1 %2").arg(s.idType, s.idNumber);
    case CaseA:
    case CaseB:
        return s.caseNumber;
    case FoundAt:
        return displayDateTime(QDateTime::fromMSecsSinceEpoch(r.pair.foundAt));
    default:
        return QVariant();
    }
}

QVariant DuplicateReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameA:
        return tr("Person");
    case NameB:
        return tr("Other person");
    case BirthA:
    case BirthB:
        return tr("Birth date");
    case IdA:
    case IdB:
        return tr("ID document");
    case CaseA:
    case CaseB:
        return tr("Case number");
    case FoundAt:
        return tr("Found");
    default:
        return QVariant();
    }
}

void DuplicateReviewModel::onStoreChanged(const ChangeSet &changes)
{
    // New pairs are listed by imports, which always touch persons.
    if (changes.everything || changes.entities.contains(QStringLiteral("person"))
        || changes.entities.contains(QStringLiteral("case")))
        reload();
}

} // namespace casedesk
