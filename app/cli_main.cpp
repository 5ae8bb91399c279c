#include "cli.h"
#include "translator.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Documents are rendered with Qt Gui; with no display the offscreen platform is enough.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    casedesk::installTranslations(casedesk::preferredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    casedesk::Cli cli(out, err);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
