#pragma once

#include <QString>

#include <optional>

namespace dmc {

// The value of an enum with Count values 0..Count-1 whose key (as toKey writes it) is key.
template<typename Enum, int Count>
std::optional<Enum> enumFromKey(const QString &key, QString (*toKey)(Enum))
{
    for (int i = 0; i < Count; ++i) {
        const auto value = static_cast<Enum>(i);
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace dmc
