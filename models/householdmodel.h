#pragma once

#include "casefiles.h"
#include "casefiletablemodel.h"

namespace casedesk {

// The members of a case's household as the Household tab lists them.
class HouseholdModel : public CaseFileTableModel
{
    Q_OBJECT

public:
    enum Column { Relationship, Name, BirthDate, IdDocument, ColumnCount };
    enum class Role { MemberId = Qt::UserRole, PersonId, IsApplicant };

    explicit HouseholdModel(QObject *parent = nullptr);

    void setMembers(const QList<HouseholdMember> &members);
    const HouseholdMember &member(int row) const { return m_members.at(row); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_members.size()); }
    QString columnTitle(int column) const override;

private:
    QList<HouseholdMember> m_members;
};

} // namespace casedesk
