#pragma once

#include "JsonMembers.h"

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <vector>

namespace dmc {

// Writes `object` plus `arrays` (each built one element at a time) and `members` (each built when
// written, freed before the next) to `out`, byte for byte as the whole object's dump(2) and a
// newline: a large document never exists whole, as a tree or as a string.
void writeJsonInPieces(std::ostream &out, const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
                       const JsonMemberBuilders &members = {});

} // namespace dmc
