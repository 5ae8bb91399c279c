// A sensitive case shows its details only to its worker, the office's supervisors and
// auditors; everyone else sees a restricted row. Every opening is recorded and reaches the hub.
#include "roleaccounts.h"
#include "storetestsupport.h"

#include "caseaccess.h"
#include "duplicatereview.h"
#include "duplicatereviewmodel.h"
#include "syncscope.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString workerName = u"Айгуль Серикбаева"_s;
const QString otherLogin = u"nurlan"_s;
const QString clientFamily = u"Жумабекова"_s;
const QString clientId = u"N12345678"_s;
const QString clientPhone = u"+7 701 555-44-33"_s;

// An office with a hub as peer; the worker opens a case for herself and marks it sensitive.
// Another case worker of the office (another team) has an account too.
struct Office
{
    TempFolder dir;
    std::unique_ptr<RecordStore> store, hub;
    QUuid sensitiveCase, plainCase, documentId;
    QString number;

    bool make()
    {
        store = makeSite(dir.file(u"office.cdsk"_s), u"Office North"_s, u"office"_s);
        hub = makeSite(dir.file(u"hub.cdsk"_s), u"Central desk"_s, u"hub"_s);
        if (!store || !hub || !peerUp(*store, *hub) || !createRoleAccounts(*store, workerName))
            return false;
        if (!signInAs(*store, Role::OfficeAdmin)
            || !Accounts::create(*store,
                                 { otherLogin, u"Нурлан Ахметов"_s, QUuid(), { Role::CaseWorker } },
                                 testPassword()))
            return false;
        if (!signInAs(*store, Role::CaseWorker))
            return false;
        CaseFiles files(*store);
        PersonData client = person(clientFamily, u"Динара"_s, u"14.02.1991"_s, clientPhone);
        client.idType = u"passport"_s;
        client.idNumber = clientId;
        NewCase c = newCase(client, { u"domestic_violence"_s });
        c.assignedWorker = workerName;
        auto id = files.openCase(c);
        auto plain = files.openCase(newCase(person(u"Ахметова"_s, u"Сауле"_s, u"1970"_s)));
        if (!id || !plain)
            return false;
        sensitiveCase = id.value();
        plainCase = plain.value();
        number = files.load(sensitiveCase)->number;
        auto doc
            = files.attachContent(sensitiveCase, u"statement.txt"_s, u"text/plain"_s, "statement");
        if (!doc)
            return false;
        documentId = doc.value();
        const bool marked
            = files.setSensitive(sensitiveCase, true, u"Victim of domestic violence"_s).isOk();
        Accounts::signOut(*store);
        return marked;
    }

    qint64 accessRows(RecordStore &at) const
    {
        return countRows(at, u"SELECT count(*) FROM case_access WHERE case_id=?"_s, sensitiveCase);
    }
};

// Every text the case list shows, row by row and column by column.
QStringList listTexts(const CaseListModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            texts << model.index(row, column).data().toString();
    return texts;
}

int rowOf(const CaseListModel &model, const QUuid &caseId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.caseId(row) == caseId)
            return row;
    return -1;
}

} // namespace

class TestSensitiveCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
    }
    void openCase_recordsTheSignedInWorkerAsAssigned();
    void anotherWorker_seesARestrictedRowOnly();
    void anotherWorker_searchNeverFindsIt_data();
    void anotherWorker_searchNeverFindsIt();
    void anotherWorker_loadsNoDetailsAndCannotWrite();
    void visibleTo_data();
    void visibleTo();
    void opening_recordsAccessOnlyWhenDetailsShown();
    void accessRecords_reachTheHub();
    void marking_needsAReasonAndNoShares();
    void sensitiveCase_isNotShared();
    void workerOfAnotherOffice_atTheHub_seesOnlyTheirOffice();
    void anotherWorker_duplicateReviewDoesNotNameIt();
};

void TestSensitiveCases::openCase_recordsTheSignedInWorkerAsAssigned()
{
    Office o;
    QVERIFY(o.make());
    const auto worker = Accounts::byLogin(*o.store, loginOf(Role::CaseWorker));
    QVERIFY(worker);
    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    const auto file = CaseFiles(*o.store).load(o.sensitiveCase);
    QVERIFY_STATUS(file);
    QCOMPARE(file->assignedUser, worker->id);
    QCOMPARE(file->sensitive, true);
    QCOMPARE(file->sensitiveReason, u"Victim of domestic violence"_s);
    QCOMPARE(file->restricted, false);
}

void TestSensitiveCases::anotherWorker_seesARestrictedRowOnly()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, otherLogin));
    CaseListModel model(*o.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int row = rowOf(model, o.sensitiveCase);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CaseListModel::Number).data().toString(), o.number);
    QCOMPARE(model.index(row, CaseListModel::Client).data().toString(), u"Restricted case"_s);
    QCOMPARE(model.index(row, CaseListModel::BirthDate).data().toString(), QString());
    QCOMPARE(model.index(row, CaseListModel::Worker).data().toString(), QString());
    QCOMPARE(model.index(row, 0).data(int(CaseListModel::Role::Restricted)).toBool(), true);
    const QString all = listTexts(model).join(u'|');
    QVERIFY2(!all.contains(clientFamily), qPrintable(all));
    for (int column = 0; column < model.columnCount(); ++column)
        for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
            QVERIFY(!model.index(row, column).data(role).toString().contains(workerName));
    // Filtering by the worker would tell whose the case is: it is not listed then.
    model.setWorkerFilter(workerName);
    QCOMPARE(rowOf(model, o.sensitiveCase), -1);
    model.setWorkerFilter(QString());
    model.setCategoryFilter(u"domestic_violence"_s);
    QCOMPARE(rowOf(model, o.sensitiveCase), -1);
}

void TestSensitiveCases::anotherWorker_searchNeverFindsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("family name") << clientFamily << false;
    QTest::newRow("name prefix") << clientFamily.left(5) << false;
    QTest::newRow("ID number") << clientId << false;
    QTest::newRow("phone fragment") << u"555-44"_s << false;
    // The number is what a restricted row shows anyway.
    QTest::newRow("case number") << QString() << true;
}

void TestSensitiveCases::anotherWorker_searchNeverFindsIt()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    Office o;
    QVERIFY(o.make());
    for (const QString &login : { loginOf(Role::CaseWorker), otherLogin }) {
        QVERIFY(signInAs(*o.store, login));
        CaseListModel model(*o.store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(text.isEmpty() ? o.number : text);
        const bool own = login != otherLogin;
        // Her own worker finds it by everything; the other worker only by its number.
        QCOMPARE(rowOf(model, o.sensitiveCase) >= 0, own || found);
        QVERIFY(!listTexts(model).join(u'|').contains(clientFamily) || own);
    }
}

void TestSensitiveCases::anotherWorker_loadsNoDetailsAndCannotWrite()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, otherLogin));
    CaseFiles files(*o.store);
    const auto file = files.load(o.sensitiveCase);
    QVERIFY_STATUS(file);
    QCOMPARE(file->restricted, true);
    QCOMPARE(file->number, o.number);
    QCOMPARE(file->status, u"open"_s);
    QCOMPARE(file->officeId, o.store->site().id);
    QCOMPARE(file->client.fullName(), QString());
    QCOMPARE(file->client.phones.size(), 0);
    QCOMPARE(file->household.size(), 0);
    QCOMPARE(file->interactions.size(), 0);
    QCOMPARE(file->documents.size(), 0);
    QCOMPARE(file->categories.size(), 0);
    QCOMPARE(file->assignedWorker, QString());
    QCOMPARE(file->sensitiveReason, QString());
    QCOMPARE(files.history(o.sensitiveCase).size(), 0);
    QVERIFY_REFUSED(files.documentContent(o.documentId), CaseAccess::restrictedMessage());
    QVERIFY_REFUSED(files.updateCase(o.sensitiveCase, { { u"assigned_worker"_s, u"Я"_s } }),
                    CaseAccess::restrictedMessage());
    QVERIFY_REFUSED(files.setSensitive(o.sensitiveCase, false, QString()),
                    CaseAccess::restrictedMessage());
    PersonData same = person(u"Другая"_s, u"Фамилия"_s);
    same.idType = u"passport"_s;
    same.idNumber = clientId;
    QCOMPARE(files.findDuplicates(same).size(), 0);
    // The plain case of the office is as open to them as ever.
    QCOMPARE(files.load(o.plainCase)->restricted, false);
}

void TestSensitiveCases::visibleTo_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("its worker") << loginOf(Role::CaseWorker);
    QTest::newRow("the office's supervisor") << loginOf(Role::Supervisor);
    QTest::newRow("an auditor") << loginOf(Role::Auditor);
}

void TestSensitiveCases::visibleTo()
{
    QFETCH(QString, login);
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, login));
    CaseListModel model(*o.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOf(model, o.sensitiveCase);
    QVERIFY(row >= 0);
    QVERIFY(model.index(row, CaseListModel::Client).data().toString().startsWith(clientFamily));
    QCOMPARE(model.index(row, CaseListModel::Worker).data().toString(), workerName);
    model.setSearchText(clientId);
    QCOMPARE(rowOf(model, o.sensitiveCase), 0);
    const auto file = CaseFiles(*o.store).load(o.sensitiveCase);
    QVERIFY_STATUS(file);
    QCOMPARE(file->restricted, false);
    QCOMPARE(file->client.familyName, clientFamily);
    QCOMPARE(file->documents.size(), 1);
    QVERIFY(!CaseFiles(*o.store).history(o.sensitiveCase).isEmpty());
}

void TestSensitiveCases::opening_recordsAccessOnlyWhenDetailsShown()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    QVERIFY_STATUS(CaseFiles(*o.store).open(o.sensitiveCase));
    QVERIFY_STATUS(CaseFiles(*o.store).open(o.plainCase));
    // Loading for a refresh is not an opening.
    QVERIFY_STATUS(CaseFiles(*o.store).load(o.sensitiveCase));
    QVERIFY(signInAs(*o.store, otherLogin));
    QVERIFY_STATUS(CaseFiles(*o.store).open(o.sensitiveCase)); // restricted: nothing shown
    QCOMPARE(o.accessRows(*o.store), 1);
    QCOMPARE(
        countRows(*o.store, u"SELECT count(*) FROM case_access WHERE case_id=?"_s, o.plainCase), 0);
    QVERIFY_REFUSED(CaseAccess::records(*o.store, o.sensitiveCase),
                    Access::refusal(Operation::ViewAccessLog));

    QVERIFY(signInAs(*o.store, Role::Auditor));
    const auto records = CaseAccess::records(*o.store, o.sensitiveCase);
    QVERIFY_STATUS(records);
    QCOMPARE(records->size(), 1);
    const auto supervisor = Accounts::byLogin(*o.store, loginOf(Role::Supervisor));
    QCOMPARE(records->first().userId, supervisor->id);
    QCOMPARE(records->first().userLogin, supervisor->login);
    QCOMPARE(records->first().userName, supervisor->name);
    QCOMPARE(records->first().siteId, o.store->site().id);
    QCOMPARE(records->first().openedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(records->first().openedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestSensitiveCases::accessRecords_reachTheHub()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    QVERIFY_STATUS(CaseFiles(*o.store).open(o.sensitiveCase));
    QCOMPARE(o.accessRows(*o.store), 1);
    // Packages are an administrator's work; the hub file has no accounts.
    QVERIFY(signInAs(*o.store, Role::OfficeAdmin));
    const QString package = exportPackage(*o.store, *o.hub, o.dir.file(u"to-hub.cdpkg"_s));
    QVERIFY(!package.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*o.hub, package));
    QCOMPARE(o.accessRows(*o.hub), 1);
    const auto records = CaseAccess::records(*o.hub, o.sensitiveCase);
    QVERIFY_STATUS(records);
    QCOMPARE(records->first().userLogin, loginOf(Role::CaseWorker));
    QCOMPARE(records->first().userName, workerName);
    QCOMPARE(records->first().siteId, o.store->site().id);
    // The case itself stays sensitive at the hub.
    QCOMPARE(CaseAccess::isSensitive(*o.hub, o.sensitiveCase), true);
}

void TestSensitiveCases::marking_needsAReasonAndNoShares()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(o.store->applyVersions(o.hub->versions()));
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    CaseFiles files(*o.store);
    QVERIFY_REFUSED(files.setSensitive(o.plainCase, true, u"  "_s), u"reason"_s);
    QVERIFY_STATUS(SyncScope::share(*o.store, o.plainCase, o.hub->site().id, u"Court order"_s));
    QVERIFY_REFUSED(files.setSensitive(o.plainCase, true, u"Trafficking"_s),
                    u"Stop sharing the case first: a sensitive case stays with its office and "
                    "the central desk."_s);
    QVERIFY_STATUS(SyncScope::unshare(*o.store, o.plainCase, o.hub->site().id));
    QVERIFY_STATUS(files.setSensitive(o.plainCase, true, u"Trafficking"_s));
    // The mark is not an ordinary field: updateCase leaves it alone.
    QVERIFY_REFUSED(files.updateCase(o.plainCase, { { u"sensitive"_s, false } }), QString());
    QCOMPARE(CaseAccess::isSensitive(*o.store, o.plainCase), true);
    QVERIFY_STATUS(files.setSensitive(o.plainCase, false, QString()));
    QCOMPARE(CaseAccess::isSensitive(*o.store, o.plainCase), false);
}

void TestSensitiveCases::sensitiveCase_isNotShared()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(o.store->applyVersions(o.hub->versions()));
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    QVERIFY_REFUSED(SyncScope::share(*o.store, o.sensitiveCase, o.hub->site().id, u"Court order"_s),
                    u"sensitive"_s);
    QCOMPARE(SyncScope::caseScope(*o.store, o.sensitiveCase).sharedWith.size(), 0);
}

void TestSensitiveCases::workerOfAnotherOffice_atTheHub_seesOnlyTheirOffice()
{
    Office o;
    QVERIFY(o.make());
    QVERIFY(signInAs(*o.store, Role::OfficeAdmin));
    const QString package = exportPackage(*o.store, *o.hub, o.dir.file(u"to-hub.cdpkg"_s));
    QVERIFY(!package.isEmpty());
    QVERIFY_STATUS(PackageImport::importFile(*o.hub, package));
    auto south = makeSite(o.dir.file(u"south.cdsk"_s), u"Office South"_s, u"office"_s);
    QVERIFY(south);
    QVERIFY_STATUS(o.hub->applyVersions(south->versions()));
    // The hub's own administrator makes accounts for workers of both offices.
    QVERIFY_STATUS(Accounts::create(
        *o.hub, { u"deskadmin"_s, u"Desk Admin"_s, QUuid(), { Role::OfficeAdmin } },
        testPassword()));
    QVERIFY(signInAs(*o.hub, u"deskadmin"_s));
    QVERIFY_STATUS(Accounts::create(
        *o.hub, { u"southworker"_s, u"South Worker"_s, south->site().id, { Role::CaseWorker } },
        testPassword()));
    QVERIFY_STATUS(Accounts::create(
        *o.hub, { u"northworker"_s, u"North Worker"_s, o.store->site().id, { Role::CaseWorker } },
        testPassword()));

    QVERIFY(signInAs(*o.hub, u"southworker"_s));
    CaseListModel model(*o.hub);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(CaseFiles(*o.hub).load(o.plainCase).message(), CaseAccess::otherOfficeMessage());

    QVERIFY(signInAs(*o.hub, u"northworker"_s));
    QCOMPARE(model.rowCount(), 2); // the list follows the change of session
    QCOMPARE(CaseFiles(*o.hub).load(o.plainCase)->restricted, false);
    QCOMPARE(CaseFiles(*o.hub).load(o.sensitiveCase)->restricted, true);
}

QTEST_GUILESS_MAIN(TestSensitiveCases)
// A possible duplicate found on import names both persons: the sensitive case's client is
// listed only for those who may read that case.
void TestSensitiveCases::anotherWorker_duplicateReviewDoesNotNameIt()
{
    Office o;
    QVERIFY(o.make());
    const QUuid sensitiveClient
        = o.store->row(u"case"_s, o.sensitiveCase).value(u"client_id"_s).toUuid();
    const QUuid plainClient = o.store->row(u"case"_s, o.plainCase).value(u"client_id"_s).toUuid();
    QVERIFY(!sensitiveClient.isNull() && !plainClient.isNull());
    Statement st = o.store->db().statement(
        "INSERT INTO duplicate_review(person_a, person_b, found_at) VALUES(?, ?, 1)");
    st.bind(1, sensitiveClient).bind(2, plainClient);
    QVERIFY_STATUS(st.run());

    QVERIFY(signInAs(*o.store, otherLogin));
    QCOMPARE(DuplicateReview::pairs(*o.store).size(), 0);
    QCOMPARE(DuplicateReview::openCount(*o.store), 0);
    DuplicateReviewModel model(*o.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(signInAs(*o.store, Role::CaseWorker));
    QCOMPARE(DuplicateReview::pairs(*o.store).size(), 1);
    QVERIFY(signInAs(*o.store, Role::Supervisor));
    QCOMPARE(DuplicateReview::openCount(*o.store), 1);
    // An administrator does not review duplicates at all.
    QVERIFY(signInAs(*o.store, Role::OfficeAdmin));
    QCOMPARE(DuplicateReview::pairs(*o.store).size(), 0);
}

#include "tst_sensitivecases.moc"
