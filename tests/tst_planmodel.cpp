// The tree of one plan: goals with their actions under them, "Not under a goal" only when
// needed, overdue actions around today, the needs of completed assessments, and refresh when
// the plan's case changes (and only then).
#include "assessments.h"
#include "assessmenttestsupport.h"
#include "planmodel.h"
#include "plans.h"
#include "planvocabulary.h"
#include "storetestsupport.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString cell(const QAbstractItemModel &model, const QModelIndex &index, int column)
{
    return model.index(index.row(), column, index.parent()).data().toString();
}

// The scored test template with needs whose texts differ from their ids.
QJsonObject templateWithNeedTexts()
{
    QJsonObject t = scoredTemplate();
    auto need = [](const QString &id, const QString &text) {
        return QJsonObject { { u"id"_s, id }, { u"text"_s, texts(text) } };
    };
    t.insert(u"needs"_s,
             QJsonArray { need(u"cash"_s, u"Cash assistance"_s),
                          need(u"income_support"_s, u"Support to find an income"_s),
                          need(u"safety_plan"_s, u"Safety plan"_s),
                          need(u"counselling"_s, u"Counselling"_s) });
    return t;
}

} // namespace

class TestPlanModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;
    QUuid m_otherCase;
    QUuid m_plan;

    PlanAction action(const QString &what, const QDate &due, const QUuid &goal = QUuid())
    {
        PlanAction a;
        a.goalId = goal;
        a.kind = u"vocational_training"_s;
        a.description = what;
        a.agency = u"Employment centre"_s;
        a.person = u"Айгуль Серикбаева"_s;
        a.dueDate = due;
        return a;
    }

    QUuid addGoal(const QString &text, const QString &need = QString(),
                  const QUuid &assessment = QUuid())
    {
        PlanGoal goal;
        goal.text = text;
        goal.need = need;
        goal.assessmentId = assessment;
        auto id = Plans(*m_store).addGoal(m_plan, goal);
        if (!id)
            qWarning("%s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

    QUuid addAction(const PlanAction &a)
    {
        auto id = Plans(*m_store).addAction(m_plan, a);
        if (!id)
            qWarning("%s", qPrintable(id.message()));
        return id ? id.value() : QUuid();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        // The central desk, so a template with needs can be issued for the test.
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        auto caseId = CaseFiles(*m_store).openCase(newCase(person(u"Ибраимова"_s, u"Асель"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto other = CaseFiles(*m_store).openCase(newCase(person(u"Ким"_s, u"Алина"_s)));
        QVERIFY_STATUS(other);
        m_otherCase = other.value();
        auto plan = Plans(*m_store).create(m_case, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(plan);
        m_plan = plan.value();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void empty_untilAPlanIsSet()
    {
        QVERIFY(!addGoal(u"Find stable work"_s).isNull());
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PlanModel::ColumnCount));
        model.setPlanId(m_plan);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.plan().id, m_plan);
    }

    void actions_appearUnderTheirGoal_andTheRestUnderNotUnderAGoal()
    {
        const QUuid work = addGoal(u"Find stable work"_s);
        const QUuid health = addGoal(u"Regain health"_s);
        const QDate due = QDate::currentDate().addDays(10);
        const QUuid course = addAction(action(u"Welding course"_s, due, work));
        const QUuid fair = addAction(action(u"Job fair"_s, due.addDays(1), work));
        const QUuid papers = addAction(action(u"Restore the passport"_s, due));
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);

        QCOMPARE(model.rowCount(), 3);
        const QModelIndex workRow = model.indexOfGoal(work);
        const QModelIndex healthRow = model.indexOfGoal(health);
        const QModelIndex ungrouped = model.ungroupedIndex();
        QCOMPARE(workRow.row(), 0);
        QCOMPARE(healthRow.row(), 1);
        QCOMPARE(ungrouped.row(), 2);
        QCOMPARE(workRow.data().toString(), u"Find stable work"_s);
        QCOMPARE(ungrouped.data().toString(), u"Not under a goal"_s);
        QCOMPARE(model.rowCount(workRow), 2);
        QCOMPARE(model.rowCount(healthRow), 0);
        QCOMPARE(model.rowCount(ungrouped), 1);
        QCOMPARE(workRow.data(int(PlanModel::Role::GoalId)).toUuid(), work);
        QCOMPARE(ungrouped.data(int(PlanModel::Role::GoalId)).toUuid(), QUuid());

        // Actions of a goal in due-date order, each naming its goal.
        const QModelIndex first = model.index(0, 0, workRow);
        QCOMPARE(first.data(int(PlanModel::Role::ActionId)).toUuid(), course);
        QCOMPARE(model.index(1, 0, workRow).data(int(PlanModel::Role::ActionId)).toUuid(), fair);
        QCOMPARE(first.data(int(PlanModel::Role::GoalId)).toUuid(), work);
        QCOMPARE(model.parent(first), workRow);
        QCOMPARE(model.indexOfAction(papers).parent(), ungrouped);
        QCOMPARE(cell(model, first, PlanModel::Title), u"Welding course"_s);
        QCOMPARE(cell(model, first, PlanModel::KindOrNeed),
                 Vocabulary::label(PlanVocabulary::actionKinds(), u"vocational_training"_s));
        QCOMPARE(cell(model, first, PlanModel::Responsible),
                 u"Employment centre, Айгуль Серикбаева"_s);
        QCOMPARE(cell(model, first, PlanModel::Due), displayDate(due));
        QCOMPARE(cell(model, first, PlanModel::Status), actionStatusText(ActionStatus::Planned));
        QCOMPARE(first.data(int(PlanModel::Role::StatusKey)).toString(), u"planned"_s);
        QCOMPARE(model.action(first)->id, course);
        QCOMPARE(model.goal(first)->id, work);
        QVERIFY(!model.action(workRow));
        QVERIFY(!model.goal(ungrouped));
        QCOMPARE(cell(model, workRow, PlanModel::Status), u"0 of 2 done"_s);
    }

    void notUnderAGoal_isAbsentWhenEveryActionHasAGoal()
    {
        const QUuid work = addGoal(u"Find stable work"_s);
        QVERIFY(!addAction(action(u"Welding course"_s, QDate::currentDate(), work)).isNull());
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.ungroupedIndex().isValid());
        // The first action of no goal brings the node.
        QVERIFY(!addAction(action(u"Restore the passport"_s, QDate::currentDate())).isNull());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.ungroupedIndex().isValid());
    }

    void overdue_aroundToday_data()
    {
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<bool>("done");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("due yesterday") << -1 << false << true;
        QTest::newRow("due today") << 0 << false << false;
        QTest::newRow("due tomorrow") << 1 << false << false;
        QTest::newRow("due a month ago, done") << -30 << true << false;
    }

    void overdue_aroundToday()
    {
        QFETCH(int, dueInDays);
        QFETCH(bool, done);
        QFETCH(bool, overdue);
        const QDate due = QDate::currentDate().addDays(dueInDays);
        const QUuid id = addAction(action(u"Job fair"_s, due));
        QVERIFY(!id.isNull());
        if (done)
            QVERIFY_STATUS(Plans(*m_store).setActionStatus(id, ActionStatus::Done, u"Went"_s));
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        const QModelIndex row = model.indexOfAction(id);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(int(PlanModel::Role::Overdue)).toBool(), overdue);
        const QModelIndex dueCell = model.index(row.row(), PlanModel::Due, row.parent());
        QCOMPARE(dueCell.data().toString().contains(u"overdue"_s), overdue);
        QCOMPARE(dueCell.data(Qt::ForegroundRole).value<QColor>() == QColor(0xb0, 0x00, 0x20),
                 overdue);
    }

    void setActionStatus_refreshesTheRow()
    {
        const QUuid id = addAction(action(u"Job fair"_s, QDate::currentDate().addDays(-3)));
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        QCOMPARE(model.indexOfAction(id).data(int(PlanModel::Role::Overdue)).toBool(), true);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY_STATUS(Plans(*m_store).setActionStatus(id, ActionStatus::Done,
                                                       u"Two interviews\nOne offer"_s));
        QCOMPARE(resets.count(), 1);
        const QModelIndex row = model.indexOfAction(id);
        QCOMPARE(row.data(int(PlanModel::Role::StatusKey)).toString(), u"done"_s);
        QCOMPARE(row.data(int(PlanModel::Role::Overdue)).toBool(), false);
        QCOMPARE(cell(model, row, PlanModel::Status),
                 u"done on %1"_s.arg(displayDate(QDate::currentDate())));
        // The first line of the note in the cell, all of it in the tooltip.
        QCOMPARE(cell(model, row, PlanModel::Outcome), u"Two interviews"_s);
        QCOMPARE(model.index(row.row(), PlanModel::Outcome, row.parent())
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"Two interviews\nOne offer"_s);
    }

    void changesOfAnotherCase_doNotReset()
    {
        QVERIFY(!addGoal(u"Find stable work"_s).isNull());
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Plans plans(*m_store);
        auto other = plans.create(m_otherCase, u"action_plan"_s, QDate::currentDate(), QDate());
        QVERIFY_STATUS(other);
        QVERIFY_STATUS(plans.addAction(other.value(), action(u"Course"_s, QDate::currentDate())));
        QCOMPARE(resets.count(), 0);
        // A change of this case that is not a plan does not reset it either.
        Interaction visit;
        visit.occurredAt = QDateTime::currentDateTime().addSecs(-60);
        visit.kind = Vocabulary::codes(Vocabulary::interactionKinds()).first();
        visit.worker = u"Test Worker"_s;
        QVERIFY_STATUS(CaseFiles(*m_store).recordInteraction(m_case, visit));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 1);
    }

    void goal_showsTheNeedOfItsAssessmentInWords()
    {
        auto hash = TemplateCatalogue::issue(*m_store, bytes(templateWithNeedTexts()));
        QVERIFY_STATUS(hash);
        Assessments assessments(*m_store);
        auto assessment = assessments.start(m_case, hash.value(), QDate::currentDate());
        QVERIFY_STATUS(assessment);
        // A draft raises no need yet.
        QCOMPARE(PlanModel::assessedNeeds(*m_store, m_case).size(), 0);
        const Answers answers { { u"source"_s, u"none"_s },
                                { u"months"_s, 7 },
                                { u"violence"_s, false } };
        QVERIFY_STATUS(assessments.complete(assessment.value(), answers, QDate::currentDate()));
        const QList<AssessedNeed> needs = PlanModel::assessedNeeds(*m_store, m_case);
        QVERIFY(!needs.isEmpty());
        const auto cash = std::find_if(needs.begin(), needs.end(),
                                       [](const AssessedNeed &n) { return n.need == u"cash"_s; });
        QVERIFY(cash != needs.end());
        QCOMPARE(cash->label, u"Cash assistance"_s);
        QCOMPARE(cash->assessmentId, assessment.value());
        QVERIFY2(cash->source.contains(u"Test situation"_s), qPrintable(cash->source));
        QCOMPARE(PlanModel::assessedNeeds(*m_store, m_otherCase).size(), 0);

        const QUuid goal = addGoal(u"An income every month"_s, u"cash"_s, assessment.value());
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        QCOMPARE(cell(model, model.indexOfGoal(goal), PlanModel::KindOrNeed), u"Cash assistance"_s);
    }

    void deletedPlan_showsNothing()
    {
        QVERIFY(!addGoal(u"Find stable work"_s).isNull());
        PlanModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setPlanId(m_plan);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY_STATUS(m_store->remove(u"plan"_s, m_plan));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.plan().id.isNull());
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
