// The case file window driven headlessly: tabs, saving, unsaved changes, conflicts.
#include "viewtesthelpers.h"

#include <QMenu>
#include <QPrintPreviewDialog>

using namespace casedesk;

class TestCaseFileWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }
    void init() { QVERIFY(m_site.setUp()); }
    void cleanup() { m_site.tearDown(); }

    void caseFileWindow_showsInteractionRecordedInDialog();
    void caseFileWindow_titleNamesCaseAndClient();
    void household_addsMemberThroughDialogAndRemovesAfterConfirmation();
    void closingWithUnsavedChanges_asks_data();
    void closingWithUnsavedChanges_asks();
    void overviewSave_writesPersonAndAddsHistory();
    void overviewSave_keepsFieldChangedMeanwhile();
    void conflictedCase_showsBannerAndMarkInList();
    void printSummary_previewsTheFullAndTheRedactedSummary();

private:
    ViewTestSite m_site;
};

void TestCaseFileWindow::caseFileWindow_showsInteractionRecordedInDialog()
{
    CaseFileWindow *window = m_site.window->openCase(m_site.firstCase());
    QVERIFY(window);
    window->tabs()->setCurrentWidget(window->interactions());
    QAbstractItemModel *model = window->interactions()->table()->model();
    const int before = model->rowCount();
    QCOMPARE(before, 2);
    QString error;
    whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<InteractionDialog *>(modal);
        QVERIFY(dialog);
        dialog->noteEdit()->setPlainText(QStringLiteral("Talked about the tailoring course."));
        dialog->accept();
        error = dialog->errorText();
    });
    window->interactions()
        ->findChild<QPushButton *>(QStringLiteral("recordInteractionButton"))
        ->click();
    QCOMPARE(error, QString());
    QCOMPARE(model->rowCount(), before + 1);
    // Newest first: the one just recorded is at the top.
    QCOMPARE(model->index(0, 3).data().toString(),
             QStringLiteral("Talked about the tailoring course."));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Test Worker"));
    const auto stored = CaseFiles(*m_site.store).load(m_site.firstCase());
    QCOMPARE(stored->interactions.size(), before + 1);
}

void TestCaseFileWindow::printSummary_previewsTheFullAndTheRedactedSummary()
{
    CaseFileWindow *window = m_site.window->openCase(m_site.firstCase());
    QVERIFY(window);
    auto *print = window->findChild<QPushButton *>(QStringLiteral("printSummaryButton"));
    QVERIFY(print && print->menu());
    QList<QAction *> entries;
    for (QAction *a : print->menu()->actions())
        if (!a->isSeparator())
            entries << a;
    QCOMPARE(entries.size(), 4); // preview and PDF, each also redacted
    QStringList titles;
    for (QAction *previewEntry : { entries.at(0), entries.at(2) }) {
        whenModalShown([&](QWidget *modal) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                titles << preview->windowTitle();
                preview->reject();
            }
        });
        previewEntry->trigger();
    }
    QCOMPARE(titles.size(), 2);
    QVERIFY2(titles.first().contains(QStringLiteral("Case file summary")),
             qPrintable(titles.first()));
}

void TestCaseFileWindow::caseFileWindow_titleNamesCaseAndClient()
{
    const auto data = CaseFiles(*m_site.store).load(m_site.firstCase());
    QVERIFY(data);
    CaseFileWindow *window = m_site.window->openCase(m_site.firstCase());
    QCOMPARE(window->windowTitle(),
             data->number + QStringLiteral(" — ") + data->client.fullName()
                 + QStringLiteral("[*]"));
    QCOMPARE(window->isWindowModified(), false);
}

void TestCaseFileWindow::closingWithUnsavedChanges_asks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("saved");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false << false;
    QTest::newRow("discard closes without saving") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("save closes and saves") << int(QMessageBox::Save) << true << true;
}

void TestCaseFileWindow::closingWithUnsavedChanges_asks()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(bool, saved);
    const QUuid caseId = m_site.firstCase();
    const QString before = CaseFiles(*m_site.store).load(caseId)->client.familyName;
    QPointer<CaseFileWindow> window = m_site.window->openCase(caseId);
    QLineEdit *family = window->findChild<QLineEdit *>(QStringLiteral("familyNameEdit"));
    QVERIFY(family);
    family->selectAll();
    typeText(family, QStringLiteral("Переименова"));
    QVERIFY(window->hasUnsavedChanges());
    QCOMPARE(window->isWindowModified(), true);

    QString prompt;
    whenModalShown([&](QWidget *modal) {
        prompt = modal->objectName();
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::StandardButton(answer))->click();
    });
    QCOMPARE(window->close(), closes);
    QCOMPARE(prompt, QStringLiteral("unsavedChangesPrompt"));
    QCOMPARE(window->isVisible(), !closes);
    const QString after = CaseFiles(*m_site.store).load(caseId)->client.familyName;
    QCOMPARE(after, saved ? QStringLiteral("Переименова") : before);
    if (!closes) {
        QCOMPARE(family->text(), QStringLiteral("Переименова"));
        // Closing the main window asks as well and stays open when told to.
        whenModalShown([](QWidget *modal) {
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
        });
        QCOMPARE(m_site.window->close(), false);
        QVERIFY(window);
    }
}

void TestCaseFileWindow::overviewSave_writesPersonAndAddsHistory()
{
    const QUuid caseId = m_site.firstCase();
    CaseFileWindow *window = m_site.window->openCase(caseId);
    auto *history = window->findChild<TableView *>(QStringLiteral("historyTable"));
    QVERIFY(history);
    const int historyRows = history->model()->rowCount();
    QLineEdit *street = window->findChild<QLineEdit *>(QStringLiteral("streetEdit"));
    street->clear();
    typeText(street, QStringLiteral("ул. Абая, 12"));
    QVERIFY(window->overview()->save());
    QCOMPARE(window->overview()->errorText(), QString());
    QCOMPARE(window->hasUnsavedChanges(), false);
    QCOMPARE(CaseFiles(*m_site.store).load(caseId)->client.street, QStringLiteral("ул. Абая, 12"));
    QTRY_VERIFY(history->model()->rowCount() > historyRows);
    const QModelIndexList found
        = history->model()->match(history->model()->index(0, 4), Qt::DisplayRole,
                                  QStringLiteral("ул. Абая, 12"), -1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().siblingAtColumn(1).data().toString(), QStringLiteral("Test Worker"));
    QCOMPARE(found.first().siblingAtColumn(3).data().toString(),
             QStringLiteral("Person: Street and house"));
}

void TestCaseFileWindow::overviewSave_keepsFieldChangedMeanwhile()
{
    const QUuid caseId = m_site.firstCase();
    CaseFileWindow *window = m_site.window->openCase(caseId);
    QLineEdit *languages = window->findChild<QLineEdit *>(QStringLiteral("languagesEdit"));
    languages->clear();
    typeText(languages, QStringLiteral("ru, en"));
    // Another window (or an imported package) changes the citizenship while this one edits.
    CaseFiles files(*m_site.store);
    PersonData other = files.load(caseId)->client;
    other.citizenship = QStringLiteral("stateless");
    QVERIFY(files.updatePerson(caseId, other));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("changedBanner"))->isHidden(), false);
    QCOMPARE(languages->text(), QStringLiteral("ru, en"));
    QVERIFY(window->overview()->save());
    const PersonData saved = files.load(caseId)->client;
    QCOMPARE(saved.languages, QStringLiteral("ru, en"));
    QCOMPARE(saved.citizenship, QStringLiteral("stateless"));
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("citizenshipEdit"))->text(),
             QStringLiteral("stateless"));
}

void TestCaseFileWindow::conflictedCase_showsBannerAndMarkInList()
{
    const QUuid caseId = m_site.firstCase();
    // A second office holding the same case: a consistent copy opened at another path.
    const QString otherPath = m_site.dir->filePath(QStringLiteral("other.cdsk"));
    QVERIFY(Backup::write(m_site.store->db(), otherPath));
    auto other = RecordStore::open(otherPath, Database::Mode::ReadWrite);
    QVERIFY2(other, qPrintable(other.message()));
    QVERIFY(CaseFiles(*other.value())
                .updateCase(caseId,
                            { { QStringLiteral("assigned_worker"),
                                QStringLiteral("Worker at the other office") } }));
    QVERIFY(
        CaseFiles(*m_site.store)
            .updateCase(caseId,
                        { { QStringLiteral("assigned_worker"), QStringLiteral("Worker here") } }));
    CaseFileWindow *window = m_site.window->openCase(caseId);
    auto *banner = window->findChild<QLabel *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->isHidden(), true);

    const auto applied = m_site.store->applyVersions(other.value()->versions());
    QVERIFY2(applied, qPrintable(applied.message()));
    QVERIFY(applied.value() > 0);
    QVERIFY(CaseFiles(*m_site.store).load(caseId)->hasConflict);
    QTRY_COMPARE(banner->isHidden(), false);
    QVERIFY(banner->text().contains(QStringLiteral("Two offices")));
    CaseListModel *list = m_site.window->caseList()->model();
    const QModelIndexList rows = list->match(list->index(0, 0), int(CaseListModel::Role::CaseId),
                                             caseId, 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(int(CaseListModel::Role::HasConflict)).toBool(), true);
}

void TestCaseFileWindow::household_addsMemberThroughDialogAndRemovesAfterConfirmation()
{
    const QUuid caseId = m_site.firstCase();
    CaseFileWindow *window = m_site.window->openCase(caseId);
    auto *table = window->findChild<TableView *>(QStringLiteral("householdTable"));
    QVERIFY(table);
    const int before = table->model()->rowCount();
    QString error;
    whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<HouseholdMemberDialog *>(modal);
        QVERIFY(dialog);
        chooseData(dialog, "relationshipCombo", QStringLiteral("child"));
        setText(dialog, "familyNameEdit", QStringLiteral("Младшая"));
        setText(dialog, "givenNameEdit", QStringLiteral("Айша"));
        setText(dialog, "birthDateEdit", QStringLiteral("2019"));
        dialog->accept();
        error = dialog->errorText();
    });
    window->findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
    QCOMPARE(error, QString());
    QCOMPARE(table->model()->rowCount(), before + 1);
    const int row = before;
    QCOMPARE(table->model()->index(row, 1).data().toString(), QStringLiteral("Младшая Айша"));
    QCOMPARE(table->model()->index(row, 0).data().toString(), QStringLiteral("Child"));

    auto *remove = window->findChild<QPushButton *>(QStringLiteral("removeMemberButton"));
    table->selectRow(0);
    QCOMPARE(remove->isEnabled(), false); // the applicant stays
    table->selectRow(row);
    QCOMPARE(remove->isEnabled(), true);
    QString question;
    whenModalShown([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    remove->click();
    QVERIFY2(question.contains(QStringLiteral("Младшая Айша")), qPrintable(question));
    QCOMPARE(table->model()->rowCount(), before);
    QCOMPARE(CaseFiles(*m_site.store).load(caseId)->household.size(), before);
}

QTEST_MAIN(TestCaseFileWindow)
#include "tst_views_casefile.moc"
