#include "JsonSupport.h"

#include "analytics/dataset/Dataset.h"

#include <cmath>

namespace dmc::json {

nlohmann::json money(Cents cents)
{
    // Integer division keeps exact cents; the double carries at most 2 decimals.
    return double(cents) / 100.0;
}

nlohmann::json money(const std::optional<Cents> &cents)
{
    return cents ? money(*cents) : nlohmann::json(nullptr);
}

nlohmann::json date(const QDate &value)
{
    return value.isValid() ? nlohmann::json(value.toString(Qt::ISODate).toStdString()) : nlohmann::json(nullptr);
}

nlohmann::json date(const std::optional<QDate> &value)
{
    return value ? date(*value) : nlohmann::json(nullptr);
}

nlohmann::json text(const QString &value)
{
    return value.toStdString();
}

nlohmann::json ratio(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return nullptr;
    return std::round(*value * 10000.0) / 10000.0;
}

nlohmann::json period(const FiscalPeriod &value)
{
    if (!value.isValid())
        return nullptr;
    return {{"key", value.key().toStdString()}, {"start", date(value.start)}, {"end", date(value.end)}};
}

nlohmann::json ids(const Dataset &dataset, std::span<const qint32> opportunities)
{
    nlohmann::json array = nlohmann::json::array();
    for (const qint32 index : opportunities)
        array.push_back(dataset.opportunity(index).id.toStdString());
    return array;
}

nlohmann::json strings(const QStringList &list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &item : list)
        array.push_back(item.toStdString());
    return array;
}

} // namespace dmc::json
