// The main window driven headlessly: case list, search, site files, backup restore.
#include "viewtesthelpers.h"

using namespace casedesk;

class TestViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { QVERIFY(m_site.setUp()); }
    void cleanup() { m_site.tearDown(); }

    void mainWindow_listsCasesOfTheDemoFile();
    void searchBox_filtersListAfterTypingPause();
    void searchBox_ctrlFAndDownKeyMoveBetweenSearchAndList();
    void openCase_raisesTheWindowAlreadyOpen();
    void openingTextFile_showsMessageAndLeavesFileAlone();
    void openFile_keepsCurrentFileWhenTheOtherIsUnusable();
    void openFile_switchesToAnotherSite();
    void restoreFrom_bringsBackTheBackedUpState();

private:
    ViewTestSite m_site;
};

void TestViews::mainWindow_listsCasesOfTheDemoFile()
{
    CaseListPage *page = m_site.window->caseList();
    QVERIFY(page);
    QCOMPARE(page->table()->model()->rowCount(), DemoCases);
    QCOMPARE(page->model()->totalCount(), DemoCases);
    QCOMPARE(page->countText(), QStringLiteral("%1 case(s)").arg(DemoCases));
    // Sorted by case number by default.
    const QString first = page->model()->index(0, CaseListModel::Number).data().toString();
    const QString second = page->model()->index(1, CaseListModel::Number).data().toString();
    QVERIFY2(first < second, qPrintable(first + QLatin1Char(' ') + second));
    const QString status = m_site.window->statusText();
    QVERIFY2(status.contains(QStringLiteral("Demo office")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Test Worker")), qPrintable(status));
    QVERIFY2(status.contains(QString::number(DemoCases)), qPrintable(status));
}

void TestViews::searchBox_filtersListAfterTypingPause()
{
    CaseListPage *page = m_site.window->caseList();
    const QString client = page->model()->index(3, CaseListModel::Client).data().toString();
    const QString family = client.section(QLatin1Char(' '), 0, 0);
    QVERIFY(!family.isEmpty());
    typeText(page->searchEdit(), family);
    // Nothing is queried while the person is still typing.
    QCOMPARE(page->model()->rowCount(), DemoCases);
    QTRY_VERIFY(page->model()->rowCount() < DemoCases);
    QVERIFY(page->model()->rowCount() >= 1);
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QString name = page->model()->index(row, CaseListModel::Client).data().toString();
        QVERIFY2(name.contains(family, Qt::CaseInsensitive) || family.startsWith(name.left(3)),
                 qPrintable(name));
    }
    QVERIFY2(page->countText().contains(QStringLiteral("found")), qPrintable(page->countText()));

    page->searchEdit()->clear();
    QTRY_COMPARE(page->model()->rowCount(), DemoCases);
}

void TestViews::searchBox_ctrlFAndDownKeyMoveBetweenSearchAndList()
{
    CaseListPage *page = m_site.window->caseList();
    m_site.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_site.window.get()));
    page->table()->setFocus();
    QTRY_VERIFY(page->table()->hasFocus());
    // Ctrl+F from anywhere on the page goes to the search box.
    QTest::keySequence(page->table(), QKeySequence::Find);
    QTRY_VERIFY(page->searchEdit()->hasFocus());
    QTest::keyClick(page->searchEdit(), Qt::Key_Down);
    QTRY_VERIFY(page->table()->hasFocus());
    QCOMPARE(page->table()->currentRow(), 0);
    // Enter opens the selected case in its own window.
    QTest::keyClick(page->table(), Qt::Key_Return);
    QCOMPARE(m_site.window->caseWindows().size(), 1);
    QCOMPARE(m_site.window->caseWindows().first()->caseId(), m_site.firstCase());
}

void TestViews::openCase_raisesTheWindowAlreadyOpen()
{
    CaseFileWindow *first = m_site.window->openCase(m_site.firstCase());
    QVERIFY(first);
    CaseFileWindow *again = m_site.window->openCase(m_site.firstCase());
    QCOMPARE(again, first);
    QCOMPARE(m_site.window->caseWindows().size(), 1);
    CaseFileWindow *other = m_site.window->openCase(m_site.window->caseList()->model()->caseId(1));
    QVERIFY(other != first);
    QCOMPARE(m_site.window->caseWindows().size(), 2);
}

void TestViews::openingTextFile_showsMessageAndLeavesFileAlone()
{
    const QString path = m_site.dir->filePath(QStringLiteral("notes.cdsk"));
    const QByteArray content = "These are not case files.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString title, text;
    whenModalShown([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        title = box->objectName();
        text = box->text();
        box->accept();
    });
    QCOMPARE(SiteFiles::open(path, m_site.window.get()).get(), nullptr);
    QCOMPARE(title, QStringLiteral("openFailedMessage"));
    QVERIFY(!text.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestViews::openFile_keepsCurrentFileWhenTheOtherIsUnusable()
{
    const QString path = m_site.dir->filePath(QStringLiteral("empty.cdsk"));
    QFile(path).open(QIODevice::WriteOnly);
    whenModalShown([](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->accept(); });
    m_site.window->openFile(path);
    QCOMPARE(m_site.window->store(), m_site.store);
    QCOMPARE(m_site.window->caseList()->model()->totalCount(), DemoCases);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestViews::openFile_switchesToAnotherSite()
{
    SiteIdentity site;
    site.name = QStringLiteral("Naryn office");
    site.code = QStringLiteral("NAR1");
    site.kind = QStringLiteral("office");
    const QString path = m_site.dir->filePath(QStringLiteral("naryn.cdsk"));
    QVERIFY(RecordStore::create(path, site));
    m_site.window->openCase(m_site.firstCase());
    m_site.window->openFile(path);
    m_site.store = m_site.window->store();
    QCOMPARE(m_site.store->site().name, QStringLiteral("Naryn office"));
    QCOMPARE(m_site.store->author(), QStringLiteral("Test Worker"));
    QCOMPARE(m_site.window->caseWindows().size(), 0);
    QCOMPARE(m_site.window->caseList()->model()->totalCount(), 0);
    QVERIFY2(m_site.window->statusText().contains(QStringLiteral("Naryn office")),
             qPrintable(m_site.window->statusText()));
}

void TestViews::restoreFrom_bringsBackTheBackedUpState()
{
    const QString backup = m_site.dir->filePath(QStringLiteral("monday.cdbak"));
    QVERIFY(Backup::write(m_site.store->db(), backup));
    const QUuid incarnation = m_site.store->incarnation();
    NewCase extra;
    extra.client.familyName = QStringLiteral("Позднова");
    extra.client.givenName = QStringLiteral("Вера");
    extra.assignedWorker = QStringLiteral("Test Worker");
    QVERIFY(CaseFiles(*m_site.store).openCase(extra));
    QTRY_COMPARE(m_site.window->caseList()->model()->totalCount(), DemoCases + 1);

    QString confirmation;
    whenModalShown([&](QWidget *modal) {
        confirmation = modal->objectName();
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("incarnation")));
        // The result is reported in a second box.
        whenModalShown([](QWidget *next) { qobject_cast<QMessageBox *>(next)->accept(); });
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    m_site.window->restoreFrom(backup);
    QCOMPARE(confirmation, QStringLiteral("restoreConfirmation"));
    m_site.store = m_site.window->store();
    QVERIFY(m_site.store);
    QVERIFY(m_site.store->incarnation() != incarnation);
    QCOMPARE(m_site.window->caseList()->model()->totalCount(), DemoCases);
    QCOMPARE(caseCount(*m_site.store), DemoCases);
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
