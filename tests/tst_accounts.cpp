// Accounts: password hashing, the first administrator, sign-in with its growing delay, rehashing,
// and the site keys that only an administrator's password opens.
#include "testsupport.h"

#include "accounts.h"
#include "keyvault.h"
#include "passwords.h"
#include "permissions.h"
#include "sitekeys.h"

#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TstAccounts : public QObject
{
    Q_OBJECT

private:
    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_admin;

    NewUser user(const QString &login, QList<Role> roles)
    {
        return { login, u"Worker "_s + login, QUuid(), std::move(roles) };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Passwords::setCost(Passwords::Cost::Minimal);
    }

    void init()
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        m_store = createStore(
            m_dir.file(u"site-%1.cdsk"_s.arg(QUuid::createUuid().toString(QUuid::Id128))),
            officeSite());
        QVERIFY(m_store);
        auto admin = Accounts::create(*m_store, user(u"aigul"_s, { Role::OfficeAdmin }),
                                      u"correct horse"_s);
        QVERIFY_STATUS(admin);
        m_admin = admin.value();
    }

    void hash_verifiesOnlyTheRightPassword()
    {
        auto hash = Passwords::hash(u"Пароль-для-теста"_s);
        QVERIFY_STATUS(hash);
        QVERIFY(hash.value().startsWith(u"$argon2id$"_s));
        QVERIFY(!hash.value().contains(u"Пароль"_s));
        QVERIFY(Passwords::verify(hash.value(), u"Пароль-для-теста"_s));
        QVERIFY(!Passwords::verify(hash.value(), u"пароль-для-теста"_s));
        QVERIFY(!Passwords::verify(hash.value(), QString()));
        // Two hashes of one password differ (a random salt each).
        QVERIFY(Passwords::hash(u"Пароль-для-теста"_s).value() != hash.value());
    }

    void newPassword_tooShortRefused()
    {
        QVERIFY_REFUSED(Passwords::checkNew(u"short"_s), u"at least"_s);
        QVERIFY_REFUSED(Passwords::checkNew(u" spaced out "_s), u"space"_s);
        QVERIFY_STATUS(Passwords::checkNew(u"long enough"_s));
    }

    void passwordNeverStoredInClear()
    {
        const QString dump
            = rawSql(m_store->db().path(), u"SELECT group_concat(password_hash) FROM users"_s);
        QVERIFY(!dump.isEmpty());
        QVERIFY(!dump.contains(u"correct horse"_s));
        QByteArray file;
        {
            QFile f(m_store->db().path());
            QVERIFY(f.open(QIODevice::ReadOnly));
            file = f.readAll();
        }
        QVERIFY(!file.contains("correct horse"));
    }

    void firstAccount_mustBeAdministrator()
    {
        auto fresh = createStore(m_dir.file(u"fresh.cdsk"_s), officeSite());
        QVERIFY(fresh);
        QVERIFY(!Accounts::exist(*fresh));
        QVERIFY(Access::current(*fresh)->isLocal());
        QVERIFY_REFUSED(
            Accounts::create(*fresh, user(u"worker"_s, { Role::CaseWorker }), u"correct horse"_s),
            u"administrator"_s);
        QVERIFY(!Accounts::exist(*fresh));
        QVERIFY_STATUS(
            Accounts::create(*fresh, user(u"boss"_s, { Role::OfficeAdmin }), u"correct horse"_s));
        QVERIFY(Accounts::exist(*fresh));
        // From now on nobody works without signing in.
        QVERIFY(!Access::current(*fresh));
        QVERIFY_REFUSED(Access::require(*fresh, Operation::ViewCases), u"Sign in"_s);
    }

    void laterAccounts_needAnAdministrator()
    {
        QVERIFY_REFUSED(
            Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }), u"correct horse"_s),
            u"Sign in"_s);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QVERIFY_STATUS(Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }),
                                        u"worker's password"_s));
        QVERIFY_REFUSED(
            Accounts::create(*m_store, user(u"OLGA"_s, { Role::Auditor }), u"worker's password"_s),
            u"taken"_s);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s));
        QVERIFY_REFUSED(
            Accounts::create(*m_store, user(u"ivan"_s, { Role::CaseWorker }), u"correct horse"_s),
            u"administrator"_s);
        QCOMPARE(Accounts::list(*m_store).size(), 2);
    }

    void login_validated()
    {
        QVERIFY_STATUS(Accounts::validateLogin(u"a.petrova"_s));
        QVERIFY_REFUSED(Accounts::validateLogin(u"a"_s), u"login"_s);
        QVERIFY_REFUSED(Accounts::validateLogin(u"петрова"_s), u"login"_s);
        QVERIFY_REFUSED(Accounts::validateLogin(u"has space"_s), u"login"_s);
    }

    void signIn_setsSessionAndAuthor()
    {
        auto session = Accounts::signIn(*m_store, u" Aigul "_s, u"correct horse"_s);
        QVERIFY_STATUS(session);
        QCOMPARE(session.value()->user().id, m_admin);
        QVERIFY(session.value()->user().passwordHash.isEmpty());
        QCOMPARE(m_store->session(), session.value());
        QCOMPARE(m_store->author(), u"Worker aigul"_s);
        QVERIFY(!session.value()->vaultKey().isEmpty());
        Accounts::signOut(*m_store);
        QVERIFY(!Access::current(*m_store));
    }

    void wrongPassword_sameMessageAsUnknownLogin()
    {
        auto wrong = Accounts::signIn(*m_store, u"aigul"_s, u"wrong horse"_s);
        auto unknown = Accounts::signIn(*m_store, u"nobody"_s, u"wrong horse"_s);
        QVERIFY_REFUSED(wrong, u"Wrong login or password"_s);
        QCOMPARE(unknown.message(), wrong.message());
        QVERIFY(!m_store->session());
    }

    void fiveWrongPasswords_thenGrowingDelay()
    {
        for (int i = 0; i < Accounts::FreeAttempts - 1; ++i) {
            QVERIFY_REFUSED(Accounts::signIn(*m_store, u"aigul"_s, u"wrong"_s), u"Wrong"_s);
            QCOMPARE(Accounts::waitSeconds(*m_store, u"aigul"_s), 0);
        }
        QVERIFY_REFUSED(Accounts::signIn(*m_store, u"aigul"_s, u"wrong"_s), u"Wait"_s);
        const qint64 first = Accounts::waitSeconds(*m_store, u"aigul"_s);
        QVERIFY(first > 0 && first <= 10);
        // During the wait even the right password is not checked.
        QVERIFY_REFUSED(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s), u"Too many"_s);
        QVERIFY(!m_store->session());
        // Ten seconds later one more try is allowed; another wrong one doubles the wait.
        m_store->setClockOffset(11'000);
        QCOMPARE(Accounts::waitSeconds(*m_store, u"aigul"_s), 0);
        QVERIFY_REFUSED(Accounts::signIn(*m_store, u"aigul"_s, u"wrong"_s), u"Wait"_s);
        const qint64 second = Accounts::waitSeconds(*m_store, u"aigul"_s);
        QVERIFY2(second > 10 && second <= 20, qPrintable(QString::number(second)));
        // Other logins are not held up.
        QCOMPARE(Accounts::waitSeconds(*m_store, u"olga"_s), 0);
        // After the wait the right password signs in and clears the count.
        m_store->setClockOffset(11'000 + 21'000);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QVERIFY_REFUSED(Accounts::signIn(*m_store, u"aigul"_s, u"wrong"_s), u"Wrong"_s);
        QCOMPARE(Accounts::waitSeconds(*m_store, u"aigul"_s), 0);
    }

    void signIn_rehashesWhenParametersChange()
    {
        const auto hashOf = [this] {
            return Accounts::byId(*m_store, m_admin)->passwordHash;
        };
        const QString minimal = hashOf();
        QVERIFY(!Passwords::needsRehash(minimal));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QCOMPARE(hashOf(), minimal);
        Passwords::setCost(Passwords::Cost::Interactive);
        QVERIFY(Passwords::needsRehash(minimal));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        const QString interactive = hashOf();
        QVERIFY(interactive != minimal);
        QVERIFY(!Passwords::needsRehash(interactive));
        QVERIFY(Passwords::verify(interactive, u"correct horse"_s));
        Passwords::setCost(Passwords::Cost::Minimal);
    }

    void disabledAccount_cannotSignIn()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        auto olga = Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }),
                                     u"worker's password"_s);
        QVERIFY_STATUS(olga);
        QVERIFY_REFUSED(Accounts::setActive(*m_store, m_admin, false), u"your own"_s);
        QVERIFY_STATUS(Accounts::setActive(*m_store, olga.value(), false));
        QVERIFY_REFUSED(Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s),
                        u"disabled"_s);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QVERIFY_STATUS(Accounts::setActive(*m_store, olga.value(), true));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s));
    }

    void changeOwnPassword_needsTheOldOne()
    {
        auto olga = Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }),
                                     u"worker's password"_s);
        QVERIFY(!olga); // nobody signed in
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QVERIFY_STATUS(Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }),
                                        u"worker's password"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s));
        QVERIFY_REFUSED(Accounts::changeOwnPassword(*m_store, u"guess"_s, u"new password 1"_s),
                        u"current password"_s);
        QVERIFY_STATUS(
            Accounts::changeOwnPassword(*m_store, u"worker's password"_s, u"new password 1"_s));
        QVERIFY(!Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, u"new password 1"_s));
    }

    void siteKeys_sealedUntilAnAdministratorSignsIn()
    {
        QVERIFY(KeyVault::isSealed(*m_store));
        // The secret columns no longer hold the keys themselves.
        Statement st = m_store->db().statement("SELECT sign_secret, box_secret FROM site_keys");
        QCOMPARE(st.step(), Statement::Step::Row);
        const QByteArray sealedSign = st.blob(0);
        st.reset();
        QVERIFY(sealedSign.size() != 64);

        QVERIFY_REFUSED(SiteKeys::loadExisting(*m_store), u"administrator"_s);
        QVERIFY_STATUS(SiteKeys::publicCard(*m_store));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        auto keys = SiteKeys::loadExisting(*m_store);
        QVERIFY_STATUS(keys);
        QCOMPARE(keys->signSecret().size(), 64);
        // The secret key belongs to the public one.
        QCOMPARE(keys->signSecret().right(32), keys->signPublic());
        QCOMPARE(SiteKeys::publicCard(*m_store)->fingerprint(), keys->card(*m_store).fingerprint());

        // A case worker cannot open them.
        QVERIFY_STATUS(Accounts::create(*m_store, user(u"olga"_s, { Role::CaseWorker }),
                                        u"worker's password"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"olga"_s, u"worker's password"_s));
        QVERIFY_REFUSED(SiteKeys::loadExisting(*m_store), u"administrator"_s);
    }

    void secondAdministrator_opensTheSameKeys()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        const QByteArray secret = SiteKeys::loadExisting(*m_store)->signSecret();
        auto bolat = Accounts::create(*m_store, user(u"bolat"_s, { Role::OfficeAdmin }),
                                      u"second admin"_s);
        QVERIFY_STATUS(bolat);
        QCOMPARE(KeyVault::wrapCount(*m_store), 2);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"bolat"_s, u"second admin"_s));
        QCOMPARE(SiteKeys::loadExisting(*m_store)->signSecret(), secret);
        // The wrong password opens nothing, even through the vault directly.
        QVERIFY(KeyVault::unwrap(*m_store, bolat.value(), u"second admim"_s).isEmpty());
    }

    void forgottenPassword_resetByAnotherAdministrator()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        const QByteArray secret = SiteKeys::loadExisting(*m_store)->signSecret();
        auto bolat = Accounts::create(*m_store, user(u"bolat"_s, { Role::OfficeAdmin }),
                                      u"second admin"_s);
        QVERIFY_STATUS(bolat);
        // Bolat forgot his password; Aigul sets a new one, and it opens the keys.
        QVERIFY_STATUS(Accounts::resetPassword(*m_store, bolat.value(), u"brand new one"_s));
        QVERIFY(!Accounts::signIn(*m_store, u"bolat"_s, u"second admin"_s));
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"bolat"_s, u"brand new one"_s));
        QCOMPARE(SiteKeys::loadExisting(*m_store)->signSecret(), secret);
    }

    void lastKeyHolder_cannotBeRemoved()
    {
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        auto bolat = Accounts::create(*m_store, user(u"bolat"_s, { Role::OfficeAdmin }),
                                      u"second admin"_s);
        QVERIFY_STATUS(bolat);
        QVERIFY_STATUS(Accounts::setRoles(*m_store, bolat.value(), { Role::CaseWorker }));
        QCOMPARE(KeyVault::wrapCount(*m_store), 1);
        QVERIFY_REFUSED(Accounts::setRoles(*m_store, m_admin, { Role::Auditor }), u"last"_s);
        QVERIFY(Accounts::byId(*m_store, m_admin)->has(Role::OfficeAdmin));
    }

    void accountsOfAnotherSite_doNotLockTheFile()
    {
        auto hub = createStore(m_dir.file(u"hub.cdsk"_s), officeSite(u"Central desk"_s, u"HUB1"_s));
        QVERIFY(hub);
        QVERIFY_STATUS(SiteKeys::load(*hub));
        // An office's administrator, as a package brings it.
        auto hash = Passwords::hash(u"office admin"_s);
        QVERIFY_STATUS(hub->create(u"user"_s, QUuid(),
                                   { { u"login"_s, u"remote"_s },
                                     { u"display_name"_s, u"Remote Admin"_s },
                                     { u"office_id"_s, QCborValue(m_store->site().id) },
                                     { u"roles"_s, u"office_admin"_s },
                                     { u"active"_s, true },
                                     { u"password_hash"_s, hash.value() } }));
        QVERIFY(!Accounts::exist(*hub));
        QVERIFY(Access::current(*hub)->isLocal());
        QCOMPARE(Accounts::list(*hub).size(), 1);
    }

    void administratorFromElsewhere_sealsOpenKeysAtFirstSignIn()
    {
        auto office = createStore(m_dir.file(u"office.cdsk"_s), officeSite());
        QVERIFY(office);
        QVERIFY_STATUS(SiteKeys::load(*office));
        QVERIFY(!KeyVault::isSealed(*office));
        // The central desk made this office's administrator; the row arrives by package.
        auto hash = Passwords::hash(u"made at the hub"_s);
        QVERIFY_STATUS(office->create(u"user"_s, QUuid(),
                                      { { u"login"_s, u"dana"_s },
                                        { u"display_name"_s, u"Dana"_s },
                                        { u"office_id"_s, QCborValue(office->site().id) },
                                        { u"roles"_s, u"office_admin"_s },
                                        { u"active"_s, true },
                                        { u"password_hash"_s, hash.value() } }));
        QVERIFY(Accounts::exist(*office));
        QVERIFY_STATUS(Accounts::signIn(*office, u"dana"_s, u"made at the hub"_s));
        QVERIFY(KeyVault::isSealed(*office));
        QVERIFY_STATUS(SiteKeys::loadExisting(*office));
        Accounts::signOut(*office);
        QVERIFY_REFUSED(SiteKeys::loadExisting(*office), u"administrator"_s);
    }

    void reopenedFile_stillNeedsSignIn()
    {
        const QString path = m_store->db().path();
        m_store.reset();
        m_store = openStore(path);
        QVERIFY(m_store);
        QVERIFY(!Access::current(*m_store));
        QVERIFY_REFUSED(SiteKeys::load(*m_store), u"administrator"_s);
        QVERIFY_STATUS(Accounts::signIn(*m_store, u"aigul"_s, u"correct horse"_s));
        QVERIFY_STATUS(SiteKeys::load(*m_store));
    }
};

QTEST_GUILESS_MAIN(TstAccounts)
#include "tst_accounts.moc"
