#pragma once

#include "domain/FiscalPeriod.h"
#include "domain/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <span>

namespace dmc {

class Dataset;

// Shared conventions of every analytics JSON (docs/json-schema.md): money as a number in
// reporting-currency units with 2 decimals, dates ISO "YYYY-MM-DD" (null when none), ratios as
// plain numbers (null when undefined), strings UTF-8.
namespace json {

nlohmann::json money(Cents cents);
nlohmann::json money(const std::optional<Cents> &cents);
nlohmann::json date(const QDate &date);
nlohmann::json date(const std::optional<QDate> &date);
nlohmann::json text(const QString &text);
std::string utf8(QStringView text);
nlohmann::json ratio(const std::optional<double> &value); // rounded to 4 decimals
nlohmann::json period(const FiscalPeriod &period);        // {"key","start","end"}
nlohmann::json ids(const Dataset &dataset, std::span<const qint32> opportunities);
nlohmann::json strings(const QStringList &list);

} // namespace json
} // namespace dmc
