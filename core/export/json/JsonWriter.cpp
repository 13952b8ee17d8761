#include "JsonWriter.h"

#include "JsonSupport.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>

namespace dmc {

namespace {
constexpr size_t IndentWidth = 2;
} // namespace

JsonWriter::JsonWriter(std::ostream &out)
    : m_out(out)
{
}

void JsonWriter::indent(size_t depth)
{
    static const std::string spaces(64, ' ');
    for (size_t left = depth * IndentWidth; left > 0;) {
        const size_t now = std::min(left, spaces.size());
        m_out.write(spaces.data(), std::streamsize(now));
        left -= now;
    }
}

void JsonWriter::beforeValue()
{
    // An array's values start lines of their own; an object's were placed by object().
    if (!m_levels.empty() && m_levels.back().isArray)
        startLine();
}

void JsonWriter::startLine()
{
    if (m_levels.back().written++ > 0)
        m_out.put(',');
    m_out.put('\n');
    indent(m_levels.size());
}

void JsonWriter::object(JsonMemberList members)
{
    beforeValue();
    if (members.empty()) {
        m_out.write("{}", 2);
        return;
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const JsonMember &a, const JsonMember &b) { return a.name < b.name; });
    m_out.put('{');
    m_levels.push_back({false, 0});
    for (const JsonMember &member : members) {
        startLine();
        m_out.put('"');
        m_out.write(member.name.data(), std::streamsize(member.name.size())); // names are plain ASCII
        m_out.write("\": ", 3);
        if (member.write)
            member.write(*this);
        else
            value(member.value);
    }
    m_levels.pop_back();
    m_out.put('\n');
    indent(m_levels.size());
    m_out.put('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.put('[');
    m_levels.push_back({true, 0});
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.back().written == 0;
    m_levels.pop_back();
    if (!empty) {
        m_out.put('\n');
        indent(m_levels.size());
    }
    m_out.put(']');
}

void JsonWriter::strings(size_t count, const std::function<QStringView(size_t)> &text)
{
    beginArray();
    for (size_t i = 0; i < count; ++i) {
        beforeValue();
        string(text(i));
    }
    endArray();
}

void JsonWriter::string(QStringView text)
{
    // Printable ASCII without '"' or '\\' is written as it is; anything else as nlohmann escapes it.
    std::array<char, 258> bytes;
    bool plain = text.size() <= 256;
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        plain = unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\';
        bytes[size_t(i) + 1] = char(unit);
    }
    if (!plain) {
        const std::string quoted = nlohmann::json(json::utf8(text)).dump();
        m_out.write(quoted.data(), std::streamsize(quoted.size()));
        return;
    }
    bytes[0] = '"';
    bytes[size_t(text.size()) + 1] = '"';
    m_out.write(bytes.data(), std::streamsize(text.size() + 2));
}

void JsonWriter::value(const nlohmann::json &value)
{
    beforeValue();
    // A nested tree's lines after the first move right by the depth. JSON strings never hold a
    // raw newline, so lines are safe to split.
    const std::string text = value.dump(int(IndentWidth));
    size_t start = 0;
    for (size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', start)) {
        m_out.write(text.data() + start, std::streamsize(newline + 1 - start));
        indent(m_levels.size());
        start = newline + 1;
    }
    m_out.write(text.data() + start, std::streamsize(text.size() - start));
}

nlohmann::json toTree(JsonMemberList members)
{
    std::ostringstream out;
    JsonWriter(out).object(std::move(members));
    return nlohmann::json::parse(out.str());
}

} // namespace dmc
