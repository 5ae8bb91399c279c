// Accounts travel between sites: an office's own accounts reach the central desk, and an office
// cannot send an account of another office.
#include "testsupport.h"

#include "accounts.h"
#include "passwords.h"
#include "synctestsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TstAccountSync : public QObject
{
    Q_OBJECT

private:
    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_hub, m_office, m_other;

    QCborMap userFields(const QString &login, const QUuid &office)
    {
        return { { u"login"_s, login },
                 { u"display_name"_s, login },
                 { u"office_id"_s, QCborValue(office) },
                 { u"roles"_s, u"case_worker"_s },
                 { u"active"_s, true },
                 { u"password_hash"_s, Passwords::hash(u"a password"_s).value() } };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
    }

    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_hub = makeSite(m_dir.file(u"hub-%1.cdsk"_s.arg(tag)), u"Central desk"_s, u"hub"_s);
        m_office = makeSite(m_dir.file(u"a-%1.cdsk"_s.arg(tag)), u"Office A"_s, u"office"_s);
        m_other = makeSite(m_dir.file(u"b-%1.cdsk"_s.arg(tag)), u"Office B"_s, u"office"_s);
        QVERIFY(m_hub && m_office && m_other);
        QVERIFY(peerUp(*m_hub, *m_office));
        QVERIFY(peerUp(*m_hub, *m_other));
        // Office B's site row reaches office A through the hub.
        QVERIFY_STATUS(PackageImport::importFile(
            *m_hub, exportPackage(*m_other, *m_hub, m_dir.file(u"b1-%1.cdpkg"_s.arg(tag)))));
        QVERIFY_STATUS(PackageImport::importFile(
            *m_office, exportPackage(*m_hub, *m_office, m_dir.file(u"h1-%1.cdpkg"_s.arg(tag)))));
    }

    void ownAccounts_reachTheHub_andSignInThere()
    {
        QVERIFY_STATUS(Accounts::create(*m_office,
                                        { u"aigul"_s, u"Aigul"_s, QUuid(), { Role::OfficeAdmin } },
                                        u"admin pw 1"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_office, u"aigul"_s, u"admin pw 1"_s));
        QVERIFY_STATUS(Accounts::create(
            *m_office, { u"olga"_s, u"Olga"_s, QUuid(), { Role::CaseWorker } }, u"worker pw 1"_s));
        QVERIFY_STATUS(PackageImport::importFile(
            *m_hub, exportPackage(*m_office, *m_hub, m_dir.file(u"a-users.cdpkg"_s))));
        QCOMPARE(Accounts::list(*m_hub).size(), 2);
        // The office's accounts do not lock the central desk.
        QVERIFY(!Accounts::exist(*m_hub));
        // A password changed at the office travels too.
        QVERIFY_STATUS(Accounts::signIn(*m_office, u"olga"_s, u"worker pw 1"_s));
        QVERIFY_STATUS(Accounts::changeOwnPassword(*m_office, u"worker pw 1"_s, u"worker pw 2"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_office, u"aigul"_s, u"admin pw 1"_s));
        QVERIFY_STATUS(PackageImport::importFile(
            *m_hub, exportPackage(*m_office, *m_hub, m_dir.file(u"a-pw.cdpkg"_s))));
        QVERIFY(Passwords::verify(Accounts::byLogin(*m_hub, u"olga"_s)->passwordHash,
                                  u"worker pw 2"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_hub, u"olga"_s, u"worker pw 2"_s));
    }

    void accountOfAnotherOffice_refused()
    {
        // Office A writes an account for office B straight into the store, as a forger would.
        QVERIFY_STATUS(
            m_office->create(u"user"_s, QUuid(), userFields(u"mallory"_s, m_other->site().id)));
        const QString digest = m_hub->digest();
        const QString package = exportPackage(*m_office, *m_hub, m_dir.file(u"forged.cdpkg"_s));
        QVERIFY_REFUSED(PackageImport::importFile(*m_hub, package), u"outside its cases"_s);
        QCOMPARE(m_hub->digest(), digest);
        QVERIFY(!Accounts::byLogin(*m_hub, u"mallory"_s));
    }

    void movingAnAccountToAnotherOffice_refused()
    {
        auto id = m_office->create(u"user"_s, QUuid(), userFields(u"ivan"_s, m_office->site().id));
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(PackageImport::importFile(
            *m_hub, exportPackage(*m_office, *m_hub, m_dir.file(u"ivan1.cdpkg"_s))));
        QVERIFY_STATUS(m_office->update(u"user"_s, id.value(),
                                        { { u"office_id"_s, QCborValue(m_other->site().id) } }));
        QVERIFY_REFUSED(PackageImport::importFile(
                            *m_hub, exportPackage(*m_office, *m_hub, m_dir.file(u"ivan2.cdpkg"_s))),
                        u"outside its cases"_s);
        QCOMPARE(Accounts::byLogin(*m_hub, u"ivan"_s)->office, m_office->site().id);
    }
};

QTEST_GUILESS_MAIN(TstAccountSync)
#include "tst_accountsync.moc"
