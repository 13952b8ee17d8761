#include "EngineLoader.h"

#include "analytics/dataset/DatasetLoader.h"
#include "analytics/engine/AnalyticsSettings.h"
#include "analytics/text/TermLabels.h"
#include "store/TermLabelStore.h"

namespace dmc {

Result<LoadedEngine> EngineLoader::load(const QString &location, const Scope &slice)
{
    auto database = Database::open(location, Database::OpenMode::ReadOnly);
    if (!database)
        return database.error();
    return load(std::move(database.value()), slice);
}

Result<LoadedEngine> EngineLoader::load(std::unique_ptr<Database> database, const Scope &slice)
{
    auto dataset = DatasetLoader::load(*database, slice);
    if (!dataset)
        return dataset.error();
    auto labels = TermLabelStore(*database).labels();
    if (!labels)
        return labels.error();
    TermLabels::install(TermLabels(labels.value()));
    LoadedEngine loaded;
    loaded.engine = std::make_shared<const Engine>(dataset.value(), AnalyticsSettings::fromDatabase(*database));
    loaded.database = std::move(database);
    return loaded;
}

} // namespace dmc
