// The list of a case's referrals: newest first, what each column says, the referrals past their
// deadline and those waiting for feedback marked, and refresh only when a referral of the case
// changes.
#include "consent.h"
#include "referrallistmodel.h"
#include "referrals.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

Q_DECLARE_METATYPE(ReferralStatus)

namespace {

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QVariant role(const QAbstractItemModel &model, int row, ReferralListModel::Role r)
{
    return model.index(row, 0).data(int(r));
}

} // namespace

class TestReferralListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;
    QUuid m_otherCase;
    QUuid m_agency;

    QUuid send(const QUuid &caseId, int sentDaysAgo, int deadlineDaysAgo,
               const QString &reason = u"Restore the identity documents"_s)
    {
        const QDate today = QDate::currentDate();
        Referral r;
        r.caseId = caseId;
        r.agencyId = m_agency;
        r.agencyName = u"Legal aid clinic"_s;
        r.reason = reason;
        r.documents = u"Copy of the birth certificate"_s;
        r.sentDate = today.addDays(-sentDaysAgo);
        r.deadline = today.addDays(-deadlineDaysAgo);
        const Result<QUuid> id = Referrals(*m_store).send(r);
        if (!id)
            qWarning("send: %s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    bool setStatus(const QUuid &id, ReferralStatus status, const QString &text = QString())
    {
        const Status s = Referrals(*m_store).setStatus(id, status, QDate::currentDate(), text);
        if (!s)
            qWarning("setStatus: %s", qPrintable(s.message()));
        return s.isOk();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        // The central desk, so the test can add a partner agency.
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        CaseFiles files(*m_store);
        auto caseId = files.openCase(newCase(person(u"Турсунова"_s, u"Мадина"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto other = files.openCase(newCase(person(u"Ким"_s, u"Алина"_s)));
        QVERIFY_STATUS(other);
        m_otherCase = other.value();
        auto agency
            = Referrals::addAgency(*m_store, { QUuid(), u"Legal aid clinic"_s, u"ngo"_s, QUuid() });
        QVERIFY_STATUS(agency);
        m_agency = agency.value();
        for (const QUuid &c : { m_case, m_otherCase })
            QVERIFY_STATUS(
                files.updateCase(c, { { u"consent_sites"_s, Consent::joinSites({ m_agency }) } }));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void empty_untilACaseIsSet()
    {
        QVERIFY(!send(m_case, 0, -14).isNull());
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ReferralListModel::ColumnCount));
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 1);
    }

    void rows_areNewestFirst_withWhatWasSent()
    {
        const QUuid older = send(m_case, 10, -4, u"Legal advice on the tenancy"_s);
        const QUuid newer = send(m_case, 0, -14, u"Restore the\nidentity documents"_s);
        QVERIFY(!older.isNull() && !newer.isNull());
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(role(model, 0, ReferralListModel::Role::ReferralId).toUuid(), newer);
        QCOMPARE(role(model, 1, ReferralListModel::Role::ReferralId).toUuid(), older);
        QCOMPARE(model.rowOf(older), 1);
        const QDate today = QDate::currentDate();
        QCOMPARE(cell(model, 0, ReferralListModel::Agency), u"Legal aid clinic"_s);
        // One line in the table; the whole text in the tooltip.
        QCOMPARE(cell(model, 0, ReferralListModel::Reason), u"Restore the identity documents"_s);
        QCOMPARE(cell(model, 0, ReferralListModel::Reason, Qt::ToolTipRole),
                 u"Restore the\nidentity documents"_s);
        QCOMPARE(cell(model, 1, ReferralListModel::Sent), displayDate(today.addDays(-10)));
        QCOMPARE(cell(model, 0, ReferralListModel::Deadline), displayDate(today.addDays(14)));
        QCOMPARE(cell(model, 1, ReferralListModel::Status),
                 u"sent, %1"_s.arg(displayDate(today.addDays(-10))));
        QCOMPARE(role(model, 0, ReferralListModel::Role::StatusKey).toString(), u"sent"_s);
        QCOMPARE(cell(model, 0, ReferralListModel::Feedback), QString());
    }

    void pastDeadline_isMarkedFromTheDayAfter_data()
    {
        QTest::addColumn<int>("deadlineDaysAgo");
        QTest::addColumn<ReferralStatus>("status");
        QTest::addColumn<bool>("past");
        using S = ReferralStatus;
        QTest::newRow("deadline today") << 0 << S::Sent << false;
        QTest::newRow("deadline yesterday") << 1 << S::Sent << true;
        QTest::newRow("received, deadline yesterday") << 1 << S::Received << true;
        QTest::newRow("attended after the deadline") << 1 << S::Attended << false;
        QTest::newRow("deadline tomorrow") << -1 << S::Sent << false;
    }

    void pastDeadline_isMarkedFromTheDayAfter()
    {
        QFETCH(int, deadlineDaysAgo);
        QFETCH(ReferralStatus, status);
        QFETCH(bool, past);
        const QUuid id = send(m_case, 5, deadlineDaysAgo);
        QVERIFY(!id.isNull());
        if (status != ReferralStatus::Sent)
            QVERIFY(setStatus(id, status));
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(role(model, 0, ReferralListModel::Role::PastDeadline).toBool(), past);
        const QString date = displayDate(QDate::currentDate().addDays(-deadlineDaysAgo));
        QCOMPARE(cell(model, 0, ReferralListModel::Deadline),
                 past ? u"%1 — past deadline"_s.arg(date) : date);
        const QModelIndex deadline = model.index(0, ReferralListModel::Deadline);
        QCOMPARE(deadline.data(Qt::ForegroundRole).value<QColor>(),
                 past ? QColor(0xb0, 0x00, 0x20) : QColor());
        QCOMPARE(deadline.data(Qt::ToolTipRole).toString().contains(u"has not reported"_s), past);
    }

    void waitingForFeedback_afterAttended_untilCompleted()
    {
        const QUuid id = send(m_case, 3, -11);
        QVERIFY(!id.isNull());
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(role(model, 0, ReferralListModel::Role::WaitingForFeedback).toBool(), false);
        QVERIFY(setStatus(id, ReferralStatus::Received));
        QCOMPARE(role(model, 0, ReferralListModel::Role::WaitingForFeedback).toBool(), false);
        QVERIFY(setStatus(id, ReferralStatus::Attended));
        QCOMPARE(role(model, 0, ReferralListModel::Role::WaitingForFeedback).toBool(), true);
        QCOMPARE(cell(model, 0, ReferralListModel::Feedback), u"waiting for feedback"_s);
        QVERIFY(model.index(0, ReferralListModel::Feedback).data(Qt::ForegroundRole).isValid());
        QVERIFY(setStatus(id, ReferralStatus::Completed, u"Passport application filed"_s));
        QCOMPARE(role(model, 0, ReferralListModel::Role::WaitingForFeedback).toBool(), false);
        QCOMPARE(cell(model, 0, ReferralListModel::Feedback), u"Passport application filed"_s);
        QVERIFY(!model.index(0, ReferralListModel::Feedback).data(Qt::ForegroundRole).isValid());
    }

    void setStatus_refreshesTheList()
    {
        const QUuid id = send(m_case, 2, -12);
        QVERIFY(!id.isNull());
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(setStatus(id, ReferralStatus::Declined, u"No places until autumn"_s));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(role(model, 0, ReferralListModel::Role::StatusKey).toString(), u"declined"_s);
        QCOMPARE(cell(model, 0, ReferralListModel::Status),
                 u"declined, %1"_s.arg(displayDate(QDate::currentDate())));
        QCOMPARE(cell(model, 0, ReferralListModel::Status, Qt::ToolTipRole),
                 u"No places until autumn"_s);
    }

    void changesOfAnotherCase_doNotReset()
    {
        QVERIFY(!send(m_case, 0, -14).isNull());
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QUuid other = send(m_otherCase, 0, -14);
        QVERIFY(!other.isNull());
        QVERIFY(setStatus(other, ReferralStatus::Received));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        // A change of this case that is not a referral does not reset it either.
        Interaction visit;
        visit.occurredAt = QDateTime::currentDateTime().addSecs(-60);
        visit.kind = Vocabulary::codes(Vocabulary::interactionKinds()).first();
        visit.worker = u"Test Worker"_s;
        QVERIFY_STATUS(CaseFiles(*m_store).recordInteraction(m_case, visit));
        QCOMPARE(resets.count(), 0);
    }

    void everythingChanged_reloads()
    {
        ReferralListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        ChangeSet all;
        all.everything = true;
        emit m_store->changed(all);
        QCOMPARE(resets.count(), 1);
    }

    void agencyKinds_readAsPeopleSayThem()
    {
        QCOMPARE(ReferralListModel::agencyKindText(u"ngo"_s), u"Non-governmental organisation"_s);
        QCOMPARE(ReferralListModel::agencyKindText(u"site"_s), u"CaseDesk office"_s);
    }
};

QTEST_GUILESS_MAIN(TestReferralListModel)
#include "tst_referrallistmodel.moc"
