// A case's visits as the Visits tab lists them (soonest first, labels, repeats, the state each
// reached, a past visit nobody marked), and the worker's week agenda.
#include "agendamodel.h"
#include "mydaytestsupport.h"
#include "planvocabulary.h"
#include "visitlistmodel.h"
#include "vocabulary.h"

#include <QLocale>

using namespace casedesk;
using namespace casedesk::test;

class TestVisitListModel : public QObject
{
    Q_OBJECT

    MyDaySite m_site;
    std::unique_ptr<VisitListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString cell(const QAbstractItemModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

    int rowOf(const QUuid &visit) const { return m_model->rowOf(visit); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_site.build());
        m_model = std::make_unique<VisitListModel>(*m_site.store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCaseId(m_site.visits);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_site = MyDaySite();
    }

    void visits_areListedSoonestFirst_withTheirLabels()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, 0).data(int(VisitListModel::Role::VisitId)).toUuid(),
                 m_site.visitToday);
        QCOMPARE(m_model->index(2, 0).data(int(VisitListModel::Role::VisitId)).toUuid(),
                 m_site.reRegistration);
        QCOMPARE(cell(*m_model, 0, VisitListModel::Date), displayDate(m_site.today));
        QCOMPARE(cell(*m_model, 0, VisitListModel::Time), u"10:30"_s);
        QCOMPARE(cell(*m_model, 0, VisitListModel::Kind),
                 Vocabulary::label(PlanVocabulary::visitKinds(), u"home_visit"_s));
        QCOMPARE(cell(*m_model, 0, VisitListModel::Purpose), u"Check the housing"_s);
        QCOMPARE(cell(*m_model, 0, VisitListModel::Repeat), QString());
        QCOMPARE(cell(*m_model, 2, VisitListModel::Repeat), VisitListModel::repeatText(3));
        QVERIFY(cell(*m_model, 2, VisitListModel::Repeat).contains(u'3'));
        QCOMPARE(cell(*m_model, 0, VisitListModel::Status),
                 Vocabulary::label(PlanVocabulary::visitStatuses(), u"scheduled"_s));
        QCOMPARE(m_model->index(0, 0).data(int(VisitListModel::Role::StatusKey)).toString(),
                 u"scheduled"_s);
    }

    void heldReRegistration_showsHeld_andTheNextOneAppears()
    {
        QVERIFY_STATUS(Visits(*m_site.store)
                           .markHeld(m_site.reRegistration, QDateTime::currentDateTime(),
                                     u"Documents renewed"_s));
        QCOMPARE(m_model->rowCount(), 4);
        const int row = rowOf(m_site.reRegistration);
        QCOMPARE(cell(*m_model, row, VisitListModel::Status),
                 Vocabulary::label(PlanVocabulary::visitStatuses(), u"held"_s) + u", "_s
                     + displayDate(m_site.today));
        QCOMPARE(cell(*m_model, row, VisitListModel::Note), u"Documents renewed"_s);
        const int next = m_model->rowCount() - 1;
        QCOMPARE(cell(*m_model, next, VisitListModel::Date),
                 displayDate(m_site.today.addDays(10).addMonths(3)));
        QCOMPARE(m_model->index(next, 0).data(int(VisitListModel::Role::StatusKey)).toString(),
                 u"scheduled"_s);
    }

    void pastVisitNotMarked_standsOut()
    {
        // A visit whose day passed (written as it would arrive from another site).
        QVERIFY_STATUS(m_site.store->update(
            u"visit"_s, m_site.visitLater,
            { { u"visit_date"_s, m_site.today.addDays(-1).toString(Qt::ISODate) },
              { u"visit_time"_s, QCborValue(QCborValue::Null) },
              { u"visit_kind"_s, u"office_visit"_s },
              { u"purpose"_s, QCborValue(QCborValue::Null) },
              { u"repeat_months"_s, 0 } }));
        const int row = rowOf(m_site.visitLater);
        QCOMPARE(row, 0);
        QVERIFY(m_model->index(row, 0).data(int(VisitListModel::Role::NotRecorded)).toBool());
        QVERIFY(m_model->index(row, VisitListModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(*m_model, row, VisitListModel::Time), QString());
        QVERIFY(!m_model->index(1, 0).data(int(VisitListModel::Role::NotRecorded)).toBool());
    }

    void cancelledVisit_keepsItsReason()
    {
        QVERIFY_STATUS(Visits(*m_site.store).cancel(m_site.visitLater, u"Client in hospital"_s));
        const int row = rowOf(m_site.visitLater);
        QCOMPARE(m_model->index(row, 0).data(int(VisitListModel::Role::StatusKey)).toString(),
                 u"cancelled"_s);
        QCOMPARE(cell(*m_model, row, VisitListModel::Note), u"Client in hospital"_s);
    }

    void anotherCase_isNotListed()
    {
        m_site.schedule(m_site.actions, m_site.today, u"phone"_s);
        QCOMPARE(m_model->rowCount(), 3);
        m_model->setCaseId(m_site.actions);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void agenda_holdsTheWeekAhead_ofTheWorkersCases()
    {
        AgendaModel agenda(*m_site.store);
        QAbstractItemModelTester tester(&agenda,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_site.schedule(m_site.other, m_site.today.addDays(1), u"office_visit"_s);
        QCOMPARE(agenda.firstDay(), m_site.today);
        QCOMPARE(agenda.lastDay(), m_site.today.addDays(6));
        // Today's and the one in three days; the re-registration in ten days and the other
        // worker's visit are not in it.
        QTRY_COMPARE(agenda.rowCount(), 2);
        QCOMPARE(agenda.index(0, 0).data(int(AgendaModel::Role::VisitId)).toUuid(),
                 m_site.visitToday);
        QCOMPARE(agenda.index(1, 0).data(int(AgendaModel::Role::VisitId)).toUuid(),
                 m_site.visitLater);
        QCOMPARE(agenda.index(0, 0).data(int(AgendaModel::Role::CaseId)).toUuid(), m_site.visits);
        QVERIFY(cell(agenda, 0, AgendaModel::Day).contains(displayDate(m_site.today)));
        QCOMPARE(cell(agenda, 0, AgendaModel::Client), u"Визитова Тест"_s);
        QVERIFY_STATUS(Visits(*m_site.store).cancel(m_site.visitLater, u"Moved away"_s));
        QTRY_COMPARE(agenda.rowCount(), 1);
    }

    void agenda_ofARestrictedCase_showsNoName()
    {
        QVERIFY(m_site.withAccounts());
        QVERIFY(signInAs(*m_site.store, Role::Supervisor));
        QVERIFY_STATUS(CaseFiles(*m_site.store).setSensitive(m_site.visits, true, u"Violence"_s));
        QVERIFY(signInAs(*m_site.store, Role::CaseWorker));
        AgendaModel agenda(*m_site.store);
        QAbstractItemModelTester tester(&agenda,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(agenda.rowCount(), 2);
        QCOMPARE(cell(agenda, 0, AgendaModel::Client), AgendaModel::tr("Restricted case"));
        QCOMPARE(cell(agenda, 0, AgendaModel::Purpose), QString());
        // The case worker does not see the visits of the restricted case in its own tab.
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVisitListModel)
#include "tst_visitlistmodel.moc"
