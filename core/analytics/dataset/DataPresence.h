#pragma once

#include "DataField.h"

#include <QtGlobal>

namespace dmc {

// Which fields of a dataset hold at least one value, summed up once while the Dataset is built
// (a few bit operations per row) so the risk filters and views can tell what the data lacks.
class DataPresence
{
public:
    bool has(DataField field) const { return m_bits & bit(field); }
    void add(DataField field) { m_bits |= bit(field); }
    void add(DataField field, bool present) { m_bits |= present ? bit(field) : 0u; }
    // Sets or clears one field (the POC rows are attached after a cached image was read).
    void set(DataField field, bool present) { m_bits = present ? m_bits | bit(field) : m_bits & ~bit(field); }

    // The raw bits, for the dataset cache image.
    quint32 bits() const { return m_bits; }
    static DataPresence fromBits(quint32 bits)
    {
        DataPresence presence;
        presence.m_bits = bits & ((quint32(1) << DataFieldCount) - 1);
        return presence;
    }

    friend bool operator==(const DataPresence &a, const DataPresence &b) { return a.m_bits == b.m_bits; }

private:
    static quint32 bit(DataField field) { return quint32(1) << int(field); }
    quint32 m_bits = 0;
};

static_assert(DataFieldCount <= 32, "DataPresence keeps one bit per field");

} // namespace dmc
