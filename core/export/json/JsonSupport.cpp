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

std::string utf8(QStringView value)
{
    // Ids, stages and names are mostly ASCII: one allocation instead of toStdString's two.
    std::string bytes(size_t(value.size()), '\0');
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t unit = value[i].unicode();
        if (unit >= 0x80)
            return value.toUtf8().toStdString();
        bytes[size_t(i)] = char(unit);
    }
    return bytes;
}

nlohmann::json text(const QString &value)
{
    return utf8(value);
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
    array.get_ref<nlohmann::json::array_t &>().reserve(opportunities.size());
    for (const qint32 index : opportunities)
        array.push_back(utf8(dataset.opportunity(index).id));
    return array;
}

nlohmann::json strings(const QStringList &list)
{
    nlohmann::json array = nlohmann::json::array();
    for (const QString &item : list)
        array.push_back(utf8(item));
    return array;
}

} // namespace dmc::json
