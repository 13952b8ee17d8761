#include "AnalyticsContext.h"

#include "CommandSupport.h"
#include "Tr.h"
#include "workspace/EngineLoader.h"

#include <vector>

namespace dmc::app {

namespace {
void keepUntilExit(const std::shared_ptr<const Dataset> &dataset)
{
    // Deliberately never freed: the process ends right after the command, and releasing 100k
    // deals' strings and 150 MB of vectors one by one was a sixth of a cached district run.
    static auto *const kept = new std::vector<std::shared_ptr<const Dataset>>();
    kept->push_back(dataset);
}
} // namespace

std::optional<AnalyticsContext> AnalyticsContext::load(const QCommandLineParser &parser, int &exitCode,
                                                       const Scope &slice)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        exitCode = usageError(app::tr("The --db FILE option is required."));
        return std::nullopt;
    }
    auto loaded = EngineLoader::load(location, slice);
    if (!loaded) {
        exitCode = fail(loaded.error());
        return std::nullopt;
    }
    AnalyticsContext context;
    context.database = std::move(loaded->database);
    context.engine = std::move(loaded->engine);
    context.dataset = context.engine->sharedDataset();
    context.actions = std::make_unique<DmActions>();
    context.actions->attach(context.database.get(), QStringLiteral("dmcockpit"));
    keepUntilExit(context.dataset);
    exitCode = ExitOk;
    return context;
}

} // namespace dmc::app
