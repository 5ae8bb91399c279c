// Case closure: reason and outcome from lists, a case worker's closure waiting for a
// supervisor's sign-off, read-only afterwards except reopening, and an edit made at another
// office without seeing the closure flagged "edited after closure" on both sites.

#include "caseclosure.h"
#include "plans.h"
#include "planvocabulary.h"
#include "roleaccounts.h"
#include "storetestsupport.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

class TestCaseClosure : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;

    QString statusOf(RecordStore &store, const QUuid &caseId)
    {
        return CaseFiles(store).load(caseId)->status;
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_store = createStore(m_dir.file(u"closure-%1.cdsk"_s.arg(tag)));
        QVERIFY(m_store);
        NewCase c = newCase(person(u"Ахмедова"_s, u"Гульнара"_s));
        c.openedDate = QDate::currentDate().addDays(-60);
        auto caseId = CaseFiles(*m_store).openCase(c);
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
    }

    void close_keepsReasonOutcomeAndNotes()
    {
        const QDate day = QDate::currentDate().addDays(-1);
        QVERIFY_STATUS(CaseClosure(*m_store).close(m_case, u"employed"_s, u"goals_met"_s,
                                                   u"Works at the bakery"_s, day));
        const auto data = CaseFiles(*m_store).load(m_case);
        QVERIFY_STATUS(data);
        QCOMPARE(data->status, u"closed"_s);
        QCOMPARE(data->closedDate, day);
        QCOMPARE(data->closureReason, u"employed"_s);
        QCOMPARE(data->outcome, u"goals_met"_s);
        QCOMPARE(data->closingNotes, u"Works at the bakery"_s);
        // Without accounts the local user holds every role, so the closure is signed off.
        QCOMPARE(data->closedBy, m_store->author());
    }

    void close_refusesWhatIsNotOnTheLists_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message");
        const QDate today = QDate::currentDate();
        QTest::newRow("no reason")
            << QString() << u"goals_met"_s << QString() << today << u"reason"_s;
        QTest::newRow("unknown reason")
            << u"bored"_s << u"goals_met"_s << QString() << today << u"reason"_s;
        QTest::newRow("no outcome")
            << u"moved"_s << QString() << QString() << today << u"outcome"_s;
        QTest::newRow("other without notes")
            << u"other"_s << u"unknown"_s << u" "_s << today << u"closing notes"_s;
        QTest::newRow("tomorrow") << u"moved"_s << u"unknown"_s << QString() << today.addDays(1)
                                  << u"day still to come"_s;
        QTest::newRow("before it was opened")
            << u"moved"_s << u"unknown"_s << QString() << today.addDays(-61) << u"before it was"_s;
        QTest::newRow("no date") << u"moved"_s << u"unknown"_s << QString() << QDate() << u"date"_s;
    }

    void close_refusesWhatIsNotOnTheLists()
    {
        QFETCH(QString, reason);
        QFETCH(QString, outcome);
        QFETCH(QString, notes);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        QVERIFY_REFUSED(CaseClosure(*m_store).close(m_case, reason, outcome, notes, date), message);
        QCOMPARE(statusOf(*m_store, m_case), u"open"_s);
    }

    void closedCase_isReadOnly_untilReopened()
    {
        CaseFiles files(*m_store);
        QVERIFY_STATUS(CaseClosure(*m_store).close(m_case, u"moved"_s, u"partly_met"_s, QString(),
                                                   QDate::currentDate()));
        Interaction call;
        call.occurredAt = QDateTime::currentDateTime();
        call.kind = u"phone"_s;
        call.worker = u"Case Worker"_s;
        QVERIFY_REFUSED(files.recordInteraction(m_case, call), u"closed"_s);
        QVERIFY_REFUSED(
            Plans(*m_store).create(m_case, u"action_plan"_s, QDate::currentDate(), QDate()),
            u"closed"_s);
        QVERIFY_REFUSED(files.setManagementModel(m_case, u"intensive"_s), u"closed"_s);
        QVERIFY_REFUSED(files.updateCase(m_case, { { u"status"_s, u"open"_s } }),
                        u"own commands"_s);
        QVERIFY_REFUSED(CaseClosure(*m_store).close(m_case, u"moved"_s, u"unknown"_s, QString(),
                                                    QDate::currentDate()),
                        u"already closed"_s);

        QVERIFY_REFUSED(CaseClosure(*m_store).reopen(m_case, u" "_s, QDate::currentDate()),
                        u"reason"_s);
        QVERIFY_REFUSED(
            CaseClosure(*m_store).reopen(m_case, u"Came back"_s, QDate::currentDate().addDays(-1)),
            u"before it was closed"_s);
        QVERIFY_STATUS(
            CaseClosure(*m_store).reopen(m_case, u"Lost the job again"_s, QDate::currentDate()));
        const auto data = files.load(m_case);
        QCOMPARE(data->status, u"open"_s);
        QCOMPARE(data->reopenedDate, QDate::currentDate());
        QCOMPARE(data->reopenReason, u"Lost the job again"_s);
        // The last closure stays on the case, and the history has both steps.
        QCOMPARE(data->closureReason, u"moved"_s);
        QVERIFY_STATUS(files.recordInteraction(m_case, call));
        QStringList steps;
        for (const HistoryEntry &e : files.history(m_case))
            steps << e.value;
        QVERIFY2(steps.contains(u"Lost the job again"_s), qPrintable(steps.join(u", "_s)));
        QVERIFY2(steps.contains(Vocabulary::label(PlanVocabulary::closureReasons(), u"moved"_s)),
                 qPrintable(steps.join(u", "_s)));
        QVERIFY_REFUSED(CaseClosure(*m_store).reopen(m_case, u"again"_s, QDate::currentDate()),
                        u"open"_s);
    }

    void caseWorkersClosure_waitsForASupervisorsSignOff()
    {
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        QVERIFY_STATUS(CaseClosure(*m_store).close(m_case, u"goals_reached"_s, u"goals_met"_s,
                                                   QString(), QDate::currentDate()));
        QCOMPARE(statusOf(*m_store, m_case), u"closure_requested"_s);
        QVERIFY(CaseFiles(*m_store).load(m_case)->closedBy.isEmpty());
        QVERIFY_REFUSED(CaseClosure(*m_store).signOff(m_case), QString());
        QVERIFY_REFUSED(CaseFiles(*m_store).setManagementModel(m_case, u"light"_s), u"sign-off"_s);

        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(CaseClosure(*m_store).signOff(m_case));
        const auto data = CaseFiles(*m_store).load(m_case);
        QCOMPARE(data->status, u"closed"_s);
        QCOMPARE(data->closureReason, u"goals_reached"_s);
        QVERIFY(!data->closedBy.isEmpty());
        QVERIFY_REFUSED(CaseClosure(*m_store).signOff(m_case), u"no closure"_s);
    }

    void caseWorker_mayWithdrawAClosureWaitingForSignOff()
    {
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        CaseClosure closure(*m_store);
        QVERIFY_STATUS(
            closure.close(m_case, u"refused"_s, u"not_met"_s, QString(), QDate::currentDate()));
        QVERIFY_STATUS(
            closure.reopen(m_case, u"The client changed their mind"_s, QDate::currentDate()));
        QCOMPARE(statusOf(*m_store, m_case), u"open"_s);
    }

    void managementModel_isOneOfThree()
    {
        CaseFiles files(*m_store);
        QVERIFY_STATUS(files.setManagementModel(m_case, u"intensive"_s));
        QCOMPARE(files.load(m_case)->managementModel, u"intensive"_s);
        QVERIFY_REFUSED(files.setManagementModel(m_case, u"heavy"_s), u"intensive"_s);
        QVERIFY_STATUS(files.updateCase(m_case, { { u"management_model"_s, u"light"_s } }));
        QCOMPARE(files.load(m_case)->managementModel, u"light"_s);
    }

    void editAtAnotherOffice_withoutSeeingTheClosure_isFlaggedOnBothSites()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        // B, offline, records a call while A closes the case.
        Interaction call;
        call.occurredAt = QDateTime::currentDateTime();
        call.kind = u"phone"_s;
        call.worker = u"Office B worker"_s;
        QVERIFY_STATUS(CaseFiles(*t.b).recordInteraction(t.caseId, call));
        QVERIFY_STATUS(CaseClosure(*t.a).close(t.caseId, u"moved"_s, u"unknown"_s, QString(),
                                               QDate::currentDate()));
        QVERIFY(CaseClosure::editedAfterClosure(*t.a).isEmpty());
        QVERIFY(exchange(*t.a, *t.b));
        for (RecordStore *st : { t.a.get(), t.b.get() }) {
            for (const EntityDef &e : EntitySchema::all()) {
                Statement q = st->db().prepare(
                    QStringLiteral("SELECT hex(id), deleted, conflict FROM %1 ORDER BY id")
                        .arg(e.table));
                QStringList out;
                while (q.step() == Statement::Step::Row)
                    out << q.text(0).left(6) + q.text(1) + q.text(2);
                qDebug("%s %s: %s", qPrintable(st->site().name), qPrintable(e.table),
                       qPrintable(out.join(u' ')));
            }
        }
        QCOMPARE(t.a->digest(), t.b->digest());
        for (RecordStore *store : { t.a.get(), t.b.get() }) {
            QCOMPARE(CaseClosure::editedAfterClosure(*store), QList<QUuid> { t.caseId });
            const QList<LateEdit> late = CaseClosure::lateEdits(*store, t.caseId);
            QCOMPARE(late.size(), 1);
            QCOMPARE(late.first().entity, u"interaction"_s);
            QCOMPARE(late.first().site, t.b->site().id);
            QCOMPARE(statusOf(*store, t.caseId), u"closed"_s);
        }
        // A looks at the call and keeps the case closed: the flag goes on both sites.
        QVERIFY_STATUS(CaseClosure(*t.a).confirmClosed(t.caseId));
        QVERIFY(exchange(*t.a, *t.b));
        QVERIFY(CaseClosure::editedAfterClosure(*t.a).isEmpty());
        QVERIFY(CaseClosure::editedAfterClosure(*t.b).isEmpty());
        QCOMPARE(t.a->digest(), t.b->digest());
    }

    void editBeforeTheClosureWasSeen_isNotFlaggedOnceItWasImportedFirst()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        Interaction call;
        call.occurredAt = QDateTime::currentDateTime();
        call.kind = u"phone"_s;
        call.worker = u"Office B worker"_s;
        QVERIFY_STATUS(CaseFiles(*t.b).recordInteraction(t.caseId, call));
        // A has B's call before closing: nothing was done behind the closure's back.
        QVERIFY(exchange(*t.a, *t.b));
        QVERIFY_STATUS(CaseClosure(*t.a).close(t.caseId, u"moved"_s, u"unknown"_s, QString(),
                                               QDate::currentDate()));
        QVERIFY(exchange(*t.a, *t.b));
        QVERIFY(CaseClosure::editedAfterClosure(*t.a).isEmpty());
        QVERIFY(CaseClosure::editedAfterClosure(*t.b).isEmpty());
        QVERIFY_REFUSED(CaseFiles(*t.b).recordInteraction(t.caseId, call), u"closed"_s);
    }

    void seen_roundTrips()
    {
        CaseClosure::Seen seen { { QUuid::createUuid(), 12 }, { QUuid::createUuid(), 3 } };
        QCOMPARE(CaseClosure::decodeSeen(CaseClosure::encodeSeen(seen)), seen);
        QVERIFY(CaseClosure::decodeSeen(u"garbage\nnot a line 7"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseClosure)
#include "tst_caseclosure.moc"
