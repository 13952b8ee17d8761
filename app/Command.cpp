#include "Command.h"

#include <algorithm>
#include <cstring>

namespace dmc::app {

namespace {
std::vector<CommandSpec> &registry()
{
    static std::vector<CommandSpec> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const CommandSpec &spec)
{
    registry().push_back(spec);
}

const CommandSpec *CommandRegistry::find(const QString &name)
{
    for (const CommandSpec &spec : registry())
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

std::vector<CommandSpec> CommandRegistry::all()
{
    auto commands = registry();
    std::sort(commands.begin(), commands.end(),
              [](const CommandSpec &a, const CommandSpec &b) { return std::strcmp(a.name, b.name) < 0; });
    return commands;
}

} // namespace dmc::app
