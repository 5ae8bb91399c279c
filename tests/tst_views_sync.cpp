// The Sync page driven headlessly: peers with their fingerprints and what waits to go, exports
// and imports through the page, refusals in the import summary, revoking a peer.
#include "synctestsupport.h"
#include "testsupport.h"
#include "viewtesthelpers.h"

#include "addpeerdialog.h"
#include "packagehistorymodel.h"
#include "peertablemodel.h"
#include "revokepeerdialog.h"
#include "syncpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileDialog>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Every item model of the page checked for consistency as long as the page lives.
void testModelsOf(SyncPage &page)
{
    new QAbstractItemModelTester(page.peerModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    new QAbstractItemModelTester(page.historyModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init();
    void cleanup();

    void identity_showsSiteNameKindAndFingerprint();
    void peerTable_showsPeerWithFingerprintAndPendingCount();
    void exportFor_addsOutgoingRowAndLastPackageOut();
    void importFiles_updatesHistoryAndPendingAfterRoundTrip();
    void importFiles_refusedPackageIsReportedAndOthersStillImport();
    void revoke_marksPeerAndRefusesItsLaterPackages();
    void addPeerDialog_addsOnlyAfterPhoneConfirmation();
    void addPeerFromFile_cancelAddsNothing();
    void packagesInFolder_listsOnlyPackagesSortedByName();
    void defaultPackageName_namesBothSitesAndTheMinute();

private:
    std::unique_ptr<TempFolder> m_folder;
    std::unique_ptr<RecordStore> m_hub;
    std::unique_ptr<RecordStore> m_office;
};

void TestSyncPage::init()
{
    m_folder = std::make_unique<TempFolder>();
    m_hub = makeSite(m_folder->file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
    m_office = makeSite(m_folder->file(u"north.cdsk"_s), u"North office"_s, u"office"_s);
    QVERIFY(m_hub && m_office);
    QVERIFY(peerUp(*m_hub, *m_office));
    QVERIFY_STATUS(CaseFiles(*m_office).openCase(newCase(person(u"Омарова"_s, u"Дана"_s))));
    QVERIFY_STATUS(CaseFiles(*m_office).openCase(newCase(person(u"Ким"_s, u"Алина"_s))));
}

void TestSyncPage::cleanup()
{
    m_office.reset();
    m_hub.reset();
    m_folder.reset();
}

void TestSyncPage::identity_showsSiteNameKindAndFingerprint()
{
    SyncPage page(*m_office);
    QCOMPARE(page.ownFingerprint(), cardOf(*m_office).fingerprint());
    auto *name = page.findChild<QLabel *>(u"siteName"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), u"North office (NOR)"_s);
}

void TestSyncPage::peerTable_showsPeerWithFingerprintAndPendingCount()
{
    SyncPage page(*m_office);
    testModelsOf(page);
    const PeerTableModel *model = page.peerModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, PeerTableModel::Name), u"Central desk (CEN)"_s);
    QCOMPARE(cell(model, 0, PeerTableModel::Kind), u"Central desk"_s);
    QCOMPARE(cell(model, 0, PeerTableModel::Fingerprint), cardOf(*m_hub).fingerprint());
    QCOMPARE(cell(model, 0, PeerTableModel::LastIn), u"never"_s);
    QCOMPARE(cell(model, 0, PeerTableModel::State), u"Active"_s);
    const auto pending
        = PackageExport::pending(*m_office, *Peers::byId(*m_office, m_hub->site().id));
    QVERIFY_STATUS(pending);
    QVERIFY(pending.value() > 0);
    // Indexes do not survive a reload; read the cell afresh each time.
    const auto waiting = [model](int role) {
        return model->index(0, PeerTableModel::Waiting).data(role);
    };
    QCOMPARE(waiting(int(PeerTableModel::Role::PendingCount)).toLongLong(), pending.value());
    QCOMPARE(waiting(Qt::DisplayRole).toString(), QLocale().toString(pending.value()));

    // A new case at the office waits to go too, once the store says it changed.
    page.show();
    QVERIFY_STATUS(CaseFiles(*m_office).openCase(newCase(person(u"Ли"_s, u"Вера"_s))));
    QTRY_VERIFY(waiting(int(PeerTableModel::Role::PendingCount)).toLongLong() > pending.value());
}

void TestSyncPage::exportFor_addsOutgoingRowAndLastPackageOut()
{
    SyncPage page(*m_office);
    testModelsOf(page);
    QCOMPARE(page.historyModel()->rowCount(), 0);
    const PeerInfo hub = page.peerModel()->peer(0);
    const QString path = m_folder->file(
        SyncPage::defaultPackageName(m_office->site(), hub, QDateTime::currentDateTime()));
    const auto written = page.exportFor(hub, path);
    QVERIFY_STATUS(written);
    QVERIFY(QFileInfo::exists(path));
    const PackageHistoryModel *history = page.historyModel();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(cell(history, 0, PackageHistoryModel::Direction), u"Sent"_s);
    QCOMPARE(cell(history, 0, PackageHistoryModel::Peer), u"Central desk"_s);
    QCOMPARE(cell(history, 0, PackageHistoryModel::File), QFileInfo(path).fileName());
    QCOMPARE(cell(history, 0, PackageHistoryModel::Changes), QLocale().toString(written->versions));
    QVERIFY(cell(page.peerModel(), 0, PeerTableModel::LastOut) != u"never"_s);
}

void TestSyncPage::importFiles_updatesHistoryAndPendingAfterRoundTrip()
{
    SyncPage hubPage(*m_hub);
    testModelsOf(hubPage);
    const QString toHub = exportPackage(*m_office, *m_hub, m_folder->file(u"to-hub.cdpkg"_s));
    QVERIFY(!toHub.isEmpty());
    const QList<PackageImportOutcome> atHub = hubPage.importFiles({ toHub });
    QCOMPARE(atHub.size(), 1);
    QVERIFY2(atHub.first().imported(), qPrintable(atHub.first().line()));
    QVERIFY2(atHub.first().line().startsWith(u"to-hub.cdpkg: From North office: "_s),
             qPrintable(atHub.first().line()));
    const PackageHistoryModel *history = hubPage.historyModel();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(cell(history, 0, PackageHistoryModel::Direction), u"Received"_s);
    QCOMPARE(cell(history, 0, PackageHistoryModel::File), u"to-hub.cdpkg"_s);
    QCOMPARE(cell(history, 0, PackageHistoryModel::Cases), u"2"_s);
    QVERIFY(cell(hubPage.peerModel(), 0, PeerTableModel::LastIn) != u"never"_s);

    // The hub's answer acknowledges what it received: nothing waits at the office any more.
    SyncPage officePage(*m_office);
    testModelsOf(officePage);
    QVERIFY(officePage.peerModel()
                ->index(0, PeerTableModel::Waiting)
                .data(int(PeerTableModel::Role::PendingCount))
                .toLongLong()
            > 0);
    const QString toOffice = exportPackage(*m_hub, *m_office, m_folder->file(u"to-north.cdpkg"_s));
    QVERIFY(!toOffice.isEmpty());
    const auto atOffice = officePage.importFiles({ toOffice });
    QVERIFY2(atOffice.value(0).imported(), qPrintable(atOffice.value(0).line()));
    QCOMPARE(officePage.peerModel()
                 ->index(0, PeerTableModel::Waiting)
                 .data(int(PeerTableModel::Role::PendingCount))
                 .toLongLong(),
             0);
    const PackageHistoryModel *officeHistory = officePage.historyModel();
    QCOMPARE(officeHistory->rowCount(), 2); // what the office sent, and the answer
    QStringList rows;
    for (int row = 0; row < officeHistory->rowCount(); ++row)
        rows << cell(officeHistory, row, PackageHistoryModel::Direction) + u' '
                + cell(officeHistory, row, PackageHistoryModel::File);
    rows.sort();
    QCOMPARE(rows, QStringList({ u"Received to-north.cdpkg"_s, u"Sent to-hub.cdpkg"_s }));

    // The same package twice says so and changes nothing.
    const auto again = hubPage.importFiles({ toHub });
    QVERIFY2(again.value(0).message.contains(u"already imported"_s),
             qPrintable(again.value(0).line()));
    QCOMPARE(history->rowCount(), 2); // received, and the answer sent to the office
}

void TestSyncPage::importFiles_refusedPackageIsReportedAndOthersStillImport()
{
    SyncPage page(*m_hub);
    testModelsOf(page);
    // The hub's own package on the stick, a damaged file, and the office's package.
    const QString own = exportPackage(*m_hub, *m_office, m_folder->file(u"1-own.cdpkg"_s));
    QVERIFY(!own.isEmpty());
    const QString damaged = m_folder->file(u"2-damaged.cdpkg"_s);
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QString good = exportPackage(*m_office, *m_hub, m_folder->file(u"3-north.cdpkg"_s));
    QVERIFY(!good.isEmpty());

    const QList<PackageImportOutcome> outcomes = page.importFiles({ own, damaged, good });
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).verdict, PackageImportOutcome::Verdict::Refused);
    QVERIFY2(outcomes.at(0).line().startsWith(u"1-own.cdpkg: This package was written by this "
                                              "site itself"_s),
             qPrintable(outcomes.at(0).line()));
    QCOMPARE(outcomes.at(1).verdict, PackageImportOutcome::Verdict::Refused);
    QVERIFY2(!outcomes.at(1).message.isEmpty(), "a refusal without a message");
    QVERIFY2(outcomes.at(2).imported(), qPrintable(outcomes.at(2).line()));

    // One received row for the package that came in, beside the one the hub sent.
    const PackageHistoryModel *history = page.historyModel();
    QCOMPARE(history->rowCount(), 2);
    QStringList files;
    for (int row = 0; row < history->rowCount(); ++row)
        files << cell(history, row, PackageHistoryModel::Direction) + u' '
                + cell(history, row, PackageHistoryModel::File);
    files.sort();
    QCOMPARE(files, QStringList({ u"Received 3-north.cdpkg"_s, u"Sent 1-own.cdpkg"_s }));
}

void TestSyncPage::revoke_marksPeerAndRefusesItsLaterPackages()
{
    SyncPage page(*m_hub);
    testModelsOf(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *exportButton = page.findChild<QPushButton *>(u"exportButton"_s);
    QVERIFY(exportButton);
    // The only peer is chosen already.
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(exportButton->text(), u"&Export for North office…"_s);

    bool answered = false;
    whenModalShown([&answered](QWidget *modal) {
        auto *dialog = qobject_cast<RevokePeerDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(!dialog->revokeButton()->isEnabled());
        dialog->reasonEdit()->setText(u"laptop stolen"_s);
        QVERIFY(dialog->revokeButton()->isEnabled());
        dialog->revokeButton()->click();
        answered = true;
    });
    page.revokeSelected();
    QVERIFY(answered);
    const PeerTableModel *model = page.peerModel();
    QVERIFY(model->index(0, 0).data(int(PeerTableModel::Role::Revoked)).toBool());
    QVERIFY2(cell(model, 0, PeerTableModel::State).startsWith(u"Revoked on"_s),
             qPrintable(cell(model, 0, PeerTableModel::State)));
    QCOMPARE(model->index(0, PeerTableModel::State).data(Qt::ToolTipRole).toString(),
             u"Reason: laptop stolen"_s);
    QVERIFY(!exportButton->isEnabled());

    const QString later = exportPackage(*m_office, *m_hub, m_folder->file(u"later.cdpkg"_s));
    const auto outcomes = page.importFiles({ later });
    QCOMPARE(outcomes.value(0).verdict, PackageImportOutcome::Verdict::Refused);
    QVERIFY2(outcomes.value(0).message.contains(u"revoked"_s),
             qPrintable(outcomes.value(0).line()));
    QCOMPARE(page.historyModel()->rowCount(), 0);
}

void TestSyncPage::addPeerDialog_addsOnlyAfterPhoneConfirmation()
{
    const SiteIdentityCard card = cardOf(*m_hub);
    AddPeerDialog dialog(card, cardOf(*m_office).fingerprint());
    auto *digits = dialog.findChild<QLabel *>(u"peerFingerprint"_s);
    QVERIFY(digits);
    QCOMPARE(digits->text(), card.fingerprint());
    QVERIFY(digits->font().pointSizeF() > dialog.font().pointSizeF());
    QVERIFY(!dialog.addButton()->isEnabled());
    dialog.confirmBox()->setChecked(true);
    QVERIFY(dialog.addButton()->isEnabled());
}

void TestSyncPage::addPeerFromFile_cancelAddsNothing()
{
    auto second = makeSite(m_folder->file(u"south.cdsk"_s), u"South office"_s, u"office"_s);
    QVERIFY(second);
    const QString identity = m_folder->file(u"south.cdid"_s);
    QFile file(identity);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cardOf(*second).toFile());
    file.close();

    SyncPage page(*m_hub);
    testModelsOf(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QString shownFingerprint;
    bool cancelled = false;
    whenModalShown([&](QWidget *modal) {
        auto *chooser = qobject_cast<QFileDialog *>(modal);
        QVERIFY(chooser);
        // The whole path typed into the name field: selectFile() changes the folder, which the
        // dialog reads in the background, and accepted before that ends it says the file was
        // not found. The next watcher starts only now, so it cannot take the file dialog itself.
        auto *name = chooser->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(identity);
        whenModalShown([&](QWidget *confirm) {
            auto *dialog = qobject_cast<AddPeerDialog *>(confirm);
            if (!dialog)
                confirm->close(); // a message of the file dialog: fail below, do not hang
            QVERIFY2(dialog, confirm->metaObject()->className());
            shownFingerprint = dialog->findChild<QLabel *>(u"peerFingerprint"_s)->text();
            dialog->reject();
            cancelled = true;
        });
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog hides it as protected
    });
    page.addPeerFromFile();
    QVERIFY(cancelled);
    QCOMPARE(shownFingerprint, cardOf(*second).fingerprint());
    QCOMPARE(page.peerModel()->rowCount(), 1);
    QVERIFY(!Peers::byId(*m_hub, second->site().id));
}

void TestSyncPage::packagesInFolder_listsOnlyPackagesSortedByName()
{
    for (const QString &name : { u"b.cdpkg"_s, u"a.cdpkg"_s, u"notes.txt"_s, u"c.cdpkg"_s }) {
        QFile file(m_folder->file(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList names;
    for (const QString &path : SyncPage::packagesInFolder(m_folder->path()))
        names << QFileInfo(path).fileName();
    QCOMPARE(names, QStringList({ u"a.cdpkg"_s, u"b.cdpkg"_s, u"c.cdpkg"_s }));
}

void TestSyncPage::defaultPackageName_namesBothSitesAndTheMinute()
{
    const PeerInfo hub = *Peers::byId(*m_office, m_hub->site().id);
    const QDateTime at(QDate(2024, 3, 5), QTime(9, 7));
    QCOMPARE(SyncPage::defaultPackageName(m_office->site(), hub, at),
             u"NOR-to-CEN-20240305-0907.cdpkg"_s);
}

QTEST_MAIN(TestSyncPage)
#include "tst_views_sync.moc"
