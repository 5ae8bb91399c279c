#include "assessments.h"

#include "assessmentparameters.h"
#include "caseaccess.h"
#include "casefiles.h"
#include "fieldvalue.h"
#include "meanstest.h"
#include "permissions.h"
#include "recordstore.h"
#include "scoring.h"
#include "session.h"
#include "templatecatalogue.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

namespace {

const QString draftStatus = QStringLiteral("draft");
const QString completedStatus = QStringLiteral("completed");

QString encode(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QJsonObject answersToJson(const Answers &answers)
{
    QJsonObject o;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Answers answersFromJson(const QJsonObject &o)
{
    Answers answers;
    for (auto it = o.begin(); it != o.end(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

} // namespace

Assessments::Assessments(RecordStore &store)
    : m_store(store), m_catalogue(std::make_unique<TemplateCatalogue>(store))
{
}

Assessments::~Assessments() = default;

Result<QUuid> Assessments::start(const QUuid &caseId, const QString &templateHash,
                                 const QDate &date)
{
    if (Status s = CaseAccess::checkWrite(m_store, caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(caseId); !s)
        return s;
    bool deleted = false;
    if (m_store.row(QStringLiteral("case"), caseId, &deleted).isEmpty() || deleted)
        return Status::error(tr("The case does not exist."));
    const AssessmentTemplate *t = m_catalogue->byHash(templateHash);
    if (!t)
        return Status::error(tr("This site does not know the template; it may arrive with the "
                                "next package from the central desk."));
    if (Status s = checkDate(*t, date); !s)
        return s;
    WriteBatch batch(m_store);
    QCborMap fields {
        { QStringLiteral("case_id"), QCborValue(caseId) },
        { QStringLiteral("template_id"), t->id },
        { QStringLiteral("template_version"), t->version },
        { QStringLiteral("template_hash"), t->hash },
        { QStringLiteral("assessment_date"), date.toString(Qt::ISODate) },
        { QStringLiteral("status"), draftStatus },
        { QStringLiteral("author_name"), textOrNull(Access::personName(m_store)) },
    };
    if (const QUuid user = Access::personId(m_store); !user.isNull())
        fields.insert(QStringLiteral("author_user"), QCborValue(user));
    Result<QUuid> id = m_store.create(QStringLiteral("assessment"), caseId, fields);
    if (!id)
        return id;
    if (t->kind == TemplateKind::MeansTest) {
        Answers answers;
        answers.insert(t->meansTest.householdQuestion, householdAnswer(caseId));
        if (Status s = writeAnswers(id.value(), caseId, answers, draftStatus); !s)
            return s;
    }
    if (Status s = batch.commit(); !s)
        return s;
    return id;
}

Status Assessments::checkDate(const AssessmentTemplate &t, const QDate &date)
{
    if (!date.isValid() || date > QDate::currentDate())
        return Status::error(tr("The assessment date must be a valid date, not in the future."));
    if (date < t.effectiveFrom)
        return Status::error(tr("This version of the template is in force from %1; an assessment "
                                "dated %2 cannot use it.")
                                 .arg(displayDate(t.effectiveFrom), displayDate(date)));
    return Status::ok();
}

Status Assessments::checkDraft(const QUuid &assessmentId, AssessmentSummary *summary) const
{
    Result<AssessmentRecord> record = load(assessmentId);
    if (!record)
        return record.status();
    if (record->summary.isCompleted())
        return Status::error(tr("The assessment is completed and can no longer be changed."));
    if (Status s = CaseAccess::checkWrite(m_store, record->summary.caseId); !s)
        return s;
    if (Status s = CaseFiles(m_store).checkEditable(record->summary.caseId); !s)
        return s;
    *summary = record->summary;
    return Status::ok();
}

QHash<QString, QPair<QUuid, QJsonValue>> Assessments::storedAnswers(const QUuid &assessmentId) const
{
    QHash<QString, QPair<QUuid, QJsonValue>> stored;
    Statement st = m_store.db().statement(
        "SELECT id, question_id, value FROM assessment_answers WHERE assessment_id=? AND "
        "deleted=0 ORDER BY rid");
    st.bind(1, assessmentId);
    while (st.step() == Statement::Step::Row)
        stored.insert(st.text(1), { st.uuid(0), decode(st.text(2)) });
    st.reset();
    return stored;
}

Status Assessments::writeAnswers(const QUuid &assessmentId, const QUuid &caseId,
                                 const Answers &answers, const QString &answerStatus)
{
    const auto stored = storedAnswers(assessmentId);
    QSet<QString> ids(answers.keyBegin(), answers.keyEnd());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        ids.insert(it.key());
    QStringList ordered(ids.begin(), ids.end());
    ordered.sort();
    for (const QString &question : std::as_const(ordered)) {
        const QString value = encode(answers.value(question));
        const QCborMap fields { { QStringLiteral("value"), textOrNull(value) },
                                { QStringLiteral("answer_status"), answerStatus } };
        const auto it = stored.constFind(question);
        if (it != stored.cend()) {
            if (Status s = m_store.update(QStringLiteral("assessment_answer"), it->first, fields);
                !s)
                return s;
            continue;
        }
        if (value.isEmpty())
            continue;
        QCborMap all = fields;
        all.insert(QStringLiteral("assessment_id"), QCborValue(assessmentId));
        all.insert(QStringLiteral("question_id"), question);
        if (auto id = m_store.create(QStringLiteral("assessment_answer"), caseId, all); !id)
            return id.status();
    }
    return Status::ok();
}

Status Assessments::saveDraft(const QUuid &assessmentId, const Answers &answers, const QDate &date)
{
    AssessmentSummary summary;
    if (Status s = checkDraft(assessmentId, &summary); !s)
        return s;
    const AssessmentTemplate *t = m_catalogue->byHash(summary.templateHash);
    if (!t)
        return Status::error(tr("This site does not know the template of the assessment."));
    if (Status s = checkDate(*t, date); !s)
        return s;
    Answers known;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (t->question(it.key()))
            known.insert(it.key(), it.value());
    WriteBatch batch(m_store);
    if (Status s
        = m_store.update(QStringLiteral("assessment"), assessmentId,
                         { { QStringLiteral("assessment_date"), date.toString(Qt::ISODate) } });
        !s)
        return s;
    if (Status s = writeAnswers(assessmentId, summary.caseId, known, draftStatus); !s)
        return s;
    return batch.commit();
}

Result<AssessmentResult> Assessments::compute(const AssessmentTemplate &t, const QUuid &caseId,
                                              const Answers &answers, const QDate &date) const
{
    AssessmentResult result = Scoring::score(t, answers);
    if (t.kind != TemplateKind::MeansTest)
        return result;
    const Answers shown = Scoring::effectiveAnswers(t, answers);
    const MeansTestRules &rules = t.meansTest;
    MeansTestInput input;
    input.applicationDate = date;
    input.periodMonths = rules.periodMonths;
    QHash<QString, QString> names;
    for (const QJsonValue &v : shown.value(rules.householdQuestion).toArray()) {
        const QJsonObject m = v.toObject();
        MemberLine line { m.value(QLatin1String("person")).toString(),
                          m.value(QLatin1String("name")).toString(),
                          m.value(QLatin1String("counted")).toBool(true),
                          m.value(QLatin1String("reason")).toString() };
        names.insert(line.person, line.name);
        input.members << line;
    }
    for (const QJsonValue &v : shown.value(rules.incomesQuestion).toArray()) {
        const QJsonObject i = v.toObject();
        IncomeLine line;
        line.person = i.value(QLatin1String("person")).toString();
        line.name = names.value(line.person, line.person);
        line.kind = i.value(QLatin1String("kind")).toString();
        line.amount = qint64(i.value(QLatin1String("amount")).toDouble());
        input.incomes << line;
    }
    for (const IncomeKind &k : rules.incomeKinds)
        input.kindCounts.insert(k.id, k.counts);
    const AssessmentParameters parameters(m_store);
    const QString region = regionOf(caseId);
    auto valueOf = [&](const char *name, qint64 *target) {
        if (auto p = parameters.inForce(QString::fromLatin1(name), region, date)) {
            *target = p->value;
            result.parameters << parameters.use(*p);
        }
    };
    valueOf("subsistence_minimum", &input.subsistenceMinimum);
    valueOf("poverty_line_share", &input.povertyLineShare);
    if (!rules.housingAreaQuestion.isEmpty() && shown.contains(rules.housingAreaQuestion)) {
        input.housingArea = shown.value(rules.housingAreaQuestion).toDouble();
        valueOf("housing_norm", &input.housingNorm);
    }
    for (const QString &flag : rules.welfareFlags)
        if (shown.value(flag).toBool())
            input.raisedFlags << flag;
    result.isMeansTest = true;
    result.meansTest = MeansTest::compute(input);
    return result;
}

Result<AssessmentResult> Assessments::evaluate(const QUuid &assessmentId, const Answers &answers,
                                               const QDate &date) const
{
    Result<AssessmentRecord> record = load(assessmentId);
    if (!record)
        return record.status();
    const AssessmentTemplate *t = m_catalogue->byHash(record->summary.templateHash);
    if (!t)
        return Status::error(tr("This site does not know the template of the assessment."));
    return compute(*t, record->summary.caseId, answers, date);
}

Result<AssessmentResult> Assessments::complete(const QUuid &assessmentId, const Answers &answers,
                                               const QDate &date)
{
    AssessmentSummary summary;
    if (Status s = checkDraft(assessmentId, &summary); !s)
        return s;
    const AssessmentTemplate *t = m_catalogue->byHash(summary.templateHash);
    if (!t)
        return Status::error(tr("This site does not know the template of the assessment."));
    if (Status s = checkDate(*t, date); !s)
        return s;
    const QMap<QString, QString> problems = Scoring::problems(*t, answers);
    if (!problems.isEmpty()) {
        const Question *first = nullptr;
        for (const Question *q : t->questions())
            if (!first && problems.contains(q->id))
                first = q;
        return Status::error(tr("%n answer(s) need attention before the assessment can be "
                                "completed. First: \"%1\": %2",
                                nullptr, int(problems.size()))
                                 .arg(first->text.text(), problems.value(first->id)));
    }
    const Answers kept = Scoring::effectiveAnswers(*t, answers);
    Result<AssessmentResult> result = compute(*t, summary.caseId, kept, date);
    if (!result)
        return result;
    QJsonObject stored = result->toJson();
    stored.insert(QLatin1String("answers"), answersToJson(kept));
    const MeansTestOutcome outcome = result->meansTest.outcome;
    WriteBatch batch(m_store);
    if (Status s = m_store.update(
            QStringLiteral("assessment"), assessmentId,
            { { QStringLiteral("assessment_date"), date.toString(Qt::ISODate) },
              { QStringLiteral("status"), completedStatus },
              { QStringLiteral("completed_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
              { QStringLiteral("completed_by"), textOrNull(Access::personName(m_store)) },
              { QStringLiteral("level"),
                textOrNull(result->hasLevel ? levelKey(result->level) : QString()) },
              { QStringLiteral("outcome"),
                textOrNull(result->isMeansTest ? outcomeKey(outcome) : QString()) },
              { QStringLiteral("result"),
                QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)) } });
        !s)
        return s;
    if (Status s = writeAnswers(assessmentId, summary.caseId, kept, completedStatus); !s)
        return s;
    if (Status s = batch.commit(); !s)
        return s;
    return result;
}

Status Assessments::discardDraft(const QUuid &assessmentId)
{
    AssessmentSummary summary;
    if (Status s = checkDraft(assessmentId, &summary); !s)
        return s;
    WriteBatch batch(m_store);
    const auto stored = storedAnswers(assessmentId);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (Status s = m_store.remove(QStringLiteral("assessment_answer"), it->first); !s)
            return s;
    if (Status s = m_store.remove(QStringLiteral("assessment"), assessmentId); !s)
        return s;
    return batch.commit();
}

Result<AssessmentRecord> Assessments::load(const QUuid &assessmentId) const
{
    bool deleted = false;
    const QCborMap row = m_store.row(QStringLiteral("assessment"), assessmentId, &deleted);
    if (row.isEmpty() || deleted)
        return Status::error(tr("The assessment does not exist."));
    AssessmentRecord record;
    AssessmentSummary &s = record.summary;
    s.id = assessmentId;
    s.caseId = row.value(QStringLiteral("case_id")).toUuid();
    Result<CaseAccess::Level> level = CaseAccess::readLevel(m_store, s.caseId);
    if (!level)
        return level.status();
    if (level.value() != CaseAccess::Level::Details)
        return Status::error(CaseAccess::restrictedMessage());
    s.templateId = row.value(QStringLiteral("template_id")).toString();
    s.templateVersion = int(row.value(QStringLiteral("template_version")).toInteger());
    s.templateHash = row.value(QStringLiteral("template_hash")).toString();
    const AssessmentTemplate *t = m_catalogue->byHash(s.templateHash);
    s.title = t ? t->title.text() : s.templateId;
    s.date
        = QDate::fromString(row.value(QStringLiteral("assessment_date")).toString(), Qt::ISODate);
    // The result is written only by completion, so an edit from elsewhere that won the status
    // group cannot turn a completed assessment back into a draft.
    s.status = row.value(QStringLiteral("result")).toString().isEmpty()
        ? row.value(QStringLiteral("status")).toString()
        : completedStatus;
    s.authorName = row.value(QStringLiteral("author_name")).toString();
    s.completedBy = row.value(QStringLiteral("completed_by")).toString();
    s.completedAt
        = QDateTime::fromString(row.value(QStringLiteral("completed_at")).toString(), Qt::ISODate);
    const QString levelText = row.value(QStringLiteral("level")).toString();
    s.hasLevel = !levelText.isEmpty();
    s.level = levelFromKey(levelText);
    const QString outcome = row.value(QStringLiteral("outcome")).toString();
    s.isMeansTest = !outcome.isEmpty();
    s.outcome = outcomeFromKey(outcome);

    Statement st = m_store.db().statement(
        "SELECT (SELECT conflict FROM assessments WHERE id=?1) OR EXISTS(SELECT 1 FROM "
        "assessment_answers WHERE assessment_id=?1 AND conflict=1)");
    st.bind(1, assessmentId);
    s.hasConflict = st.step() == Statement::Step::Row && st.int64(0) != 0;
    st.reset();

    QHash<QString, QJsonValue> current;
    const auto stored = storedAnswers(assessmentId);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!it->second.isUndefined() && !it->second.isNull())
            current.insert(it.key(), it->second);
    if (s.isCompleted()) {
        const QJsonObject json
            = QJsonDocument::fromJson(row.value(QStringLiteral("result")).toString().toUtf8())
                  .object();
        record.result = AssessmentResult::fromJson(json);
        record.answers = answersFromJson(json.value(QLatin1String("answers")).toObject());
        bool differs = current.size() != record.answers.size();
        for (auto it = record.answers.cbegin(); !differs && it != record.answers.cend(); ++it)
            differs = current.value(it.key()) != it.value();
        s.editedAfterCompletion = s.hasConflict || differs;
    } else {
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            record.answers.insert(it.key(), it.value());
        if (t && t->kind == TemplateKind::MeansTest) {
            const QString question = t->meansTest.householdQuestion;
            record.answers.insert(
                question,
                mergeHousehold(record.answers.value(question), householdAnswer(s.caseId)));
        }
    }
    return record;
}

QJsonValue Assessments::mergeHousehold(const QJsonValue &answered, const QJsonValue &current)
{
    // The household as the case file has it now, with what the worker said about each member
    // who was already listed: a member added to the case after the draft was started appears,
    // one who left the household goes.
    QHash<QString, QJsonObject> before;
    for (const QJsonValue &v : answered.toArray())
        before.insert(v.toObject().value(QLatin1String("person")).toString(), v.toObject());
    QJsonArray merged;
    for (const QJsonValue &v : current.toArray()) {
        QJsonObject member = v.toObject();
        const QString person = member.value(QLatin1String("person")).toString();
        if (const auto it = before.constFind(person); it != before.cend()) {
            member.insert(QLatin1String("counted"), it->value(QLatin1String("counted")));
            member.insert(QLatin1String("reason"), it->value(QLatin1String("reason")));
        }
        merged.append(member);
    }
    return merged;
}

QList<AssessmentSummary> Assessments::forCase(const QUuid &caseId) const
{
    QList<AssessmentSummary> list;
    Result<CaseAccess::Level> level = CaseAccess::readLevel(m_store, caseId);
    if (!level || level.value() != CaseAccess::Level::Details)
        return list;
    QList<QUuid> ids;
    Statement st
        = m_store.db().statement("SELECT id FROM assessments WHERE case_id=? AND deleted=0 "
                                 "ORDER BY assessment_date DESC, rid DESC");
    st.bind(1, caseId);
    while (st.step() == Statement::Step::Row)
        ids << st.uuid(0);
    st.reset();
    for (const QUuid &id : std::as_const(ids))
        if (Result<AssessmentRecord> r = load(id))
            list << r->summary;
    return list;
}

std::optional<QUuid> Assessments::previous(const QUuid &assessmentId) const
{
    Result<AssessmentRecord> record = load(assessmentId);
    if (!record)
        return std::nullopt;
    const QList<AssessmentSummary> all = forCase(record->summary.caseId);
    bool after = false;
    for (const AssessmentSummary &s : all) {
        if (s.id == assessmentId) {
            after = true;
            continue;
        }
        if (after && s.isCompleted() && s.templateId == record->summary.templateId)
            return s.id;
    }
    return std::nullopt;
}

QList<ComparisonRow> Assessments::compare(const AssessmentTemplate &t,
                                          const AssessmentResult &before,
                                          const AssessmentResult &after)
{
    using Change = ComparisonRow::Change;
    QList<ComparisonRow> rows;
    auto byOrder = [](auto a, auto b) {
        return a < b ? Change::Better : a > b ? Change::Worse : Change::Same;
    };
    for (const Domain &d : t.domains) {
        const DomainScore *a = before.domain(d.id);
        const DomainScore *b = after.domain(d.id);
        if (!a || !b)
            continue;
        rows.append({ d.title.text(), tr("%1 (%2)").arg(a->score).arg(levelText(a->level)),
                      tr("%1 (%2)").arg(b->score).arg(levelText(b->level)),
                      byOrder(b->score, a->score) });
    }
    if (before.hasLevel && after.hasLevel)
        rows.append({ tr("Overall level"), levelText(before.level), levelText(after.level),
                      byOrder(int(after.level), int(before.level)) });
    if (before.isMeansTest && after.isMeansTest) {
        const MeansTestFigures &a = before.meansTest;
        const MeansTestFigures &b = after.meansTest;
        rows.append({ tr("Per-capita income per month"), moneyText(a.perCapitaMonthly),
                      moneyText(b.perCapitaMonthly),
                      byOrder(a.perCapitaMonthly, b.perCapitaMonthly) });
        rows.append({ tr("Poverty line"), moneyText(a.povertyLine), moneyText(b.povertyLine),
                      Change::Same });
        rows.append({ tr("Result"), outcomeText(a.outcome), outcomeText(b.outcome),
                      a.outcome == b.outcome ? Change::Same
                                             : byOrder(a.perCapitaMonthly, b.perCapitaMonthly) });
    }
    for (const Need &n : t.needs) {
        const bool was = before.needs.contains(n.id);
        const bool is = after.needs.contains(n.id);
        if (was && !is)
            rows.append({ n.text.text(), tr("needed"), tr("no longer needed"), Change::Gone });
        else if (!was && is)
            rows.append({ n.text.text(), tr("not needed"), tr("needed"), Change::New });
        else if (was && is)
            rows.append({ n.text.text(), tr("needed"), tr("needed"), Change::Same });
    }
    return rows;
}

QJsonValue Assessments::householdAnswer(const QUuid &caseId) const
{
    QJsonArray members;
    Result<CaseFileData> file = CaseFiles(m_store).load(caseId);
    if (!file)
        return members;
    members.append(
        QJsonObject { { QLatin1String("person"), file->client.id.toString(QUuid::WithoutBraces) },
                      { QLatin1String("name"), file->client.fullName() },
                      { QLatin1String("relationship"), QStringLiteral("self") },
                      { QLatin1String("counted"), true },
                      { QLatin1String("reason"), QString() } });
    for (const HouseholdMember &m : file->household) {
        if (m.person.id == file->client.id)
            continue;
        members.append(
            QJsonObject { { QLatin1String("person"), m.person.id.toString(QUuid::WithoutBraces) },
                          { QLatin1String("name"), m.person.fullName() },
                          { QLatin1String("relationship"), m.relationship },
                          { QLatin1String("counted"), true },
                          { QLatin1String("reason"), QString() } });
    }
    return members;
}

QString Assessments::regionOf(const QUuid &caseId) const
{
    Statement st = m_store.db().statement(
        "SELECT p.address_region FROM cases c JOIN persons p ON p.id=c.client_id WHERE c.id=?");
    st.bind(1, caseId);
    const QString region = st.step() == Statement::Step::Row ? st.text(0) : QString();
    st.reset();
    return region;
}

bool Assessments::isEditAfterCompletion(const RecordStore &store, const QString &entity,
                                        const QUuid &rowId)
{
    QUuid assessment = rowId;
    if (entity == QLatin1String("assessment_answer"))
        assessment = store.row(entity, rowId).value(QStringLiteral("assessment_id")).toUuid();
    else if (entity != QLatin1String("assessment"))
        return false;
    return !store.row(QStringLiteral("assessment"), assessment)
                .value(QStringLiteral("result"))
                .toString()
                .isEmpty();
}

} // namespace casedesk
