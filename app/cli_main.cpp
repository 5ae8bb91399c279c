#include "allocatortuning.h"
#include "cli.h"
#include "translator.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QtMessageHandler qtHandler = nullptr;

// Run from cron or ssh there is no XDG_RUNTIME_DIR, and Qt says so while it starts the offscreen
// platform; stderr stays for the one line that explains a failed command.
void quietStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    casedesk::tuneAllocator();
    qtHandler = qInstallMessageHandler(quietStartup);
    // Documents are rendered with Qt Gui; with no display the offscreen platform is enough.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
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
