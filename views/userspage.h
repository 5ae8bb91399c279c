#pragma once

#include <QWidget>

class QPushButton;

namespace casedesk {

class RecordStore;
class TableView;
class UserTableModel;

// The Users page for office administrators: the accounts of the site file, with adding a
// worker, resetting a forgotten password, disabling or enabling an account and changing roles.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(RecordStore &store, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    void addUser();
    void resetPassword();
    // Disables the selected account, or enables it again when it is disabled.
    void toggleActive();
    void changeRoles();

private:
    void updateButtons();
    int currentRow() const;

    RecordStore &m_store;
    UserTableModel *m_model;
    TableView *m_table;
    QPushButton *m_add;
    QPushButton *m_reset;
    QPushButton *m_active;
    QPushButton *m_roles;
};

} // namespace casedesk
