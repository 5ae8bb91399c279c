#include "screenlock.h"

#include "accounts.h"
#include "casefilewindow.h"
#include "lockscreen.h"
#include "recordstore.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QTimer>

namespace casedesk {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr int CheckEveryMs = 15 * 1000;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

ScreenLock::ScreenLock(QObject *parent) : QObject(parent), m_check(new QTimer(this))
{
    connect(m_check, &QTimer::timeout, this, &ScreenLock::checkIdle);
    qApp->installEventFilter(this);
    m_idle.start();
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
    delete m_screen;
}

void ScreenLock::setStore(RecordStore *store)
{
    if (m_locked)
        restoreWindows(false);
    m_store = store;
    restartIdleTimer();
}

void ScreenLock::setIdleMinutes(int minutes)
{
    setIdleLimitMs(minutes > 0 ? minutes * MinuteMs : 0);
}

void ScreenLock::setIdleLimitMs(qint64 ms)
{
    m_limitMs = ms;
    restartIdleTimer();
}

void ScreenLock::restartIdleTimer()
{
    m_idle.restart();
    if (m_limitMs <= 0) {
        m_check->stop();
        return;
    }
    // Checking now and then is cheaper than restarting a timer on every mouse move.
    m_check->start(int(qBound<qint64>(10, m_limitMs / 4, qint64(CheckEveryMs))));
}

bool ScreenLock::canLock() const
{
    if (!m_store || !Accounts::exist(*m_store))
        return false;
    const auto session = m_store->session();
    return session && !session->isLocal();
}

void ScreenLock::checkIdle()
{
    if (!m_locked && m_limitMs > 0 && m_idle.elapsed() >= m_limitMs)
        lock();
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_locked && isInput(event->type()))
        m_idle.restart();
    return QObject::eventFilter(watched, event);
}

bool ScreenLock::lock()
{
    if (m_locked)
        return true;
    if (!canLock())
        return false;
    m_user = m_store->session()->user();
    m_locked = true;
    hideWindows();
    if (!m_screen)
        m_screen = new LockScreen;
    connect(m_screen, &LockScreen::unlockRequested, this, &ScreenLock::unlock,
            Qt::UniqueConnection);
    connect(m_screen, &LockScreen::switchRequested, this, &ScreenLock::signInAsOther,
            Qt::UniqueConnection);
    m_screen->reset(m_user.name);
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    emit locked();
    return true;
}

void ScreenLock::hideWindows()
{
    m_hidden.clear();
    m_active = QApplication::activeWindow();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (!w->isVisible() || w == m_screen)
            continue;
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Popup || type == Qt::ToolTip || type == Qt::SplashScreen) {
            w->close(); // menus and tips are not worth restoring
            continue;
        }
        m_hidden.append(w);
        // QDialog's own hide would end a running exec() with "rejected": the dialog stays
        // open, only out of sight, and comes back with what was typed.
        w->QWidget::setVisible(false);
    }
}

void ScreenLock::restoreWindows(bool switched)
{
    m_locked = false;
    if (m_screen)
        m_screen->hide();
    const QList<QPointer<QWidget>> hidden = m_hidden;
    m_hidden.clear();
    for (const QPointer<QWidget> &w : hidden) {
        if (!w)
            continue;
        auto *dialog = qobject_cast<QDialog *>(w.data());
        if (switched && dialog) {
            // The previous worker's questions are not for the next one.
            dialog->reject();
            continue;
        }
        if (switched && qobject_cast<CaseFileWindow *>(w.data()))
            continue;
        w->show();
    }
    if (m_active && m_active->isVisible()) {
        m_active->raise();
        m_active->activateWindow();
    }
    m_active = nullptr;
    restartIdleTimer();
}

Status ScreenLock::unlock(const QString &password)
{
    if (!m_locked || !m_store)
        return Status::ok();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signedIn = Accounts::signIn(*m_store, m_user.login, password);
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_screen->showMessage(signedIn.message());
        return signedIn.status();
    }
    finishUnlock(false);
    return Status::ok();
}

Status ScreenLock::signInAsOther(const QString &login, const QString &password)
{
    if (!m_locked || !m_store)
        return Status::ok();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto signedIn = Accounts::signIn(*m_store, login, password);
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_screen->showMessage(signedIn.message());
        return signedIn.status();
    }
    const bool switched = signedIn.value()->user().id != m_user.id;
    finishUnlock(switched);
    return Status::ok();
}

void ScreenLock::finishUnlock(bool switched)
{
    const UserAccount previous = m_user;
    if (switched)
        emit userSwitched(previous);
    restoreWindows(switched);
    emit unlocked();
}

} // namespace casedesk
