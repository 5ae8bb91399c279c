#pragma once

#include "importsummarydialog.h"
#include "packageexport.h"
#include "syncstate.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTimer;

namespace casedesk {

class PackageHistoryModel;
class PeerTableModel;
class RecordStore;
class TableView;
struct ChangeSet;
struct SiteIdentity;

// The Sync page: this site's identity, its peers with what waits to go to each, exporting and
// importing package files, and the history of packages in and out (ARCHITECTURE §4).
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(RecordStore &store, QWidget *parent = nullptr);

    PeerTableModel *peerModel() const { return m_peers; }
    PackageHistoryModel *historyModel() const { return m_history; }
    TableView *peerTable() const { return m_peerTable; }
    TableView *historyTable() const { return m_historyTable; }
    QString ownFingerprint() const;
    std::optional<PeerInfo> selectedPeer() const;
    void selectPeer(const QUuid &peer);

    // The work behind the buttons, without dialogs. Files are imported in the order given; a
    // refused file does not stop the others. The progress dialog, when given, follows the bytes
    // read and its cancel button stops before the next file.
    QList<PackageImportOutcome> importFiles(const QStringList &paths,
                                            QProgressDialog *progress = nullptr);
    Result<ExportSummary> exportFor(const PeerInfo &peer, const QString &path);
    // Every *.cdpkg in a folder, sorted by name.
    static QStringList packagesInFolder(const QString &folder);
    // "<site code>-to-<peer code>-<yyyyMMdd-HHmm>.cdpkg"
    static QString defaultPackageName(const SiteIdentity &site, const PeerInfo &peer,
                                      const QDateTime &at);

    // The buttons: each asks what it needs in a dialog.
    void exportIdentity();
    void addPeerFromFile();
    void revokeSelected();
    void exportForSelected();
    void importPackages();
    void importFolder();

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createIdentityBox();
    QWidget *createPeersBox();
    QWidget *createHistoryBox();
    void runImport(const QStringList &paths);
    void updateButtons();
    void onStoreChanged();
    QString startFolder() const;
    void rememberFolder(const QString &pathInside);
    void showError(const QString &title, const QString &message);

    RecordStore &m_store;
    PeerTableModel *m_peers;
    PackageHistoryModel *m_history;
    QLabel *m_siteName = nullptr;
    QLabel *m_siteKind = nullptr;
    QLabel *m_fingerprint = nullptr;
    TableView *m_peerTable = nullptr;
    TableView *m_historyTable = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_refreshTimer;
    bool m_stale = false;
    bool m_busy = false; // an import is running; refreshing would read mid-transaction
};

} // namespace casedesk
