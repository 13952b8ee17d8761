#pragma once

#include <QString>
#include <optional>

namespace dmc {

// The five forecast categories (docs/definitions.md#forecast-categories-and-stages), in ladder order.
enum class ForecastCategory : quint8 { Pipeline, BestCase, Commit, Closed, Omitted };

inline constexpr int ForecastCategoryCount = 5;

// Stable, untranslated keys used in the database, JSON and CSV ("pipeline", "best_case", ...).
QString forecastCategoryKey(ForecastCategory category);
std::optional<ForecastCategory> forecastCategoryFromKey(const QString &key);
// Translated display name ("Best Case" / "Best Case" in the Russian glossary).
QString forecastCategoryName(ForecastCategory category);

} // namespace dmc
