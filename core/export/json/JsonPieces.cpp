#include "JsonPieces.h"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <string>
#include <variant>

namespace dmc {

namespace {
// Writes `text` (a dump at indent 2) with every line after the first indented by `indent` spaces:
// a value nested at that depth. JSON strings never hold a raw newline, so lines are safe to split.
void writeNested(std::ostream &out, const std::string &text, int indent)
{
    const std::string pad(size_t(indent), ' ');
    size_t start = 0;
    for (size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', start)) {
        out.write(text.data() + start, std::streamsize(newline + 1 - start));
        out << pad;
        start = newline + 1;
    }
    out.write(text.data() + start, std::streamsize(text.size() - start));
}
} // namespace

void writeJsonInPieces(std::ostream &out, const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
                       const JsonMemberBuilders &built)
{
    using Builder = std::function<nlohmann::json()>;
    // Keys in the order nlohmann's object (a std::map) would hold them.
    std::map<std::string, std::variant<const nlohmann::json *, const JsonArrayStream *, const Builder *>> members;
    for (auto it = object.begin(); it != object.end(); ++it)
        members.emplace(it.key(), &it.value());
    for (const JsonArrayStream &array : arrays)
        members[array.name] = &array;
    for (const auto &[name, build] : built)
        members[name] = &build;
    if (members.empty()) {
        out << "{}\n";
        return;
    }
    out << "{\n";
    size_t written = 0;
    for (const auto &[key, member] : members) {
        out << "  " << nlohmann::json(key).dump() << ": ";
        if (const auto *value = std::get_if<const nlohmann::json *>(&member)) {
            writeNested(out, (*value)->dump(2), 2);
        } else if (const auto *build = std::get_if<const Builder *>(&member)) {
            writeNested(out, (**build)().dump(2), 2);
        } else {
            const JsonArrayStream &array = *std::get<const JsonArrayStream *>(member);
            if (array.count == 0) {
                out << "[]";
            } else {
                out << "[\n";
                for (size_t i = 0; i < array.count; ++i) {
                    out << "    ";
                    writeNested(out, array.element(i).dump(2), 4);
                    out << (i + 1 < array.count ? ",\n" : "\n");
                }
                out << "  ]";
            }
        }
        out << (++written < members.size() ? ",\n" : "\n");
    }
    out << "}\n";
}

} // namespace dmc
