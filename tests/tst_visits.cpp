// Scheduled visits and re-registrations: held creates the interaction and the next
// re-registration, missed and cancelled are kept, and the agenda respects case visibility.

#include "planvocabulary.h"
#include "roleaccounts.h"
#include "testsupport.h"
#include "visits.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

class TestVisits : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;

    Visit visit(const QDate &date, const QString &kind = u"home_visit"_s, int repeat = 0) const
    {
        Visit v;
        v.caseId = m_case;
        v.date = date;
        v.time = QTime(10, 30);
        v.kind = kind;
        v.purpose = u"Check the housing conditions"_s;
        v.repeatMonths = repeat;
        return v;
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_store = createStore(m_dir.file(u"visits-%1.cdsk"_s.arg(tag)));
        QVERIFY(m_store);
        auto caseId = CaseFiles(*m_store).openCase(newCase(person(u"Рахимова"_s, u"Дилноза"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
    }

    void schedule_refusesBadInput_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<QString>("message");
        const QDate today = QDate::currentDate();
        QTest::newRow("yesterday") << today.addDays(-1) << u"home_visit"_s << 0 << u"today"_s;
        QTest::newRow("no date") << QDate() << u"home_visit"_s << 0 << u"date"_s;
        QTest::newRow("unknown kind") << today << u"party"_s << 0 << u"kind"_s;
        QTest::newRow("negative repeat") << today << u"re_registration"_s << -1 << u"months"_s;
        QTest::newRow("repeat too long") << today << u"re_registration"_s << 25 << u"months"_s;
    }

    void schedule_refusesBadInput()
    {
        QFETCH(QDate, date);
        QFETCH(QString, kind);
        QFETCH(int, repeat);
        QFETCH(QString, message);
        QVERIFY_REFUSED(Visits(*m_store).schedule(visit(date, kind, repeat)), message);
        QVERIFY(Visits(*m_store).forCase(m_case).isEmpty());
    }

    void held_recordsTheInteraction()
    {
        Visits visits(*m_store);
        auto id = visits.schedule(visit(QDate::currentDate()));
        QVERIFY_STATUS(id);
        const QDateTime when = QDateTime::currentDateTime().addSecs(-600);
        auto interaction = visits.markHeld(id.value(), when, u"Roof leaks in the kitchen"_s);
        QVERIFY_STATUS(interaction);
        const auto loaded = visits.load(id.value());
        QVERIFY_STATUS(loaded);
        QCOMPARE(loaded->status, VisitStatus::Held);
        QCOMPARE(loaded->interactionId, interaction.value());
        QCOMPARE(loaded->statusDate, when.date());
        const auto file = CaseFiles(*m_store).load(m_case);
        QCOMPARE(file->interactions.size(), 1);
        QCOMPARE(file->interactions.first().id, interaction.value());
        QCOMPARE(file->interactions.first().kind, u"home_visit"_s);
        QVERIFY(file->interactions.first().note.contains(u"Roof leaks"_s));
        QVERIFY(file->interactions.first().note.contains(u"housing conditions"_s));
        // Once held it is no longer scheduled.
        QVERIFY_REFUSED(visits.markMissed(id.value(), QString()), u"no longer scheduled"_s);
        QVERIFY_REFUSED(visits.markHeld(id.value(), when, QString()), u"no longer scheduled"_s);
    }

    void heldReRegistration_schedulesTheNextFromItsDueDate()
    {
        Visits visits(*m_store);
        const QDate due = QDate::currentDate();
        auto id = visits.schedule(visit(due, u"re_registration"_s, 3));
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(visits.markHeld(id.value(), QDateTime::currentDateTime(), QString()));
        const QList<Visit> all = visits.forCase(m_case);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).status, VisitStatus::Scheduled);
        QCOMPARE(all.at(1).date, due.addMonths(3));
        QCOMPARE(all.at(1).kind, u"re_registration"_s);
        QCOMPARE(all.at(1).repeatMonths, 3);
        QCOMPARE(CaseFiles(*m_store).load(m_case)->interactions.first().kind, u"office_visit"_s);
    }

    void missedAndCancelled_areKeptWithTheirNote()
    {
        Visits visits(*m_store);
        auto today = visits.schedule(visit(QDate::currentDate()));
        auto later = visits.schedule(visit(QDate::currentDate().addDays(5)));
        QVERIFY_STATUS(today);
        QVERIFY_STATUS(later);
        QVERIFY_REFUSED(visits.markMissed(later.value(), QString()), u"still to come"_s);
        QVERIFY_STATUS(visits.markMissed(today.value(), u"Nobody at home"_s));
        QVERIFY_REFUSED(visits.cancel(later.value(), u"  "_s), u"reason"_s);
        QVERIFY_STATUS(visits.cancel(later.value(), u"The client moved"_s));
        QCOMPARE(visits.load(today.value())->status, VisitStatus::Missed);
        QCOMPARE(visits.load(today.value())->note, u"Nobody at home"_s);
        QCOMPARE(visits.load(later.value())->status, VisitStatus::Cancelled);
        QVERIFY(CaseFiles(*m_store).load(m_case)->interactions.isEmpty());
    }

    void reschedule_movesTheDay()
    {
        Visits visits(*m_store);
        auto id = visits.schedule(visit(QDate::currentDate().addDays(2)));
        QVERIFY_STATUS(id);
        QVERIFY_REFUSED(visits.reschedule(id.value(), QDate::currentDate().addDays(-1), QTime()),
                        u"today"_s);
        QVERIFY_STATUS(visits.reschedule(id.value(), QDate::currentDate().addDays(9), QTime(9, 0)));
        QCOMPARE(visits.load(id.value())->date, QDate::currentDate().addDays(9));
        QCOMPARE(visits.load(id.value())->time, QTime(9, 0));
        QCOMPARE(visits.load(id.value())->purpose, u"Check the housing conditions"_s);
    }

    void agenda_listsScheduledVisitsInRange_soonestFirst()
    {
        Visits visits(*m_store);
        const QDate today = QDate::currentDate();
        QVERIFY_STATUS(visits.schedule(visit(today.addDays(3))));
        QVERIFY_STATUS(visits.schedule(visit(today)));
        QVERIFY_STATUS(visits.schedule(visit(today.addDays(30))));
        auto missed = visits.schedule(visit(today));
        QVERIFY_STATUS(missed);
        QVERIFY_STATUS(visits.markMissed(missed.value(), QString()));
        const QList<AgendaEntry> week = visits.agenda(today, today.addDays(6));
        QCOMPARE(week.size(), 2);
        QCOMPARE(week.at(0).visit.date, today);
        QCOMPARE(week.at(1).visit.date, today.addDays(3));
        QCOMPARE(week.at(0).clientName, u"Рахимова Дилноза"_s);
        QVERIFY(visits.agenda(today, today.addDays(6), u"Someone else"_s).isEmpty());
        QCOMPARE(visits.agenda(today, today.addDays(6), u"Айгуль Серикбаева"_s).size(), 2);
    }

    void agenda_showsOnlyTheNumberOfASensitiveCaseToOthers()
    {
        QVERIFY_STATUS(Visits(*m_store).schedule(visit(QDate::currentDate())));
        QVERIFY(createRoleAccounts(*m_store));
        QVERIFY(signInAs(*m_store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_store).setSensitive(m_case, true, u"Violence at home"_s));
        QVERIFY(signInAs(*m_store, Role::CaseWorker));
        const QList<AgendaEntry> entries
            = Visits(*m_store).agenda(QDate::currentDate(), QDate::currentDate());
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().restricted);
        QVERIFY(entries.first().clientName.isEmpty());
        QVERIFY(entries.first().visit.purpose.isEmpty());
        QVERIFY(!entries.first().caseNumber.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
