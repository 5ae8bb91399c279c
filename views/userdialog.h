#pragma once

#include "session.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace casedesk {

class RecordStore;

// A worker's account: a new one (name, login, office, roles, first password) or the roles of
// an existing one. The rules are Accounts'; their messages show under the form.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account.
    explicit UserDialog(RecordStore &store, QWidget *parent = nullptr);
    // The roles of an existing account.
    UserDialog(RecordStore &store, const UserAccount &user, QWidget *parent = nullptr);

    QUuid createdUser() const { return m_created; }
    QString message() const;
    void setRole(Role role, bool on);
    void accept() override;

private:
    QWidget *buildRoles();
    void buildLayout(QWidget *roles);
    void fillOffices();
    QList<Role> chosenRoles() const;
    void showMessage(const QString &message);

    RecordStore &m_store;
    UserAccount m_user; // empty for a new account
    QUuid m_created;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_office = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QLabel *m_message;
};

} // namespace casedesk
