#include "fieldlabels.h"

#include "assessmentparameters.h"
#include "assessmentresult.h"
#include "partialdate.h"
#include "plans.h"
#include "planvocabulary.h"
#include "referrals.h"
#include "socialcontracts.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace casedesk {

QString FieldLabels::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("assessment"), QT_TR_NOOP("Assessment") },
        { QStringLiteral("assessment_answer"), QT_TR_NOOP("Assessment answer") },
        { QStringLiteral("assessment_template"), QT_TR_NOOP("Assessment template") },
        { QStringLiteral("assessment_parameter"), QT_TR_NOOP("Means-test parameter") },
        { QStringLiteral("case"), QT_TR_NOOP("Case") },
        { QStringLiteral("case_category"), QT_TR_NOOP("Category") },
        { QStringLiteral("document"), QT_TR_NOOP("Document") },
        { QStringLiteral("household"), QT_TR_NOOP("Household") },
        { QStringLiteral("household_member"), QT_TR_NOOP("Household member") },
        { QStringLiteral("interaction"), QT_TR_NOOP("Interaction") },
        { QStringLiteral("person"), QT_TR_NOOP("Person") },
        { QStringLiteral("phone"), QT_TR_NOOP("Phone") },
        { QStringLiteral("site"), QT_TR_NOOP("Site") },
        { QStringLiteral("plan"), QT_TR_NOOP("Plan") },
        { QStringLiteral("plan_goal"), QT_TR_NOOP("Plan goal") },
        { QStringLiteral("plan_action"), QT_TR_NOOP("Plan action") },
        { QStringLiteral("plan_review"), QT_TR_NOOP("Plan review") },
        { QStringLiteral("contract_obligation"), QT_TR_NOOP("Contract obligation") },
        { QStringLiteral("contract_assistance"), QT_TR_NOOP("Contract assistance") },
        { QStringLiteral("contract_compliance"), QT_TR_NOOP("Monthly compliance") },
        { QStringLiteral("agency"), QT_TR_NOOP("Agency") },
        { QStringLiteral("referral"), QT_TR_NOOP("Referral") },
        { QStringLiteral("visit"), QT_TR_NOOP("Visit") },
        { QStringLiteral("case_share"), QT_TR_NOOP("Sharing") },
        { QStringLiteral("consent_override"), QT_TR_NOOP("Consent override") },
        { QStringLiteral("conference"), QT_TR_NOOP("Case conference") },
        { QStringLiteral("conference_participant"), QT_TR_NOOP("Conference participant") },
        { QStringLiteral("conference_case"), QT_TR_NOOP("Case discussed") },
        { QStringLiteral("conference_decision"), QT_TR_NOOP("Conference decision") },
        { QStringLiteral("conference_followup"), QT_TR_NOOP("Follow-up action") },
        { QStringLiteral("conference_document"), QT_TR_NOOP("Conference document") },
        { QStringLiteral("conference_approval"), QT_TR_NOOP("Approval of minutes") },
        { QStringLiteral("partner_specialist"), QT_TR_NOOP("Partner specialist") },
    };
    const char *label = labels.value(entity);
    return label ? tr(label) : entity;
}

QString FieldLabels::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("case_number"), QT_TR_NOOP("Case number") },
        { QStringLiteral("assigned_worker"), QT_TR_NOOP("Assigned worker") },
        { QStringLiteral("opened_date"), QT_TR_NOOP("Opened") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("closed_date"), QT_TR_NOOP("Closed") },
        { QStringLiteral("closure_reason"), QT_TR_NOOP("Closure reason") },
        { QStringLiteral("outcome"), QT_TR_NOOP("Outcome") },
        { QStringLiteral("consent_given"), QT_TR_NOOP("Consent given") },
        { QStringLiteral("consent_date"), QT_TR_NOOP("Consent date") },
        { QStringLiteral("consent_scope"), QT_TR_NOOP("Consent scope") },
        { QStringLiteral("category"), QT_TR_NOOP("Category") },
        { QStringLiteral("file_name"), QT_TR_NOOP("File name") },
        { QStringLiteral("mime_type"), QT_TR_NOOP("File type") },
        { QStringLiteral("size_bytes"), QT_TR_NOOP("Size") },
        { QStringLiteral("added_at"), QT_TR_NOOP("Added") },
        { QStringLiteral("note"), QT_TR_NOOP("Note") },
        { QStringLiteral("relationship"), QT_TR_NOOP("Relationship") },
        { QStringLiteral("occurred_at"), QT_TR_NOOP("Date and time") },
        { QStringLiteral("interaction_kind"), QT_TR_NOOP("Kind") },
        { QStringLiteral("worker"), QT_TR_NOOP("Worker") },
        { QStringLiteral("family_name"), QT_TR_NOOP("Family name") },
        { QStringLiteral("given_name"), QT_TR_NOOP("Given name") },
        { QStringLiteral("patronymic"), QT_TR_NOOP("Patronymic") },
        { QStringLiteral("birth_date"), QT_TR_NOOP("Birth date") },
        { QStringLiteral("sex"), QT_TR_NOOP("Sex") },
        { QStringLiteral("citizenship"), QT_TR_NOOP("Citizenship") },
        { QStringLiteral("id_type"), QT_TR_NOOP("ID document") },
        { QStringLiteral("id_number"), QT_TR_NOOP("ID number") },
        { QStringLiteral("address_region"), QT_TR_NOOP("Region") },
        { QStringLiteral("address_locality"), QT_TR_NOOP("Locality") },
        { QStringLiteral("address_street"), QT_TR_NOOP("Street and house") },
        { QStringLiteral("languages"), QT_TR_NOOP("Languages") },
        { QStringLiteral("number"), QT_TR_NOOP("Phone number") },
        { QStringLiteral("phone_kind"), QT_TR_NOOP("Phone kind") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("code"), QT_TR_NOOP("Code") },
        { QStringLiteral("kind"), QT_TR_NOOP("Kind") },
        { QStringLiteral("template_id"), QT_TR_NOOP("Template") },
        { QStringLiteral("template_version"), QT_TR_NOOP("Template version") },
        { QStringLiteral("template_hash"), QT_TR_NOOP("Template fingerprint") },
        { QStringLiteral("assessment_date"), QT_TR_NOOP("Assessment date") },
        { QStringLiteral("author_name"), QT_TR_NOOP("Started by") },
        { QStringLiteral("author_user"), QT_TR_NOOP("Started by (account)") },
        { QStringLiteral("completed_at"), QT_TR_NOOP("Completed") },
        { QStringLiteral("completed_by"), QT_TR_NOOP("Completed by") },
        { QStringLiteral("level"), QT_TR_NOOP("Level") },
        { QStringLiteral("result"), QT_TR_NOOP("Result") },
        { QStringLiteral("assessment_id"), QT_TR_NOOP("Assessment") },
        { QStringLiteral("question_id"), QT_TR_NOOP("Question") },
        { QStringLiteral("value"), QT_TR_NOOP("Value") },
        { QStringLiteral("answer_status"), QT_TR_NOOP("Answer status") },
        { QStringLiteral("effective_from"), QT_TR_NOOP("In force from") },
        { QStringLiteral("content_hash"), QT_TR_NOOP("Content fingerprint") },
        { QStringLiteral("content"), QT_TR_NOOP("Content") },
        { QStringLiteral("region"), QT_TR_NOOP("Region") },
        { QStringLiteral("closing_notes"), QT_TR_NOOP("Closing notes") },
        { QStringLiteral("closed_by"), QT_TR_NOOP("Closed by") },
        { QStringLiteral("reopened_date"), QT_TR_NOOP("Reopened") },
        { QStringLiteral("reopen_reason"), QT_TR_NOOP("Reason for reopening") },
        { QStringLiteral("management_model"), QT_TR_NOOP("Case management") },
        { QStringLiteral("start_date"), QT_TR_NOOP("Start") },
        { QStringLiteral("end_date"), QT_TR_NOOP("End") },
        { QStringLiteral("signed_off_by"), QT_TR_NOOP("Signed off by") },
        { QStringLiteral("signed_off_at"), QT_TR_NOOP("Signed off") },
        { QStringLiteral("text"), QT_TR_NOOP("Text") },
        { QStringLiteral("need"), QT_TR_NOOP("Need") },
        { QStringLiteral("description"), QT_TR_NOOP("Description") },
        { QStringLiteral("agency"), QT_TR_NOOP("Responsible agency") },
        { QStringLiteral("person"), QT_TR_NOOP("Responsible person") },
        { QStringLiteral("due_date"), QT_TR_NOOP("Due") },
        { QStringLiteral("outcome_note"), QT_TR_NOOP("Outcome note") },
        { QStringLiteral("done_date"), QT_TR_NOOP("Done on") },
        { QStringLiteral("review_date"), QT_TR_NOOP("Review date") },
        { QStringLiteral("author"), QT_TR_NOOP("Author") },
        { QStringLiteral("side"), QT_TR_NOOP("Side") },
        { QStringLiteral("monthly_amount"), QT_TR_NOOP("Monthly amount") },
        { QStringLiteral("conditions"), QT_TR_NOOP("Conditions") },
        { QStringLiteral("month"), QT_TR_NOOP("Month") },
        { QStringLiteral("kept"), QT_TR_NOOP("Kept") },
        { QStringLiteral("consequence"), QT_TR_NOOP("Consequence") },
        { QStringLiteral("reason"), QT_TR_NOOP("Reason") },
        { QStringLiteral("agency_name"), QT_TR_NOOP("Agency") },
        { QStringLiteral("documents"), QT_TR_NOOP("Documents sent") },
        { QStringLiteral("sent_date"), QT_TR_NOOP("Sent") },
        { QStringLiteral("deadline"), QT_TR_NOOP("Deadline") },
        { QStringLiteral("status_date"), QT_TR_NOOP("Status date") },
        { QStringLiteral("status_reason"), QT_TR_NOOP("Status reason") },
        { QStringLiteral("feedback"), QT_TR_NOOP("Feedback") },
        { QStringLiteral("visit_date"), QT_TR_NOOP("Visit date") },
        { QStringLiteral("visit_time"), QT_TR_NOOP("Visit time") },
        { QStringLiteral("visit_kind"), QT_TR_NOOP("Visit kind") },
        { QStringLiteral("purpose"), QT_TR_NOOP("Purpose") },
        { QStringLiteral("repeat_months"), QT_TR_NOOP("Repeats every (months)") },
        { QStringLiteral("conference_date"), QT_TR_NOOP("Conference date") },
        { QStringLiteral("conference_time"), QT_TR_NOOP("Conference time") },
        { QStringLiteral("place"), QT_TR_NOOP("Place") },
        { QStringLiteral("chair"), QT_TR_NOOP("Chair") },
        { QStringLiteral("secretary"), QT_TR_NOOP("Secretary") },
        { QStringLiteral("title"), QT_TR_NOOP("Subject") },
        { QStringLiteral("revision"), QT_TR_NOOP("Revision") },
        { QStringLiteral("correction_note"), QT_TR_NOOP("Correction") },
        { QStringLiteral("role"), QT_TR_NOOP("Role") },
        { QStringLiteral("attendance"), QT_TR_NOOP("Attendance") },
        { QStringLiteral("approved_rev"), QT_TR_NOOP("Approved revision") },
        { QStringLiteral("position"), QT_TR_NOOP("Order on the agenda") },
        { QStringLiteral("situation"), QT_TR_NOOP("Socio-economic situation") },
        { QStringLiteral("benefits"), QT_TR_NOOP("Benefits already received") },
        { QStringLiteral("services"), QT_TR_NOOP("Services already offered") },
        { QStringLiteral("risks"), QT_TR_NOOP("Risk factors") },
        { QStringLiteral("needs"), QT_TR_NOOP("Needs") },
        { QStringLiteral("what"), QT_TR_NOOP("Follow-up action") },
        { QStringLiteral("who"), QT_TR_NOOP("Responsible person") },
        { QStringLiteral("plan_action_id"), QT_TR_NOOP("Plan action") },
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

bool FieldLabels::isShownInHistory(const QString &field)
{
    // Which question an answer belongs to is worth reading, unlike links between rows. Content
    // hashes, account ids, a template's text, a stored result (JSON) and the draft/completed mark
    // completion writes on every answer mean nothing to a reader; the assessment shows them.
    static const QSet<QString> hidden = {
        QStringLiteral("sha256"),        QStringLiteral("template_hash"),
        QStringLiteral("content_hash"),  QStringLiteral("content"),
        QStringLiteral("result"),        QStringLiteral("author_user"),
        QStringLiteral("answer_status"), QStringLiteral("closure_seen"),
        QStringLiteral("before"),
    };
    if (field == QLatin1String("question_id") || field == QLatin1String("template_id"))
        return true;
    return !field.endsWith(QLatin1String("_id")) && !hidden.contains(field);
}

namespace {

// An answer as stored: its JSON value wrapped in an array (see Assessments).
QString answerText(const QString &stored)
{
    const QJsonValue v = QJsonDocument::fromJson(stored.toUtf8()).array().at(0);
    if (v.isBool())
        return v.toBool() ? FieldLabels::tr("yes") : FieldLabels::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            if (item.isObject())
                //: a household member or an income in an answer, shown in the history
                return FieldLabels::tr("%n row(s)", nullptr, int(v.toArray().size()));
            items << item.toVariant().toString();
        }
        return items.join(QStringLiteral(", "));
    }
    return stored;
}

QString assessmentValueText(const QString &entity, const QString &field, const QString &text,
                            bool *handled)
{
    *handled = true;
    if (field == QLatin1String("status") || field == QLatin1String("answer_status")) {
        if (text == QLatin1String("draft"))
            return FieldLabels::tr("draft");
        if (text == QLatin1String("completed"))
            return FieldLabels::tr("completed");
    }
    if (field == QLatin1String("level") && !text.isEmpty())
        return levelText(levelFromKey(text));
    if (field == QLatin1String("outcome") && !text.isEmpty())
        return outcomeText(outcomeFromKey(text));
    if (entity == QLatin1String("assessment_answer") && field == QLatin1String("value")
        && !text.isEmpty())
        return answerText(text);
    if (field == QLatin1String("name"))
        return AssessmentParameters::nameText(text);
    if (field == QLatin1String("effective_from"))
        return displayDate(QDate::fromString(text, Qt::ISODate));
    if (field == QLatin1String("completed_at"))
        return displayDateTime(QDateTime::fromString(text, Qt::ISODate).toLocalTime());
    *handled = false;
    return text;
}

QString labelOr(const Vocabulary::Items &items, const QString &code)
{
    const QString label = Vocabulary::label(items, code);
    return label.isEmpty() ? code : label;
}

// Plans, social contracts, referrals, visits and closure keep codes; the history shows labels.
QString planValueText(const QString &entity, const QString &field, const QCborValue &value,
                      const QString &text, bool *handled)
{
    *handled = true;
    if (field == QLatin1String("status")) {
        if (entity == QLatin1String("plan_action")) {
            ActionStatus status;
            return actionStatusFromKey(text, &status) ? actionStatusText(status) : text;
        }
        if (entity == QLatin1String("referral")) {
            ReferralStatus status;
            return referralStatusFromKey(text, &status) ? referralStatusText(status) : text;
        }
        if (entity == QLatin1String("plan"))
            return labelOr(PlanVocabulary::planStatuses(), text);
        if (entity == QLatin1String("visit"))
            return labelOr(PlanVocabulary::visitStatuses(), text);
    }
    if (field == QLatin1String("kind")) {
        if (entity == QLatin1String("plan_action"))
            return labelOr(PlanVocabulary::actionKinds(), text);
        if (entity == QLatin1String("plan"))
            return labelOr(PlanVocabulary::planKinds(), text);
        if (entity == QLatin1String("agency"))
            return labelOr(PlanVocabulary::agencyKinds(), text);
    }
    if (field == QLatin1String("closure_reason"))
        return labelOr(PlanVocabulary::closureReasons(), text);
    if (field == QLatin1String("outcome") && entity == QLatin1String("case"))
        return labelOr(PlanVocabulary::closureOutcomes(), text);
    if (field == QLatin1String("management_model"))
        return labelOr(PlanVocabulary::managementModels(), text);
    if (field == QLatin1String("visit_kind"))
        return labelOr(PlanVocabulary::visitKinds(), text);
    if (field == QLatin1String("consequence")) {
        Consequence consequence;
        return consequenceFromKey(text, &consequence) ? consequenceText(consequence) : text;
    }
    if (field == QLatin1String("side"))
        return text == QLatin1String("client") ? FieldLabels::tr("client")
                                               : FieldLabels::tr("agency");
    if (field == QLatin1String("monthly_amount"))
        return QLocale().toString(double(value.toInteger()) / 100.0, 'f', 2);
    if (field == QLatin1String("month"))
        return QLocale().toString(QDate::fromString(text, Qt::ISODate),
                                  QStringLiteral("LLLL yyyy"));
    if (field == QLatin1String("deadline"))
        return displayDate(QDate::fromString(text, Qt::ISODate));
    *handled = false;
    return text;
}

} // namespace

QString FieldLabels::valueText(const QString &entity, const QString &field, const QCborValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.isInteger() ? QString::number(value.toInteger()) : value.toString();
    if (entity.startsWith(QLatin1String("assessment"))) {
        bool handled = false;
        const QString shown = assessmentValueText(entity, field, text, &handled);
        if (handled)
            return shown;
    }
    bool handled = false;
    const QString planValue = planValueText(entity, field, value, text, &handled);
    if (handled)
        return planValue;
    if (field == QLatin1String("category"))
        return Vocabulary::label(Vocabulary::categories(), text);
    if (field == QLatin1String("interaction_kind"))
        return Vocabulary::label(Vocabulary::interactionKinds(), text);
    if (field == QLatin1String("status"))
        return Vocabulary::label(Vocabulary::caseStatuses(), text);
    if (field == QLatin1String("id_type"))
        return Vocabulary::label(Vocabulary::idDocumentTypes(), text);
    if (field == QLatin1String("relationship"))
        return Vocabulary::label(Vocabulary::relationships(), text);
    if (field == QLatin1String("sex"))
        return Vocabulary::label(Vocabulary::sexes(), text);
    if (field == QLatin1String("phone_kind"))
        return Vocabulary::label(Vocabulary::phoneKinds(), text);
    if (field == QLatin1String("birth_date")) {
        const auto d = PartialDate::parse(text, QDate(9999, 12, 31));
        return d ? d->toDisplay() : text;
    }
    if (field.endsWith(QLatin1String("_date")))
        return displayDate(QDate::fromString(text, Qt::ISODate));
    if (field == QLatin1String("occurred_at") || field == QLatin1String("added_at"))
        return displayDateTime(QDateTime::fromString(text, Qt::ISODate).toLocalTime());
    if (field == QLatin1String("size_bytes"))
        return QLocale().formattedDataSize(value.toInteger());
    return text;
}

} // namespace casedesk
