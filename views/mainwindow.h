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

class CaseFileWindow;
class CaseListPage;
class ConflictsPage;
class DuplicatesPage;
class SyncPage;
class RecordStore;
struct ChangeSet;

// The program's main window: a side bar of pages (the case list first; more pages join it),
// the File and Sync menus (new case, other site file, backup and restore, packages) and the
// daily backup.
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
    DuplicatesPage *duplicatesPage() const { return m_duplicatesPage; }
    // Raises the case's window when it is already open.
    CaseFileWindow *openCase(const QUuid &caseId);
    QList<CaseFileWindow *> caseWindows() const;
    void newCase();
    // Replaces the open site file with path; keeps the current one when path is unusable.
    void openFile(const QString &path);
    // Replaces the site file with a backup after the person confirmed what that means.
    void restoreFrom(const QString &backup);
    // Closes every case file window, asking about unsaved changes; false when one stayed.
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

    std::unique_ptr<RecordStore> m_store;
    QListWidget *m_sideBar;
    QStackedWidget *m_pages;
    QLabel *m_noFilePage;
    QListWidgetItem *m_casesItem = nullptr;
    QListWidgetItem *m_settingsItem = nullptr;
    QListWidgetItem *m_syncItem = nullptr;
    QListWidgetItem *m_conflictsItem = nullptr;
    QListWidgetItem *m_duplicatesItem = nullptr;
    CaseListPage *m_caseList = nullptr;
    SyncPage *m_syncPage = nullptr;
    ConflictsPage *m_conflictsPage = nullptr;
    DuplicatesPage *m_duplicatesPage = nullptr;
    QHash<QUuid, QPointer<CaseFileWindow>> m_windows;
    QList<QAction *> m_storeActions;
    QLabel *m_siteLabel;
    QLabel *m_userLabel;
    QLabel *m_countLabel;
    QLabel *m_backupLabel;
    QTimer *m_backupTimer;
};

} // namespace casedesk
