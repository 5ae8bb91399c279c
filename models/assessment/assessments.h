#pragma once

#include "assessmentresult.h"
#include "assessmenttemplate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace casedesk {

class RecordStore;
class TemplateCatalogue;

struct AssessmentSummary
{
    QUuid id;
    QUuid caseId;
    QString templateId;
    int templateVersion = 0;
    QString templateHash;
    QString title; // the template's title in the UI language
    QDate date;
    QString status; // "draft" or "completed"
    bool hasLevel = false;
    Level level = Level::None;
    bool isMeansTest = false;
    MeansTestOutcome outcome = MeansTestOutcome::CannotCompute;
    QString authorName;
    QString completedBy;
    QDateTime completedAt;
    bool hasConflict = false;
    // An answer was changed at another site after completion (a conflict, or an answer that
    // differs from those the result was computed with); the result stays as it was.
    bool editedAfterCompletion = false;

    bool isCompleted() const { return status == QLatin1String("completed"); }
};

struct AssessmentRecord
{
    AssessmentSummary summary;
    Answers answers; // draft: the current answers; completed: those the result was computed with
    AssessmentResult result; // completed only
};

// How a domain, the level or the means test moved between two completed assessments.
struct ComparisonRow
{
    enum class Change { Better, Worse, Same, New, Gone };
    QString label;
    QString before;
    QString after;
    Change change = Change::Same;
};

// Needs assessments of a case: start from a template, save answers as a draft, complete (the
// result is computed once and kept), compare with the previous one. Answers are rows of their
// own, so two workers filling different questions merge; completion writes every answer again,
// so an edit made elsewhere without seeing it becomes a conflict.
class Assessments
{
    Q_DECLARE_TR_FUNCTIONS(Assessments)

public:
    explicit Assessments(RecordStore &store);
    ~Assessments();

    // Owned by this object: keep the Assessments alive while using templates from it.
    const TemplateCatalogue &catalogue() const { return *m_catalogue; }

    Result<QUuid> start(const QUuid &caseId, const QString &templateHash, const QDate &date);
    // Replaces the draft's answers (absent ids are cleared) and its date.
    Status saveDraft(const QUuid &assessmentId, const Answers &answers, const QDate &date);
    // What completing would give now, without saving.
    Result<AssessmentResult> evaluate(const QUuid &assessmentId, const Answers &answers,
                                      const QDate &date) const;
    // Saves, validates every answer, computes the result and makes the assessment read-only.
    Result<AssessmentResult> complete(const QUuid &assessmentId, const Answers &answers,
                                      const QDate &date);
    // A draft may be thrown away; a completed assessment may not.
    Status discardDraft(const QUuid &assessmentId);

    Result<AssessmentRecord> load(const QUuid &assessmentId) const;
    // Newest first.
    QList<AssessmentSummary> forCase(const QUuid &caseId) const;
    // The completed assessment of the same case and template before this one, if any.
    std::optional<QUuid> previous(const QUuid &assessmentId) const;
    static QList<ComparisonRow> compare(const AssessmentTemplate &t, const AssessmentResult &before,
                                        const AssessmentResult &after);

    // Household members of the case, for a means test's household question.
    QJsonValue householdAnswer(const QUuid &caseId) const;
    // The household answer of a draft brought up to date with the case file's household,
    // keeping the counted marks and reasons of members already listed.
    static QJsonValue mergeHousehold(const QJsonValue &answered, const QJsonValue &current);
    // The region used for parameters: the client's address region.
    QString regionOf(const QUuid &caseId) const;

    // Whether a conflict on this row is an edit of a completed assessment.
    static bool isEditAfterCompletion(const RecordStore &store, const QString &entity,
                                      const QUuid &rowId);

private:
    Result<AssessmentResult> compute(const AssessmentTemplate &t, const QUuid &caseId,
                                     const Answers &answers, const QDate &date) const;
    Status checkDraft(const QUuid &assessmentId, AssessmentSummary *summary) const;
    // Not in the future, and not before the template version is in force.
    static Status checkDate(const AssessmentTemplate &t, const QDate &date);
    Status writeAnswers(const QUuid &assessmentId, const QUuid &caseId, const Answers &answers,
                        const QString &answerStatus);
    QHash<QString, QPair<QUuid, QJsonValue>> storedAnswers(const QUuid &assessmentId) const;

    RecordStore &m_store;
    std::unique_ptr<TemplateCatalogue> m_catalogue;
};

} // namespace casedesk
