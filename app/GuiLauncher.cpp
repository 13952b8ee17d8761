#include "GuiLauncher.h"

#include "CommandSupport.h"
#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace dmc::app {

int runWindow(int argc, char **argv, void (*setIdentity)())
{
    QApplication app(argc, argv);
    setIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("dmc::cli::Commands", "DM Cockpit"));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addDatabaseOption(parser);
    parser.process(app);

    Translations::install(ui::MainWindow::startLanguage());
    ui::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("db")))
        window.openDatabase(parser.value(QStringLiteral("db")));
    else
        window.openDefaultDatabase();
    return app.exec();
}

} // namespace dmc::app
