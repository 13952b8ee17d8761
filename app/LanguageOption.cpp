#include "LanguageOption.h"

#include "CommandSupport.h"
#include "Tr.h"
#include "i18n/Translations.h"

#include <cstring>

namespace dmc::app {

namespace {
const QString kName = QStringLiteral("lang");
} // namespace

QString LanguageOption::fromArguments(int argc, char **argv)
{
    QString given;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            given = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            given = QString::fromLocal8Bit(argv[i] + 7);
    }
    // The last one counts, as QCommandLineParser::value() does.
    return Translations::availableLanguages().contains(given) ? given : Translations::systemLanguage();
}

void LanguageOption::add(QCommandLineParser &parser)
{
    parser.addOption({kName, app::tr("The language of the output and the messages: en or ru (default: the system's)."),
                      app::tr("LANG")});
}

bool LanguageOption::check(const QCommandLineParser &parser)
{
    if (!parser.isSet(kName))
        return true;
    const QString value = parser.value(kName);
    if (Translations::availableLanguages().contains(value))
        return true;
    usageError(app::tr("--lang takes en or ru, not \"%1\".").arg(value));
    return false;
}

} // namespace dmc::app
