#include "householdmodel.h"

#include "vocabulary.h"

namespace casedesk {

HouseholdModel::HouseholdModel(QObject *parent) : CaseFileTableModel(ColumnCount, parent) { }

void HouseholdModel::setMembers(const QList<HouseholdMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

QString HouseholdModel::columnTitle(int column) const
{
    switch (column) {
    case Relationship:
        return tr("Relationship");
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Birth date");
    case IdDocument:
        return tr("ID document");
    }
    return QString();
}

QVariant HouseholdModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return QVariant();
    const HouseholdMember &m = m_members.at(index.row());
    switch (role) {
    case int(Role::MemberId):
        return m.memberId;
    case int(Role::PersonId):
        return m.person.id;
    case int(Role::IsApplicant):
        return m.relationship == QLatin1String("self");
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Relationship:
        return Vocabulary::label(Vocabulary::relationships(), m.relationship);
    case Name:
        return m.person.fullName();
    case BirthDate:
        return m.person.birthDate.toDisplay();
    case IdDocument:
        if (m.person.idNumber.isEmpty())
            return QString();
        return QStringLiteral("%1 %2").arg(
            Vocabulary::label(Vocabulary::idDocumentTypes(), m.person.idType), m.person.idNumber);
    }
    return QVariant();
}

} // namespace casedesk
