#pragma once

#include <QStringView>

#include <nlohmann/json.hpp>

#include <functional>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace dmc {

class JsonWriter;

// One member of an object written by JsonWriter::object(): a small value held as a tree, or a
// function that writes a large value (a drill list, a table) straight to the writer.
struct JsonMember
{
    std::string_view name; // sorted with the others before writing, as nlohmann's object keeps keys
    nlohmann::json value;
    std::function<void(JsonWriter &)> write; // when set, it writes the value and `value` is unused
};
using JsonMemberList = std::vector<JsonMember>;

// Writes a JSON document as it goes, byte for byte what nlohmann's dump(2) writes for the same
// tree. The cockpit of a company holds 70k deal ids in its drill lists: as a tree that is a node
// and a heap string each, built, dumped and freed, a third of the command's time.
class JsonWriter
{
public:
    explicit JsonWriter(std::ostream &out);

    // An object of `members`, written in key order (ascending bytes, as nlohmann's std::map).
    void object(JsonMemberList members);
    void beginArray();
    void endArray();
    // A string array of `count` items, item i given by `text(i)`.
    void strings(size_t count, const std::function<QStringView(size_t)> &text);
    // Any value held as a tree, nested at the current depth.
    void value(const nlohmann::json &value);

private:
    void beforeValue();
    // Starts the innermost level's next value or member on a line of its own.
    void startLine();
    void string(QStringView text);
    void indent(size_t depth);

    struct Level
    {
        bool isArray = false;
        size_t written = 0;
    };
    std::ostream &m_out;
    std::vector<Level> m_levels;
};

// An object of `members` as a tree (for callers that add to it or compare it).
nlohmann::json toTree(JsonMemberList members);

} // namespace dmc
