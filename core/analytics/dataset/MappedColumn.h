#pragma once

#include <memory>
#include <span>
#include <vector>

namespace dmc {

// A column of plain values that either owns its storage (built from SQL: DatasetBuilder fills
// owned()) or reads it in place from a memory-mapped Dataset image (DatasetCache::read). Mapped,
// the column costs no allocation, no copy and no zeroed page: the OS page cache already holds
// the file, and only the pages a query touches are mapped into the process.
template<class T>
class MappedColumn
{
public:
    std::vector<T> &owned() { return m_owned; }
    // Reads `view` from now on, keeping the mapping alive as long as the column (or a copy) lives.
    void map(std::span<const T> view, std::shared_ptr<const void> mapping)
    {
        m_owned = {};
        m_mapped = view;
        m_mapping = std::move(mapping);
    }

    // Owns a copy of what it reads in place, to be changed (a rare path: rows to be sorted).
    void copyIntoMemory()
    {
        if (!m_mapping)
            return;
        m_owned.assign(m_mapped.begin(), m_mapped.end());
        m_mapped = {};
        m_mapping.reset();
    }

    std::span<const T> span() const { return m_mapping ? m_mapped : std::span<const T>(m_owned); }
    size_t size() const { return span().size(); }
    const T &operator[](size_t index) const { return span()[index]; }
    const T *data() const { return span().data(); }
    bool isMapped() const { return m_mapping != nullptr; }
    size_t heapBytes() const { return m_owned.capacity() * sizeof(T); }

private:
    std::vector<T> m_owned;
    std::span<const T> m_mapped;
    std::shared_ptr<const void> m_mapping;
};

} // namespace dmc
