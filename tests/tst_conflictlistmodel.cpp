// The list of open conflicts: what each row shows, its filters, and refresh on resolution.
#include "storetestsupport.h"

#include "assessments.h"
#include "assessmenttestsupport.h"
#include "caseclosure.h"
#include "conflictlistmodel.h"
#include "templatecatalogue.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Office A and B renamed the client differently and both copies met.
bool prepareNameConflict(TwoOffices &t)
{
    return prepareTwo(t)
        && t.a->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Петрова"_s } }))
               .isOk()
        && t.b->update(u"person"_s, t.clientId, fields({ { u"family_name"_s, u"Сидорова"_s } }))
               .isOk()
        && exchange(*t.a, *t.b);
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestConflictListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nameConflict_listedWithCaseClientGroupAndSites();
    void caseFilter_matchesNumberAndClientName();
    void siteFilter_keepsConflictsWrittenThere();
    void resolving_removesTheRow();
    void deleteAgainstEdit_listedAsDeletion();
    void groupLabel_namesTheFields();
    void assessmentChangedAfterCompletion_isMarked();
    void caseEditedAfterClosure_isListed_untilKeptClosed();
};

void TestConflictListModel::caseEditedAfterClosure_isListed_untilKeptClosed()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    Interaction call;
    call.occurredAt = QDateTime::currentDateTime();
    call.kind = u"phone"_s;
    call.worker = u"Office B worker"_s;
    QVERIFY_STATUS(CaseFiles(*t.b).recordInteraction(t.caseId, call));
    QVERIFY_STATUS(CaseClosure(*t.a).close(t.caseId, u"moved"_s, u"unknown"_s, QString(),
                                           QDate::currentDate()));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // B's call arrives: the model notices without being told.
    QVERIFY_STATUS(t.a->applyVersions(t.b->versions()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, ConflictListModel::Kind), u"Case — edited after closure"_s);
    QCOMPARE(cell(model, 0, ConflictListModel::Group), u"1 change(s) made after the closure"_s);
    QCOMPARE(cell(model, 0, ConflictListModel::Sites), u"Office B"_s);
    QVERIFY(model.index(0, 0).data(int(ConflictListModel::Role::EditedAfterClosure)).toBool());
    QCOMPARE(model.index(0, 0).data(int(ConflictListModel::Role::CaseId)).toUuid(), t.caseId);
    QCOMPARE(model.entry(0).lateEdits.size(), 1);
    QCOMPARE(model.entry(0).lateEdits.first().entity, u"interaction"_s);
    QVERIFY_STATUS(CaseClosure(*t.a).confirmClosed(t.caseId));
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictListModel::nameConflict_listedWithCaseClientGroupAndSites()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QString number = CaseFiles(*t.a).load(t.caseId)->number;
    QCOMPARE(cell(model, 0, ConflictListModel::CaseNumber), number);
    QVERIFY(cell(model, 0, ConflictListModel::Client).contains(u"Ольга"_s));
    QCOMPARE(cell(model, 0, ConflictListModel::Kind), u"Person"_s);
    QCOMPARE(cell(model, 0, ConflictListModel::Group), u"Family name, Given name, Patronymic"_s);
    QStringList shownSites = cell(model, 0, ConflictListModel::Sites).split(u", "_s);
    shownSites.sort();
    QCOMPARE(shownSites, (QStringList { u"Office A"_s, u"Office B"_s }));
    const ConflictEntry &e = model.entry(0);
    QCOMPARE(e.heads.size(), 2);
    QStringList names = e.siteNames;
    names.sort();
    QCOMPARE(names, (QStringList { u"Office A"_s, u"Office B"_s }));
    QCOMPARE(model.index(0, 0).data(int(ConflictListModel::Role::CaseId)).toUuid(), t.caseId);
    QCOMPARE(model.index(0, 0).data(int(ConflictListModel::Role::RowId)).toUuid(), t.clientId);
    QCOMPARE(model.index(0, 0).data(int(ConflictListModel::Role::FieldGroup)).toString(),
             u"name"_s);
    QCOMPARE(model.index(0, 0).data(int(ConflictListModel::Role::IsDeletion)).toBool(), false);
    qint64 newest = 0;
    for (const HeadInfo &h : e.heads)
        newest = std::max(newest, h.wallMs);
    QCOMPARE(e.newestMs, newest);
    QCOMPARE(cell(model, 0, ConflictListModel::Newest).isEmpty(), false);
}

void TestConflictListModel::caseFilter_matchesNumberAndClientName()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString number = CaseFiles(*t.a).load(t.caseId)->number;
    model.setCaseFilter(number.left(number.size() - 1));
    QCOMPARE(model.rowCount(), 1);
    model.setCaseFilter(u"ОЛЬГ"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setCaseFilter(u"Нет такого"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 1);
    model.setCaseFilter(QString());
    QCOMPARE(model.rowCount(), 1);
}

void TestConflictListModel::siteFilter_keepsConflictsWrittenThere()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSiteFilter(t.b->site().id);
    QCOMPARE(model.rowCount(), 1);
    model.setSiteFilter(QUuid::createUuid());
    QCOMPARE(model.rowCount(), 0);
    model.setSiteFilter(QUuid());
    QCOMPARE(model.rowCount(), 1);
}

void TestConflictListModel::resolving_removesTheRow()
{
    TwoOffices t;
    QVERIFY(prepareNameConflict(t));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY_STATUS(
        t.a->resolve(u"person"_s, t.clientId, u"name"_s, model.entry(0).heads.at(1).values));
    QCOMPARE(model.rowCount(), 0);
    // The other office still has the conflict until the resolution arrives; then it is gone too.
    ConflictListModel atB(*t.b);
    QCOMPARE(atB.rowCount(), 1);
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(atB.rowCount(), 0);
}

void TestConflictListModel::deleteAgainstEdit_listedAsDeletion()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY_STATUS(t.a->remove(u"household_member"_s, t.memberId));
    QVERIFY_STATUS(t.b->update(u"household_member"_s, t.memberId,
                               fields({ { u"relationship"_s, u"grandchild"_s } })));
    QVERIFY(exchange(*t.a, *t.b));
    QCOMPARE(model.rowCount(), 1);
    const ConflictEntry &e = model.entry(0);
    QCOMPARE(e.isDeletion(), true);
    QCOMPARE(e.info.entity, u"household_member"_s);
    QCOMPARE(e.heads.size(), 2);
    QCOMPARE(e.sites.size(), 2);
    QCOMPARE(cell(model, 0, ConflictListModel::Kind), u"Household member"_s);
    QCOMPARE(cell(model, 0, ConflictListModel::Group),
             u"Deleted at one site, changed at another"_s);
    QVERIFY_STATUS(t.a->resolveDeletion(u"household_member"_s, t.memberId, false));
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictListModel::groupLabel_namesTheFields()
{
    QCOMPARE(ConflictListModel::groupLabel(u"case"_s, u"status"_s),
             u"Status, Closed, Closure reason, Outcome, Closing notes, Closed by, Reopened, "
             u"Reason for reopening"_s);
    QCOMPARE(ConflictListModel::groupLabel(u"person"_s, u"id_document"_s),
             u"ID document, ID number"_s);
    // Links between rows are named by their field even though the history hides them.
    QCOMPARE(ConflictListModel::groupLabel(u"phone"_s, u"owner"_s), u"person_id"_s);
    QCOMPARE(ConflictListModel::groupLabel(u"person"_s, u"no_such_group"_s), u"no_such_group"_s);
}

void TestConflictListModel::assessmentChangedAfterCompletion_isMarked()
{
    TwoOffices t;
    QVERIFY(prepareTwo(t));
    SiteIdentity desk = officeSite(u"Central desk"_s, u"HUB1"_s);
    desk.kind = u"hub"_s;
    auto hub = createStore(t.dir.file(u"hub.cdsk"_s), desk);
    QVERIFY(hub);
    auto hash = TemplateCatalogue::issue(*hub, bytes(scoredTemplate()));
    QVERIFY_STATUS(hash);
    QVERIFY_STATUS(t.a->applyVersions(hub->versions()));
    QVERIFY_STATUS(t.b->applyVersions(hub->versions()));
    Assessments atA(*t.a);
    auto id = atA.start(t.caseId, hash.value(), QDate::currentDate());
    QVERIFY_STATUS(id);
    QVERIFY_STATUS(
        atA.saveDraft(id.value(), { { u"source"_s, u"benefit"_s } }, QDate::currentDate()));
    QVERIFY(exchange(*t.a, *t.b));
    // Office B changes the draft while office A, offline, completes it.
    QVERIFY_STATUS(Assessments(*t.b).saveDraft(id.value(), { { u"source"_s, u"none"_s } },
                                               QDate::currentDate()));
    QVERIFY_STATUS(
        atA.complete(id.value(), { { u"source"_s, u"benefit"_s } }, QDate::currentDate()));
    QVERIFY(exchange(*t.a, *t.b));

    ConflictListModel model(*t.a);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    bool answerMarked = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ConflictListModel::Kind);
        QCOMPARE(index.data(int(ConflictListModel::Role::EditedAfterCompletion)).toBool(), true);
        QVERIFY(index.data().toString().endsWith(u"— edited after completion"_s));
        if (index.data(int(ConflictListModel::Role::Entity)).toString() == u"assessment_answer"_s) {
            answerMarked = true;
            QCOMPARE(index.data().toString(), u"Assessment answer — edited after completion"_s);
            QCOMPARE(cell(model, row, ConflictListModel::Group), u"Value"_s);
        }
    }
    QVERIFY(answerMarked);
}

QTEST_GUILESS_MAIN(TestConflictListModel)
#include "tst_conflictlistmodel.moc"
