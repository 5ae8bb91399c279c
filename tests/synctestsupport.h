#pragma once

// Helpers for sync tests: sites with keys, peered with each other, exchanging package files.

#include "demodata.h"
#include "packageexport.h"
#include "packageimport.h"
#include "recordstore.h"
#include "sitekeys.h"
#include "syncstate.h"

#include <QString>
#include <QTest>

#include <memory>

namespace casedesk::test {

// A site file with its key pair, created in a folder.
inline std::unique_ptr<RecordStore> makeSite(const QString &path, const QString &name,
                                             const QString &kind)
{
    SiteIdentity identity;
    identity.name = name;
    identity.code = name.left(3).toUpper();
    identity.kind = kind;
    auto store = RecordStore::create(path, identity);
    if (!store) {
        qWarning("makeSite: %s", qPrintable(store.message()));
        return nullptr;
    }
    store.value()->setAuthor(name + QStringLiteral(" worker"));
    if (auto keys = SiteKeys::load(*store.value()); !keys) {
        qWarning("makeSite keys: %s", qPrintable(keys.message()));
        return nullptr;
    }
    return std::move(store.value());
}

inline SiteIdentityCard cardOf(RecordStore &store)
{
    return SiteKeys::load(store).value().card(store);
}

// Each side adds the other's identity as a peer.
inline bool peerUp(RecordStore &a, RecordStore &b)
{
    return Peers::add(a, cardOf(b)).isOk() && Peers::add(b, cardOf(a)).isOk();
}

// Writes the package from one site to another into `path`; empty on failure (with a warning).
inline QString exportPackage(RecordStore &from, RecordStore &to, const QString &path)
{
    const auto peer = Peers::byId(from, to.site().id);
    if (!peer) {
        qWarning("exportPackage: %s is not a peer of %s", qPrintable(to.site().name),
                 qPrintable(from.site().name));
        return QString();
    }
    auto written = PackageExport::write(from, *peer, path);
    if (!written) {
        qWarning("exportPackage: %s", qPrintable(written.message()));
        return QString();
    }
    return path;
}

// A central desk ("hub") or an office with the demo's synthetic case files, without scans.
inline std::unique_ptr<RecordStore> demoSite(const QString &path, const QString &kind, int cases,
                                             quint32 seed, bool plans = true)
{
    const bool hub = kind == QLatin1String("hub");
    auto store = makeSite(
        path, hub ? QStringLiteral("Central desk") : QStringLiteral("Lake office"), kind);
    if (!store)
        return nullptr;
    DemoData::Options options;
    options.cases = cases;
    options.seed = seed;
    options.documents = false;
    options.plans = plans;
    if (Status s = DemoData::generate(*store, options); !s) {
        qWarning("demo: %s", qPrintable(s.message()));
        return nullptr;
    }
    return store;
}

} // namespace casedesk::test
