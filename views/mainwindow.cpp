#include "mainwindow.h"

#include "accesslogpage.h"
#include "accounts.h"
#include "agenciesdialog.h"
#include "appsettings.h"
#include "backup.h"
#include "casefilewindow.h"
#include "caselistpage.h"
#include "closuredialog.h"
#include "conferencespage.h"
#include "conflictspage.h"
#include "duplicatespage.h"
#include "mydaypage.h"
#include "newcasedialog.h"
#include "permissions.h"
#include "recordstore.h"
#include "screenlock.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "sitefiles.h"
#include "supervisorpage.h"
#include "syncpage.h"
#include "syncstate.h"
#include "userspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace casedesk {

namespace {

constexpr int HourMs = 60 * 60 * 1000;
constexpr int PageRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(std::unique_ptr<RecordStore> store, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QStackedWidget(this);
    m_noFilePage = new QLabel(tr("No site file is open. Use File → Open file… or File → New "
                                 "site file…"),
                              m_pages);
    m_noFilePage->setAlignment(Qt::AlignCenter);
    m_noFilePage->setWordWrap(true);
    m_pages->addWidget(m_noFilePage);
    createSideBar();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sideBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_siteLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupStatus"));
    m_backupLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_backupLabel->hide();
    for (QLabel *label : { m_siteLabel, m_userLabel, m_countLabel })
        label->setContentsMargins(12, 0, 4, 0);
    statusBar()->addWidget(m_backupLabel, 1);
    statusBar()->addPermanentWidget(m_siteLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    createMenus();
    m_lock = new ScreenLock(this);
    m_lock->setIdleMinutes(AppSettings::lockMinutes());
    connect(m_lock, &ScreenLock::userSwitched, this, &MainWindow::onUserSwitched);

    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(HourMs);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::runAutomaticBackup);
    m_backupTimer->start();
    setStore(std::move(store));
    // After the window is on screen: a backup of a large file takes a moment.
    QTimer::singleShot(0, this, &MainWindow::runAutomaticBackup);
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    // Case windows hold references into the store; they go first.
    const QList<CaseFileWindow *> windows = caseWindows();
    for (CaseFileWindow *window : windows)
        delete window;
    delete m_lock;
    m_lock = nullptr;
}

void MainWindow::createSideBar()
{
    m_sideBar = new QListWidget(this);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->setSpacing(2);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setFixedWidth(170);
    m_sideBar->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); }"));
    m_casesItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                      tr("Cases"), m_sideBar);
    m_myDayItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogStart),
                                      tr("My day"), m_sideBar);
    m_conferencesItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                                            tr("Conferences"), m_sideBar);
    m_supervisorItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon),
                                           tr("Supervision"), m_sideBar);
    m_syncItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), tr("Sync"),
                                     m_sideBar);
    m_conflictsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                          tr("Conflicts"), m_sideBar);
    m_duplicatesItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                           tr("Possible duplicates"), m_sideBar);
    m_usersItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Users"),
                                      m_sideBar);
    m_accessLogItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogListView),
                                          tr("Access log"), m_sideBar);
    m_settingsItem = new QListWidgetItem(
        QIcon::fromTheme(QStringLiteral("preferences-system"),
                         style()->standardIcon(QStyle::SP_FileDialogInfoView)),
        tr("Settings"), m_sideBar);
    // Wide enough for the longest page name in the current language.
    int widest = 0;
    for (int row = 0; row < m_sideBar->count(); ++row)
        widest = qMax(widest,
                      m_sideBar->fontMetrics().horizontalAdvance(m_sideBar->item(row)->text()));
    m_sideBar->setFixedWidth(qMax(170, widest + m_sideBar->iconSize().width() + 32));
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QList<QPair<QListWidgetItem *, const char *>> keys
        = { { m_casesItem, "cases" },
            { m_myDayItem, "myDay" },
            { m_conferencesItem, "conferences" },
            { m_supervisorItem, "supervision" },
            { m_syncItem, "sync" },
            { m_conflictsItem, "conflicts" },
            { m_duplicatesItem, "duplicates" },
            { m_usersItem, "users" },
            { m_accessLogItem, "accessLog" },
            { m_settingsItem, "settings" } };
    for (const auto &[item, key] : keys)
        item->setData(KeyRole, QString::fromLatin1(key));
    connect(m_sideBar, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { onSideBarItem(item); });
}

void MainWindow::setPage(QListWidgetItem *item, QWidget *page)
{
    if (page && m_pages->indexOf(page) < 0)
        m_pages->addWidget(page);
    item->setData(PageRole, QVariant::fromValue(static_cast<QObject *>(page)));
    if (m_sideBar->currentItem() == item)
        onSideBarItem(item);
}

void MainWindow::onSideBarItem(QListWidgetItem *item)
{
    if (!item)
        return;
    if (item == m_settingsItem) {
        // Settings is a dialog, not a page; it opens once the selection change is over.
        QTimer::singleShot(0, this, &MainWindow::showSettings);
        return;
    }
    auto *page = qobject_cast<QWidget *>(item->data(PageRole).value<QObject *>());
    m_pages->setCurrentWidget(page ? page : m_noFilePage);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newCaseAction = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_storeActions << m_newCaseAction;
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open file…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("New &site file…"), this, &MainWindow::createSiteFile);
    file->addSeparator();
    m_backUpAction = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    m_restoreAction = file->addAction(tr("&Restore…"), this, &MainWindow::restore);
    m_storeActions << m_backUpAction << m_restoreAction;
    file->addSeparator();
    m_agenciesAction = file->addAction(tr("Partner &agencies…"), this, [this] {
        if (m_store)
            AgenciesDialog::showModal(*m_store, this);
    });
    m_storeActions << m_agenciesAction;
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    createSyncMenu();
    createAccountMenu();
}

void MainWindow::setStore(std::unique_ptr<RecordStore> store)
{
    deleteStorePages();
    m_store = std::move(store);
    m_lock->setStore(m_store.get());
    m_pagesFor.clear();
    if (m_store) {
        connect(m_store.get(), &RecordStore::changed, this, &MainWindow::onStoreChanged);
        connect(m_store.get(), &RecordStore::sessionChanged, this, &MainWindow::onSessionChanged);
        setWindowTitle(tr("%1 — CaseDesk").arg(m_store->site().name));
        showPagesForSession();
    } else {
        setWindowTitle(tr("CaseDesk"));
        updateActions();
    }
    updateStatus();
}

void MainWindow::createStorePages()
{
    const auto session = Access::current(*m_store);
    const QList<Role> roles
        = !session ? QList<Role>() : (session->isLocal() ? allRoles() : session->user().roles);
    const auto allowed = [&roles](Operation op) {
        return Access::allows(roles, op);
    };
    const bool accounts = Accounts::exist(*m_store);
    if (allowed(Operation::ViewCases)) {
        m_caseList = new CaseListPage(*m_store, this);
        connect(m_caseList, &CaseListPage::openCaseRequested, this, &MainWindow::openCase);
        connect(m_caseList, &CaseListPage::newCaseRequested, this, &MainWindow::newCase);
        setPage(m_casesItem, m_caseList);
    } else {
        // An empty table would look like a file without cases.
        m_noCasesPage = new QLabel(Access::refusal(Operation::ViewCases), this);
        m_noCasesPage->setObjectName(QStringLiteral("noCasesPage"));
        m_noCasesPage->setAlignment(Qt::AlignCenter);
        m_noCasesPage->setWordWrap(true);
        setPage(m_casesItem, m_noCasesPage);
    }
    const auto openAt = [this](const QUuid &caseId, int tab) {
        if (CaseTab(tab) == CaseTab::Conflicts && m_conflictsPage) {
            m_sideBar->setCurrentItem(m_conflictsItem);
            return;
        }
        if (CaseFileWindow *window = openCase(caseId))
            window->showTab(CaseTab(tab));
    };
    if (allowed(Operation::ViewCases)) {
        m_myDayPage = new MyDayPage(*m_store, this);
        connect(m_myDayPage, &MyDayPage::openCase, this, openAt);
        setPage(m_myDayItem, m_myDayPage);
        m_conferencesPage = new ConferencesPage(*m_store, this);
        connect(m_conferencesPage, &ConferencesPage::openCase, this, &MainWindow::openCase);
        setPage(m_conferencesItem, m_conferencesPage);
    }
    if (allowed(Operation::SignOff)) {
        m_supervisorPage = new SupervisorPage(*m_store, this);
        connect(m_supervisorPage, &SupervisorPage::openCase, this, openAt);
        setPage(m_supervisorItem, m_supervisorPage);
    }
    if (allowed(Operation::ExchangePackages) || allowed(Operation::ManageKeys)) {
        m_syncPage = new SyncPage(*m_store, this);
        setPage(m_syncItem, m_syncPage);
    }
    if (allowed(Operation::ResolveConflicts)) {
        m_conflictsPage = new ConflictsPage(*m_store, this);
        connect(m_conflictsPage, &ConflictsPage::openCase, this, &MainWindow::openCase);
        connect(m_conflictsPage, &ConflictsPage::reopenCase, this, [this](const QUuid &caseId) {
            CaseFiles files(*m_store);
            ClosureDialog::reopenCase(files, caseId, this);
        });
        setPage(m_conflictsItem, m_conflictsPage);
    }
    if (allowed(Operation::ReviewDuplicates)) {
        m_duplicatesPage = new DuplicatesPage(*m_store, this);
        connect(m_duplicatesPage, &DuplicatesPage::openCase, this, &MainWindow::openCase);
        setPage(m_duplicatesItem, m_duplicatesPage);
    }
    if (accounts && allowed(Operation::ManageUsers)) {
        m_usersPage = new UsersPage(*m_store, this);
        setPage(m_usersItem, m_usersPage);
    }
    if (allowed(Operation::ViewAccessLog)) {
        m_accessLogPage = new AccessLogPage(*m_store, this);
        setPage(m_accessLogItem, m_accessLogPage);
    }
    for (QListWidgetItem *item :
         { m_myDayItem, m_conferencesItem, m_supervisorItem, m_syncItem, m_conflictsItem,
           m_duplicatesItem, m_usersItem, m_accessLogItem })
        item->setHidden(!item->data(PageRole).value<QObject *>());
}

void MainWindow::deleteStorePages()
{
    for (QListWidgetItem *item :
         { m_casesItem, m_myDayItem, m_conferencesItem, m_supervisorItem, m_syncItem,
           m_conflictsItem, m_duplicatesItem, m_usersItem, m_accessLogItem })
        setPage(item, nullptr);
    const QList<QWidget *> pages
        = { m_caseList, m_noCasesPage,   m_myDayPage, m_conferencesPage, m_supervisorPage,
            m_syncPage, m_conflictsPage, m_usersPage, m_duplicatesPage,  m_accessLogPage };
    for (QWidget *page : pages) {
        if (!page)
            continue;
        m_pages->removeWidget(page);
        if (m_deferPageDeletion) {
            page->hide();
            page->deleteLater();
        } else {
            delete page;
        }
    }
    m_caseList = nullptr;
    m_noCasesPage = nullptr;
    m_myDayPage = nullptr;
    m_conferencesPage = nullptr;
    m_supervisorPage = nullptr;
    m_syncPage = nullptr;
    m_conflictsPage = nullptr;
    m_duplicatesPage = nullptr;
    m_usersPage = nullptr;
    m_accessLogPage = nullptr;
}

void MainWindow::showSyncPage()
{
    if (!m_syncPage)
        return;
    m_sideBar->setCurrentItem(m_syncItem);
    onSideBarItem(m_syncItem);
}

// Sync → Export for each peer, and Import: the same work as the Sync page's buttons.
void MainWindow::createSyncMenu()
{
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    connect(sync, &QMenu::aboutToShow, this, [this, sync] {
        sync->clear();
        if (!m_store || !m_syncPage) {
            sync->addAction(tr("No site file is open"))->setEnabled(false);
            return;
        }
        const QList<PeerInfo> peers = Peers::list(*m_store);
        for (const PeerInfo &peer : peers) {
            if (peer.isRevoked())
                continue;
            const QUuid id = peer.site;
            sync->addAction(tr("&Export for %1…").arg(peer.name), this, [this, id] {
                showSyncPage();
                m_syncPage->selectPeer(id);
                m_syncPage->exportForSelected();
            });
        }
        if (peers.isEmpty())
            sync->addAction(tr("No peers yet: add one on the Sync page"))->setEnabled(false);
        sync->addSeparator();
        sync->addAction(tr("&Import package…"), this, [this] {
            showSyncPage();
            m_syncPage->importPackages();
        });
        sync->addAction(tr("Import &folder…"), this, [this] {
            showSyncPage();
            m_syncPage->importFolder();
        });
        sync->addSeparator();
        sync->addAction(tr("Sync &page"), this, &MainWindow::showSyncPage);
    });
}

void MainWindow::onStoreChanged(const ChangeSet &changes)
{
    if (changes.everything || changes.entities.contains(QStringLiteral("case")))
        updateStatus();
}

void MainWindow::updateStatus()
{
    const auto session = m_store ? m_store->session() : nullptr;
    if (session && !session->isLocal()) {
        //: status bar: the signed-in worker's name and roles
        m_userLabel->setText(tr("%1 — %2").arg(session->user().name, session->user().roleLabels()));
    } else {
        const QString user = AppSettings::userName();
        m_userLabel->setText(user.isEmpty() ? QString() : tr("User: %1").arg(user));
    }
    if (!m_store) {
        m_siteLabel->setText(tr("No site file is open"));
        m_countLabel->clear();
        return;
    }
    m_siteLabel->setText(m_store->site().kind == QLatin1String("hub")
                             ? tr("Central desk: %1").arg(m_store->site().name)
                             : tr("Office: %1").arg(m_store->site().name));
    Statement st = m_store->db().statement("SELECT count(*) FROM cases WHERE deleted=0");
    const qint64 cases = st.step() == Statement::Step::Row ? st.int64(0) : 0;
    m_countLabel->setText(tr("%Ln case(s) in the file", nullptr, int(cases)));
}

QString MainWindow::statusText() const
{
    return QStringList { m_siteLabel->text(), m_userLabel->text(), m_countLabel->text() }.join(
        QLatin1Char('\n'));
}

CaseFileWindow *MainWindow::openCase(const QUuid &caseId)
{
    if (!m_store || caseId.isNull())
        return nullptr;
    CaseFileWindow *window = m_windows.value(caseId);
    if (!window) {
        // Top-level of their own, not owned by this window: a case file may sit beside or
        // behind the list. The destructor and closeCaseWindows() end them before the store.
        window = new CaseFileWindow(*m_store, caseId, userName());
        m_windows.insert(caseId, window);
        connect(window, &QObject::destroyed, this, [this, caseId] { m_windows.remove(caseId); });
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QList<CaseFileWindow *> MainWindow::caseWindows() const
{
    QList<CaseFileWindow *> list;
    for (const QPointer<CaseFileWindow> &w : m_windows)
        if (w)
            list << w.data();
    return list;
}

bool MainWindow::closeCaseWindows()
{
    if (m_conferencesPage && !m_conferencesPage->closeWindows())
        return false;
    for (CaseFileWindow *window : caseWindows()) {
        if (!window->close())
            return false;
        // close() only schedules the deletion; the store may be gone before it happens.
        delete window;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeCaseWindows())
        event->accept();
    else
        event->ignore();
}

void MainWindow::newCase()
{
    if (!m_store)
        return;
    CaseFiles files(*m_store);
    NewCaseDialog dialog(files, userName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openCase(dialog.createdCase().isNull() ? dialog.existingCase() : dialog.createdCase());
}

void MainWindow::chooseFile()
{
    const QString path = SiteFiles::askForExisting(this);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (m_store
        && QFileInfo(path).canonicalFilePath()
            == QFileInfo(m_store->db().path()).canonicalFilePath())
        return;
    if (!closeCaseWindows())
        return;
    if (auto store = openAndSignIn(path))
        setStore(std::move(store));
    runAutomaticBackup();
}

void MainWindow::createSiteFile()
{
    if (!closeCaseWindows())
        return;
    auto store = SiteFiles::createNew(this);
    if (store && SignInDialog::ensureSignedIn(*store, this))
        setStore(std::move(store));
}

void MainWindow::backUp()
{
    if (!m_store)
        return;
    const QString name
        = QStringLiteral("casedesk-%1-%2.cdbak")
              .arg(m_store->site().code, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString folder = AppSettings::backupFolder().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : AppSettings::backupFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back up"), QDir(folder).filePath(name), tr("CaseDesk backups (*.cdbak)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = Backup::write(*m_store, path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::critical(this, tr("Back up"), s.message());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::restore()
{
    if (!m_store)
        return;
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from a backup"), AppSettings::backupFolder(),
        tr("CaseDesk backups (*.cdbak);;All files (*)"));
    if (!backup.isEmpty())
        restoreFrom(backup);
}

void MainWindow::restoreFrom(const QString &backup)
{
    if (!m_store)
        return;
    QMessageBox confirm(
        QMessageBox::Warning, tr("Restore from a backup"),
        tr("Replace the site file with the backup %1?").arg(QDir::toNativeSeparators(backup)),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    confirm.setInformativeText(Backup::restoreExplanation());
    QPushButton *restoreButton = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restoreButton || !closeCaseWindows())
        return;
    if (Status allowed = Access::require(*m_store, Operation::Backup); !allowed) {
        QMessageBox::warning(this, tr("Restore from a backup"), allowed.message());
        return;
    }
    const QString target = m_store->db().path();
    // The file is replaced underneath: no connection may stay open on it.
    setStore(nullptr);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status restored = Backup::restore(backup, target);
    QApplication::restoreOverrideCursor();
    if (restored)
        QMessageBox::information(this, tr("Restore from a backup"),
                                 tr("The backup was restored.") + QStringLiteral("\n\n")
                                     + Backup::restoreExplanation());
    else
        QMessageBox::critical(this, tr("Restore from a backup"), restored.message());
    // The restored file may have other accounts than the one replaced: sign in anew.
    auto store = openAndSignIn(target);
    if (!store) {
        store = SiteFiles::openAtStart(this);
        if (store && !SignInDialog::ensureSignedIn(*store, this))
            store.reset();
    }
    if (!store) {
        close();
        return;
    }
    setStore(std::move(store));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this, m_store && Accounts::exist(*m_store));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_lock->setIdleMinutes(AppSettings::lockMinutes());
    selectFirstVisiblePage();
    if (m_sideBar->hasFocus() && m_pages->currentWidget())
        m_pages->currentWidget()->setFocus(); // back to work, not to the navigation
    if (accepted)
        runAutomaticBackup();
}

void MainWindow::runAutomaticBackup()
{
    const QString folder = AppSettings::backupFolder();
    if (!m_store || folder.isEmpty()) {
        m_backupLabel->hide();
        return;
    }
    const auto written = Backup::automatic(m_store->db(), folder, AppSettings::backupKeep());
    if (!written) {
        m_backupLabel->setText(tr("Automatic backup failed: %1").arg(written.message()));
        m_backupLabel->setToolTip(m_backupLabel->text());
        m_backupLabel->show();
        return;
    }
    m_backupLabel->hide();
    if (!written->isEmpty())
        statusBar()->showMessage(
            tr("Automatic backup written to %1").arg(QDir::toNativeSeparators(*written)), 10000);
}

} // namespace casedesk
