// crashimporter DB PACKAGE: imports one package into a site file and says how it went. It
// prints "importing" just before the import starts, so that tst_importcrash can kill it at a
// random moment of the import itself, then "imported N" once the import has committed.
#include "packageimport.h"
#include "recordstore.h"
#include "sitekeys.h"

#include <QCoreApplication>

#include <cstdio>

using namespace casedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashimporter DB PACKAGE\n");
        return 2;
    }
    if (!SiteKeys::initialiseSodium()) {
        std::fprintf(stderr, "crashimporter: libsodium cannot be initialised\n");
        return 1;
    }
    auto store = RecordStore::open(args.at(1), Database::Mode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "crashimporter: %s\n", qPrintable(store.message()));
        return 1;
    }
    std::printf("importing\n");
    std::fflush(stdout);
    const auto imported = PackageImport::importFile(*store.value(), args.at(2));
    if (!imported) {
        std::fprintf(stderr, "crashimporter: %s\n", qPrintable(imported.message()));
        return 1;
    }
    std::printf("imported %lld\n", static_cast<long long>(imported->versions));
    std::fflush(stdout);
    return 0;
}
