#pragma once

#include "Dataset.h"

#include <algorithm>

namespace dmc {

// Reads rows() in ascending index order and gives their pages back behind it, a few megabytes at a
// time (Dataset::releaseRows). A pass over many deals' histories, sorted by row index, then holds
// a few megabytes of the image at once instead of every page it read: deal by deal, a company's
// histories page in nearly every week's rows.
class RowsReleasedBehind
{
public:
    explicit RowsReleasedBehind(const Dataset &data)
        : m_data(data)
        , m_rows(data.rows())
    {
    }
    ~RowsReleasedBehind() { m_data.releaseRows(m_rows.subspan(m_releasedUpTo, m_readUpTo - m_releasedUpTo)); }
    RowsReleasedBehind(const RowsReleasedBehind &) = delete;
    RowsReleasedBehind &operator=(const RowsReleasedBehind &) = delete;

    // `index` at least the previous one read.
    const SnapshotRecord &operator[](quint32 index)
    {
        if (index - m_releasedUpTo >= Step) {
            m_data.releaseRows(m_rows.subspan(m_releasedUpTo, index - m_releasedUpTo));
            m_releasedUpTo = index;
        }
        m_readUpTo = std::max(m_readUpTo, size_t(index) + 1);
        return m_rows[index];
    }

private:
    static constexpr size_t Step = (size_t(4) << 20) / sizeof(SnapshotRecord);
    const Dataset &m_data;
    std::span<const SnapshotRecord> m_rows;
    size_t m_releasedUpTo = 0;
    size_t m_readUpTo = 0;
};

} // namespace dmc
