// The Referrals tab and its dialogs driven headlessly: a referral within the consent, one beyond
// it refused for a case worker and sent by a supervisor with a recorded reason, the status
// dialog offering only the next steps, and the agency list kept at the central desk.
#include "roleaccounts.h"
#include "viewtesthelpers.h"

#include "agenciesdialog.h"
#include "consent.h"
#include "newagencydialog.h"
#include "referraldialog.h"
#include "referrallistmodel.h"
#include "referrals.h"
#include "referralstab.h"
#include "referralstatusdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(ReferralStatus)

namespace {

// Runs `handle` on the next modal dialog of type T; the handler must close it.
template<typename T> void whenDialog(std::function<void(T *)> handle)
{
    whenModalShown([handle](QWidget *modal) {
        if (T *dialog = qobject_cast<T *>(modal))
            handle(dialog);
        else if (auto *other = qobject_cast<QDialog *>(modal))
            other->reject();
    });
}

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestReferralViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<CaseFiles> m_files;
    std::unique_ptr<ReferralsTab> m_tab;
    QUuid m_case;
    QUuid m_inside; // named in the client's consent
    QUuid m_outside;

    QUuid sendDirectly(const QUuid &agency, const QString &name)
    {
        Referral r;
        r.caseId = m_case;
        r.agencyId = agency;
        r.agencyName = name;
        r.reason = u"Restore the identity documents"_s;
        r.sentDate = QDate::currentDate().addDays(-3);
        r.deadline = QDate::currentDate().addDays(11);
        const Result<QUuid> id = Referrals(*m_store).send(r);
        if (!id)
            qWarning("send: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    void showTab()
    {
        m_tab = std::make_unique<ReferralsTab>(*m_files);
        const Result<CaseFileData> data = m_files->load(m_case);
        QVERIFY_STATUS(data);
        m_tab->showCase(data.value());
        m_tab->resize(1000, 600);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void signIn(Role role)
    {
        Passwords::setCost(Passwords::Cost::Minimal);
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, role));
    }

private slots:
    void initTestCase() { ViewTestSite::initTestCase(); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        m_files = std::make_unique<CaseFiles>(*m_store);
        auto caseId = m_files->openCase(newCase(person(u"Турсунова"_s, u"Мадина"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto inside
            = Referrals::addAgency(*m_store, { QUuid(), u"Legal aid clinic"_s, u"ngo"_s, QUuid() });
        QVERIFY_STATUS(inside);
        m_inside = inside.value();
        auto outside = Referrals::addAgency(
            *m_store, { QUuid(), u"Crisis centre for women"_s, u"social_work_centre"_s, QUuid() });
        QVERIFY_STATUS(outside);
        m_outside = outside.value();
        QVERIFY_STATUS(m_files->updateCase(
            m_case, { { u"consent_sites"_s, Consent::joinSites({ m_inside }) } }));
    }

    void cleanup()
    {
        m_tab.reset();
        m_files.reset();
        m_store.reset();
        m_dir.reset();
    }

    void newReferral_withinConsent_appearsInTheTable()
    {
        showTab();
        QString note = u"unset"_s;
        QDate deadline;
        whenDialog<ReferralDialog>([&](ReferralDialog *dialog) {
            dialog->chooseAgency(m_inside);
            note = dialog->consentNote();
            deadline = dialog->deadlineEdit()->date();
            dialog->reasonEdit()->setFocus();
            typeText(dialog->reasonEdit(), u"Восстановить удостоверение личности"_s);
            dialog->documentsEdit()->setPlainText(u"Copy of the birth certificate"_s);
            clickOk(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        const QUuid id = m_tab->newReferral();
        QVERIFY(!id.isNull());
        QCOMPARE(note, QString());
        QCOMPARE(deadline, QDate::currentDate().addDays(14));
        ReferralListModel *model = m_tab->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ReferralListModel::Agency).data().toString(),
                 u"Legal aid clinic"_s);
        QCOMPARE(model->index(0, ReferralListModel::Reason).data().toString(),
                 u"Восстановить удостоверение личности"_s);
        // The new referral is selected and readable in full below the table.
        QCOMPARE(m_tab->currentReferral(), id);
        QCOMPARE(m_tab->findChild<QLabel *>(u"detailDocuments"_s)->text(),
                 u"Copy of the birth certificate"_s);
        QVERIFY(Consent::overrides(*m_store, m_case).isEmpty());
    }

    void newReferral_withoutReason_isRefused_andKeepsWhatWasTyped()
    {
        showTab();
        QString error;
        QString documents;
        bool stayedOpen = false;
        whenDialog<ReferralDialog>([&](ReferralDialog *dialog) {
            dialog->chooseAgency(m_inside);
            dialog->documentsEdit()->setPlainText(u"Copy of the passport"_s);
            clickOk(dialog);
            stayedOpen = dialog->isVisible();
            error = dialog->errorText();
            documents = dialog->documentsEdit()->toPlainText();
            dialog->reject();
        });
        QVERIFY(m_tab->newReferral().isNull());
        QVERIFY(stayedOpen);
        QCOMPARE(error, u"Give the reason for the referral."_s);
        QCOMPARE(documents, u"Copy of the passport"_s);
        QCOMPARE(m_tab->model()->rowCount(), 0);
    }

    void outsideConsent_isRefusedForACaseWorker_withTheDomainsMessage()
    {
        signIn(Role::CaseWorker);
        showTab();
        QString note;
        bool reasonShown = false;
        QString withoutReason;
        QString withReason;
        QString typed;
        whenDialog<ReferralDialog>([&](ReferralDialog *dialog) {
            dialog->chooseAgency(m_outside);
            note = dialog->consentNote();
            reasonShown = dialog->overrideReasonEdit()->isVisible();
            dialog->reasonEdit()->setPlainText(u"Safe accommodation"_s);
            clickOk(dialog);
            withoutReason = dialog->errorText();
            dialog->overrideReasonEdit()->setText(u"Client in danger"_s);
            clickOk(dialog);
            withReason = dialog->errorText();
            typed
                = dialog->reasonEdit()->toPlainText() + u'|' + dialog->overrideReasonEdit()->text();
            dialog->reject();
        });
        QVERIFY(m_tab->newReferral().isNull());
        QVERIFY2(note.contains(u"does not name Crisis centre for women"_s), qPrintable(note));
        QVERIFY(reasonShown);
        QCOMPARE(withoutReason,
                 u"The client's consent does not cover a referral to Crisis centre for women."_s);
        QCOMPARE(withReason, Access::refusal(Operation::OverrideConsent));
        QCOMPARE(typed, u"Safe accommodation|Client in danger"_s);
        QCOMPARE(m_tab->model()->rowCount(), 0);
        QVERIFY(Consent::overrides(*m_store, m_case).isEmpty());
    }

    void outsideConsent_isSentByASupervisorWithAReason_andRecorded()
    {
        signIn(Role::Supervisor);
        showTab();
        whenDialog<ReferralDialog>([&](ReferralDialog *dialog) {
            dialog->chooseAgency(m_outside);
            dialog->reasonEdit()->setPlainText(u"Safe accommodation"_s);
            dialog->overrideReasonEdit()->setText(u"Client in danger, no time to ask"_s);
            clickOk(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(!m_tab->newReferral().isNull());
        QCOMPARE(m_tab->model()->rowCount(), 1);
        QCOMPARE(m_tab->model()->referral(0).agencyId, m_outside);
        const QList<ConsentOverride> overrides = Consent::overrides(*m_store, m_case);
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().action, u"referral"_s);
        QCOMPARE(overrides.first().target, m_outside.toString(QUuid::WithoutBraces));
        QCOMPARE(overrides.first().reason, u"Client in danger, no time to ask"_s);
        QCOMPARE(overrides.first().userName, u"Supervisor"_s);
    }

    void statusDialog_offersOnlyTheAllowedStatuses_data()
    {
        QTest::addColumn<QList<ReferralStatus>>("path");
        QTest::addColumn<QList<ReferralStatus>>("offered");
        using S = ReferralStatus;
        QTest::newRow("sent") << QList<S>()
                              << QList<S> { S::Received, S::Attended, S::Declined, S::Expired };
        QTest::newRow("received") << QList<S> { S::Received }
                                  << QList<S> { S::Attended, S::Declined, S::Expired };
        QTest::newRow("attended") << QList<S> { S::Attended } << QList<S> { S::Completed };
    }

    void statusDialog_offersOnlyTheAllowedStatuses()
    {
        QFETCH(QList<ReferralStatus>, path);
        QFETCH(QList<ReferralStatus>, offered);
        const QUuid id = sendDirectly(m_inside, u"Legal aid clinic"_s);
        QVERIFY(!id.isNull());
        for (ReferralStatus s : path)
            QVERIFY_STATUS(Referrals(*m_store).setStatus(id, s, QDate::currentDate(), QString()));
        showTab();
        m_tab->selectReferral(id);
        auto *update = m_tab->findChild<QPushButton *>(u"updateReferralButton"_s);
        QVERIFY(update->isEnabled());
        QList<ReferralStatus> shown;
        whenDialog<ReferralStatusDialog>([&](ReferralStatusDialog *dialog) {
            shown = dialog->offeredStatuses();
            dialog->reject();
        });
        update->click();
        QCOMPARE(shown, offered);
    }

    void statusDialog_completesWithTheFeedback_andTheEndIsFinal()
    {
        const QUuid id = sendDirectly(m_inside, u"Legal aid clinic"_s);
        QVERIFY(!id.isNull());
        QVERIFY_STATUS(Referrals(*m_store).setStatus(id, ReferralStatus::Attended,
                                                     QDate::currentDate(), QString()));
        showTab();
        m_tab->selectReferral(id);
        QString label;
        QString refused;
        whenDialog<ReferralStatusDialog>([&](ReferralStatusDialog *dialog) {
            dialog->chooseStatus(ReferralStatus::Completed);
            auto *text = dialog->textEdit();
            for (QLabel *l : dialog->findChildren<QLabel *>())
                if (l->buddy() == text && l->isVisible())
                    label = l->text();
            clickOk(dialog);
            refused = dialog->errorText();
            text->setPlainText(u"Passport application filed"_s);
            clickOk(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(m_tab->updateStatus());
        QCOMPARE(label, u"&Feedback:"_s);
        QCOMPARE(refused, u"Write the agency's feedback to complete the referral."_s);
        QCOMPARE(m_tab->model()->referral(0).status, ReferralStatus::Completed);
        // The row stays selected across the reload and shows the feedback in full.
        QCOMPARE(m_tab->currentReferral(), id);
        QCOMPARE(m_tab->findChild<QLabel *>(u"detailFeedback"_s)->text(),
                 u"Passport application filed"_s);
        QCOMPARE(m_tab->findChild<QPushButton *>(u"updateReferralButton"_s)->isEnabled(), false);
    }

    void readOnlyCase_hidesTheButtons()
    {
        QVERIFY(!sendDirectly(m_inside, u"Legal aid clinic"_s).isNull());
        showTab();
        m_tab->setEditable(false);
        QCOMPARE(m_tab->findChild<QPushButton *>(u"newReferralButton"_s)->isVisible(), false);
        QCOMPARE(m_tab->findChild<QPushButton *>(u"updateReferralButton"_s)->isVisible(), false);
        m_tab->selectReferral(m_tab->model()->referral(0).id);
        QVERIFY(!m_tab->updateStatus());
        QCOMPARE(m_tab->findChild<QLabel *>(u"detailReason"_s)->text(),
                 u"Restore the identity documents"_s);
    }

    void agencies_areAddedAtTheCentralDesk()
    {
        AgenciesDialog agencies(*m_store);
        agencies.show();
        QVERIFY(QTest::qWaitForWindowExposed(&agencies));
        QCOMPARE(agencies.lockedNote(), QString());
        QVERIFY(agencies.addButton()->isEnabled());
        const int before = agencies.list()->topLevelItemCount();
        QCOMPARE(before, 2);
        whenDialog<NewAgencyDialog>([](NewAgencyDialog *dialog) {
            dialog->nameEdit()->setText(u"Polyclinic No. 3"_s);
            const int health = dialog->kindCombo()->findData(u"health"_s);
            dialog->kindCombo()->setCurrentIndex(health);
            clickOk(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        agencies.addButton()->click();
        QCOMPARE(agencies.list()->topLevelItemCount(), before + 1);
        QTreeWidgetItem *added = agencies.list()->currentItem();
        QVERIFY(added);
        QCOMPARE(added->text(0), u"Polyclinic No. 3"_s);
        QCOMPARE(added->text(1), u"Health care"_s);
        bool found = false;
        for (const Agency &a : Referrals(*m_store).agencies())
            found = found || (a.name == u"Polyclinic No. 3"_s && a.kind == u"health"_s);
        QVERIFY(found);
    }

    void agencies_atAnOffice_areReadOnly()
    {
        auto office = createStore(m_dir->file(u"office.cdsk"_s), officeSite());
        QVERIFY(office);
        // The hub's list reaches the office with its packages.
        QVERIFY_STATUS(office->applyVersions(m_store->versions()));
        AgenciesDialog agencies(*office);
        agencies.show();
        QVERIFY(QTest::qWaitForWindowExposed(&agencies));
        QVERIFY(agencies.list()->topLevelItemCount() >= 2);
        QCOMPARE(agencies.addButton()->isEnabled(), false);
        QVERIFY2(agencies.lockedNote().contains(u"central desk"_s),
                 qPrintable(agencies.lockedNote()));
        // Even when the dialog is reached another way, the domain refuses and says why.
        NewAgencyDialog dialog(*office);
        dialog.nameEdit()->setText(u"Village NGO"_s);
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(u"central desk"_s), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.agencyId(), QUuid());
    }
};

QTEST_MAIN(TestReferralViews)
#include "tst_views_referrals.moc"
