#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class RecordStore;

// Sign-in to a site file that has user accounts: login and password, checked by
// Accounts::signIn, whose message (a wrong password, the wait after several) is shown as is.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(RecordStore &store, QWidget *parent = nullptr);

    // Before the main window: sign-in when the file has accounts, otherwise the first-start
    // questions. False when the person cancelled.
    static bool ensureSignedIn(RecordStore &store, QWidget *parent = nullptr);
    void setLogin(const QString &login);
    QString message() const;
    void accept() override;

private:
    void updateButton();

    RecordStore &m_store;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace casedesk
