#pragma once

#include "result.h"
#include "session.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace casedesk {

class LockScreen;
class RecordStore;

// Locks the screen after a number of idle minutes, or on request, when the site file has
// accounts: every window of the program is hidden behind a lock window that shows only the
// worker's name. The same worker unlocks with their password and finds the windows as they
// were; another worker may sign in instead (userSwitched lets the main window keep the first
// worker's unsaved edits as drafts).
class ScreenLock : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLock(QObject *parent = nullptr);
    ~ScreenLock() override;

    void setStore(RecordStore *store);
    // 0 never locks by itself.
    void setIdleMinutes(int minutes);
    // For tests: the idle limit in milliseconds.
    void setIdleLimitMs(qint64 ms);
    // Only a file with accounts and a signed-in worker can be locked: without a password
    // nothing could unlock it.
    bool canLock() const;
    bool isLocked() const { return m_locked; }
    bool lock();
    Status unlock(const QString &password);
    Status signInAsOther(const QString &login, const QString &password);
    LockScreen *lockScreen() const { return m_screen; }

signals:
    void locked();
    void unlocked();
    // Another worker signed in at the lock screen; previous is the one who had locked.
    void userSwitched(const casedesk::UserAccount &previous);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkIdle();
    void restartIdleTimer();
    void hideWindows();
    void restoreWindows(bool switched);
    void finishUnlock(bool switched);

    RecordStore *m_store = nullptr;
    LockScreen *m_screen = nullptr;
    QTimer *m_check;
    QElapsedTimer m_idle;
    qint64 m_limitMs = 0;
    bool m_locked = false;
    UserAccount m_user;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_active;
};

} // namespace casedesk
