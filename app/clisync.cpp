// casedesk-cli commands for sync: identities, peers, packages, transfers, conflicts, and
// random edits for trying sync out.
#include "cli.h"
#include "cliargs.h"

#include "packageexport.h"
#include "packageimport.h"
#include "randomedits.h"
#include "recordstore.h"
#include "reenrolment.h"
#include "sitekeys.h"
#include "syncscope.h"
#include "syncstate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace casedesk {

Result<QUuid> findCase(const RecordStore &store, const QString &wanted)
{
    const QUuid id = QUuid::fromString(wanted);
    Statement st = store.db().statement("SELECT id FROM cases WHERE id=? OR case_number=?");
    st.bind(1, id).bind(2, wanted.trimmed());
    if (st.step() != Statement::Step::Row)
        return Status::error(Cli::tr("No case %1 here.").arg(wanted));
    return st.uuid(0);
}

namespace {

// The store, the case and the other site a transfer or share names.
struct CaseAndSite
{
    std::unique_ptr<RecordStore> store;
    QUuid caseId;
    QUuid site;
    QString siteName;
};

Result<CaseAndSite> openCaseAndSite(Result<std::unique_ptr<RecordStore>> store,
                                    const QString &caseName, const QString &siteName)
{
    if (!store)
        return store.status();
    auto caseId = findCase(*store.value(), caseName);
    if (!caseId)
        return caseId.status();
    auto site = SyncScope::findSite(*store.value(), siteName);
    if (!site)
        return site.status();
    CaseAndSite out;
    out.siteName = Peers::siteName(*store.value(), site.value());
    out.store = std::move(store.value());
    out.caseId = caseId.value();
    out.site = site.value();
    return out;
}

QString when(qint64 ms)
{
    return ms == 0 ? Cli::tr("never") : QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

} // namespace

int Cli::identity(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("out").isEmpty())
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadWrite, Operation::ManageKeys);
    if (!store)
        return fail(store.message());
    // Keys are made with the site; a file from before that gets them now.
    if (!SiteKeys::hasKeys(*store.value()))
        if (auto keys = SiteKeys::load(*store.value()); !keys)
            return fail(keys.message());
    auto publicCard = SiteKeys::publicCard(*store.value());
    if (!publicCard)
        return fail(publicCard.message());
    const SiteIdentityCard &card = publicCard.value();
    QFile file(args.option("out"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(card.toFile()) < 0
        || !file.flush())
        return fail(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
    m_out << card.name << ' ' << card.fingerprint() << Qt::endl;
    return 0;
}

int Cli::peer(const QStringList &list)
{
    const Args args = Args::parse(list);
    const QString action = args.positional.value(0);
    if (args.positional.size() < 2)
        return usage();
    const QString path = args.positional.at(1);
    if (action == QLatin1String("list")) {
        auto store = openFor(path, args, Database::Mode::ReadOnly, Operation::ManageKeys);
        if (!store)
            return fail(store.message());
        for (const PeerInfo &p : Peers::list(*store.value()))
            m_out << p.site.toString(QUuid::WithoutBraces) << '\t' << p.name << '\t' << p.kind
                  << '\t' << p.fingerprint() << '\t' << tr("in: %1").arg(when(p.lastInAt)) << '\t'
                  << tr("out: %1").arg(when(p.lastOutAt))
                  << (p.isRevoked() ? QStringLiteral("\t") + tr("revoked") : QString()) << Qt::endl;
        return 0;
    }
    if (args.positional.size() != 3)
        return usage();
    auto store = openStore(path, args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    if (action == QLatin1String("add")) {
        QFile file(args.positional.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        auto card = SiteIdentityCard::fromFile(file.read(1 << 20));
        if (!card)
            return fail(card.message());
        if (args.has("replace")) {
            // The office was re-enrolled: same site, same file, new keys.
            if (Status s = Reenrolment::acceptNewKeys(*store.value(), card.value()); !s)
                return fail(s.message());
            m_out << card->name << ' ' << card->fingerprint() << Qt::endl;
            m_err << tr("Confirm this fingerprint with %1 by phone before the next exchange.")
                         .arg(card->name)
                  << Qt::endl;
            return 0;
        }
        auto added = Peers::add(*store.value(), card.value());
        if (!added)
            return fail(added.message());
        m_out << added->name << ' ' << added->fingerprint() << Qt::endl;
        m_err << tr("Confirm this fingerprint with %1 by phone before the first exchange.")
                     .arg(added->name)
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        auto peer = Peers::find(*store.value(), args.positional.at(2));
        if (!peer)
            return fail(peer.message());
        if (Status s = Peers::revoke(*store.value(), peer->site, args.option("reason")); !s)
            return fail(s.message());
        m_out << tr("%1 revoked; its packages will be refused.").arg(peer->name) << Qt::endl;
        return 0;
    }
    return usage();
}

int Cli::exportPackage(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1 || args.option("to").isEmpty() || args.option("out").isEmpty())
        return usage();
    auto store = openFor(args.positional.first(), args, Database::Mode::ReadWrite,
                         Operation::ExchangePackages);
    if (!store)
        return fail(store.message());
    auto peer = Peers::find(*store.value(), args.option("to"));
    if (!peer)
        return fail(peer.message());
    auto written = PackageExport::write(*store.value(), peer.value(), args.option("out"));
    if (!written)
        return fail(written.message());
    m_out << tr("%1: %n change(s) for %2", nullptr, int(written->versions))
                 .arg(QDir::toNativeSeparators(written->path), peer->name)
          << tr(", %n attachment(s), %1 bytes", nullptr, int(written->blobs)).arg(written->bytes)
          << Qt::endl;
    return 0;
}

int Cli::importPackages(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() < 2)
        return usage();
    auto store = openFor(args.positional.first(), args, Database::Mode::ReadWrite,
                         Operation::ExchangePackages);
    if (!store)
        return fail(store.message());
    QStringList files;
    for (const QString &arg : args.positional.mid(1)) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString &name :
                 dir.entryList({ QStringLiteral("*.cdpkg") }, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
    }
    int failed = 0;
    for (const QString &file : std::as_const(files)) {
        auto imported = PackageImport::importFile(*store.value(), file);
        if (!imported) {
            ++failed;
            fail(QFileInfo(file).fileName() + QStringLiteral(": ") + imported.message());
            continue;
        }
        m_out << QFileInfo(file).fileName() << ": " << PackageImport::describe(imported.value())
              << Qt::endl;
    }
    return failed == 0 ? 0 : 1;
}

int Cli::transfer(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2 || args.option("to").isEmpty())
        return usage();
    auto target
        = openCaseAndSite(openStore(args.positional.first(), args, Database::Mode::ReadWrite),
                          args.positional.at(1), args.option("to"));
    if (!target)
        return fail(target.message());
    CaseAndSite &t = target.value();
    if (Status s = SyncScope::transfer(*t.store, t.caseId, t.site); !s)
        return fail(s.message());
    m_out << tr("Case %1 transferred to %2.").arg(args.positional.at(1), t.siteName) << Qt::endl;
    return 0;
}

int Cli::share(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 2 || args.option("with").isEmpty())
        return usage();
    auto target
        = openCaseAndSite(openStore(args.positional.first(), args, Database::Mode::ReadWrite),
                          args.positional.at(1), args.option("with"));
    if (!target)
        return fail(target.message());
    CaseAndSite &t = target.value();
    const QString &name = t.siteName;
    if (args.has("stop")) {
        if (Status s = SyncScope::unshare(*t.store, t.caseId, t.site); !s)
            return fail(s.message());
        m_out << tr("Case %1 is no longer shared with %2.").arg(args.positional.at(1), name)
              << Qt::endl;
        return 0;
    }
    // --reason: a supervisor shares beyond the client's consent, and the reason is recorded.
    if (Status s = SyncScope::share(*t.store, t.caseId, t.site, args.option("reason")); !s)
        return fail(s.message());
    m_out << tr("Case %1 shared with %2.").arg(args.positional.at(1), name) << Qt::endl;
    return 0;
}

int Cli::conflicts(const QStringList &list)
{
    const Args args = Args::parse(list);
    if (args.positional.size() != 1)
        return usage();
    auto store
        = openFor(args.positional.first(), args, Database::Mode::ReadOnly, Operation::ViewCases);
    if (!store)
        return fail(store.message());
    Statement number = store.value()->db().statement("SELECT case_number FROM cases WHERE id=?");
    for (const ConflictInfo &c : store.value()->conflicts()) {
        number.bind(1, c.scopeRoot);
        const QString caseNumber
            = number.step() == Statement::Step::Row ? number.text(0) : QStringLiteral("-");
        number.reset();
        const int heads = int(store.value()->heads(c.entity, c.rowId).value(c.group).size());
        m_out << caseNumber << '\t' << c.entity << '\t' << c.rowId.toString(QUuid::WithoutBraces)
              << '\t' << c.group << '\t' << heads << Qt::endl;
    }
    return 0;
}

int Cli::mutate(const QStringList &list)
{
    const Args args = Args::parse(list);
    bool ok = false;
    const int edits = args.option("edits").toInt(&ok);
    if (args.positional.size() != 1 || !ok || edits < 0)
        return usage();
    quint32 seed = 1;
    if (args.has("seed")) {
        seed = args.option("seed").toUInt(&ok);
        if (!ok)
            return fail(tr("--seed needs a whole number."));
    }
    auto store = openStore(args.positional.first(), args, Database::Mode::ReadWrite);
    if (!store)
        return fail(store.message());
    auto report = RandomEdits::apply(*store.value(), edits, seed);
    if (!report)
        return fail(report.message());
    m_out << report->summary() << Qt::endl;
    return 0;
}

} // namespace casedesk
