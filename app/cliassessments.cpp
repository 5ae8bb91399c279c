// casedesk-cli commands for needs assessments: templates, means-test parameters, assessments
// driven headless, and printing documents to PDF.
#include "cli.h"
#include "cliargs.h"

#include "assessmentparameters.h"
#include "assessmentreport.h"
#include "assessments.h"
#include "casesummary.h"
#include "conferenceminutes.h"
#include "conferences.h"
#include "meanstest.h"
#include "planreport.h"
#include "recordstore.h"
#include "referralletter.h"
#include "reportprinter.h"
#include "scoring.h"
#include "templatecatalogue.h"
#include "translator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk {

namespace {

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

// The values of every --NAME option, in order (Args keeps only the last of a repeated one).
QStringList repeated(const QStringList &list, const QString &name)
{
    QStringList values;
    for (int i = 0; i + 1 < list.size(); ++i)
        if (list.at(i) == name)
            values << list.at(++i);
    return values;
}

// QUESTION=VALUE: the value as JSON (yes/no answers are true or false, money in minor units);
// a bare word that is not JSON is taken as text, and nothing after "=" clears the answer.
Result<QPair<QString, QJsonValue>> parseAnswer(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Status::error(Cli::tr("--set needs QUESTION=JSON, not %1.").arg(text));
    const QString question = text.left(equals).trimmed();
    const QString value = text.mid(equals + 1);
    if (value.trimmed().isEmpty())
        return qMakePair(question, QJsonValue());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + value.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        return qMakePair(question, QJsonValue(value));
    return qMakePair(question, doc.array().at(0));
}

Result<QDate> parseDate(const QString &text, const QDate &otherwise)
{
    if (text.isEmpty())
        return otherwise;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Status::error(Cli::tr("%1 is not a date; write it as YYYY-MM-DD.").arg(text));
    return date;
}

Result<QUuid> parseId(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return Status::error(Cli::tr("%1 is not a record id.").arg(text));
    return id;
}

QString levelLine(const AssessmentResult &result)
{
    if (result.isMeansTest)
        return outcomeText(result.meansTest.outcome);
    if (result.hasLevel)
        return Cli::tr("%1 (total score %2)").arg(levelText(result.level)).arg(result.total);
    return Cli::tr("completed");
}

using DocumentBuilder = Result<ReportDocument> (*)(RecordStore &, const QUuid &, bool redacted);

// The documents `print` knows, by the name given to --document; only those that say so can leave
// out what identifies a person (--redacted).
struct DocumentKind
{
    QString name;
    DocumentBuilder build;
    bool redacts = false;
};

const QList<DocumentKind> &documentKinds()
{
    static const QList<DocumentKind> kinds = {
        { QStringLiteral("assessment"),
          [](RecordStore &s, const QUuid &id, bool) {
              return AssessmentReport::build(s, id);
          } },
        { QStringLiteral("plan"),
          [](RecordStore &s, const QUuid &id, bool) {
              return PlanReport::build(s, id);
          } },
        { QStringLiteral("referral"),
          [](RecordStore &s, const QUuid &id, bool) {
              return ReferralLetter::build(s, id);
          } },
        { QStringLiteral("summary"), &CaseSummary::build, true },
        { QStringLiteral("minutes"), &ConferenceMinutes::document, true },
    };
    return kinds;
}

Result<ReportDocument> buildDocument(RecordStore &store, const QString &kind, const QString &id,
                                     bool redacted)
{
    for (const DocumentKind &k : documentKinds()) {
        if (k.name != kind)
            continue;
        if (redacted && !k.redacts)
            return Status::error(
                Cli::tr("--redacted is for the case summary and the minutes only."));
        const Result<QUuid> uuid = parseId(id);
        if (!uuid)
            return uuid.status();
        return k.build(store, uuid.value(), redacted);
    }
    QStringList known;
    for (const DocumentKind &k : documentKinds())
        known << k.name;
    return Status::error(
        Cli::tr("unknown document %1; known: %2").arg(kind, known.join(QStringLiteral(", "))));
}

} // namespace

int Cli::templates(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    for (const AssessmentTemplate &t : TemplateCatalogue(*store.value()).all())
        m_out << t.id << '\t' << t.version << '\t' << t.effectiveFrom.toString(Qt::ISODate) << '\t'
              << t.hash.left(12) << '\t' << t.title.text() << '\n';
    return 0;
}

int Cli::templateCommand(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 3 || args.positional.first() != QLatin1String("add"))
        return usage();
    QFile file(args.positional.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.read(4 << 20);
    auto store = openFor(args.positional.at(1), args, Database::Mode::ReadWrite,
                         Operation::ManageReferenceData);
    if (!store)
        return fail(store.message());
    const Result<QString> hash = TemplateCatalogue::issue(*store.value(), json);
    if (!hash)
        return fail(hash.message());
    m_out << hash.value() << Qt::endl;
    return 0;
}

int Cli::parameter(const QStringList &list)
{
    const Args args = Args::parse(list);
    const QString action = args.positional.value(0);
    if (args.positional.size() != 2)
        return usage();
    const QString path = args.positional.at(1);
    if (action == QLatin1String("list")) {
        auto store = openStore(path, args, Database::Mode::ReadOnly);
        if (!store)
            return fail(store.message());
        for (const ParameterValue &p : AssessmentParameters(*store.value()).all())
            m_out << p.name << '\t' << (p.region.isEmpty() ? tr("(all)") : p.region) << '\t'
                  << p.effectiveFrom.toString(Qt::ISODate) << '\t' << p.value << '\t'
                  << (p.id.isNull() ? tr("shipped") : tr("central desk")) << '\n';
        return 0;
    }
    if (action != QLatin1String("set") || args.option("name").isEmpty())
        return usage();
    bool ok = false;
    ParameterValue value;
    value.name = args.option("name");
    value.value = args.option("value").toLongLong(&ok);
    if (!ok)
        return fail(tr("--value needs a whole number (money in minor units, a share in per "
                       "mille)."));
    const Result<QDate> from = parseDate(args.option("from"), QDate());
    if (!from)
        return fail(from.message());
    value.effectiveFrom = from.value();
    value.region = args.option("region");
    value.note = args.option("note");
    auto store = openFor(path, args, Database::Mode::ReadWrite, Operation::ManageReferenceData);
    if (!store)
        return fail(store.message());
    const Result<QUuid> id = AssessmentParameters::set(*store.value(), value);
    if (!id)
        return fail(id.message());
    m_out << id->toString(QUuid::WithoutBraces) << Qt::endl;
    return 0;
}

int Cli::assessment(const QStringList &list)
{
    const Args args = Args::parse(list);
    const QString action = args.positional.value(0);
    if (action == QLatin1String("start") && args.positional.size() == 2)
        return startAssessment(args);
    if (args.positional.size() != 3)
        return usage();
    const Result<QUuid> id = parseId(args.positional.at(2));
    if (!id)
        return fail(id.message());
    if (action == QLatin1String("answer"))
        return answerAssessment(args, id.value(), repeated(list, QStringLiteral("--set")));
    if (action == QLatin1String("complete"))
        return completeAssessment(args, id.value());
    if (action == QLatin1String("show"))
        return showAssessment(args, id.value());
    return usage();
}

int Cli::startAssessment(const Args &args)
{
    if (args.option("case").isEmpty() || args.option("template").isEmpty())
        return usage();
    const Result<QDate> date = parseDate(args.option("date"), QDate::currentDate());
    if (!date)
        return fail(date.message());
    auto store
        = openFor(args.positional.at(1), args, Database::Mode::ReadWrite, Operation::EditCases);
    if (!store)
        return fail(store.message());
    const Result<QUuid> caseId = findCase(*store.value(), args.option("case"));
    if (!caseId)
        return fail(caseId.message());
    Assessments assessments(*store.value());
    const QString templateId = args.option("template");
    const AssessmentTemplate *t = assessments.catalogue().current(templateId, date.value());
    if (!t)
        return fail(tr("No version of the template %1 is in force on %2; see casedesk-cli "
                       "templates.")
                        .arg(templateId, date->toString(Qt::ISODate)));
    const Result<QUuid> id = assessments.start(caseId.value(), t->hash, date.value());
    if (!id)
        return fail(id.message());
    m_out << id->toString(QUuid::WithoutBraces) << Qt::endl;
    return 0;
}

int Cli::answerAssessment(const Args &args, const QUuid &id, const QStringList &sets)
{
    if (sets.isEmpty())
        return usage();
    auto store
        = openFor(args.positional.at(1), args, Database::Mode::ReadWrite, Operation::EditCases);
    if (!store)
        return fail(store.message());
    Assessments assessments(*store.value());
    Result<AssessmentRecord> record = assessments.load(id);
    if (!record)
        return fail(record.message());
    const AssessmentTemplate *t = assessments.catalogue().byHash(record->summary.templateHash);
    if (!t)
        return fail(tr("This site does not know the template of the assessment."));
    Answers answers = record->answers;
    for (const QString &set : sets) {
        const auto answer = parseAnswer(set);
        if (!answer)
            return fail(answer.message());
        const Question *q = t->question(answer->first);
        if (!q)
            return fail(tr("The template %1 has no question %2.").arg(t->id, answer->first));
        if (answer->second.isUndefined())
            answers.remove(q->id);
        else
            answers.insert(q->id, answer->second);
        // A draft may hold an answer that completion will refuse; say so now.
        if (const QString problem = Scoring::problem(*q, answer->second); !problem.isEmpty())
            m_err << q->id << ": " << problem << Qt::endl;
    }
    const Result<QDate> date = parseDate(args.option("date"), record->summary.date);
    if (!date)
        return fail(date.message());
    if (Status s = assessments.saveDraft(id, answers, date.value()); !s)
        return fail(s.message());
    return 0;
}

int Cli::completeAssessment(const Args &args, const QUuid &id)
{
    auto store
        = openFor(args.positional.at(1), args, Database::Mode::ReadWrite, Operation::EditCases);
    if (!store)
        return fail(store.message());
    Assessments assessments(*store.value());
    Result<AssessmentRecord> record = assessments.load(id);
    if (!record)
        return fail(record.message());
    const Result<QDate> date = parseDate(args.option("date"), record->summary.date);
    if (!date)
        return fail(date.message());
    const Result<AssessmentResult> result = assessments.complete(id, record->answers, date.value());
    if (!result)
        return fail(result.message());
    m_out << levelLine(result.value()) << Qt::endl;
    return 0;
}

int Cli::showAssessment(const Args &args, const QUuid &id)
{
    auto store
        = openFor(args.positional.at(1), args, Database::Mode::ReadOnly, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    const Assessments assessments(*store.value());
    Result<AssessmentRecord> record = assessments.load(id);
    if (!record)
        return fail(record.message());
    const AssessmentSummary &s = record->summary;
    const AssessmentTemplate *t = assessments.catalogue().byHash(s.templateHash);
    m_out << "template\t" << s.templateId << '\t' << s.templateVersion << '\t'
          << s.templateHash.left(12) << '\t' << s.title << '\n';
    m_out << "date\t" << s.date.toString(Qt::ISODate) << '\n';
    m_out << "status\t" << s.status << '\n';
    for (auto it = record->answers.cbegin(); it != record->answers.cend(); ++it)
        m_out << "answer\t" << it.key() << '\t' << compactJson(it.value()) << '\n';
    // A draft shows what completing it now would give.
    const Result<AssessmentResult> result = s.isCompleted()
        ? Result<AssessmentResult>(record->result)
        : assessments.evaluate(id, record->answers, s.date);
    if (!result)
        return fail(result.message());
    for (const DomainScore &d : result->domains)
        m_out << "domain\t" << d.domain << '\t' << d.score << '\t' << levelKey(d.level) << '\n';
    if (result->hasLevel)
        m_out << "level\t" << levelKey(result->level) << '\t' << result->total << '\n';
    if (result->isMeansTest) {
        m_out << "outcome\t" << outcomeKey(result->meansTest.outcome) << '\n';
        for (const QString &line : MeansTest::describe(result->meansTest, t))
            m_out << "means_test\t" << line << '\n';
    }
    for (const QString &need : result->needs)
        m_out << "need\t" << need << '\n';
    return 0;
}

int Cli::print(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("document").isEmpty()
        || args.option("id").isEmpty() || args.option("out").isEmpty())
        return usage();
    if (args.has("lang")) {
        const QString language = args.option("lang");
        if (language != QLatin1String("ru") && language != QLatin1String("en"))
            return fail(tr("--lang is ru or en."));
        installTranslations(language);
    }
    // Read-write: printing a sensitive case records who opened it.
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadWrite, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    if (args.option("document") == QLatin1String("minutes")) {
        // Approved minutes are the exact PDF kept at approval.
        const Result<QUuid> id = parseId(args.option("id"));
        if (!id)
            return fail(id.message());
        if (args.has("revision") && args.has("redacted"))
            return fail(tr("--revision gives the approved minutes exactly; they are not "
                           "redacted."));
        Result<QByteArray> pdf = args.has("revision")
            ? Conferences(*store.value()).approvedPdf(id.value(), args.option("revision").toInt())
            : ConferenceMinutes::pdf(*store.value(), id.value(), args.has("redacted"));
        if (!pdf)
            return fail(pdf.message());
        if (Status s = ReportPrinter::savePdf(pdf.value(), args.option("out")); !s)
            return fail(s.message());
        return 0;
    }
    const Result<ReportDocument> document = buildDocument(*store.value(), args.option("document"),
                                                          args.option("id"), args.has("redacted"));
    if (!document)
        return fail(document.message());
    if (Status s = ReportPrinter::writePdf(document.value(), args.option("out")); !s)
        return fail(s.message());
    return 0;
}

} // namespace casedesk
