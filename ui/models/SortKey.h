#pragma once

#include <QString>

#include <variant>

namespace dmc::ui {

// A typed value to sort a cell by: a number (money in cents, counts, ratios, Julian days) or
// text. Models hand these to TypedSortProxy so sorting never goes through QVariant.
using SortKey = std::variant<std::monostate, double, QString>;

} // namespace dmc::ui
