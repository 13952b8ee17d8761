#include "ForecastCategory.h"

#include <QCoreApplication>

namespace dmc {

QString forecastCategoryKey(ForecastCategory category)
{
    switch (category) {
    case ForecastCategory::Pipeline: return QStringLiteral("pipeline");
    case ForecastCategory::BestCase: return QStringLiteral("best_case");
    case ForecastCategory::Commit: return QStringLiteral("commit");
    case ForecastCategory::Closed: return QStringLiteral("closed");
    case ForecastCategory::Omitted: return QStringLiteral("omitted");
    }
    return {};
}

std::optional<ForecastCategory> forecastCategoryFromKey(const QString &key)
{
    for (int i = 0; i < ForecastCategoryCount; ++i) {
        const auto category = static_cast<ForecastCategory>(i);
        if (forecastCategoryKey(category) == key)
            return category;
    }
    return std::nullopt;
}

QString forecastCategoryName(ForecastCategory category)
{
    switch (category) {
    case ForecastCategory::Pipeline: return QCoreApplication::translate("dmc::ForecastCategory", "Pipeline");
    case ForecastCategory::BestCase: return QCoreApplication::translate("dmc::ForecastCategory", "Best Case");
    case ForecastCategory::Commit: return QCoreApplication::translate("dmc::ForecastCategory", "Commit");
    case ForecastCategory::Closed: return QCoreApplication::translate("dmc::ForecastCategory", "Closed");
    case ForecastCategory::Omitted: return QCoreApplication::translate("dmc::ForecastCategory", "Omitted");
    }
    return {};
}

} // namespace dmc
