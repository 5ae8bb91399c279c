#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTimer;

namespace casedesk {

class AccessLogPage;
class CaseFileWindow;
class CaseListPage;
class ConferencesPage;
class ConflictsPage;
class MyDayPage;
class SupervisorPage;
class DuplicatesPage;
class ScreenLock;
class SyncPage;
class RecordStore;
class UsersPage;
struct ChangeSet;
struct UserAccount;

// The program's main window: a side bar of pages (the case list first; more pages join it),
// the File, Sync and Account menus (new case, other site file, backup and restore, packages,
// password, lock, sign-out) and the daily backup. Pages and actions follow the signed-in
// worker's roles; the domain layer enforces them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<RecordStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    RecordStore *store() const { return m_store.get(); }
    CaseListPage *caseList() const { return m_caseList; }
    SyncPage *syncPage() const { return m_syncPage; }
    ConflictsPage *conflictsPage() const { return m_conflictsPage; }
    ConferencesPage *conferencesPage() const { return m_conferencesPage; }
    DuplicatesPage *duplicatesPage() const { return m_duplicatesPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    AccessLogPage *accessLogPage() const { return m_accessLogPage; }
    ScreenLock *screenLock() const { return m_lock; }
    // The page shown for a side bar entry, by its English key ("cases", "users"...); null
    // when the entry is hidden for the signed-in worker's roles.
    QWidget *page(const QString &key) const;
    void showPage(const QString &key);
    // The worker's name for new interactions and cases: the account's, or the local user's.
    QString userName() const;
    void changePassword();
    void lockScreen();
    // Closes the case files (asking about unsaved changes) and asks for a sign-in; quits
    // when nobody signs in.
    void signOut();
    // For a file without accounts: creates the first office administrator.
    void createAdministrator();
    // Raises the case's window when it is already open.
    CaseFileWindow *openCase(const QUuid &caseId);
    QList<CaseFileWindow *> caseWindows() const;
    void newCase();
    // Replaces the open site file with path; keeps the current one when path is unusable.
    void openFile(const QString &path);
    // Replaces the site file with a backup after the person confirmed what that means.
    void restoreFrom(const QString &backup);
    // Closes every case file and conference window, asking about unsaved changes; false when
    // one stayed.
    bool closeCaseWindows();
    // Writes the daily backup when one is due; the outcome shows in the status bar.
    void runAutomaticBackup();
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createSideBar();
    // Points a side bar item at its page; future pages (my day, referrals...) join the same way.
    void setPage(QListWidgetItem *item, QWidget *page);
    void setStore(std::unique_ptr<RecordStore> store);
    void onStoreChanged(const ChangeSet &changes);
    void onSideBarItem(QListWidgetItem *item);
    void updateStatus();
    void chooseFile();
    void createSiteFile();
    void backUp();
    void restore();
    void showSettings();
    void createSyncMenu();
    void createStorePages();
    void deleteStorePages();
    void showSyncPage();
    void createAccountMenu();
    // Shows the pages and actions the session's roles allow; rebuilt when another worker
    // signs in.
    void showPagesForSession();
    void onSessionChanged();
    void updateActions();
    // Another worker signed in at the lock screen: the previous one's unsaved case file edits
    // become drafts and their windows close.
    void onUserSwitched(const UserAccount &previous);
    // Opens path and signs in to it; null when either fails or the person cancels.
    std::unique_ptr<RecordStore> openAndSignIn(const QString &path);
    void selectFirstVisiblePage();

    std::unique_ptr<RecordStore> m_store;
    QListWidget *m_sideBar;
    QStackedWidget *m_pages;
    QLabel *m_noFilePage;
    QListWidgetItem *m_casesItem = nullptr;
    QListWidgetItem *m_settingsItem = nullptr;
    QListWidgetItem *m_syncItem = nullptr;
    QListWidgetItem *m_conflictsItem = nullptr;
    QListWidgetItem *m_myDayItem = nullptr;
    QListWidgetItem *m_conferencesItem = nullptr;
    QListWidgetItem *m_supervisorItem = nullptr;
    QListWidgetItem *m_duplicatesItem = nullptr;
    QListWidgetItem *m_usersItem = nullptr;
    QListWidgetItem *m_accessLogItem = nullptr;
    CaseListPage *m_caseList = nullptr;
    QLabel *m_noCasesPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    AccessLogPage *m_accessLogPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    ConflictsPage *m_conflictsPage = nullptr;
    MyDayPage *m_myDayPage = nullptr;
    ConferencesPage *m_conferencesPage = nullptr;
    SupervisorPage *m_supervisorPage = nullptr;
    DuplicatesPage *m_duplicatesPage = nullptr;
    QHash<QUuid, QPointer<CaseFileWindow>> m_windows;
    QList<QAction *> m_storeActions;
    QAction *m_newCaseAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_agenciesAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_createAdminAction = nullptr;
    ScreenLock *m_lock = nullptr;
    // Whose pages are shown: "local", a user id, or empty for nobody.
    QString m_pagesFor;
    // Pages are deleted later while another worker takes over: a dialog of the previous
    // worker may still be unwinding from one of them.
    bool m_deferPageDeletion = false;
    QLabel *m_siteLabel;
    QLabel *m_userLabel;
    QLabel *m_countLabel;
    QLabel *m_backupLabel;
    QTimer *m_backupTimer;
};

} // namespace casedesk
