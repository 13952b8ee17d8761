#pragma once

#include <QCommandLineParser>
#include <QString>

namespace dmc::app {

// --lang en|ru, taken by every command: the language of the output, the exported documents and
// the messages. main() installs the catalogue from argv before a command builds its parser (the
// option descriptions of --help are translated too); parseArguments declares and checks it.
class LanguageOption
{
public:
    // The --lang value of argv when it names a language the product has; otherwise (absent or
    // unknown, which the command's parser then reports) the system's language (LANG, LC_ALL).
    static QString fromArguments(int argc, char **argv);
    static void add(QCommandLineParser &parser);
    // False, after printing a usage error, when --lang names no language the product has.
    static bool check(const QCommandLineParser &parser);
};

} // namespace dmc::app
