#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace casedesk {

// The window shown while the screen is locked: the signed-in worker's name and a password
// field, or the login of another worker. It shows nothing of any case.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    // Back to the unlock form for this worker, fields empty.
    void reset(const QString &userName);
    void showMessage(const QString &message);
    QString message() const;
    bool isAskingForOtherUser() const;
    void askForOtherUser();

signals:
    void unlockRequested(const QString &password);
    void switchRequested(const QString &login, const QString &password);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildUnlockPage();
    QWidget *buildOtherUserPage();
    void showUnlockPage();

    QStackedWidget *m_pages;
    QWidget *m_unlockPage;
    QWidget *m_otherPage;
    QLabel *m_userName;
    QLineEdit *m_password;
    QLineEdit *m_otherLogin;
    QLineEdit *m_otherPassword;
    QLabel *m_message;
};

} // namespace casedesk
