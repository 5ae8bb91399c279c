#include "cli.h"
#include "cliargs.h"

#include "backup.h"
#include "casefiles.h"
#include "caselistmodel.h"
#include "demodata.h"
#include "fieldlabels.h"
#include "partialdate.h"
#include "recordstore.h"
#include "searchtext.h"
#include "sitekeys.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

QString defaultAuthor()
{
    const QString author = qEnvironmentVariable("CASEDESK_AUTHOR");
    if (!author.isEmpty())
        return author;
    const QString user = qEnvironmentVariable("USER", QStringLiteral("administrator"));
    return user + QStringLiteral(" (casedesk-cli)");
}

namespace {

QString siteCodeFromName(const QString &name)
{
    static const QHash<QChar, QString> latin = [] {
        QHash<QChar, QString> map;
        const QString cyr = QString::fromUtf8("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯҚҒӘӨҮҰҢІ");
        const QStringList lat = QStringLiteral("A B V G D E E ZH Z I Y K L M N O P R S T U F KH TS "
                                               "CH SH SCH Y E YU YA Q G A O U U N I")
                                    .split(QLatin1Char(' '));
        for (int i = 0; i < cyr.size(); ++i)
            map.insert(cyr.at(i), lat.at(i));
        return map;
    }();
    QString letters, digits;
    for (const QChar c : name.toUpper()) {
        if (c.isDigit())
            digits.append(c);
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            letters.append(c);
        else if (latin.contains(c))
            letters.append(latin.value(c));
    }
    QString code = letters.left(3) + (digits.isEmpty() ? QStringLiteral("1") : digits.left(2));
    return code.size() >= 2 ? code : QStringLiteral("SITE1");
}

QString rowLabel(const QString &entity, const QCborMap &row)
{
    const auto text = [&](const char *field) {
        return row.value(QString::fromLatin1(field)).toString();
    };
    if (entity == QLatin1String("case"))
        return text("case_number");
    if (entity == QLatin1String("person"))
        return QStringList { text("family_name"), text("given_name"), text("patronymic") }
            .join(QLatin1Char(' '))
            .trimmed();
    if (entity == QLatin1String("interaction"))
        return text("occurred_at") + QLatin1Char(' ') + text("interaction_kind");
    if (entity == QLatin1String("document"))
        return text("file_name");
    if (entity == QLatin1String("phone"))
        return text("number");
    if (entity == QLatin1String("site"))
        return text("name") + QStringLiteral(" (") + text("code") + QLatin1Char(')');
    if (entity == QLatin1String("household_member"))
        return text("relationship");
    if (entity == QLatin1String("case_category"))
        return text("category");
    if (entity == QLatin1String("assessment")) {
        QStringList parts { text("assessment_date"), text("template_id"), text("status") };
        if (!text("level").isEmpty())
            parts << text("level");
        if (!text("outcome").isEmpty())
            parts << text("outcome");
        return parts.join(QLatin1Char(' '));
    }
    if (entity == QLatin1String("assessment_template"))
        return text("template_id") + QLatin1Char(' ')
            + QString::number(row.value(QStringLiteral("template_version")).toInteger())
            + QLatin1Char(' ') + text("effective_from");
    if (entity == QLatin1String("assessment_parameter"))
        return text("name") + QLatin1Char(' ') + text("region") + QLatin1Char(' ')
            + text("effective_from") + QLatin1Char(' ')
            + QString::number(row.value(QStringLiteral("value")).toInteger());
    if (entity == QLatin1String("household"))
        return row.value(QStringLiteral("case_id")).toUuid().toString(QUuid::WithoutBraces);
    if (entity == QLatin1String("plan"))
        return QStringList { text("kind"), text("start_date"), text("end_date"), text("status") }
            .join(QLatin1Char(' '))
            .simplified();
    if (entity == QLatin1String("plan_action"))
        return QStringList { text("due_date"), text("status"), text("description") }.join(
            QLatin1Char(' '));
    if (entity == QLatin1String("referral"))
        return QStringList { text("sent_date"), text("status"), text("agency_name") }.join(
            QLatin1Char(' '));
    if (entity == QLatin1String("visit"))
        return QStringList { text("visit_date"), text("visit_kind"), text("status") }.join(
            QLatin1Char(' '));
    if (entity == QLatin1String("agency"))
        return text("name");
    return QString();
}

Result<QCborValue> parseValue(const FieldDef &field, const QString &text)
{
    if (text.isEmpty())
        return QCborValue(QCborValue::Null);
    switch (field.type) {
    case FieldType::Text:
        return QCborValue(text);
    case FieldType::Integer: {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return Status::error(Cli::tr("%1 needs a whole number.").arg(field.name));
        return QCborValue(v);
    }
    case FieldType::Bool: {
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return QCborValue(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return QCborValue(false);
        return Status::error(Cli::tr("%1 needs yes or no.").arg(field.name));
    }
    case FieldType::Uuid: {
        const QUuid id = QUuid::fromString(text);
        if (id.isNull())
            return Status::error(Cli::tr("%1 needs a record id.").arg(field.name));
        return QCborValue(id);
    }
    case FieldType::Bytes:
        return QCborValue(QByteArray::fromHex(text.toLatin1()));
    }
    return Status::error(Cli::tr("Unknown field type."));
}

} // namespace

int Cli::usage()
{
    m_err << tr(
        "Usage: casedesk-cli COMMAND ...\n"
        "  init DB --site NAME [--kind office|hub] [--code CODE]\n"
        "  demo DB --cases N [--seed S]\n"
        "  search DB TEXT\n"
        "  list DB ENTITY [--limit N]\n"
        "  check DB | rebuild DB | stats DB\n"
        "  digest DB [--scope SITE]\n"
        "  set DB ENTITY ID FIELD VALUE\n"
        "  backup DB --out FILE\n"
        "  restore FILE --to DB\n"
        "  identity DB --out FILE\n"
        "  peer add DB FILE [--replace] | peer list DB | peer revoke DB PEER [--reason TEXT]\n"
        "  export DB --to PEER --out FILE\n"
        "  import DB FILE|FOLDER...\n"
        "  transfer DB CASE --to SITE\n"
        "  share DB CASE --with SITE [--reason TEXT] [--stop]\n"
        "  conflicts DB\n"
        "  mutate DB --edits N [--seed S]\n"
        "  user add DB LOGIN --name NAME --role ROLE[,ROLE] [--office SITE]\n"
        "  user list DB | user disable|enable DB LOGIN | user passwd DB LOGIN\n"
        "  user roles DB LOGIN --role ROLE[,ROLE]\n"
        "  permit HUB --office SITE --login LOGIN --name NAME --out FILE\n"
        "  reenrol DB --permit FILE --out IDENTITY\n"
        "  templates DB | template add DB FILE.json\n"
        "  parameter set DB --name NAME --value N --from YYYY-MM-DD [--region R] [--note TEXT]\n"
        "  parameter list DB\n"
        "  assessment start DB --case CASE --template TEMPLATE [--date YYYY-MM-DD]\n"
        "  assessment answer DB ID --set QUESTION=JSON [--set ...] [--date YYYY-MM-DD]\n"
        "  assessment complete DB ID [--date YYYY-MM-DD] | assessment show DB ID\n"
        "  print DB --document assessment|plan|referral|summary|minutes --id ID\n"
        "        --out FILE.pdf [--lang ru|en] [--redacted] [--revision N]\n"
        "        (summary: ID of the case; minutes: ID of the conference)\n"
        "  conference add DB --date YYYY-MM-DD --place PLACE --chair NAME [--time HH:MM]\n"
        "        [--secretary NAME] [--kind single|several|periodic] [--title TEXT]\n"
        "  conference participant DB CONF --name NAME [--agency A] [--role R]\n"
        "        [--attendance invited|present|absent|excused]\n"
        "  conference attend DB PARTICIPANT --attendance present|absent|excused\n"
        "  conference case DB CONF CASE [--situation T] [--benefits T] [--services T]\n"
        "        [--risks T] [--needs T]\n"
        "  conference decision DB CONF-CASE --text TEXT\n"
        "  conference followup DB DECISION --what TEXT --deadline YYYY-MM-DD [--who NAME]\n"
        "        [--agency A]\n"
        "  conference to-plan DB FOLLOWUP [--plan PLAN]\n"
        "  conference approve DB CONF | conference correct DB CONF --reason TEXT\n"
        "  conference show DB CONF | conferences DB [--upcoming|--past] [--search TEXT]\n"
        "  partner add DB --name NAME --agency AGENCY [--role ROLE] | partner list DB\n"
        "  close DB CASE --reason REASON --outcome OUTCOME [--notes TEXT] [--date YYYY-MM-DD]\n"
        "  close DB CASE --sign-off | reopen DB CASE --reason TEXT [--date YYYY-MM-DD]\n"
        "  myday DB [--worker NAME] [--days N] [--date YYYY-MM-DD]\n"
        "  supervisor DB [--days N] [--date YYYY-MM-DD]\n"
        "Once a site file has accounts, every command needs --user LOGIN; the password\n"
        "is read from CASEDESK_PASSWORD or asked for. New passwords come from\n"
        "CASEDESK_NEW_PASSWORD or are asked for.\n");
    return 2;
}

int Cli::fail(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "casedesk-cli: " << line << Qt::endl;
    return 1;
}

int Cli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    using Handler = int (Cli::*)(const QStringList &);
    static const QHash<QString, Handler> commands = {
        { QStringLiteral("init"), &Cli::init },
        { QStringLiteral("demo"), &Cli::demo },
        { QStringLiteral("search"), &Cli::search },
        { QStringLiteral("list"), &Cli::list },
        { QStringLiteral("check"), &Cli::check },
        { QStringLiteral("rebuild"), &Cli::rebuild },
        { QStringLiteral("digest"), &Cli::digest },
        { QStringLiteral("stats"), &Cli::stats },
        { QStringLiteral("set"), &Cli::set },
        { QStringLiteral("backup"), &Cli::backup },
        { QStringLiteral("restore"), &Cli::restore },
        { QStringLiteral("identity"), &Cli::identity },
        { QStringLiteral("peer"), &Cli::peer },
        { QStringLiteral("export"), &Cli::exportPackage },
        { QStringLiteral("import"), &Cli::importPackages },
        { QStringLiteral("transfer"), &Cli::transfer },
        { QStringLiteral("share"), &Cli::share },
        { QStringLiteral("conflicts"), &Cli::conflicts },
        { QStringLiteral("mutate"), &Cli::mutate },
        { QStringLiteral("user"), &Cli::user },
        { QStringLiteral("permit"), &Cli::permit },
        { QStringLiteral("reenrol"), &Cli::reenrol },
        { QStringLiteral("templates"), &Cli::templates },
        { QStringLiteral("template"), &Cli::templateCommand },
        { QStringLiteral("parameter"), &Cli::parameter },
        { QStringLiteral("assessment"), &Cli::assessment },
        { QStringLiteral("print"), &Cli::print },
        { QStringLiteral("conference"), &Cli::conference },
        { QStringLiteral("conferences"), &Cli::conferences },
        { QStringLiteral("partner"), &Cli::partner },
        { QStringLiteral("close"), &Cli::close },
        { QStringLiteral("reopen"), &Cli::reopen },
        { QStringLiteral("myday"), &Cli::myDay },
        { QStringLiteral("supervisor"), &Cli::supervisor },
    };
    const auto handler = commands.value(command);
    if (!handler) {
        fail(tr("unknown command %1").arg(command));
        return usage();
    }
    return (this->*handler)(rest);
}

int Cli::init(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("site").isEmpty())
        return usage();
    const QString kind = args.has("kind") ? args.option("kind") : QStringLiteral("office");
    if (kind != QLatin1String("office") && kind != QLatin1String("hub"))
        return fail(tr("--kind is office or hub."));
    SiteIdentity site;
    site.name = args.option("site");
    site.kind = kind;
    site.code = args.has("code") ? args.option("code").toUpper() : siteCodeFromName(site.name);
    auto store = RecordStore::create(args.positional.first(), site);
    if (!store)
        return fail(store.message());
    // The site's key pairs are made with it, so its identity file can be exported at once.
    if (auto keys = SiteKeys::load(*store.value()); !keys)
        return fail(keys.message());
    m_out << store.value()->site().id.toString(QUuid::WithoutBraces) << ' ' << site.code
          << Qt::endl;
    return 0;
}

int Cli::demo(const QStringList &list)
{
    const Args args = Args::parse(list);
    bool ok = false;
    const int cases = args.option("cases").toInt(&ok);
    if (args.positional.size() != 1 || !ok || cases < 0)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    DemoData::Options options;
    options.cases = cases;
    options.seed = args.has("seed") ? args.option("seed").toUInt() : 1;
    QElapsedTimer timer;
    timer.start();
    if (Status s = DemoData::generate(*store.value(), options); !s)
        return fail(s.message());
    m_err
        << tr("%1 case files written in %2 s.").arg(cases).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

int Cli::search(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2)
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadOnly, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    const QString text = args.positional.at(1);
    if (buildMatchQuery(text).isEmpty() && caseNumberPrefix(text).isEmpty())
        return 0;
    // The same search as the case list, so both always agree.
    CaseListModel model(*store.value());
    model.setSearchText(text);
    for (int row = 0; row < model.rowCount(); ++row) {
        m_out << model.caseId(row).toString(QUuid::WithoutBraces) << '\t'
              << model.index(row, CaseListModel::Number).data().toString() << '\t'
              << model.index(row, CaseListModel::Client).data().toString() << '\n';
    }
    return 0;
}

int Cli::list(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2)
        return usage();
    const EntityDef *entity = EntitySchema::find(args.positional.at(1));
    if (!entity)
        return fail(tr("unknown entity %1; known: %2").arg(args.positional.at(1), [] {
            QStringList names;
            for (const EntityDef &e : EntitySchema::all())
                names << e.name;
            return names.join(QStringLiteral(", "));
        }()));
    auto store = openFor(args.positional.first(), args, Database::Mode::ReadOnly,
                         Operation::ReadAllRecords);
    if (!store)
        return fail(store.message());
    const qint64 limit = args.has("limit") ? args.option("limit").toLongLong() : -1;
    Statement st = store.value()->db().prepare(
        QStringLiteral("SELECT id FROM %1 WHERE deleted=0 ORDER BY rid LIMIT ?")
            .arg(entity->table));
    st.bind(1, limit);
    while (st.step() == Statement::Step::Row) {
        const QUuid id = st.uuid(0);
        m_out << id.toString(QUuid::WithoutBraces) << '\t'
              << rowLabel(entity->name, store.value()->row(entity->name, id)) << '\n';
    }
    return 0;
}

int Cli::check(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    const QString path = args.positional.first();
    auto store = openStore(path, args, Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    const QStringList problems = store.value()->check();
    if (problems.isEmpty()) {
        m_out << tr("ok") << Qt::endl;
        return 0;
    }
    for (const QString &p : problems)
        m_out << p << '\n';
    return fail(tr("%n problem(s) found in %1.", nullptr, int(problems.size())).arg(path));
}

int Cli::rebuild(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadWrite, Operation::Maintain);
    if (!store)
        return fail(store.message());
    if (Status s = store.value()->rebuild(); !s)
        return fail(s.message());
    m_out << store.value()->digest() << Qt::endl;
    return 0;
}

int Cli::digest(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    QUuid scope;
    if (args.has("scope")) {
        // A site by id, name or code.
        const QString wanted = args.option("scope");
        Statement st = store.value()->db().statement("SELECT id, name, code FROM sites");
        while (st.step() == Statement::Step::Row)
            if (st.uuid(0) == QUuid::fromString(wanted) || st.text(1) == wanted
                || st.text(2) == wanted)
                scope = st.uuid(0);
        if (scope.isNull())
            return fail(tr("unknown site %1").arg(wanted));
    } else if (store.value()->site().kind == QLatin1String("office")) {
        // An office's digest covers what it holds in its own scope (ARCHITECTURE §3).
        scope = store.value()->site().id;
    }
    m_out << store.value()->digest(scope) << Qt::endl;
    return 0;
}

int Cli::stats(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadOnly);
    if (!store)
        return fail(store.message());
    QJsonObject counts;
    for (const EntityDef &entity : EntitySchema::all()) {
        Statement st = store.value()->db().prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted=0").arg(entity.table));
        counts.insert(entity.name, st.step() == Statement::Step::Row ? st.int64(0) : 0);
    }
    m_out << QJsonDocument(counts).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int Cli::set(const QStringList &arguments)
{
    const Args args = Args::parse(arguments);
    const QStringList &list = args.positional;
    if (list.size() != 5)
        return usage();
    const EntityDef *entity = EntitySchema::find(list.at(1));
    if (!entity)
        return fail(tr("unknown entity %1").arg(list.at(1)));
    const QUuid id = QUuid::fromString(list.at(2));
    if (id.isNull())
        return fail(tr("%1 is not a record id.").arg(list.at(2)));
    const FieldDef *field = entity->field(list.at(3));
    if (!field)
        return fail(
            tr("%1 has no field %2 (see docs/data-model.md).").arg(entity->name, list.at(3)));
    auto value = parseValue(*field, list.at(4));
    if (!value)
        return fail(value.message());
    if (field->name.endsWith(QLatin1String("_date")) && !value->isNull()) {
        const auto date = PartialDate::parse(value->toString());
        if (!date)
            return fail(date.message());
        if (field->name != QLatin1String("birth_date")
            && date->precision() != PartialDate::Precision::Day)
            return fail(tr("%1 needs a full date.").arg(field->name));
        value = QCborValue(date->toIso());
    }
    auto store = openFor(list.first(), args, Database::Mode::ReadWrite, Operation::Maintain);
    if (!store)
        return fail(store.message());
    if (field->name == QLatin1String("id_number")) {
        const QString type
            = store.value()->row(entity->name, id).value(QStringLiteral("id_type")).toString();
        if (Status s = CaseFiles::validateIdNumber(type, value->toString()); !s)
            return fail(s.message());
        value = QCborValue(CaseFiles::normalizeIdNumber(value->toString()));
    }
    if (Status s = store.value()->update(entity->name, id, { { field->name, value.value() } }); !s)
        return fail(s.message());
    return 0;
}

int Cli::backup(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("out").isEmpty())
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadOnly, Operation::Backup);
    if (!store)
        return fail(store.message());
    if (Status s = Backup::write(*store.value(), args.option("out")); !s)
        return fail(s.message());
    return 0;
}

int Cli::restore(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("to").isEmpty())
        return usage();
    // Only an administrator replaces a site file with a backup: of the file being replaced,
    // or, for a new file, of the backup.
    const QString target = args.option("to");
    const QString guarded = QFileInfo::exists(target) ? target : args.positional.first();
    if (auto store = openFor(guarded, args, Database::Mode::ReadOnly, Operation::Backup); !store)
        return fail(store.message());
    if (Status s = Backup::restore(args.positional.first(), args.option("to")); !s)
        return fail(s.message());
    m_err << Backup::restoreExplanation() << Qt::endl;
    return 0;
}

} // namespace casedesk
