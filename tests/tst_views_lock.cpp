// The screen lock: it hides every case text (windows and dialogs), the same worker's password
// brings the windows back, and another worker signing in keeps the first one's edits as drafts.
#include "accountviewsupport.h"

#include "drafts.h"
#include "lockscreen.h"
#include "screenlock.h"

using namespace casedesk;
using namespace casedesk::test;

class TestViewsLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ViewTestSite::initTestCase();
        Passwords::setCost(Passwords::Cost::Minimal);
    }
    void init()
    {
        QVERIFY(m_site.setUp());
        QVERIFY(addAccounts(*m_site.store));
        QVERIFY(signIn(*m_site.store, QStringLiteral("olga")));
    }
    void cleanup() { m_site.tearDown(); }

    void lock_hidesEveryCaseText();
    void lock_hidesOpenDialogsAndKeepsThemRunning();
    void unlock_wrongPasswordStaysLocked();
    void unlock_restoresWindowsAsTheyWere();
    void idleMinutes_lockByThemselves();
    void withoutAccounts_screenNeverLocks();
    void otherUser_keepsFirstWorkersDraft();
    void draft_removedWhenUndone();

private:
    struct OpenedCase
    {
        CaseFileWindow *window = nullptr;
        QString number;
        QString familyName;
    };
    OpenedCase openFirstCase();

    ViewTestSite m_site;
};

TestViewsLock::OpenedCase TestViewsLock::openFirstCase()
{
    OpenedCase opened;
    CaseListPage *list = m_site.window->caseList();
    if (!list || list->model()->rowCount() == 0)
        return opened;
    const QUuid id = list->model()->caseId(0);
    const auto data = CaseFiles(*m_site.store).load(id);
    if (!data)
        return opened;
    opened.number = data->number;
    opened.familyName = data->client.familyName;
    opened.window = m_site.window->openCase(id);
    if (opened.window && !QTest::qWaitForWindowExposed(opened.window))
        opened.window = nullptr;
    return opened;
}

void TestViewsLock::lock_hidesEveryCaseText()
{
    const OpenedCase opened = openFirstCase();
    QVERIFY(opened.window);
    QVERIFY(!opened.familyName.isEmpty());
    // The check below sees the case when it is on screen.
    QVERIFY(anyContains(visibleTexts(), opened.familyName));
    QVERIFY(anyContains(visibleTexts(), opened.number));

    m_site.window->lockScreen();
    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(lock->isLocked());
    QVERIFY(lock->lockScreen()->isVisible());
    const QStringList texts = visibleTexts();
    QVERIFY2(!anyContains(texts, opened.familyName), qPrintable(texts.join(u'|')));
    QVERIFY2(!anyContains(texts, opened.number), qPrintable(texts.join(u'|')));
    QVERIFY2(!anyContains(texts, QStringLiteral("Demo office")), qPrintable(texts.join(u'|')));
    // Only the locked worker's name.
    QVERIFY2(anyContains(texts, QStringLiteral("Olga Petrova")), qPrintable(texts.join(u'|')));
    QVERIFY(!m_site.window->isVisible());
    QVERIFY(!opened.window->isVisible());
}

void TestViewsLock::lock_hidesOpenDialogsAndKeepsThemRunning()
{
    const OpenedCase opened = openFirstCase();
    QVERIFY(opened.window);
    QStringList whileLocked;
    bool visibleAgain = false;
    whenModalShown([&](QWidget *dialog) {
        m_site.window->lockScreen();
        whileLocked = visibleTexts();
        m_site.window->screenLock()->unlock(WorkerPassword);
        visibleAgain = dialog->isVisible();
        qobject_cast<QMessageBox *>(dialog)->done(QMessageBox::Ok);
    });
    QMessageBox box(QMessageBox::Information, opened.number,
                    QStringLiteral("About %1").arg(opened.familyName), QMessageBox::Ok,
                    opened.window);
    // The dialog's exec() goes on through the lock and ends with the answer given after it.
    QCOMPARE(box.exec(), int(QMessageBox::Ok));
    QVERIFY(!whileLocked.isEmpty());
    QVERIFY2(!anyContains(whileLocked, opened.familyName), qPrintable(whileLocked.join(u'|')));
    QVERIFY2(!anyContains(whileLocked, opened.number), qPrintable(whileLocked.join(u'|')));
    QVERIFY(visibleAgain);
}

void TestViewsLock::unlock_wrongPasswordStaysLocked()
{
    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(lock->lock());
    QVERIFY_REFUSED(lock->unlock(QStringLiteral("not the password")), QStringLiteral("Wrong"));
    QVERIFY(lock->isLocked());
    QCOMPARE(lock->lockScreen()->message(), Accounts::tr("Wrong login or password."));
    QVERIFY(!m_site.window->isVisible());
}

void TestViewsLock::unlock_restoresWindowsAsTheyWere()
{
    const OpenedCase opened = openFirstCase();
    QVERIFY(opened.window);
    auto *family = opened.window->overview()->findChild<PersonForm *>()->familyNameEdit();
    family->setFocus();
    typeText(family, QStringLiteral("-Typed"));
    QVERIFY(opened.window->hasUnsavedChanges());
    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(lock->lock());
    QVERIFY_STATUS(lock->unlock(WorkerPassword));
    QVERIFY(!lock->isLocked());
    QVERIFY(!lock->lockScreen()->isVisible());
    QVERIFY(m_site.window->isVisible());
    QVERIFY(opened.window->isVisible());
    // Nothing typed was lost, nothing became a draft: the same worker came back.
    QCOMPARE(family->text(), opened.familyName + QStringLiteral("-Typed"));
    QVERIFY(opened.window->hasUnsavedChanges());
    QCOMPARE(Drafts::casesWithDrafts(*m_site.store, m_site.store->session()->user().id).size(), 0);
}

void TestViewsLock::idleMinutes_lockByThemselves()
{
    ScreenLock *lock = m_site.window->screenLock();
    lock->setIdleLimitMs(150);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
    QVERIFY_STATUS(lock->unlock(WorkerPassword));
    lock->setIdleMinutes(0);
    QTest::qWait(300);
    QVERIFY(!lock->isLocked());
}

void TestViewsLock::withoutAccounts_screenNeverLocks()
{
    m_site.tearDown();
    QVERIFY(m_site.setUp());
    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(!lock->canLock());
    QVERIFY(!lock->lock());
    lock->setIdleLimitMs(50);
    QTest::qWait(300);
    QVERIFY(!lock->isLocked());
    QVERIFY(m_site.window->isVisible());
}

void TestViewsLock::otherUser_keepsFirstWorkersDraft()
{
    const OpenedCase opened = openFirstCase();
    QVERIFY(opened.window);
    const QUuid caseId = opened.window->caseId();
    const QUuid olga = m_site.store->session()->user().id;
    auto *family = opened.window->overview()->findChild<PersonForm *>()->familyNameEdit();
    family->setFocus();
    typeText(family, QStringLiteral("-Draft"));
    const QString edited = opened.familyName + QStringLiteral("-Draft");

    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(lock->lock());
    QVERIFY_STATUS(lock->signInAsOther(QStringLiteral("ivan"), WorkerPassword));
    QTRY_VERIFY(m_site.window->caseWindows().isEmpty());
    QVERIFY(m_site.window->isVisible());
    QVERIFY2(m_site.window->statusText().contains(QStringLiteral("Ivan Sokolov")),
             qPrintable(m_site.window->statusText()));
    QCOMPARE(Drafts::casesWithDrafts(*m_site.store, olga), QList<QUuid> { caseId });
    QVERIFY(!anyContains(visibleTexts(), edited));

    // Ivan sees the case as saved: the draft is Olga's alone.
    CaseFileWindow *ivans = m_site.window->openCase(caseId);
    QVERIFY(ivans);
    auto *ivansFamily = ivans->overview()->findChild<PersonForm *>()->familyNameEdit();
    QCOMPARE(ivansFamily->text(), opened.familyName);
    QVERIFY(ivans->draftNotice().isEmpty());

    QVERIFY(lock->lock());
    QVERIFY_STATUS(lock->signInAsOther(QStringLiteral("olga"), WorkerPassword));
    QTRY_VERIFY(m_site.window->caseWindows().isEmpty());
    CaseFileWindow *again = m_site.window->openCase(caseId);
    QVERIFY(again);
    auto *againFamily = again->overview()->findChild<PersonForm *>()->familyNameEdit();
    QCOMPARE(againFamily->text(), edited);
    QVERIFY(again->hasUnsavedChanges());
    QVERIFY(!again->draftNotice().isEmpty());

    QVERIFY(again->overview()->save());
    QCOMPARE(CaseFiles(*m_site.store).load(caseId)->client.familyName, edited);
    QVERIFY(Drafts::casesWithDrafts(*m_site.store, olga).isEmpty());
    QVERIFY(again->draftNotice().isEmpty());
}

void TestViewsLock::draft_removedWhenUndone()
{
    const OpenedCase opened = openFirstCase();
    QVERIFY(opened.window);
    const QUuid caseId = opened.window->caseId();
    const QUuid olga = m_site.store->session()->user().id;
    auto *family = opened.window->overview()->findChild<PersonForm *>()->familyNameEdit();
    family->setFocus();
    typeText(family, QStringLiteral("-Gone"));
    ScreenLock *lock = m_site.window->screenLock();
    QVERIFY(lock->lock());
    QVERIFY_STATUS(lock->signInAsOther(QStringLiteral("ivan"), WorkerPassword));
    QTRY_VERIFY(m_site.window->caseWindows().isEmpty());
    QVERIFY(lock->lock());
    QVERIFY_STATUS(lock->signInAsOther(QStringLiteral("olga"), WorkerPassword));
    QTRY_VERIFY(m_site.window->caseWindows().isEmpty());

    CaseFileWindow *again = m_site.window->openCase(caseId);
    QVERIFY(again->hasUnsavedChanges());
    again->overview()->discardChanges();
    QVERIFY(Drafts::casesWithDrafts(*m_site.store, olga).isEmpty());
    QCOMPARE(again->overview()->findChild<PersonForm *>()->familyNameEdit()->text(),
             opened.familyName);
    QCOMPARE(CaseFiles(*m_site.store).load(caseId)->client.familyName, opened.familyName);
}

QTEST_MAIN(TestViewsLock)
#include "tst_views_lock.moc"
