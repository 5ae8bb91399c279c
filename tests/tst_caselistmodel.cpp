// The case list over a demo site file: lazy keyset pages, every sort column both ways,
// filters counted like SQL counts them, and refresh after the store changes.
#include "testsupport.h"

#include "caseclosure.h"
#include "caselistmodel.h"
#include "demodata.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int DemoCases = 600;
constexpr int WithoutBirthDate = 250; // more than a page, so a page ends among them
constexpr int ClosedCases = 40;
constexpr int TotalCases = DemoCases + WithoutBirthDate;

void fetchAll(CaseListModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QList<QUuid> listed(CaseListModel &model)
{
    fetchAll(model);
    QList<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseId(row);
    return ids;
}

// What the list orders by, read independently of the model.
QString sortKeySql(int column)
{
    switch (column) {
    case CaseListModel::Client:
        return u"cs.name_key"_s;
    case CaseListModel::BirthDate:
        return u"CAST(coalesce(p.birth_date, '') AS BLOB)"_s;
    case CaseListModel::Status:
        return u"CAST(c.status AS BLOB)"_s;
    case CaseListModel::Worker:
        return u"CAST(c.assigned_worker AS BLOB)"_s;
    case CaseListModel::Opened:
        return u"CAST(c.opened_date AS BLOB)"_s;
    default:
        return u"CAST(c.case_number AS BLOB)"_s;
    }
}

struct Key
{
    QByteArray value;
    qint64 rid = 0;
    bool operator<(const Key &o) const { return value != o.value ? value < o.value : rid < o.rid; }
};

QHash<QUuid, Key> sortKeys(RecordStore &store, int column)
{
    QHash<QUuid, Key> keys;
    Statement st = store.db().prepare(
        u"SELECT c.id, %1, c.rid FROM cases c JOIN case_sort cs ON cs.rid=c.rid "
        "LEFT JOIN persons p ON p.id=c.client_id WHERE c.deleted=0"_s.arg(sortKeySql(column)));
    while (st.step() == Statement::Step::Row)
        keys.insert(st.uuid(0), { st.blob(1), st.int64(2) });
    return keys;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPage_isPageSize_andFetchMoreAddsPages();
    void paging_reachesEveryRowOnceInOrder_data();
    void paging_reachesEveryRowOnceInOrder();
    void filters_countLikeSql_data();
    void filters_countLikeSql();
    void storeChange_refreshesList();
    void rows_showCaseAndRoles();

private:
    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
};

void TestCaseListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(u"demo.cdsk"_s);
    auto store = createStore(m_template);
    QVERIFY(store);
    DemoData::Options options;
    options.cases = DemoCases;
    options.seed = 11;
    options.interactionsPerCase = 1;
    options.documents = false;
    // The closed cases below are the only ones: the counts of the status filter follow them.
    options.plans = false;
    QVERIFY_STATUS(DemoData::generate(*store, options));

    // Clients whose birth date nobody knows, and some closed cases.
    CaseFiles files(*store);
    WriteBatch batch(*store);
    for (int i = 0; i < WithoutBirthDate; ++i) {
        NewCase c = newCase(person(u"Безданных"_s, u"Клиент %1"_s.arg(i)), { u"homeless"_s });
        c.assignedWorker = u"Intake desk"_s;
        QVERIFY_STATUS(files.openCase(c));
    }
    Statement ids = store->db().statement("SELECT id FROM cases ORDER BY rid LIMIT 40");
    QList<QUuid> toClose;
    while (ids.step() == Statement::Step::Row)
        toClose << ids.uuid(0);
    ids.reset();
    QCOMPARE(int(toClose.size()), ClosedCases);
    for (const QUuid &id : std::as_const(toClose))
        QVERIFY_STATUS(CaseClosure(*store).close(id, u"employed"_s, u"goals_met"_s, QString(),
                                                 QDate::currentDate()));
    QVERIFY_STATUS(batch.commit());
    QCOMPARE(countRows(*store, u"SELECT count(*) FROM cases"_s), TotalCases);
}

void TestCaseListModel::init()
{
    m_dir = std::make_unique<TempFolder>();
    const QString path = m_dir->file(u"site.cdsk"_s);
    QVERIFY(QFile::copy(m_template, path));
    m_store = openStore(path);
    QVERIFY(m_store);
}

void TestCaseListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCaseListModel::firstPage_isPageSize_andFetchMoreAddsPages()
{
    // Counted before a tester is attached: the tester fetches more by itself.
    CaseListModel model(*m_store);
    QCOMPARE(model.rowCount(), CaseListModel::PageSize);
    QCOMPARE(model.totalCount(), TotalCases);
    QVERIFY(model.canFetchMore(QModelIndex()));
    int fetches = 0;
    while (model.canFetchMore(QModelIndex()) && fetches < 100) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        ++fetches;
        QCOMPARE(model.rowCount(), std::min(before + CaseListModel::PageSize, TotalCases));
    }
    QCOMPARE(model.rowCount(), TotalCases);
    QCOMPARE(fetches, TotalCases / CaseListModel::PageSize);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), TotalCases);

    CaseListModel tested(*m_store);
    QAbstractItemModelTester tester(&tested,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<QUuid> ids = listed(tested);
    QCOMPARE(int(ids.size()), TotalCases);
    QCOMPARE(int(QSet<QUuid>(ids.cbegin(), ids.cend()).size()), TotalCases);
}

void TestCaseListModel::paging_reachesEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<int, const char *>> columns {
        { CaseListModel::Number, "number" },        { CaseListModel::Client, "client" },
        { CaseListModel::BirthDate, "birth date" }, { CaseListModel::Status, "status" },
        { CaseListModel::Worker, "worker" },        { CaseListModel::Opened, "opened" },
    };
    for (const auto &[column, name] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestCaseListModel::paging_reachesEveryRowOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    CaseListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QVERIFY(model.rowCount() >= CaseListModel::PageSize);
    const QList<QUuid> ids = listed(model);
    QCOMPARE(int(ids.size()), TotalCases);
    QCOMPARE(model.totalCount(), TotalCases);
    QCOMPARE(int(QSet<QUuid>(ids.cbegin(), ids.cend()).size()), TotalCases);

    const QHash<QUuid, Key> keys = sortKeys(*m_store, column);
    QCOMPARE(int(keys.size()), TotalCases);
    for (int i = 1; i < ids.size(); ++i) {
        const Key &before = keys.value(ids[i - 1]);
        const Key &after = keys.value(ids[i]);
        const bool inOrder = order == Qt::AscendingOrder ? before < after : after < before;
        QVERIFY2(inOrder, qPrintable(u"rows %1 and %2 out of order"_s.arg(i - 1).arg(i)));
    }
}

void TestCaseListModel::filters_countLikeSql_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("byWorker");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("sql");
    QTest::newRow("open") << u"open"_s << false << QString()
                          << u"SELECT count(*) FROM cases WHERE deleted=0 AND status='open'"_s;
    QTest::newRow("closed") << u"closed"_s << false << QString()
                            << u"SELECT count(*) FROM cases WHERE deleted=0 AND status='closed'"_s;
    QTest::newRow("worker")
        << QString() << true << QString()
        << u"SELECT count(*) FROM cases WHERE deleted=0 AND assigned_worker=?"_s;
    QTest::newRow("category") << QString() << false << u"unemployed"_s
                              << u"SELECT count(DISTINCT case_id) FROM case_categories "
                                 "WHERE deleted=0 AND category='unemployed'"_s;
    QTest::newRow("status, worker and category")
        << u"open"_s << true << u"homeless"_s
        << u"SELECT count(*) FROM cases c WHERE c.deleted=0 AND c.status='open' AND "
           "c.assigned_worker=? AND EXISTS (SELECT 1 FROM case_categories x WHERE "
           "x.case_id=c.id AND x.deleted=0 AND x.category='homeless')"_s;
}

void TestCaseListModel::filters_countLikeSql()
{
    QFETCH(QString, status);
    QFETCH(bool, byWorker);
    QFETCH(QString, category);
    QFETCH(QString, sql);
    // The worker with the most cases, so the filter spans pages.
    Statement top = m_store->db().statement(
        "SELECT assigned_worker FROM cases GROUP BY assigned_worker ORDER BY count(*) DESC, "
        "assigned_worker LIMIT 1");
    QVERIFY(top.step() == Statement::Step::Row);
    const QString worker = top.text(0);
    top.reset();
    const QString workerFilter = byWorker ? worker : QString();
    const qint64 expected = countRows(*m_store, sql.replace(u"?"_s, u"'"_s + worker + u"'"_s));
    QVERIFY(expected > 0);

    CaseListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatusFilter(status);
    model.setWorkerFilter(workerFilter);
    model.setCategoryFilter(category);
    QCOMPARE(qint64(model.totalCount()), expected);
    const QList<QUuid> ids = listed(model);
    QCOMPARE(qint64(ids.size()), expected);
    QCOMPARE(qint64(QSet<QUuid>(ids.cbegin(), ids.cend()).size()), expected);
    if (!status.isEmpty())
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseListModel::Status).data().toString(),
                     Vocabulary::label(Vocabulary::caseStatuses(), status));
    if (byWorker)
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseListModel::Worker).data().toString(), worker);

    // Clearing the filters shows every case again.
    model.setStatusFilter(QString());
    model.setWorkerFilter(QString());
    model.setCategoryFilter(QString());
    QCOMPARE(model.totalCount(), TotalCases);
}

void TestCaseListModel::storeChange_refreshesList()
{
    CaseListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CaseListModel::Number, Qt::DescendingOrder);
    QSignalSpy totals(&model, &CaseListModel::totalCountChanged);

    CaseFiles files(*m_store);
    auto added = files.openCase(newCase(person(u"Жұмабекова"_s, u"Меруерт"_s, u"1991"_s)));
    QVERIFY_STATUS(added);
    QCOMPARE(model.totalCount(), TotalCases + 1);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.last().first().toInt(), TotalCases + 1);
    // The newest number comes first when sorted descending.
    QCOMPARE(model.caseId(0), added.value());
    QCOMPARE(model.index(0, CaseListModel::Client).data().toString(), u"Жұмабекова Меруерт"_s);

    PersonData client = files.load(added.value())->client;
    client.familyName = u"Жұмабек"_s;
    QVERIFY_STATUS(files.updatePerson(added.value(), client));
    QCOMPARE(model.index(0, CaseListModel::Client).data().toString(), u"Жұмабек Меруерт"_s);

    model.setSearchText(u"жумабек"_s);
    QVERIFY(listed(model).contains(added.value()));

    QVERIFY_STATUS(m_store->remove(u"case"_s, added.value()));
    QVERIFY(!listed(model).contains(added.value()));
    model.setSearchText(QString());
    QCOMPARE(model.totalCount(), TotalCases);
}

void TestCaseListModel::rows_showCaseAndRoles()
{
    CaseListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model.headerData(CaseListModel::Client, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Client"_s);
    const QModelIndex first = model.index(0, CaseListModel::Number);
    const QUuid id = first.data(int(CaseListModel::Role::CaseId)).toUuid();
    QCOMPARE(id, model.caseId(0));
    QCOMPARE(first.data(int(CaseListModel::Role::HasConflict)).toBool(), false);
    const auto file = CaseFiles(*m_store).load(id);
    QVERIFY_STATUS(file);
    QCOMPARE(first.data().toString(), file->number);
    QCOMPARE(model.index(0, CaseListModel::Client).data().toString(), file->client.fullName());
    QCOMPARE(model.index(0, CaseListModel::Worker).data().toString(), file->assignedWorker);
    QVERIFY(!model.index(0, CaseListModel::Opened).data().toString().isEmpty());
    QCOMPARE(model.caseId(-1), QUuid());
    QCOMPARE(model.caseId(model.rowCount()), QUuid());
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
