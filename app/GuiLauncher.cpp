#include "GuiLauncher.h"

#include "CommandSupport.h"
#include "Tr.h"
#include "analytics/dataset/DatasetCache.h"
#include "i18n/Translations.h"
#include "window/MainWindow.h"
#include "window/Theme.h"
#include "window/UiBench.h"
#include "workspace/EnginePreload.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

namespace dmc::app {

namespace {

// True when Qt would find no screen: no platform chosen, no Wayland, and no X display (or a
// local X display whose socket is gone, as after an SSH session's forwarding ended). Qt's own
// answer is a platform-plugin abort with a page of plugin names; a DM on a server gets a line.
bool noScreen()
{
#ifdef Q_OS_LINUX
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        return true;
    const auto local = QRegularExpression(QStringLiteral("^(?:unix)?:(\\d+)(?:\\.\\d+)?$")).match(display);
    return local.hasMatch() && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + local.captured(1));
#else
    return false;
#endif
}

int explainNoScreen(int argc, char **argv, void (*setIdentity)())
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Translations::install(ui::MainWindow::startLanguage());
    const QString line = tr("dmcockpit: no screen to open the window on (DISPLAY and WAYLAND_DISPLAY name none). "
                            "Run it under a virtual screen with `xvfb-run -a dmcockpit`, or use the commands "
                            "without a window: `dmcockpit --help`.");
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    return 2;
}

} // namespace

int runWindow(int argc, char **argv, void (*setIdentity)())
{
    if (noScreen())
        return explainNoScreen(argc, argv, setIdentity);
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
    parser.setApplicationDescription(tr("DM Cockpit"));
    parser.addHelpOption();
    parser.addVersionOption();
    addDatabaseOption(parser);
    // A developer option for bench/run.sh, hidden from --help (so not a translated string).
    QCommandLineOption benchUi(QStringLiteral("bench-ui"),
                               QStringLiteral("Time start, queue search, sort and scroll, print the figures, quit."));
    benchUi.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchUi);
    parser.process(app);

    ui::Theme::apply(app);
    Translations::install(ui::MainWindow::startLanguage());
    const QString location =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : ui::MainWindow::defaultDatabase();
    // The deals' texts point into the image instead of being copied: about 100 MB less at 300k
    // deals. Each image read stays mapped until the window closes, so an import in this session
    // keeps the replaced image's file until then (DatasetCache::setTextsInPlace).
    DatasetCache::setTextsInPlace(true);
    // The data loads while the docks are built; the workspace takes it when it opens the file.
    EnginePreload::start(location);
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
    const int exitCode = app.exec();
    EnginePreload::discard();
    return exitCode;
}

} // namespace dmc::app
