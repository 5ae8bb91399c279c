// The two account models: the Users page's accounts and the auditors' access log, each under
// QAbstractItemModelTester, each empty for a role that may not read it.
#include "testsupport.h"

#include "accesslogmodel.h"
#include "accounts.h"
#include "caseaccess.h"
#include "passwords.h"
#include "permissions.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private:
    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    const QString m_password = u"correct horse"_s;

    QUuid addUser(const QString &login, const QString &name, QList<Role> roles)
    {
        const auto id
            = Accounts::create(*m_store, { login, name, QUuid(), std::move(roles) }, m_password);
        if (!id)
            qWarning("%s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    QUuid sensitiveCase(const QString &familyName)
    {
        NewCase c;
        c.client.familyName = familyName;
        c.client.givenName = u"Aida"_s;
        c.assignedWorker = u"Olga Petrova"_s;
        c.sensitive = true;
        c.sensitiveReason = u"domestic violence"_s;
        const auto id = CaseFiles(*m_store).openCase(c);
        if (!id)
            qWarning("%s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
    }

    void init()
    {
        m_store = createStore(m_dir.file(QUuid::createUuid().toString(QUuid::Id128) + u".cdsk"_s));
        QVERIFY(m_store);
        QVERIFY(!addUser(u"admin"_s, u"Aigul Admin"_s, { Role::OfficeAdmin }).isNull());
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"admin"_s, m_password));
        QVERIFY(!addUser(u"olga"_s, u"Olga Petrova"_s, { Role::CaseWorker }).isNull());
        QVERIFY(!addUser(u"aset"_s, u"Aset Auditor"_s, { Role::Auditor }).isNull());
    }

    void cleanup() { m_store.reset(); }

    void users_listedForAdministrators()
    {
        UserTableModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        // Sorted by name.
        QCOMPARE(model.index(0, UserTableModel::Name).data().toString(), u"Aigul Admin"_s);
        QCOMPARE(model.index(1, UserTableModel::Login).data().toString(), u"aset"_s);
        QCOMPARE(model.index(2, UserTableModel::Roles).data().toString(),
                 roleLabel(Role::CaseWorker));
        QCOMPARE(model.index(2, UserTableModel::Office).data().toString(), u"Test office"_s);
        QCOMPARE(model.index(2, UserTableModel::Active).data().toString(),
                 UserTableModel::tr("Yes"));
        QCOMPARE(model.index(2, 0).data(int(UserTableModel::Role::RoleKeys)).toStringList(),
                 QStringList { u"case_worker"_s });
    }

    void users_followChangesInTheStore()
    {
        UserTableModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid olga = Accounts::byLogin(*m_store, u"olga"_s)->id;
        QVERIFY_STATUS(Accounts::setActive(*m_store, olga, false));
        const int row = model.rowOf(olga);
        QCOMPARE(model.index(row, UserTableModel::Active).data().toString(),
                 UserTableModel::tr("No, disabled"));
        QCOMPARE(model.index(row, 0).data(int(UserTableModel::Role::IsActive)).toBool(), false);
        QVERIFY(!addUser(u"ivan"_s, u"Ivan Sokolov"_s, { Role::CaseWorker }).isNull());
        QCOMPARE(model.rowCount(), 4);
    }

    void users_emptyForOtherRoles()
    {
        UserTableModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, m_password));
        QCOMPARE(model.rowCount(), 0);
        Accounts::signOut(*m_store);
        QCOMPARE(model.rowCount(), 0);
    }

    void accessLog_newestFirstForAuditors()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, m_password));
        const QUuid first = sensitiveCase(u"First"_s);
        const QUuid second = sensitiveCase(u"Second"_s);
        QVERIFY(!first.isNull() && !second.isNull());
        QVERIFY_STATUS(CaseFiles(*m_store).open(first));
        m_store->setClockOffset(60'000); // a minute later
        QVERIFY_STATUS(CaseFiles(*m_store).open(second));
        m_store->setClockOffset(0);

        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aset"_s, m_password));
        AccessLogModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const auto number = [this](const QUuid &c) {
            return m_store->row(u"case"_s, c).value(u"case_number"_s).toString();
        };
        QCOMPARE(model.index(0, AccessLogModel::Case).data().toString(), number(second));
        QCOMPARE(model.index(1, AccessLogModel::Case).data().toString(), number(first));
        QCOMPARE(model.index(0, AccessLogModel::Worker).data().toString(),
                 u"Olga Petrova (olga)"_s);
        QCOMPARE(model.index(0, AccessLogModel::Site).data().toString(), u"Test office"_s);
        QCOMPARE(model.index(0, 0).data(int(AccessLogModel::Role::CaseId)).toUuid(), second);
        QVERIFY(model.index(0, 0).data(int(AccessLogModel::Role::OpenedAt)).toDateTime()
                > model.index(1, 0).data(int(AccessLogModel::Role::OpenedAt)).toDateTime());

        // An auditor's own opening appears at once.
        m_store->setClockOffset(120'000);
        QVERIFY_STATUS(CaseFiles(*m_store).open(first));
        m_store->setClockOffset(0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AccessLogModel::Worker).data().toString(),
                 u"Aset Auditor (aset)"_s);
    }

    void accessLog_emptyForOtherRoles()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, m_password));
        const QUuid c = sensitiveCase(u"Hidden"_s);
        QVERIFY_STATUS(CaseFiles(*m_store).open(c));
        AccessLogModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aset"_s, m_password));
        QCOMPARE(model.rowCount(), 1);
    }

    void accessLog_fetchedInPages()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, m_password));
        const QUuid c = sensitiveCase(u"Often"_s);
        const int openings = AccessLogModel::PageSize + 5;
        {
            WriteBatch batch(*m_store);
            for (int i = 0; i < openings; ++i)
                QVERIFY_STATUS(CaseAccess::recordOpening(*m_store, c));
            QVERIFY_STATUS(batch.commit());
        }
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aset"_s, m_password));
        AccessLogModel model(*m_store);
        QCOMPARE(model.rowCount(), AccessLogModel::PageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        // The tester fetches what remains, as a view scrolled to the end would.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), openings);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(openings - 1, AccessLogModel::Case).data().toString(),
                 m_store->row(u"case"_s, c).value(u"case_number"_s).toString());
    }
};

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
