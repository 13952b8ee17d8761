#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace dmc {

// A JSON object's members as (name, builder) pairs, each value built only when called: a large
// document printed member by member never holds its whole tree at once.
using JsonMemberBuilders = std::vector<std::pair<std::string, std::function<nlohmann::json()>>>;

// A JSON array built one element at a time: its name in the object, its element count and
// element i.
struct JsonArrayStream
{
    std::string name;
    size_t count = 0;
    std::function<nlohmann::json(size_t)> element;
};

} // namespace dmc
