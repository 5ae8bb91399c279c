#pragma once

#include "session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace casedesk {

class RecordStore;

// A new password typed twice: the signed-in worker's own (with the current one), or one an
// administrator sets for a worker who forgot theirs.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // Changes the signed-in worker's own password.
    explicit PasswordDialog(RecordStore &store, QWidget *parent = nullptr);
    // Sets the password of another worker's account.
    PasswordDialog(RecordStore &store, const UserAccount &user, QWidget *parent = nullptr);

    QString message() const;
    void accept() override;

private:
    void build(const QString &intro);
    void showMessage(const QString &message);

    RecordStore &m_store;
    UserAccount m_user; // empty for the own password
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace casedesk
