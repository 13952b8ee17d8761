// dmcockpit: with a command it runs headless (import, cockpit, agenda, ...);
// without one it opens the cockpit window.
// Built twice (app/CMakeLists.txt): dmcockpit runs the commands that need no Qt Gui and hands the
// rest to dmcockpit-gui (DMC_COMMAND_LINE_ONLY), which runs every command and the window.
#include "Command.h"
#include "CommandSupport.h"
#include "LanguageOption.h"
#include "Tr.h"
#include "analytics/dataset/DatasetCache.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#ifdef DMC_COMMAND_LINE_ONLY
#include "GuiProgram.h"
#else
#include "GuiLauncher.h"
#include <QGuiApplication>
#endif

#include <cstring>
#include <memory>

namespace dmc::app {
namespace {

void printHelp()
{
    out() << tr("Usage: dmcockpit [--db FILE]            open the cockpit window\n"
                "       dmcockpit COMMAND [options]      run headless\n\n"
                "Commands:")
          << '\n';
    for (const auto &spec : CommandRegistry::all())
        out() << "  " << QString::fromLatin1(spec.name).leftJustified(12) << ' ' << tr(spec.summary) << '\n';
    out() << '\n'
          << tr("Run dmcockpit COMMAND --help for the options of a command; every command takes "
                "--lang en|ru.\n"
                "Exit codes: 0 done, 2 usage, 3 bad input (nothing changed), "
                "4 database error.")
          << Qt::endl;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DMCockpit"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dmcockpit.example"));
    QCoreApplication::setApplicationName(QStringLiteral("dmcockpit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DMC_VERSION));
}

// Options without a command: --help anywhere among them asks for the overview, so that
// `dmcockpit --lang ru --help` prints it too instead of opening the window.
bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return true;
    return false;
}

int run(int argc, char **argv)
{
    const char *first = argc > 1 ? argv[1] : "";
    const bool isOption = first[0] == '-';
    const CommandSpec *command = isOption || argc < 2 ? nullptr : CommandRegistry::find(QString::fromLocal8Bit(first));

    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
        setApplicationIdentity();
        std::printf("dmcockpit %s\n", DMC_VERSION);
        return ExitOk;
    }
#ifdef DMC_COMMAND_LINE_ONLY
    // The window, the help (it lists every command) and the commands that render are
    // dmcockpit-gui's; so is an unknown command's message.
    if (!command)
        return runGuiProgram(argc, argv);
#endif
    if (std::strcmp(first, "help") == 0 || (isOption && asksForHelp(argc, argv))) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        Translations::install(LanguageOption::fromArguments(argc, argv));
        printHelp();
        return ExitOk;
    }

    if (command) {
        std::unique_ptr<QCoreApplication> app;
#ifndef DMC_COMMAND_LINE_ONLY
        if (command->needsGui) {
            // Rendering (PDF) needs fonts and a paint device, not a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
#endif
        if (!app)
            app = std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        Translations::install(LanguageOption::fromArguments(argc, argv));
        DatasetCache::setTextsInPlace(true); // a command reads an image or two, then ends
        return command->run(QCoreApplication::arguments());
    }

    if (argc > 1 && !isOption) {
        QCoreApplication app(argc, argv);
        Translations::install(LanguageOption::fromArguments(argc, argv));
        return usageError(
            tr("Unknown command \"%1\". Run dmcockpit --help for the list.").arg(QString::fromLocal8Bit(first)));
    }
#ifdef DMC_COMMAND_LINE_ONLY
    return runGuiProgram(argc, argv); // not reached: every case without a command went above
#else
    return runWindow(argc, argv, &setApplicationIdentity);
#endif
}

} // namespace
} // namespace dmc::app

int main(int argc, char **argv)
{
    return dmc::app::run(argc, argv);
}
