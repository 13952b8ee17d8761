#pragma once

#include <QString>

namespace dmc::latin1 {

// A file, table or column name as the code spells it: ASCII, so Latin-1.
inline QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace dmc::latin1
