// Needs assessments in the store: draft → complete → read-only, what completion keeps, the
// parameters in force on the assessment date, templates issued at the central desk, compare
// with the previous one, an edit made elsewhere after completion, and sensitive cases.

#include "assessmentparameters.h"
#include "assessments.h"
#include "assessmenttestsupport.h"
#include "consent.h"
#include "roleaccounts.h"
#include "scoring.h"
#include "storetestsupport.h"
#include "syncscope.h"
#include "templatecatalogue.h"

#include <QtTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The lowest-scoring answer to every required question, so a test changes only what it names.
Answers calmAnswers(const AssessmentTemplate &t)
{
    Answers a;
    for (const Question *q : t.questions()) {
        if (!q->required)
            continue;
        switch (q->kind) {
        case AnswerKind::Choice: {
            const AnswerOption *low = &q->options.first();
            for (const AnswerOption &o : q->options)
                if (o.score < low->score)
                    low = &o;
            a.insert(q->id, low->value);
            break;
        }
        case AnswerKind::MultiChoice:
            a.insert(q->id, QJsonArray { q->options.first().value });
            break;
        case AnswerKind::YesNo:
            a.insert(q->id, q->yesScore < q->noScore);
            break;
        case AnswerKind::Number:
        case AnswerKind::Money:
            a.insert(q->id, q->min.value_or(0));
            break;
        case AnswerKind::Date:
            a.insert(q->id, QDate::currentDate().toString(Qt::ISODate));
            break;
        default:
            a.insert(q->id, u"-"_s);
        }
    }
    return a;
}

} // namespace

class TestAssessments : public QObject
{
    Q_OBJECT

    TempFolder m_dir;
    std::unique_ptr<RecordStore> m_hub;
    QUuid m_case;
    QString m_hash; // the test template, issued at the hub

    QUuid startTest(const QDate &date = QDate::currentDate())
    {
        Assessments assessments(*m_hub);
        auto id = assessments.start(m_case, m_hash, date);
        if (!id)
            qWarning("start: %s", qPrintable(id.message()));
        return id.isOk() ? id.value() : QUuid();
    }

    QUuid completeTest(const Answers &answers, const QDate &date)
    {
        const QUuid id = startTest(date);
        Assessments assessments(*m_hub);
        auto done = assessments.complete(id, answers, date);
        if (!done)
            qWarning("complete: %s", qPrintable(done.message()));
        return done.isOk() ? id : QUuid();
    }

private slots:
    void init()
    {
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_hub = makeSite(m_dir.file(u"hub-%1.cdsk"_s.arg(tag)), u"Central desk"_s, u"hub"_s);
        QVERIFY(m_hub);
        PersonData client = person(u"Ахметова"_s, u"Динара"_s, u"1985-04-02"_s);
        client.region = u"Almaty region"_s;
        auto caseId = CaseFiles(*m_hub).openCase(newCase(client));
        QVERIFY_STATUS(caseId);
        m_case = caseId.value();
        QVERIFY_STATUS(CaseFiles(*m_hub).addHouseholdMember(
            m_case, person(u"Ахметов"_s, u"Арман"_s, u"2015"_s), u"child"_s));
        auto hash = TemplateCatalogue::issue(*m_hub, bytes(scoredTemplate()));
        QVERIFY_STATUS(hash);
        m_hash = hash.value();
    }

    void draft_keepsItsAnswers_untilCompleted()
    {
        const QUuid id = startTest();
        QVERIFY(!id.isNull());
        Assessments assessments(*m_hub);
        const Answers answers { { u"source"_s, u"none"_s }, { u"months"_s, 4 } };
        QVERIFY_STATUS(assessments.saveDraft(id, answers, QDate::currentDate()));
        Result<AssessmentRecord> loaded = Assessments(*m_hub).load(id);
        QVERIFY_STATUS(loaded);
        QCOMPARE(loaded->summary.status, u"draft"_s);
        QCOMPARE(loaded->answers, answers);
        QCOMPARE(loaded->summary.templateId, u"test_scored"_s);
        // A cleared answer is gone from the draft.
        QVERIFY_STATUS(
            assessments.saveDraft(id, { { u"source"_s, u"none"_s } }, QDate::currentDate()));
        QVERIFY(!Assessments(*m_hub).load(id)->answers.contains(u"months"_s));
    }

    void complete_refusesMissingRequiredAnswers_withTheQuestion()
    {
        const QUuid id = startTest();
        QVERIFY_REFUSED(
            Assessments(*m_hub).complete(id, { { u"source"_s, u"none"_s } }, QDate::currentDate()),
            u"Months without income"_s);
        QCOMPARE(Assessments(*m_hub).load(id)->summary.status, u"draft"_s);
    }

    void completed_isReadOnly_andKeepsItsResult()
    {
        const QUuid id = completeTest(
            { { u"source"_s, u"none"_s }, { u"months"_s, 7 }, { u"violence"_s, false } },
            QDate::currentDate());
        QVERIFY(!id.isNull());
        Assessments assessments(*m_hub);
        Result<AssessmentRecord> done = assessments.load(id);
        QVERIFY_STATUS(done);
        QVERIFY(done->summary.isCompleted());
        QCOMPARE(done->summary.level, Level::Emergency);
        QCOMPARE(done->result.domain(u"income"_s)->score, 6);
        QCOMPARE(done->result.templateHash, m_hash);
        QVERIFY(!done->summary.editedAfterCompletion);
        QVERIFY_REFUSED(
            assessments.saveDraft(id, { { u"source"_s, u"wages"_s } }, QDate::currentDate()),
            u"completed"_s);
        QVERIFY_REFUSED(assessments.complete(id, done->answers, QDate::currentDate()),
                        u"completed"_s);
        QVERIFY_REFUSED(assessments.discardDraft(id), u"completed"_s);
        QCOMPARE(m_hub->check(), QStringList());
    }

    void completion_dropsAnswersOfSkippedQuestions()
    {
        const QUuid id = completeTest({ { u"source"_s, u"wages"_s }, { u"months"_s, 12 } },
                                      QDate::currentDate());
        QVERIFY(!id.isNull());
        const Answers kept = Assessments(*m_hub).load(id)->answers;
        QVERIFY(kept.contains(u"source"_s));
        QVERIFY(!kept.contains(u"months"_s));
    }

    void discardDraft_removesIt()
    {
        const QUuid id = startTest();
        Assessments assessments(*m_hub);
        QCOMPARE(assessments.forCase(m_case).size(), 1);
        QVERIFY_STATUS(assessments.discardDraft(id));
        QVERIFY(assessments.forCase(m_case).isEmpty());
        QVERIFY_REFUSED(assessments.load(id), u"does not exist"_s);
    }

    void start_refusesAFutureDate_andAnUnknownTemplate()
    {
        Assessments assessments(*m_hub);
        QVERIFY_REFUSED(assessments.start(m_case, m_hash, QDate::currentDate().addDays(1)),
                        u"future"_s);
        QVERIFY_REFUSED(assessments.start(m_case, QString(64, u'0'), QDate::currentDate()),
                        u"template"_s);
    }

    void compareWithPrevious_showsWhatGotBetterAndWorse()
    {
        const QDate today = QDate::currentDate();
        const QUuid older
            = completeTest({ { u"source"_s, u"none"_s }, { u"months"_s, 7 } }, today.addDays(-30));
        const QUuid newer
            = completeTest({ { u"source"_s, u"benefit"_s }, { u"violence"_s, true } }, today);
        QVERIFY(!older.isNull() && !newer.isNull());
        Assessments assessments(*m_hub);
        QCOMPARE(assessments.previous(newer), std::optional<QUuid>(older));
        QCOMPARE(assessments.previous(older), std::nullopt);
        const AssessmentTemplate *t = assessments.catalogue().byHash(m_hash);
        const auto rows = Assessments::compare(*t, assessments.load(older)->result,
                                               assessments.load(newer)->result);
        QHash<QString, ComparisonRow::Change> changes;
        for (const ComparisonRow &row : rows)
            changes.insert(row.label, row.change);
        QCOMPARE(changes.value(u"income"_s), ComparisonRow::Change::Better);
        QCOMPARE(changes.value(u"safety"_s), ComparisonRow::Change::Worse);
        QCOMPARE(changes.value(u"cash"_s), ComparisonRow::Change::Gone);
        QCOMPARE(changes.value(u"safety_plan"_s), ComparisonRow::Change::New);
    }

    void meansTest_usesTheValuesInForceOnTheAssessmentDate()
    {
        const QDate today = QDate::currentDate();
        const QDate change = today.addDays(-40);
        // The central desk raises the subsistence minimum from `change`, for this region only.
        QVERIFY_STATUS(
            AssessmentParameters::set(*m_hub,
                                      { QUuid(), u"subsistence_minimum"_s, u"Almaty region"_s,
                                        change, 5000000, u"regional decree"_s }));
        Assessments assessments(*m_hub);
        const AssessmentTemplate *t = assessments.catalogue().current(u"means_test"_s, today);
        QVERIFY(t);
        auto runOn = [&](const QDate &date) {
            auto id = assessments.start(m_case, t->hash, date);
            if (!id)
                return AssessmentResult();
            Answers a = calmAnswers(*t);
            a.insert(t->meansTest.householdQuestion,
                     assessments.load(id.value())->answers.value(t->meansTest.householdQuestion));
            auto r = assessments.complete(id.value(), a, date);
            return r ? r.value() : AssessmentResult();
        };
        const AssessmentResult before = runOn(change.addDays(-1));
        const AssessmentResult after = runOn(change);
        QVERIFY(before.isMeansTest && after.isMeansTest);
        const ParameterValue shipped = *AssessmentParameters(*m_hub).inForce(
            u"subsistence_minimum"_s, QString(), change.addDays(-1));
        QCOMPARE(before.meansTest.subsistenceMinimum, shipped.value);
        QCOMPARE(after.meansTest.subsistenceMinimum, qint64(5000000));
        QCOMPARE(after.meansTest.povertyLine, qint64(3500000));
        QCOMPARE(before.meansTest.countedMembers, 2);
        // Each result says which values produced it.
        bool named = false;
        for (const ParameterUse &p : after.parameters)
            named = named
                || (p.name == u"subsistence_minimum"_s && p.effectiveFrom == change
                    && p.source != u"shipped"_s);
        QVERIFY(named);
        // A later correction of the value does not touch the completed assessment.
        QVERIFY_STATUS(AssessmentParameters::set(
            *m_hub,
            { QUuid(), u"subsistence_minimum"_s, u"Almaty region"_s, change, 6000000, QString() }));
        const auto list = assessments.forCase(m_case);
        QCOMPARE(list.size(), 2);
        QCOMPARE(assessments.load(list.first().id)->result.meansTest.subsistenceMinimum,
                 qint64(5000000));
    }

    void meansTestDraft_followsTheHousehold_andKeepsWhatWasSaid()
    {
        Assessments assessments(*m_hub);
        const AssessmentTemplate *t
            = assessments.catalogue().current(u"means_test"_s, QDate::currentDate());
        QVERIFY(t);
        auto id = assessments.start(m_case, t->hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        const QString question = t->meansTest.householdQuestion;
        QJsonArray members = assessments.load(id.value())->answers.value(question).toArray();
        QCOMPARE(members.size(), 2);
        QJsonObject child = members.at(1).toObject();
        child.insert(u"counted"_s, false);
        child.insert(u"reason"_s, u"lives with grandparents"_s);
        members[1] = child;
        QVERIFY_STATUS(
            assessments.saveDraft(id.value(), { { question, members } }, QDate::currentDate()));
        QVERIFY_STATUS(CaseFiles(*m_hub).addHouseholdMember(
            m_case, person(u"Ахметова"_s, u"Айгерим"_s, u"2018"_s), u"child"_s));
        const QJsonArray now = assessments.load(id.value())->answers.value(question).toArray();
        QCOMPARE(now.size(), 3);
        QCOMPARE(now.at(1).toObject().value(u"counted"_s), QJsonValue(false));
        QCOMPARE(now.at(1).toObject().value(u"reason"_s), QJsonValue(u"lives with grandparents"_s));
        QCOMPARE(now.at(2).toObject().value(u"counted"_s), QJsonValue(true));
    }

    void parameters_andTemplates_areIssuedOnlyAtTheCentralDesk()
    {
        auto office = makeSite(m_dir.file(u"office.cdsk"_s), u"Office A"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY_REFUSED(AssessmentParameters::set(*office,
                                                  { QUuid(), u"poverty_line_share"_s, QString(),
                                                    QDate(2026, 1, 1), 650, QString() }),
                        u"central desk"_s);
        QJsonObject v2 = scoredTemplate();
        v2.insert(u"version"_s, 2);
        QVERIFY_REFUSED(TemplateCatalogue::issue(*office, bytes(v2)), u"central desk"_s);
        // The same id and version with other content is refused at the hub too.
        QJsonObject clash = scoredTemplate();
        clash.insert(u"title"_s, texts(u"Another title"_s));
        QVERIFY_REFUSED(TemplateCatalogue::issue(*m_hub, bytes(clash)), u"higher version"_s);
        // Issuing the same bytes twice is one row.
        QCOMPARE(TemplateCatalogue::issue(*m_hub, bytes(scoredTemplate())).value(), m_hash);
    }

    void newTemplateVersion_reachesTheOffice_andCompletedOnesKeepTheirs()
    {
        auto office = makeSite(m_dir.file(u"office2.cdsk"_s), u"Office B"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY(peerUp(*m_hub, *office));
        const QUuid old = completeTest({ { u"source"_s, u"wages"_s } }, QDate::currentDate());
        QVERIFY(!old.isNull());
        QJsonObject v2 = scoredTemplate();
        v2.insert(u"version"_s, 2);
        v2.insert(u"effective_from"_s, u"2021-01-01"_s);
        auto hash2 = TemplateCatalogue::issue(*m_hub, bytes(v2));
        QVERIFY_STATUS(hash2);
        QVERIFY_STATUS(PackageImport::importFile(
            *office, exportPackage(*m_hub, *office, m_dir.file(u"templates.cdpkg"_s))));
        const TemplateCatalogue atOffice(*office);
        QVERIFY(atOffice.byHash(m_hash));
        QCOMPARE(atOffice.current(u"test_scored"_s, QDate::currentDate())->hash, hash2.value());
        // Before its effective date, version 1 is the one in force.
        QCOMPARE(atOffice.current(u"test_scored"_s, QDate(2020, 6, 1))->hash, m_hash);
        const Result<AssessmentRecord> kept = Assessments(*m_hub).load(old);
        QCOMPARE(kept->summary.templateHash, m_hash);
        QCOMPARE(kept->result.templateVersion, 1);
    }

    void officeAssessment_reachesTheCentralDesk_inAPackage()
    {
        auto office = makeSite(m_dir.file(u"office3.cdsk"_s), u"Office C"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY(peerUp(*m_hub, *office));
        auto caseId = CaseFiles(*office).openCase(newCase(person(u"Садыков"_s, u"Ерлан"_s)));
        QVERIFY_STATUS(caseId);
        Assessments atOffice(*office);
        const AssessmentTemplate *t
            = atOffice.catalogue().current(u"difficult_life_situation"_s, QDate::currentDate());
        QVERIFY(t);
        auto id = atOffice.start(caseId.value(), t->hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(atOffice.complete(id.value(), calmAnswers(*t), QDate::currentDate()));
        QVERIFY_STATUS(PackageImport::importFile(
            *m_hub, exportPackage(*office, *m_hub, m_dir.file(u"office3.cdpkg"_s))));
        Result<AssessmentRecord> atHub = Assessments(*m_hub).load(id.value());
        QVERIFY_STATUS(atHub);
        QVERIFY(atHub->summary.isCompleted());
        QCOMPARE(atHub->summary.level, Level::None);
        QCOMPARE(atHub->answers, atOffice.load(id.value())->answers);
        QVERIFY_STATUS(PackageImport::importFile(
            *office, exportPackage(*m_hub, *office, m_dir.file(u"hub3.cdpkg"_s))));
        QCOMPARE(m_hub->digest(office->site().id), office->digest());
    }

    void editAtAnotherSite_afterCompletion_isAConflict_andTheResultStays()
    {
        TwoOffices t;
        QVERIFY(prepareTwo(t));
        QVERIFY_STATUS(t.a->applyVersions(m_hub->versions()));
        QVERIFY_STATUS(t.b->applyVersions(m_hub->versions()));
        Assessments atA(*t.a);
        auto id = atA.start(t.caseId, m_hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        QVERIFY_STATUS(
            atA.saveDraft(id.value(), { { u"source"_s, u"benefit"_s } }, QDate::currentDate()));
        QVERIFY(exchange(*t.a, *t.b));
        // Office B changes the draft while office A, offline, completes it.
        QVERIFY_STATUS(Assessments(*t.b).saveDraft(
            id.value(), { { u"source"_s, u"none"_s }, { u"months"_s, 9 } }, QDate::currentDate()));
        QVERIFY_STATUS(
            atA.complete(id.value(), { { u"source"_s, u"benefit"_s } }, QDate::currentDate()));
        QVERIFY(exchange(*t.a, *t.b));
        for (RecordStore *store : { t.a.get(), t.b.get() }) {
            Assessments assessments(*store);
            Result<AssessmentRecord> r = assessments.load(id.value());
            QVERIFY_STATUS(r);
            QVERIFY(r->summary.isCompleted());
            QVERIFY(r->summary.editedAfterCompletion);
            QVERIFY(r->summary.hasConflict);
            // Computed with the answers at completion; nothing recomputes it.
            QCOMPARE(r->result.domain(u"income"_s)->score, 1);
            QCOMPARE(r->answers.value(u"source"_s), QJsonValue(u"benefit"_s));
            QVERIFY_REFUSED(assessments.saveDraft(id.value(), {}, QDate::currentDate()),
                            u"completed"_s);
            bool flagged = false;
            for (const ConflictInfo &c : store->conflicts())
                flagged = flagged || Assessments::isEditAfterCompletion(*store, c.entity, c.rowId);
            QVERIFY(flagged);
        }
        QCOMPARE(t.a->digest(), t.b->digest());
        QCOMPARE(t.a->check(), QStringList());
    }

    void sensitiveCase_assessmentsAreHiddenFromOtherWorkers()
    {
        auto office = makeSite(m_dir.file(u"sensitive.cdsk"_s), u"Office S"_s, u"office"_s);
        QVERIFY(office);
        QVERIFY_STATUS(office->applyVersions(m_hub->versions()));
        Passwords::setCost(Passwords::Cost::Minimal);
        QVERIFY(createRoleAccounts(*office));
        QVERIFY(signInAs(*office, Role::Supervisor));
        auto caseId = CaseFiles(*office).openCase(newCase(person(u"Ким"_s, u"Алина"_s)));
        QVERIFY_STATUS(caseId);
        QVERIFY_STATUS(CaseFiles(*office).setSensitive(caseId.value(), true, u"violence"_s));
        auto id = Assessments(*office).start(caseId.value(), m_hash, QDate::currentDate());
        QVERIFY_STATUS(id);
        Accounts::signOut(*office);
        QVERIFY(signInAs(*office, Role::CaseWorker));
        Assessments asWorker(*office);
        QVERIFY(asWorker.forCase(caseId.value()).isEmpty());
        QVERIFY_REFUSED(asWorker.load(id.value()), QString());
        QVERIFY_REFUSED(asWorker.saveDraft(id.value(), {}, QDate::currentDate()), QString());
        Accounts::signOut(*office);
        QVERIFY(signInAs(*office, Role::Auditor));
        QVERIFY_REFUSED(Assessments(*office).start(caseId.value(), m_hash, QDate::currentDate()),
                        QString());
        QCOMPARE(Assessments(*office).forCase(caseId.value()).size(), 1);
    }

    void shippedDifficultLifeSituation_violenceAlone_isAnEmergency()
    {
        Assessments assessments(*m_hub);
        const AssessmentTemplate *t
            = assessments.catalogue().current(u"difficult_life_situation"_s, QDate::currentDate());
        QVERIFY(t);
        Answers calm = calmAnswers(*t);
        const AssessmentResult quiet = Scoring::score(*t, calm);
        QCOMPARE(quiet.level, Level::None);
        const Question *violence = nullptr;
        for (const Question *q : t->questions())
            if (!violence && q->domain == u"safety"_s && q->kind == AnswerKind::YesNo)
                violence = q;
        QVERIFY(violence);
        calm.insert(violence->id, true);
        const AssessmentResult r = Scoring::score(*t, calm);
        QCOMPARE(r.domain(u"safety"_s)->level, Level::Emergency);
        QCOMPARE(r.level, Level::Emergency);
        QVERIFY(!r.needs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAssessments)
#include "tst_assessments.moc"
