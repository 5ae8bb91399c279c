// Accounts in the desktop program: sign-in, the first administrator, pages by role, the Users
// page, the password dialogs and the settings note for a file without accounts.
#include "accountviewsupport.h"

#include "accesslogpage.h"
#include "appsettings.h"
#include "firstadmindialog.h"
#include "firststartdialog.h"
#include "passworddialog.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "userdialog.h"
#include "userspage.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSpinBox>

using namespace casedesk;
using namespace casedesk::test;

class TestViewsAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ViewTestSite::initTestCase();
        Passwords::setCost(Passwords::Cost::Minimal);
    }
    void init() { QVERIFY(m_site.setUp()); }
    void cleanup() { m_site.tearDown(); }

    void signIn_wrongPasswordShowsTheMessage();
    void signIn_waitAfterTooManyWrongPasswords();
    void signIn_rightPasswordSignsIn();
    void firstStart_createsTheAdministrator();
    void firstAdmin_passwordsMustMatch();
    void menu_createsAdministratorLater();
    void pages_followRoles_data();
    void pages_followRoles();
    void statusBar_namesWorkerAndRoles();
    void usersPage_addsAndDisablesAUser();
    void usersPage_refusalShown();
    void changePassword_wrongCurrentRefused();
    void settings_sayNoLockWithoutAccounts();
    void signOut_anotherWorkerSignsIn();

private:
    ViewTestSite m_site;
};

void TestViewsAccounts::signIn_wrongPasswordShowsTheMessage()
{
    QVERIFY(addAccounts(*m_site.store));
    Accounts::signOut(*m_site.store);
    SignInDialog dialog(*m_site.store);
    setText(&dialog, "loginEdit", QStringLiteral("olga"));
    setText(&dialog, "passwordEdit", QStringLiteral("not her password"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.message(), Accounts::tr("Wrong login or password."));
    QVERIFY(!m_site.store->session());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), QString());
}

void TestViewsAccounts::signIn_waitAfterTooManyWrongPasswords()
{
    QVERIFY(addAccounts(*m_site.store));
    Accounts::signOut(*m_site.store);
    SignInDialog dialog(*m_site.store);
    setText(&dialog, "loginEdit", QStringLiteral("olga"));
    for (int i = 0; i < Accounts::FreeAttempts; ++i) {
        setText(&dialog, "passwordEdit", QStringLiteral("wrong %1").arg(i));
        dialog.accept();
    }
    QVERIFY2(dialog.message().contains(QStringLiteral("second")), qPrintable(dialog.message()));
    // Even the right password waits.
    setText(&dialog, "passwordEdit", WorkerPassword);
    dialog.accept();
    QVERIFY2(dialog.message().contains(QStringLiteral("Too many")), qPrintable(dialog.message()));
    QVERIFY(!m_site.store->session());
}

void TestViewsAccounts::signIn_rightPasswordSignsIn()
{
    QVERIFY(addAccounts(*m_site.store));
    Accounts::signOut(*m_site.store);
    SignInDialog dialog(*m_site.store);
    dialog.setLogin(QStringLiteral("OLGA "));
    setText(&dialog, "passwordEdit", WorkerPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_site.store->session());
    QCOMPARE(m_site.store->session()->user().login, QStringLiteral("olga"));
    QCOMPARE(m_site.store->author(), QStringLiteral("Olga Petrova"));
}

void TestViewsAccounts::firstStart_createsTheAdministrator()
{
    QSettings().remove(QStringLiteral("user/name"));
    whenModalShown([](QWidget *start) {
        QCOMPARE(start->objectName(), QStringLiteral("firstStartDialog"));
        whenModalShown([](QWidget *admin) {
            QCOMPARE(admin->objectName(), QStringLiteral("firstAdminDialog"));
            setText(admin, "adminNameEdit", QStringLiteral("Айгуль Нурланова"));
            setText(admin, "adminLoginEdit", QStringLiteral("a.nurlanova"));
            setText(admin, "adminPasswordEdit", AdminPassword);
            setText(admin, "adminRepeatEdit", AdminPassword);
            qobject_cast<QDialog *>(admin)->accept();
        });
        start->findChild<QPushButton *>(QStringLiteral("createAdminButton"))->click();
    });
    QVERIFY(SignInDialog::ensureSignedIn(*m_site.store));
    QVERIFY(Accounts::exist(*m_site.store));
    const auto session = m_site.store->session();
    QVERIFY(session && !session->isLocal());
    QCOMPARE(session->user().login, QStringLiteral("a.nurlanova"));
    QCOMPARE(session->user().roles, (QList<Role> { Role::CaseWorker, Role::OfficeAdmin }));
    // The administrator signed in holds the key that opens the site's keys.
    QVERIFY(!session->vaultKey().isEmpty());
    QVERIFY(m_site.window->page(QStringLiteral("users")));
}

void TestViewsAccounts::firstAdmin_passwordsMustMatch()
{
    FirstAdminDialog dialog(*m_site.store);
    setText(&dialog, "adminNameEdit", QStringLiteral("Aigul"));
    setText(&dialog, "adminLoginEdit", QStringLiteral("aigul"));
    setText(&dialog, "adminPasswordEdit", AdminPassword);
    setText(&dialog, "adminRepeatEdit", QStringLiteral("another password"));
    dialog.accept();
    QVERIFY(dialog.message().contains(QStringLiteral("differ")));
    QVERIFY(!Accounts::exist(*m_site.store));
    setText(&dialog, "adminRepeatEdit", AdminPassword);
    setText(&dialog, "adminLoginEdit", QStringLiteral("a b"));
    dialog.accept();
    // The domain's rule, shown as it is.
    QVERIFY2(dialog.message().contains(QStringLiteral("login")), qPrintable(dialog.message()));
    QVERIFY(!Accounts::exist(*m_site.store));
}

void TestViewsAccounts::menu_createsAdministratorLater()
{
    QVERIFY(!m_site.window->page(QStringLiteral("users")));
    whenModalShown([](QWidget *admin) {
        setText(admin, "adminNameEdit", QStringLiteral("Aigul Admin"));
        setText(admin, "adminLoginEdit", QStringLiteral("admin"));
        setText(admin, "adminPasswordEdit", AdminPassword);
        setText(admin, "adminRepeatEdit", AdminPassword);
        admin->findChild<QCheckBox *>(QStringLiteral("adminCaseWorkerCheck"))->setChecked(false);
        qobject_cast<QDialog *>(admin)->accept();
    });
    m_site.window->createAdministrator();
    QVERIFY(Accounts::exist(*m_site.store));
    QVERIFY(m_site.window->page(QStringLiteral("users")));
    // An administrator alone does not read case files: a sentence, not an empty list.
    QVERIFY(!m_site.window->caseList());
    auto *noCases = qobject_cast<QLabel *>(m_site.window->page(QStringLiteral("cases")));
    QVERIFY(noCases);
    QCOMPARE(noCases->text(), Access::refusal(Operation::ViewCases));
}

void TestViewsAccounts::pages_followRoles_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("cases");
    QTest::addColumn<bool>("sync");
    QTest::addColumn<bool>("conflicts");
    QTest::addColumn<bool>("users");
    QTest::addColumn<bool>("accessLog");
    QTest::addColumn<bool>("newCase");
    QTest::newRow("case worker") << "olga" << true << false << true << false << false << true;
    QTest::newRow("administrator") << "admin" << false << true << false << true << false << false;
    QTest::newRow("auditor") << "aset" << true << false << false << false << true << false;
}

void TestViewsAccounts::pages_followRoles()
{
    QFETCH(QString, login);
    QVERIFY(addAccounts(*m_site.store));
    QVERIFY(signIn(*m_site.store, login));
    MainWindow *w = m_site.window.get();
    QTEST(w->caseList() != nullptr, "cases");
    QTEST(w->page(QStringLiteral("sync")) != nullptr, "sync");
    QTEST(w->page(QStringLiteral("conflicts")) != nullptr, "conflicts");
    QTEST(w->page(QStringLiteral("users")) != nullptr, "users");
    QTEST(w->page(QStringLiteral("accessLog")) != nullptr, "accessLog");
    QAction *newCase = nullptr;
    for (QAction *action : w->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::New))
            newCase = action;
    QVERIFY(newCase);
    QTEST(newCase->isEnabled(), "newCase");
}

void TestViewsAccounts::statusBar_namesWorkerAndRoles()
{
    QVERIFY(addAccounts(*m_site.store));
    QVERIFY(signIn(*m_site.store, QStringLiteral("olga")));
    const QString status = m_site.window->statusText();
    QVERIFY2(status.contains(QStringLiteral("Olga Petrova")), qPrintable(status));
    QVERIFY2(status.contains(roleLabel(Role::CaseWorker)), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("Test Worker")), qPrintable(status));
}

void TestViewsAccounts::usersPage_addsAndDisablesAUser()
{
    QVERIFY(addAccounts(*m_site.store));
    auto *page = qobject_cast<UsersPage *>(m_site.window->page(QStringLiteral("users")));
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 4);
    whenModalShown([](QWidget *dialog) {
        auto *user = qobject_cast<UserDialog *>(dialog);
        QVERIFY(user);
        setText(dialog, "userNameEdit", QStringLiteral("Марат Исаев"));
        setText(dialog, "userLoginEdit", QStringLiteral("marat"));
        setText(dialog, "userPasswordEdit", WorkerPassword);
        setText(dialog, "userRepeatEdit", WorkerPassword);
        user->setRole(Role::Supervisor, true);
        user->accept();
    });
    page->addUser();
    QCOMPARE(page->model()->rowCount(), 5);
    const int row = page->model()->rowOf(Accounts::byLogin(*m_site.store, u"marat"_s)->id);
    QVERIFY(row >= 0);
    QCOMPARE(page->table()->currentRow(), row);
    QCOMPARE(page->model()->index(row, UserTableModel::Roles).data().toString(),
             roleLabel(Role::CaseWorker) + u", "_s + roleLabel(Role::Supervisor));
    QCOMPARE(page->model()->index(row, UserTableModel::Office).data().toString(),
             QStringLiteral("Demo office"));

    page->toggleActive();
    QVERIFY(!Accounts::byLogin(*m_site.store, u"marat"_s)->active);
    QCOMPARE(page->model()->index(row, UserTableModel::Active).data().toString(),
             UserTableModel::tr("No, disabled"));
    QVERIFY_REFUSED(Accounts::signIn(*m_site.store, u"marat"_s, WorkerPassword), u"disabled"_s);
}

void TestViewsAccounts::usersPage_refusalShown()
{
    QVERIFY(addAccounts(*m_site.store));
    auto *page = qobject_cast<UsersPage *>(m_site.window->page(QStringLiteral("users")));
    QVERIFY(page);
    const int own = page->model()->rowOf(m_site.store->session()->user().id);
    QVERIFY(own >= 0);
    page->table()->selectRow(own);
    QString shown;
    whenModalShown([&shown](QWidget *box) {
        shown = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    page->toggleActive();
    QCOMPARE(shown, Accounts::tr("You cannot disable your own account."));
    QVERIFY(Accounts::byLogin(*m_site.store, u"admin"_s)->active);
}

void TestViewsAccounts::changePassword_wrongCurrentRefused()
{
    QVERIFY(addAccounts(*m_site.store));
    QVERIFY(signIn(*m_site.store, QStringLiteral("olga")));
    PasswordDialog dialog(*m_site.store);
    setText(&dialog, "currentPasswordEdit", QStringLiteral("not it"));
    setText(&dialog, "newPasswordEdit", QStringLiteral("brand new password"));
    setText(&dialog, "repeatPasswordEdit", QStringLiteral("brand new password"));
    dialog.accept();
    QCOMPARE(dialog.message(), Accounts::tr("The current password is wrong."));
    setText(&dialog, "currentPasswordEdit", WorkerPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY_STATUS(Accounts::signIn(*m_site.store, u"olga"_s, u"brand new password"_s));
}

void TestViewsAccounts::settings_sayNoLockWithoutAccounts()
{
    SettingsDialog without(nullptr, false);
    auto *note = without.findChild<QLabel *>(QStringLiteral("lockNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("no user accounts")), qPrintable(note->text()));
    auto *minutes = without.findChild<QSpinBox *>(QStringLiteral("lockMinutesSpin"));
    QCOMPARE(minutes->value(), 10);
    minutes->setValue(0);
    without.accept();
    QCOMPARE(AppSettings::lockMinutes(), 0);
}

void TestViewsAccounts::signOut_anotherWorkerSignsIn()
{
    QVERIFY(addAccounts(*m_site.store));
    QVERIFY(signIn(*m_site.store, QStringLiteral("olga")));
    QVERIFY(m_site.window->openCase(m_site.firstCase()));
    whenModalShown([this](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("signInDialog"));
        // Signed out: nothing of the previous worker is on screen.
        QVERIFY(!m_site.window->isVisible());
        QVERIFY(m_site.window->caseWindows().isEmpty());
        setText(dialog, "loginEdit", QStringLiteral("aset"));
        setText(dialog, "passwordEdit", WorkerPassword);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    m_site.window->signOut();
    QVERIFY(m_site.window->isVisible());
    QCOMPARE(m_site.store->session()->user().login, QStringLiteral("aset"));
    QVERIFY(m_site.window->page(QStringLiteral("accessLog")));
}

QTEST_MAIN(TestViewsAccounts)
#include "tst_views_accounts.moc"
