#pragma once

#include "Dataset.h"

namespace dmc {

// A pass that reads deals' histories in ascending deal order gives the image's pages of rows() and
// of the history index back every few thousand deals (Dataset::releaseHistoryPages). rows() is
// stored week by week, so one deal's history lies on a page of every week, and a pass over a
// company's deals would otherwise hold nearly every page of the image at once (270 MB at 300k
// deals). With it the pass holds each week's rows of the last few thousand deals: a few megabytes,
// read again from the page cache when a later pass needs them.
class HistoryPassPaging
{
public:
    explicit HistoryPassPaging(const Dataset &data)
        : m_data(data)
    {
    }
    ~HistoryPassPaging() { m_data.releaseHistoryPages(); }
    HistoryPassPaging(const HistoryPassPaging &) = delete;
    HistoryPassPaging &operator=(const HistoryPassPaging &) = delete;

    // Once per deal, before reading its history.
    void nextDeal()
    {
        if (++m_deals == DealsPerRelease) {
            m_deals = 0;
            m_data.releaseHistoryPages();
        }
    }

private:
    static constexpr int DealsPerRelease = 4096;
    const Dataset &m_data;
    int m_deals = 0;
};

} // namespace dmc
