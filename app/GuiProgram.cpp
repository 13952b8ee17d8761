#include "GuiProgram.h"

#include "Command.h"
#include "CommandSupport.h"
#include "LanguageOption.h"
#include "Tr.h"
#include "i18n/Translations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <climits>
#include <unistd.h>

namespace dmc::app {

int runGuiProgram(int argc, char **argv)
{
    // Beside this program (the build tree), else where the package installs it.
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    QByteArray folder = length > 0 ? QByteArray(self, length) : QByteArray(argv[0]);
    folder.truncate(folder.lastIndexOf('/') + 1);
    const QByteArray candidates[] = {folder + "dmcockpit-gui", folder + DMC_GUI_FROM_BIN};
    for (const QByteArray &program : candidates) {
        if (access(program.constData(), X_OK) == 0) {
            execv(program.constData(), argv);
            break; // there but not runnable: say so below
        }
    }
    QCoreApplication app(argc, argv);
    Translations::install(LanguageOption::fromArguments(argc, argv));
    QStringList looked;
    for (const QByteArray &program : candidates)
        looked << QFile::decodeName(program);
    err() << tr("The window and the PDF exports are a program of their own, dmcockpit-gui, which "
                "could not be started (looked for %1). Reinstall DM Cockpit.")
                 .arg(looked.join(tr(" and ")))
          << Qt::endl;
    return ExitUsage;
}

} // namespace dmc::app
