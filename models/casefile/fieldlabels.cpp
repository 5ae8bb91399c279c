#include "fieldlabels.h"

#include "assessmentparameters.h"
#include "assessmentresult.h"
#include "partialdate.h"
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
        QStringLiteral("answer_status"),
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
