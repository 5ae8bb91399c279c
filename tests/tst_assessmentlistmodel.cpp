// The list of a case's assessments: rows after start and completion, newest first, what the
// result and status columns say, and refresh when the store changes.
#include "assessmentlistmodel.h"
#include "assessments.h"
#include "assessmenttestsupport.h"
#include "storetestsupport.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

const Answers emergencyAnswers { { u"source"_s, u"none"_s },
                                 { u"months"_s, 7 },
                                 { u"violence"_s, false } };

} // namespace

class TestAssessmentListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempFolder> m_dir;
    std::unique_ptr<RecordStore> m_store;
    QUuid m_case;
    QUuid m_otherCase;
    QString m_hash;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<TempFolder>();
        // The central desk, so a small template can be issued for the test.
        SiteIdentity hub = officeSite(u"Central desk"_s, u"HUB1"_s);
        hub.kind = u"hub"_s;
        m_store = createStore(m_dir->file(u"hub.cdsk"_s), hub);
        QVERIFY(m_store);
        auto caseId = CaseFiles(*m_store).openCase(newCase(person(u"Ахметова"_s, u"Динара"_s)));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        auto other = CaseFiles(*m_store).openCase(newCase(person(u"Ким"_s, u"Алина"_s)));
        QVERIFY_STATUS(other);
        m_otherCase = other.value();
        auto hash = TemplateCatalogue::issue(*m_store, bytes(scoredTemplate()));
        QVERIFY_STATUS(hash);
        m_hash = hash.value();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void empty_untilACaseIsSet()
    {
        QVERIFY_STATUS(Assessments(*m_store).start(m_case, m_hash, QDate::currentDate()));
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AssessmentListModel::ColumnCount));
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 1);
    }

    void start_addsADraftRow_andCompletionShowsTheLevel()
    {
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 0);
        Assessments assessments(*m_store);
        auto id = assessments.start(m_case, m_hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(int(AssessmentListModel::Role::AssessmentId)).toUuid(),
                 id.value());
        QCOMPARE(cell(model, 0, AssessmentListModel::Date), displayDate(QDate::currentDate()));
        QCOMPARE(cell(model, 0, AssessmentListModel::Template), u"Test situation, version 1"_s);
        QCOMPARE(cell(model, 0, AssessmentListModel::Status), u"Draft"_s);
        QCOMPARE(cell(model, 0, AssessmentListModel::Result), QString());
        QCOMPARE(model.index(0, 0).data(int(AssessmentListModel::Role::IsCompleted)).toBool(),
                 false);

        QVERIFY_STATUS(assessments.complete(id.value(), emergencyAnswers, QDate::currentDate()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, AssessmentListModel::Status), u"Completed"_s);
        QCOMPARE(cell(model, 0, AssessmentListModel::Result), levelText(Level::Emergency));
        QCOMPARE(model.index(0, 0).data(int(AssessmentListModel::Role::IsCompleted)).toBool(),
                 true);
        // Emergency is red in the list too.
        QCOMPARE(
            model.index(0, AssessmentListModel::Result).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xb0, 0x00, 0x20));
    }

    void rows_areNewestFirst()
    {
        Assessments assessments(*m_store);
        const QDate today = QDate::currentDate();
        QVERIFY_STATUS(assessments.start(m_case, m_hash, today.addDays(-30)));
        auto newer = assessments.start(m_case, m_hash, today);
        QVERIFY_STATUS(newer);
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.summary(0).id, newer.value());
        QCOMPARE(model.rowOf(newer.value()), 0);
        QCOMPARE(cell(model, 1, AssessmentListModel::Date), displayDate(today.addDays(-30)));
    }

    void discardedDraft_leavesTheList()
    {
        Assessments assessments(*m_store);
        auto id = assessments.start(m_case, m_hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY_STATUS(assessments.discardDraft(id.value()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(id.value()), -1);
    }

    void changesOfAnotherCase_doNotReload()
    {
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY_STATUS(Assessments(*m_store).start(m_otherCase, m_hash, QDate::currentDate()));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        // A change of the case that is not an assessment does not reload either.
        Interaction visit;
        visit.occurredAt = QDateTime::currentDateTime().addSecs(-60);
        visit.kind = Vocabulary::codes(Vocabulary::interactionKinds()).first();
        visit.worker = u"Test Worker"_s;
        QVERIFY_STATUS(CaseFiles(*m_store).recordInteraction(m_case, visit));
        QCOMPARE(resets.count(), 0);
    }

    void everythingChanged_reloads()
    {
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY_STATUS(m_store->rebuild());
        ChangeSet all;
        all.everything = true;
        emit m_store->changed(all);
        QVERIFY(resets.count() >= 1);
    }

    void answerChangedAfterCompletion_isMarked()
    {
        Assessments assessments(*m_store);
        auto id = assessments.start(m_case, m_hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(assessments.complete(id.value(), emergencyAnswers, QDate::currentDate()));
        AssessmentListModel model(*m_store);
        QAbstractItemModelTester tester(&model);
        model.setCaseId(m_case);
        QCOMPARE(
            model.index(0, 0).data(int(AssessmentListModel::Role::EditedAfterCompletion)).toBool(),
            false);
        // As a package from a site that had not seen the completion would bring it.
        Statement st = m_store->db().statement(
            "SELECT id FROM assessment_answers WHERE assessment_id=? AND question_id='months'");
        st.bind(1, id.value());
        QCOMPARE(st.step(), Statement::Step::Row);
        const QUuid answer = st.uuid(0);
        st.reset();
        QVERIFY_STATUS(
            m_store->update(u"assessment_answer"_s, answer, fields({ { u"value"_s, u"[2]"_s } })));
        QCOMPARE(
            model.index(0, 0).data(int(AssessmentListModel::Role::EditedAfterCompletion)).toBool(),
            true);
        QCOMPARE(cell(model, 0, AssessmentListModel::Status),
                 u"Completed — edited after completion"_s);
        // The result stays as computed.
        QCOMPARE(cell(model, 0, AssessmentListModel::Result), levelText(Level::Emergency));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentListModel)
#include "tst_assessmentlistmodel.moc"
