#include "JsonPieces.h"

#include "JsonWriter.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace dmc {

void writeJsonInPieces(std::ostream &out, const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
                       const JsonMemberBuilders &built)
{
    JsonMemberList members;
    for (auto it = object.begin(); it != object.end(); ++it)
        members.push_back({it.key(), {}, [value = &it.value()](JsonWriter &writer) { writer.value(*value); }});
    for (const JsonArrayStream &array : arrays) {
        members.push_back({array.name, {}, [&array](JsonWriter &writer) {
                               writer.beginArray();
                               for (size_t i = 0; i < array.count; ++i)
                                   writer.value(array.element(i));
                               writer.endArray();
                           }});
    }
    for (const auto &member : built) // by pair: clang 14 cannot capture a structured binding
        members.push_back({member.first, {}, [&member](JsonWriter &writer) { writer.value(member.second()); }});
    JsonWriter(out).object(std::move(members));
    out << '\n';
}

} // namespace dmc
