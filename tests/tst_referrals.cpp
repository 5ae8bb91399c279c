// Referrals: the lifecycle, the deadline to present, consent and its recorded override, and a
// referral to another CaseDesk site that takes the case there.

#include "consent.h"
#include "referrals.h"
#include "roleaccounts.h"
#include "syncscope.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(ReferralStatus)

class TestReferrals : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_hub;
    QUuid m_case;
    QUuid m_agency;

    Referral referral(const QDate &deadline = QDate::currentDate().addDays(7)) const
    {
        Referral r;
        r.caseId = m_case;
        r.agencyId = m_agency;
        r.agencyName = u"Legal aid clinic"_s;
        r.reason = u"Restore the identity documents"_s;
        r.documents = u"Copy of the birth certificate"_s;
        r.deadline = deadline;
        return r;
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_hub = makeSite(m_dir.file(u"hub-%1.cdsk"_s.arg(tag)), u"Central desk"_s, u"hub"_s);
        QVERIFY(m_hub);
        auto caseId = CaseFiles(*m_hub).openCase(newCase(person(u"Турсунова"_s, u"Мадина"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto agency
            = Referrals::addAgency(*m_hub, { QUuid(), u"Legal aid clinic"_s, u"ngo"_s, QUuid() });
        QVERIFY_STATUS(agency);
        m_agency = agency.value();
        QVERIFY_STATUS(CaseFiles(*m_hub).updateCase(
            m_case, { { u"consent_sites"_s, Consent::joinSites({ m_agency }) } }));
    }

    void lifecycle_data()
    {
        QTest::addColumn<ReferralStatus>("from");
        QTest::addColumn<ReferralStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = ReferralStatus;
        const QList<S> all
            = { S::Sent, S::Received, S::Attended, S::Completed, S::Declined, S::Expired };
        const QSet<QPair<int, int>> allowed
            = { { 0, 1 }, { 0, 2 }, { 0, 4 }, { 0, 5 }, { 1, 2 }, { 1, 4 }, { 1, 5 }, { 2, 3 } };
        for (int i = 0; i < all.size(); ++i)
            for (int j = 0; j < all.size(); ++j)
                QTest::addRow("%s to %s", qPrintable(referralStatusKey(all[i])),
                              qPrintable(referralStatusKey(all[j])))
                    << all[i] << all[j] << allowed.contains({ i, j });
    }

    void lifecycle()
    {
        QFETCH(ReferralStatus, from);
        QFETCH(ReferralStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(Referrals::allows(from, to), allowed);
    }

    void pastDeadline_data()
    {
        QTest::addColumn<ReferralStatus>("status");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("past");
        using S = ReferralStatus;
        QTest::newRow("on the day") << S::Sent << QDate(2026, 4, 30) << QDate(2026, 4, 30) << false;
        QTest::newRow("next day, month end")
            << S::Sent << QDate(2026, 4, 30) << QDate(2026, 5, 1) << true;
        QTest::newRow("received, late")
            << S::Received << QDate(2026, 4, 30) << QDate(2026, 6, 1) << true;
        QTest::newRow("attended is not late")
            << S::Attended << QDate(2026, 4, 30) << QDate(2026, 6, 1) << false;
        QTest::newRow("expired is not late")
            << S::Expired << QDate(2026, 4, 30) << QDate(2026, 6, 1) << false;
    }

    void pastDeadline()
    {
        QFETCH(ReferralStatus, status);
        QFETCH(QDate, deadline);
        QFETCH(QDate, today);
        QFETCH(bool, past);
        Referral r;
        r.status = status;
        r.deadline = deadline;
        QCOMPARE(Referrals::isPastDeadline(r, today), past);
    }

    void referral_isFollowedUntilTheFeedback()
    {
        Referrals referrals(*m_hub);
        auto id = referrals.send(referral());
        QVERIFY_STATUS(id);
        const QDate today = QDate::currentDate();
        QVERIFY_STATUS(referrals.setStatus(id.value(), ReferralStatus::Received, today, QString()));
        QVERIFY_STATUS(referrals.setStatus(id.value(), ReferralStatus::Attended, today, QString()));
        QVERIFY(Referrals::isWaitingForFeedback(referrals.load(id.value()).value()));
        QVERIFY_REFUSED(referrals.setStatus(id.value(), ReferralStatus::Completed, today, u" "_s),
                        u"feedback"_s);
        QVERIFY_REFUSED(referrals.setStatus(id.value(), ReferralStatus::Declined, today, u"full"_s),
                        u"cannot become"_s);
        QVERIFY_STATUS(referrals.setStatus(id.value(), ReferralStatus::Completed, today,
                                           u"Passport application filed"_s));
        const Referral done = referrals.load(id.value()).value();
        QCOMPARE(done.status, ReferralStatus::Completed);
        QCOMPARE(done.feedback, u"Passport application filed"_s);
        QCOMPARE(referrals.forCase(m_case).size(), 1);
        QCOMPARE(m_hub->check(), QStringList());
    }

    void send_andStatus_refuseImpossibleValues()
    {
        Referrals referrals(*m_hub);
        Referral noReason = referral();
        noReason.reason.clear();
        QVERIFY_REFUSED(referrals.send(noReason), u"reason"_s);
        QVERIFY_REFUSED(referrals.send(referral(QDate::currentDate().addDays(-1))),
                        u"present themselves"_s);
        auto id = referrals.send(referral());
        QVERIFY_STATUS(id);
        QVERIFY_REFUSED(referrals.setStatus(id.value(), ReferralStatus::Declined,
                                            QDate::currentDate(), QString()),
                        u"reason"_s);
        QVERIFY_REFUSED(referrals.setStatus(id.value(), ReferralStatus::Received,
                                            QDate::currentDate().addDays(1), QString()),
                        u"today"_s);
    }

    void outsideConsent_needsASupervisorsReason_whichIsRecorded()
    {
        QVERIFY_STATUS(CaseFiles(*m_hub).updateCase(m_case, { { u"consent_sites"_s, QString() } }));
        Passwords::setCost(Passwords::Cost::Minimal);
        QVERIFY(createRoleAccounts(*m_hub));
        QVERIFY(signInAs(*m_hub, Role::CaseWorker));
        Referrals referrals(*m_hub);
        QVERIFY_REFUSED(referrals.send(referral()), QString());
        QVERIFY_REFUSED(referrals.send(referral(), u"Urgent"_s), u"supervisor"_s);
        QVERIFY(referrals.forCase(m_case).isEmpty());
        Accounts::signOut(*m_hub);
        QVERIFY(signInAs(*m_hub, Role::Supervisor));
        QVERIFY_STATUS(referrals.send(referral(), u"Client in danger, no time to ask"_s));
        const QList<ConsentOverride> overrides = Consent::overrides(*m_hub, m_case);
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().action, u"referral"_s);
        QCOMPARE(overrides.first().reason, u"Client in danger, no time to ask"_s);
    }

    void toACaseDeskSite_sharesTheCaseWithIt()
    {
        auto office = makeSite(m_dir.file(u"office.cdsk"_s), u"Office K"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY_STATUS(m_hub->applyVersions(office->versions()));
        Referrals referrals(*m_hub);
        Agency site;
        for (const Agency &a : referrals.agencies())
            if (a.siteId == office->site().id)
                site = a;
        QVERIFY(!site.id.isNull());
        QVERIFY_STATUS(CaseFiles(*m_hub).updateCase(
            m_case, { { u"consent_sites"_s, Consent::joinSites({ m_agency, site.siteId }) } }));
        Referral r = referral();
        r.agencyId = site.id;
        r.agencyName = site.name;
        r.siteId = site.siteId;
        QVERIFY_STATUS(referrals.send(r));
        QVERIFY(SyncScope::caseScope(*m_hub, m_case).sharedWith.contains(office->site().id));
    }

    void agencies_areKeptByTheCentralDesk()
    {
        auto office = makeSite(m_dir.file(u"office2.cdsk"_s), u"Office L"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY_REFUSED(Referrals::addAgency(*office, { QUuid(), u"NGO"_s, u"ngo"_s, QUuid() }),
                        u"central desk"_s);
        QVERIFY_REFUSED(Referrals::addAgency(*m_hub, { QUuid(), u" "_s, u"ngo"_s, QUuid() }),
                        u"name"_s);
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"
