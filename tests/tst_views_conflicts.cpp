// Conflicts, duplicates and transferred cases in the GUI, driven headlessly.
#include "storetestsupport.h"
#include "viewtesthelpers.h"

#include "conflictlistmodel.h"
#include "conflictresolutiondialog.h"
#include "conflictspage.h"
#include "duplicatereview.h"
#include "duplicatereviewmodel.h"
#include "duplicatespage.h"
#include "sitechoicedialog.h"
#include "syncscope.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Both offices know each other's site rows; A renamed the client, B too, differently.
bool prepareNameConflict(TwoOffices &t)
{
    return prepareTwo(t) && exchange(*t.a, *t.b)
        && t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } }))
               .isOk()
        && t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } }))
               .isOk()
        && exchange(*t.a, *t.b);
}

ConflictInfo onlyConflict(const RecordStore &store)
{
    const QList<ConflictInfo> all = store.conflicts();
    return all.size() == 1 ? all.first() : ConflictInfo();
}

int headWith(const ConflictResolutionDialog &dialog, const QString &family)
{
    for (int i = 0; i < dialog.conflict().heads.size(); ++i)
        if (dialog.conflict().heads.at(i).values.value(u"family_name"_s).toString() == family)
            return i;
    return -1;
}

} // namespace

class TestConflictViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void dialog_showsBaseThenEachHeadWithAuthorAndSite();
    void dialog_chosenHeadBecomesValueEverywhere();
    void dialog_withoutChoice_saysWhatIsMissing();
    void dialog_deleteAgainstEdit_data();
    void dialog_deleteAgainstEdit();
    void dialog_readOnlyCase_showsRefusal();
    void conflictsPage_filtersAndResolvesThroughDialog();
    void duplicatesPage_showsBothAndDismisses();
    void caseFileWindow_transferredCaseIsReadOnlyWithBanner();
    void shareDialog_sharesAndStopsSharing();
};

void TestConflictViews::dialog_showsBaseThenEachHeadWithAuthorAndSite()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictResolutionDialog dialog(*t.a, onlyConflict(*t.a));
    QTableWidget *table = dialog.comparison();
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"Family name"_s);
    QCOMPARE(table->item(0, 0)->text(), u"Кузнецова"_s);
    const int petrova = headWith(dialog, u"Петрова"_s);
    const int sidorova = headWith(dialog, u"Сидорова"_s);
    QVERIFY(petrova >= 0 && sidorova >= 0);
    QCOMPARE(table->item(0, petrova + 1)->text(), u"Петрова"_s);
    QCOMPARE(table->item(0, sidorova + 1)->text(), u"Сидорова"_s);
    QCOMPARE(table->item(1, petrova + 1)->text(), u"Ольга"_s);
    const QString titleA = table->horizontalHeaderItem(petrova + 1)->text();
    QVERIFY2(titleA.contains(u"Office A"_s), qPrintable(titleA));
    QVERIFY2(titleA.contains(t.a->author()), qPrintable(titleA));
    QVERIFY(table->horizontalHeaderItem(sidorova + 1)->text().contains(u"Office B"_s));
}

void TestConflictViews::dialog_chosenHeadBecomesValueEverywhere()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictResolutionDialog dialog(*t.a, onlyConflict(*t.a));
    // Office A takes B's value, although A's own would have been shown.
    dialog.chooseHead(headWith(dialog, u"Сидорова"_s));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t.a->conflicts().size(), 0);
    QCOMPARE(text(t.a->row(u"person"_s, t.clientId), u"family_name"_s), u"Сидорова"_s);
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(t.b->conflicts().size(), 0);
    QCOMPARE(text(t.b->row(u"person"_s, t.clientId), u"family_name"_s), u"Сидорова"_s);
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestConflictViews::dialog_withoutChoice_saysWhatIsMissing()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictResolutionDialog dialog(*t.a, onlyConflict(*t.a));
    dialog.accept();
    QCOMPARE(dialog.errorText(), u"Choose which version stays."_s);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(t.a->conflicts().size(), 1);
}

void TestConflictViews::dialog_deleteAgainstEdit_data()
{
    QTest::addColumn<bool>("keepDeleted");
    QTest::newRow("keep deleted") << true;
    QTest::newRow("restore with the edits") << false;
}

void TestConflictViews::dialog_deleteAgainstEdit()
{
    QFETCH(bool, keepDeleted);
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    QVERIFY_STATUS(t.a->remove(u"household_member"_s, t.memberId));
    QVERIFY_STATUS(t.b->update(u"household_member"_s, t.memberId,
                               fields({ { u"relationship"_s, u"grandchild"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    const ConflictInfo conflict = onlyConflict(*t.a);
    QCOMPARE(conflict.group, tombstoneGroup());

    ConflictResolutionDialog dialog(*t.a, conflict);
    QTableWidget *table = dialog.comparison();
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->rowCount(), 1); // the relationship; links between rows are not shown
    QCOMPARE(table->item(0, 0)->text(), u"Child"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Grandchild"_s);
    QVERIFY(table->horizontalHeaderItem(0)->text().contains(u"Office A"_s));
    QVERIFY(table->horizontalHeaderItem(1)->text().contains(u"Office B"_s));
    dialog.chooseKeepDeleted(keepDeleted);
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(t.a->conflicts().size(), 0);
    bool deleted = false;
    const QCborMap row = t.a->row(u"household_member"_s, t.memberId, &deleted);
    QCOMPARE(deleted, keepDeleted);
    QCOMPARE(text(row, u"relationship"_s), u"grandchild"_s);
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(t.a->digest(), t.b->digest());
}

void TestConflictViews::dialog_readOnlyCase_showsRefusal()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    QVERIFY_STATUS(SyncScope::transfer(*t.a, t.caseId, t.b->site().id));
    ConflictResolutionDialog dialog(*t.a, onlyConflict(*t.a));
    dialog.chooseHead(0);
    dialog.accept();
    QCOMPARE(dialog.errorText(), u"This case was transferred to Office B; it is read-only here."_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"resolutionError"_s)->isHidden(), false);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(t.a->conflicts().size(), 1);
}

void TestConflictViews::conflictsPage_filtersAndResolvesThroughDialog()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictsPage page(*t.a);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    setText(&page, "conflictCaseFilter", u"нет такого"_s);
    QCOMPARE(page.table()->model()->rowCount(), 0);
    setText(&page, "conflictCaseFilter", u"ольг"_s);
    QCOMPARE(page.table()->model()->rowCount(), 1);
    auto *sites = page.findChild<QComboBox *>(u"conflictSiteFilter"_s);
    sites->setCurrentIndex(sites->findData(t.b->site().id));
    QCOMPARE(page.model()->rowCount(), 1);

    QSignalSpy opened(&page, &ConflictsPage::openCase);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    page.findChild<QPushButton *>(u"openConflictCaseButton"_s)->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toUuid(), t.caseId);

    QString error;
    whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictResolutionDialog *>(modal);
        QVERIFY(dialog);
        dialog->chooseHead(0);
        dialog->accept();
        error = dialog->errorText();
    });
    page.findChild<QPushButton *>(u"resolveButton"_s)->click();
    QCOMPARE(error, QString());
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(t.a->conflicts().size(), 0);
}

void TestConflictViews::duplicatesPage_showsBothAndDismisses()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    // What an import lists: two person rows with the same document (here set by hand).
    const QUuid member = CaseFiles(*t.a).load(t.caseId)->household.last().person.id;
    Statement st = t.a->db().statement(
        "INSERT INTO duplicate_review(person_a, person_b, found_at) VALUES(?, ?, ?)");
    st.bind(1, t.clientId).bind(2, member).bind(3, t.a->currentMs());
    QVERIFY_STATUS(st.run());
    st.reset();

    DuplicatesPage page(*t.a);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 1);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    QCOMPARE(page.findChild<QLabel *>(u"nameA"_s)->text(), u"Кузнецова Ольга"_s);
    QCOMPARE(page.findChild<QLabel *>(u"nameB"_s)->text(), u"Кузнецов Олег"_s);
    QVERIFY(page.findChild<QLabel *>(u"idDocumentA"_s)->text().contains(u"012345678"_s));
    const QString number = CaseFiles(*t.a).load(t.caseId)->number;
    QCOMPARE(page.findChild<QLabel *>(u"caseNumberB"_s)->text(), number);

    QSignalSpy opened(&page, &DuplicatesPage::openCase);
    page.findChild<QPushButton *>(u"openCaseB"_s)->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toUuid(), t.caseId);

    const qint64 versions = versionCount(*t.a);
    page.findChild<QPushButton *>(u"notSamePersonButton"_s)->click();
    QCOMPARE(page.errorText(), QString());
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(DuplicateReview::openCount(*t.a), 0);
    QCOMPARE(versionCount(*t.a), versions);
    QCOMPARE(page.findChild<QPushButton *>(u"notSamePersonButton"_s)->isEnabled(), false);
}

void TestConflictViews::caseFileWindow_transferredCaseIsReadOnlyWithBanner()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    auto *window = new CaseFileWindow(*t.a, t.caseId, u"Test Worker"_s);
    QPointer<CaseFileWindow> guard(window);
    window->show();
    auto *banner = window->findChild<QLabel *>(u"transferBanner"_s);
    QVERIFY(banner);
    QCOMPARE(banner->isHidden(), true);
    QCOMPARE(window->isEditable(), true);

    QString error;
    whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<SiteChoiceDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->chooseSite(t.b->site().id));
        dialog->accept();
        error = dialog->errorText();
    });
    window->findChild<QPushButton *>(u"transferButton"_s)->click();
    QCOMPARE(error, QString());
    QCOMPARE(window->isEditable(), false);
    QCOMPARE(banner->isHidden(), false);
    QCOMPARE(banner->text(), u"Transferred to Office B — read-only here"_s);
    QCOMPARE(window->findChild<QPushButton *>(u"saveButton"_s)->isHidden(), true);
    QCOMPARE(window->findChild<QPushButton *>(u"recordInteractionButton"_s)->isHidden(), true);
    QCOMPARE(window->findChild<QPushButton *>(u"addMemberButton"_s)->isHidden(), true);
    QCOMPARE(window->findChild<QPushButton *>(u"transferButton"_s)->isEnabled(), false);
    QCOMPARE(window->findChild<QLineEdit *>(u"familyNameEdit"_s)->isEnabled(), false);
    window->close();
    QTRY_VERIFY(!guard);
}

void TestConflictViews::shareDialog_sharesAndStopsSharing()
{
    TwoOffices t; // A shares the case with B
    QVERIFY(prepareTwo(t));
    const QList<QUuid> withB { t.b->site().id };
    QCOMPARE(SyncScope::caseScope(*t.a, t.caseId).sharedWith, withB);
    {
        SiteChoiceDialog dialog(*t.a, t.caseId, SiteChoiceDialog::Mode::Share);
        QCOMPARE(dialog.sites()->count(), 1);
        QVERIFY(dialog.chooseSite(t.b->site().id));
        QVERIFY(dialog.sites()->currentItem()->text().contains(u"shared"_s));
        // Sharing twice is not offered; stopping is.
        QCOMPARE(dialog.findChild<QPushButton *>(u"stopSharingButton"_s)->isEnabled(), true);
        dialog.stopSharing();
        QCOMPARE(dialog.errorText(), QString());
    }
    QCOMPARE(SyncScope::caseScope(*t.a, t.caseId).sharedWith.size(), 0);
    SiteChoiceDialog again(*t.a, t.caseId, SiteChoiceDialog::Mode::Share);
    QVERIFY(again.chooseSite(t.b->site().id));
    QCOMPARE(again.findChild<QPushButton *>(u"stopSharingButton"_s)->isEnabled(), false);
    again.accept();
    QCOMPARE(again.errorText(), QString());
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(SyncScope::caseScope(*t.a, t.caseId).sharedWith, withB);
}

QTEST_MAIN(TestConflictViews)
#include "tst_views_conflicts.moc"
