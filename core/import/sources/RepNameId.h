#pragma once

#include <QString>

namespace dmc {

// Exports that name a deal's owner only by full name (Bitrix24, amoCRM): the rep id is derived
// from the name, so the same person gets the same id in every import. Case and runs of spaces
// do not count ("Иван  Петров" and "иван петров" are one rep); the order of the words does.
class RepNameId
{
public:
    // The name as compared: trimmed, inner spaces collapsed, case-folded.
    static QString key(const QString &name);
    // "rep-" and the first 12 hex digits of the SHA-256 of key(name).
    static QString idFor(const QString &name);
};

} // namespace dmc
