#include "GuiLauncher.h"

#include "CommandSupport.h"
#include "MainWindow.h"
#include "Theme.h"
#include "UiBench.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>

#include <memory>

namespace dmc::app {

int runWindow(int argc, char **argv, void (*setIdentity)())
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    setIdentity();
    // The desktop file name ties the window to its .desktop entry (Wayland docks and task
    // switchers); the icon is embedded so a build-tree run shows it too.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dmcockpit.DMCockpit"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/org.dmcockpit.DMCockpit.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("dmc::cli::Commands", "DM Cockpit"));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addDatabaseOption(parser);
    // A developer option for bench/run.sh, hidden from --help (so not a translated string).
    QCommandLineOption benchUi(QStringLiteral("bench-ui"),
                               QStringLiteral("Time start, queue search, sort and scroll, print the figures, quit."));
    benchUi.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchUi);
    parser.process(app);

    ui::Theme::apply(app);
    Translations::install(ui::MainWindow::startLanguage());
    ui::MainWindow window;
    std::unique_ptr<ui::UiBench> bench;
    if (parser.isSet(benchUi)) {
        bench = std::make_unique<ui::UiBench>(window, sinceStart);
        bench->start();
    }
    window.show();
    if (parser.isSet(QStringLiteral("db")))
        window.openDatabase(parser.value(QStringLiteral("db")));
    else
        window.openDefaultDatabase();
    return app.exec();
}

} // namespace dmc::app
