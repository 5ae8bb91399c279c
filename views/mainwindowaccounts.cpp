// The main window's side of accounts: pages and actions by role, the Account menu, sign-out,
// the screen lock and a change of worker at the lock screen.
#include "mainwindow.h"

#include "accounts.h"
#include "appsettings.h"
#include "casefilewindow.h"
#include "caselistpage.h"
#include "firstadmindialog.h"
#include "passworddialog.h"
#include "permissions.h"
#include "recordstore.h"
#include "screenlock.h"
#include "signindialog.h"
#include "sitefiles.h"

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace casedesk {

namespace {

constexpr int PageRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

void MainWindow::createAccountMenu()
{
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    m_passwordAction
        = account->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    m_lockAction = account->addAction(tr("&Lock screen"), this, &MainWindow::lockScreen);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Also from a case file window: the desk is left whichever window is in front.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_signOutAction = account->addAction(tr("&Sign out"), this, &MainWindow::signOut);
    account->addSeparator();
    m_createAdminAction = account->addAction(tr("Create the office &administrator…"), this,
                                             &MainWindow::createAdministrator);
}

QWidget *MainWindow::page(const QString &key) const
{
    for (int row = 0; row < m_sideBar->count(); ++row) {
        const QListWidgetItem *item = m_sideBar->item(row);
        if (item->data(KeyRole).toString() == key && !item->isHidden())
            return qobject_cast<QWidget *>(item->data(PageRole).value<QObject *>());
    }
    return nullptr;
}

void MainWindow::showPage(const QString &key)
{
    for (int row = 0; row < m_sideBar->count(); ++row) {
        QListWidgetItem *item = m_sideBar->item(row);
        if (item->data(KeyRole).toString() == key && !item->isHidden()) {
            m_sideBar->setCurrentItem(item);
            onSideBarItem(item);
        }
    }
}

void MainWindow::selectFirstVisiblePage()
{
    m_sideBar->setCurrentItem(m_casesItem);
    onSideBarItem(m_casesItem);
}

QString MainWindow::userName() const
{
    const auto session = m_store ? m_store->session() : nullptr;
    if (session && !session->isLocal())
        return session->user().name;
    return AppSettings::userName();
}

void MainWindow::showPagesForSession()
{
    deleteStorePages();
    const auto session = Access::current(*m_store);
    m_pagesFor = !session    ? QString()
        : session->isLocal() ? QStringLiteral("local")
                             : session->user().id.toString();
    createStorePages();
    selectFirstVisiblePage();
    if (m_caseList)
        m_caseList->focusSearch();
    updateActions();
}

void MainWindow::onSessionChanged()
{
    const auto session = Access::current(*m_store);
    const QString shownFor = !session ? QString()
        : session->isLocal()          ? QStringLiteral("local")
                                      : session->user().id.toString();
    // The same worker unlocking keeps the pages as they were (search typed, row chosen).
    if (shownFor != m_pagesFor && !shownFor.isEmpty()) {
        // A dialog of the previous worker may still be unwinding from one of the old pages.
        m_deferPageDeletion = true;
        showPagesForSession();
        m_deferPageDeletion = false;
    }
    updateActions();
    updateStatus();
}

void MainWindow::updateActions()
{
    const auto session = m_store ? Access::current(*m_store) : nullptr;
    const QList<Role> roles
        = !session ? QList<Role>() : (session->isLocal() ? allRoles() : session->user().roles);
    const bool accounts = m_store && Accounts::exist(*m_store);
    const bool signedIn = session && !session->isLocal();
    m_newCaseAction->setEnabled(m_store && Access::allows(roles, Operation::EditCases));
    m_backUpAction->setEnabled(m_store && Access::allows(roles, Operation::Backup));
    m_restoreAction->setEnabled(m_store && Access::allows(roles, Operation::Backup));
    m_passwordAction->setEnabled(signedIn);
    m_lockAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_createAdminAction->setVisible(m_store && !accounts);
}

void MainWindow::changePassword()
{
    if (!m_store)
        return;
    PasswordDialog dialog(*m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::lockScreen()
{
    if (!m_lock->lock())
        statusBar()->showMessage(tr("Without user accounts there is no password to unlock "
                                    "with, so this file cannot be locked."),
                                 10000);
}

void MainWindow::signOut()
{
    if (!m_store || !closeCaseWindows())
        return;
    Accounts::signOut(*m_store);
    hide();
    if (!SignInDialog::ensureSignedIn(*m_store, nullptr)) {
        close();
        return;
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::createAdministrator()
{
    if (!m_store || Accounts::exist(*m_store))
        return;
    FirstAdminDialog dialog(*m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("From now on everyone signs in to this file with their own "
                                    "account. Add the other workers on the Users page."),
                                 15000);
}

void MainWindow::onUserSwitched(const UserAccount &previous)
{
    const QList<CaseFileWindow *> windows = caseWindows();
    for (CaseFileWindow *window : windows) {
        window->keepAsDraft(previous.id);
        m_windows.remove(window->caseId());
        window->hide();
        // Later: a dialog of this window may still be unwinding.
        window->deleteLater();
    }
}

std::unique_ptr<RecordStore> MainWindow::openAndSignIn(const QString &path)
{
    auto store = SiteFiles::open(path, this);
    if (store && !SignInDialog::ensureSignedIn(*store, this))
        return nullptr;
    return store;
}

} // namespace casedesk
