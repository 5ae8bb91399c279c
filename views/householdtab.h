#pragma once

#include "casefiles.h"

#include <QWidget>

class QPushButton;

namespace casedesk {

class HouseholdModel;
class TableView;

// The Household tab: the people living with the client, with adding and removing members.
class HouseholdTab : public QWidget
{
    Q_OBJECT

public:
    HouseholdTab(CaseFiles &files, QWidget *parent = nullptr);

    void showCase(const CaseFileData &data);
    TableView *table() const { return m_table; }

private:
    void addMember();
    void removeMember();
    void updateButtons();

    CaseFiles &m_files;
    QUuid m_caseId;
    HouseholdModel *m_model;
    TableView *m_table;
    QPushButton *m_remove;
};

} // namespace casedesk
