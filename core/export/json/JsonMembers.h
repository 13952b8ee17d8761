#pragma once

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace dmc {

// A JSON object's members as (name, builder) pairs, each value built only when called: a large
// document printed member by member never holds its whole tree at once.
using JsonMemberBuilders = std::vector<std::pair<std::string, std::function<nlohmann::json()>>>;

} // namespace dmc
