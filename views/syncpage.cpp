#include "syncpage.h"

#include "addpeerdialog.h"
#include "packagehistorymodel.h"
#include "packageimport.h"
#include "peertablemodel.h"
#include "recordstore.h"
#include "revokepeerdialog.h"
#include "sitekeys.h"
#include "tableview.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

const QString PackageSuffix = QStringLiteral("cdpkg");
const QString IdentitySuffix = QStringLiteral("cdid");
// Where the last package or identity file went: usually the USB stick.
const QString FolderKey = QStringLiteral("sync/folder");
// Identity files are a few hundred bytes; anything far larger is not one.
constexpr qint64 MaxIdentityBytes = 1 << 20;
// QProgressDialog counts in int; a permille scale covers packages of any size.
constexpr int ProgressSteps = 1000;

// A site code or name as it may appear in a file name on any file system.
QString fileNamePart(const QString &code, const QString &name)
{
    QString part = code.trimmed().isEmpty() ? name.trimmed() : code.trimmed();
    part.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    return part.isEmpty() ? QStringLiteral("site") : part;
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

} // namespace

SyncPage::SyncPage(RecordStore &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_peers(new PeerTableModel(store, this)),
      m_history(new PackageHistoryModel(store, this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createIdentityBox());
    layout->addWidget(createPeersBox(), 2);
    layout->addWidget(createHistoryBox(), 3);

    // Edits arrive in bursts; counting what waits for each peer once per burst is enough.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncPage::refresh);
    connect(&store, &RecordStore::changed, this, &SyncPage::onStoreChanged);
    connect(m_peerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::updateButtons);
    refresh();
}

QWidget *SyncPage::createIdentityBox()
{
    auto *box = new QGroupBox(tr("This site"), this);
    m_siteName = new QLabel(box);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteKind = new QLabel(box);
    m_fingerprint = new QLabel(box);
    m_fingerprint->setObjectName(QStringLiteral("siteFingerprint"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_fingerprint->setFont(font);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportIdentity = new QPushButton(tr("Export this site's &identity…"), box);
    exportIdentity->setObjectName(QStringLiteral("exportIdentityButton"));
    connect(exportIdentity, &QPushButton::clicked, this, &SyncPage::exportIdentity);

    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_siteName);
    form->addRow(tr("Kind:"), m_siteKind);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    auto *row = new QHBoxLayout(box);
    row->addLayout(form, 1);
    row->addWidget(exportIdentity, 0, Qt::AlignBottom);
    return box;
}

QWidget *SyncPage::createPeersBox()
{
    auto *box = new QGroupBox(tr("Peers"), this);
    m_peerTable = new TableView(box);
    m_peerTable->setObjectName(QStringLiteral("peerTable"));
    m_peerTable->setModel(m_peers);
    m_peerTable->stretchColumn(PeerTableModel::Name);
    m_peerTable->setPlaceholderText(
        m_store.site().kind == QLatin1String("hub")
            ? tr("No office is a peer yet. Add each office from its identity file.")
            : tr("The central desk is not a peer yet. Add it from its identity file."));
    auto *add = new QPushButton(tr("&Add peer from identity file…"), box);
    add->setObjectName(QStringLiteral("addPeerButton"));
    m_revoke = new QPushButton(tr("Re&voke…"), box);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_export = new QPushButton(box);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *importFiles = new QPushButton(tr("I&mport package…"), box);
    importFiles->setObjectName(QStringLiteral("importButton"));
    auto *importFolder = new QPushButton(tr("Import &folder…"), box);
    importFolder->setObjectName(QStringLiteral("importFolderButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(importFiles);
    buttons->addWidget(importFolder);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_peerTable, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SyncPage::addPeerFromFile);
    connect(m_revoke, &QPushButton::clicked, this, &SyncPage::revokeSelected);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportForSelected);
    connect(m_peerTable, &QAbstractItemView::activated, this, &SyncPage::exportForSelected);
    connect(importFiles, &QPushButton::clicked, this, &SyncPage::importPackages);
    connect(importFolder, &QPushButton::clicked, this, &SyncPage::importFolder);
    return box;
}

QWidget *SyncPage::createHistoryBox()
{
    auto *box = new QGroupBox(tr("Packages in and out"), this);
    m_historyTable = new TableView(box);
    m_historyTable->setObjectName(QStringLiteral("packageHistoryTable"));
    m_historyTable->setModel(m_history);
    m_historyTable->stretchColumn(PackageHistoryModel::File);
    m_historyTable->setPlaceholderText(tr("No package has been exported or imported yet."));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_historyTable);
    return box;
}

QString SyncPage::ownFingerprint() const
{
    return m_fingerprint->text();
}

void SyncPage::refresh()
{
    if (m_busy)
        return;
    m_refreshTimer->stop();
    m_stale = false;
    const SiteIdentity &site = m_store.site();
    m_siteName->setText(site.code.isEmpty() ? site.name : tr("%1 (%2)").arg(site.name, site.code));
    m_siteKind->setText(PeerTableModel::kindLabel(site.kind));
    // Keys are made with the site; load() creates them for a file from before they were.
    auto keys = SiteKeys::load(m_store);
    m_fingerprint->setText(keys ? keys->card(m_store).fingerprint() : keys.message());

    const auto selected = selectedPeer();
    m_peers->reload();
    m_history->reload();
    // An office has one peer; its buttons should not wait for a click in the table.
    if (selected || m_peers->rowCount() > 0)
        selectPeer(selected ? selected->site : m_peers->peer(0).site);
    updateButtons();
}

void SyncPage::onStoreChanged()
{
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

std::optional<PeerInfo> SyncPage::selectedPeer() const
{
    const int row = m_peerTable->currentRow();
    if (row < 0 || row >= m_peers->rowCount())
        return std::nullopt;
    return m_peers->peer(row);
}

void SyncPage::selectPeer(const QUuid &peer)
{
    const int row = m_peers->rowOf(peer);
    if (row >= 0)
        m_peerTable->selectRow(row);
    else
        m_peerTable->clearSelection();
}

void SyncPage::updateButtons()
{
    const auto peer = selectedPeer();
    const bool usable = peer && !peer->isRevoked();
    m_revoke->setEnabled(usable);
    m_export->setEnabled(usable);
    QString name = peer ? peer->name : QString();
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_export->setText(peer ? tr("&Export for %1…").arg(name) : tr("&Export for…"));
    m_export->setToolTip(peer ? QString() : tr("Choose a peer in the table first."));
}

QString SyncPage::startFolder() const
{
    const QString folder = QSettings().value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void SyncPage::rememberFolder(const QString &pathInside)
{
    const QFileInfo info(pathInside);
    QSettings().setValue(FolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void SyncPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void SyncPage::exportIdentity()
{
    const QString title = tr("Export this site's identity");
    auto keys = SiteKeys::load(m_store);
    if (!keys)
        return showError(title, keys.message());
    const SiteIdentityCard card = keys->card(m_store);
    const QString suggested = QDir(startFolder())
                                  .filePath(fileNamePart(card.code, card.name)
                                            + QStringLiteral("-identity.") + IdentitySuffix);
    QString path = QFileDialog::getSaveFileName(
        this, title, suggested, tr("CaseDesk identity files (*.%1)").arg(IdentitySuffix));
    if (path.isEmpty())
        return;
    path = withSuffix(path, IdentitySuffix);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(card.toFile()) < 0 || !file.commit())
        return showError(
            title,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    rememberFolder(path);
    QMessageBox::information(
        this, title,
        tr("The identity of %1 was written to %2.\n\nCarry it to the other "
           "site. When they add it, read them this fingerprint by phone:\n\n%3")
            .arg(card.name, QDir::toNativeSeparators(path), card.fingerprint()));
}

void SyncPage::addPeerFromFile()
{
    const QString title = tr("Add peer");
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Identity file of the peer"), startFolder(),
        tr("CaseDesk identity files (*.%1);;All files (*)").arg(IdentitySuffix));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showError(
            title,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto card = SiteIdentityCard::fromFile(file.read(MaxIdentityBytes));
    if (!card)
        return showError(title, card.message());
    if (const auto known = Peers::byId(m_store, card->site); known && !known->isRevoked()
        && known->signPublic == card->signPublic && known->boxPublic == card->boxPublic) {
        selectPeer(known->site);
        QMessageBox::information(this, title, tr("%1 is already a peer.").arg(known->name));
        return;
    }
    AddPeerDialog confirm(card.value(), ownFingerprint(), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    auto added = Peers::add(m_store, card.value());
    if (!added)
        return showError(title, added.message());
    refresh();
    selectPeer(added->site);
}

void SyncPage::revokeSelected()
{
    const auto peer = selectedPeer();
    if (!peer || peer->isRevoked())
        return;
    RevokePeerDialog dialog(*peer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = Peers::revoke(m_store, peer->site, dialog.reason()); !s)
        showError(tr("Revoke %1").arg(peer->name), s.message());
    refresh();
}

QString SyncPage::defaultPackageName(const SiteIdentity &site, const PeerInfo &peer,
                                     const QDateTime &at)
{
    return fileNamePart(site.code, site.name) + QStringLiteral("-to-")
        + fileNamePart(peer.code, peer.name) + QLatin1Char('-')
        + at.toString(QStringLiteral("yyyyMMdd-HHmm")) + QLatin1Char('.') + PackageSuffix;
}

Result<ExportSummary> SyncPage::exportFor(const PeerInfo &peer, const QString &path)
{
    auto written = PackageExport::write(m_store, peer, path);
    refresh();
    return written;
}

void SyncPage::exportForSelected()
{
    const auto peer = selectedPeer();
    if (!peer || peer->isRevoked())
        return;
    const QString title = tr("Export for %1").arg(peer->name);
    const QString suggested
        = QDir(startFolder())
              .filePath(defaultPackageName(m_store.site(), *peer, QDateTime::currentDateTime()));
    QString path = QFileDialog::getSaveFileName(this, title, suggested,
                                                tr("CaseDesk packages (*.%1)").arg(PackageSuffix));
    if (path.isEmpty())
        return;
    path = withSuffix(path, PackageSuffix);
    rememberFolder(path);
    auto written = exportFor(*peer, path);
    if (!written)
        return showError(title, written.message());
    const ExportSummary &s = written.value();
    const QString where = QDir::toNativeSeparators(s.path.isEmpty() ? path : s.path);
    QString text;
    if (s.versions == 0) {
        text = tr("%1 was written. Nothing new waits for %2; the package tells it what this "
                  "site has received.")
                   .arg(where, peer->name);
    } else {
        text = tr("%1 was written for %2: %n change(s)", nullptr, int(s.versions))
                   .arg(where, peer->name)
            + tr(" in %n case(s)", nullptr, int(s.cases))
            + tr(", %n attachment(s)", nullptr, int(s.blobs)) + QLatin1Char('.');
    }
    text += QStringLiteral("\n\n")
        + tr("Size: %1. Carry it to %2 and import it there.")
              .arg(QLocale().formattedDataSize(s.bytes), peer->name);
    QMessageBox::information(this, title, text);
}

QStringList SyncPage::packagesInFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.") + PackageSuffix }, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QList<PackageImportOutcome> SyncPage::importFiles(const QStringList &paths,
                                                  QProgressDialog *progress)
{
    using Verdict = PackageImportOutcome::Verdict;
    qint64 totalBytes = 0;
    for (const QString &path : paths)
        totalBytes += qMax<qint64>(QFileInfo(path).size(), 1);
    qint64 doneBytes = 0;
    int shown = -1;
    const auto show = [&](qint64 bytes) {
        const int value = totalBytes > 0 ? int(bytes * ProgressSteps / totalBytes) : 0;
        // setValue on a modal dialog processes events; only when the bar moves.
        if (progress && value != shown)
            progress->setValue(shown = qBound(0, value, ProgressSteps));
    };

    QList<PackageImportOutcome> outcomes;
    m_busy = true;
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        const qint64 size = qMax<qint64>(QFileInfo(path).size(), 1);
        PackageImportOutcome outcome;
        outcome.fileName = QFileInfo(path).fileName();
        if (progress && progress->wasCanceled()) {
            outcome.message = tr("Not imported: the import was stopped before this package.");
            outcomes << outcome;
            continue;
        }
        if (progress)
            progress->setLabelText(
                tr("Importing %1 (%2 of %3)…").arg(outcome.fileName).arg(i + 1).arg(paths.size()));
        show(doneBytes);
        auto imported = PackageImport::importFile(
            m_store, path, [&](qint64 read, qint64) { show(doneBytes + qMin(read, size)); });
        outcome.verdict = imported ? Verdict::Imported : Verdict::Refused;
        outcome.message = imported ? PackageImport::describe(imported.value()) : imported.message();
        outcomes << outcome;
        doneBytes += size;
        show(doneBytes);
    }
    m_busy = false;
    refresh();
    return outcomes;
}

void SyncPage::runImport(const QStringList &paths)
{
    QProgressDialog progress(tr("Importing packages…"), tr("Stop after this package"), 0,
                             ProgressSteps, this);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    const QList<PackageImportOutcome> outcomes = importFiles(paths, &progress);
    progress.close();
    ImportSummaryDialog summary(outcomes, this);
    summary.exec();
}

void SyncPage::importPackages()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import packages"), startFolder(),
        tr("CaseDesk packages (*.%1);;All files (*)").arg(PackageSuffix));
    if (paths.isEmpty())
        return;
    rememberFolder(paths.first());
    runImport(paths);
}

void SyncPage::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import every package in a folder"), startFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    const QStringList paths = packagesInFolder(folder);
    if (paths.isEmpty()) {
        QMessageBox::information(this, tr("Import folder"),
                                 tr("There is no package (*.%1) in %2.")
                                     .arg(PackageSuffix, QDir::toNativeSeparators(folder)));
        return;
    }
    runImport(paths);
}

} // namespace casedesk
