#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dmc::app {

// Process exit codes of every headless command.
enum ExitCode : int { ExitOk = 0, ExitUsage = 2, ExitBadInput = 3, ExitDatabase = 4 };

// One headless command (`dmcockpit import ...`). Each lives in its own file under
// commands/ and registers itself with a static CommandRegistration.
struct CommandSpec
{
    const char *name;                         // untranslated command word
    const char *summary;                      // QT_TRANSLATE_NOOP("dmc::app", ...)
    bool needsGui;                            // true when it renders (PDF): runs on a QGuiApplication, offscreen
    int (*run)(const QStringList &arguments); // arguments[0] is the program, [1] the command
};

class CommandRegistry
{
public:
    static void add(const CommandSpec &spec);
    static const CommandSpec *find(const QString &name);
    static std::vector<CommandSpec> all(); // sorted by name
};

struct CommandRegistration
{
    explicit CommandRegistration(const CommandSpec &spec) { CommandRegistry::add(spec); }
};

} // namespace dmc::app
