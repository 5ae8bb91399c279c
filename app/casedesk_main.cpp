// The desktop program: `casedesk [FILE]` opens FILE, else the last site file used.
#include "allocatortuning.h"
#include "mainwindow.h"
#include "recordstore.h"
#include "signindialog.h"
#include "sitefiles.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    casedesk::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    casedesk::installTranslations(casedesk::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Integrated case management."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The site file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    std::unique_ptr<casedesk::RecordStore> store;
    if (!parser.positionalArguments().isEmpty()) {
        // A file named explicitly that cannot be used is an error, not a reason to pick another.
        store = casedesk::SiteFiles::open(parser.positionalArguments().constFirst(), nullptr);
        if (!store)
            return 1;
    } else {
        store = casedesk::SiteFiles::openAtStart(nullptr);
        if (!store)
            return 0;
    }
    // A file with accounts needs a sign-in (Cancel quits); one without asks the first-start
    // questions, which offer to create the office administrator.
    if (!casedesk::SignInDialog::ensureSignedIn(*store))
        return 0;
    casedesk::MainWindow window(std::move(store));
    window.show();
    return app.exec();
}
