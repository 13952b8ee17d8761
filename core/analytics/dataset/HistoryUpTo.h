#pragma once

#include "Dataset.h"

#include <algorithm>
#include <span>

namespace dmc {

// One deal's rows (indices into rows()) up to and including the snapshot `dateIndex`, oldest first.
// rows() is in date order, so a deal's row indices ascend with its dates: the end is found by
// where that snapshot's rows end, without reading a row. Reading each row's date instead paged in
// every week of every deal for a company (all of rows(), 280 MB at 300k deals).
inline std::span<const quint32> historyUpTo(const Dataset &data, qint32 opportunity, int dateIndex)
{
    const std::span<const quint32> history = data.historyOf(opportunity);
    if (dateIndex < 0)
        return {};
    if (dateIndex >= data.snapshotCount())
        return history;
    const std::span<const SnapshotRecord> atDate = data.rowsAt(dateIndex);
    const auto end = quint32(atDate.data() - data.rows().data()) + quint32(atDate.size());
    return history.first(size_t(std::lower_bound(history.begin(), history.end(), end) - history.begin()));
}

} // namespace dmc
