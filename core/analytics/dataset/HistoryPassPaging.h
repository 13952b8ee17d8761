#pragma once

#include "Dataset.h"

namespace dmc {

// A pass that reads deals' histories in ascending deal order gives the image's pages of rows() and
// of the history index back every thousand deals (Dataset::releaseHistoryPages). rows() is
// stored week by week, so one deal's history lies on a page of every week, and a pass over a
// company's deals would otherwise hold nearly every page of the image at once (270 MB at 300k
// deals). With it the pass holds each week's rows of the last thousand deals: a few megabytes,
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
    // Each week's rows of a batch of deals are mapped whole pages (or large folios) at a time,
    // so the span a batch maps grows with how sparse its deals are. The canonical 300k image's
    // cockpit held 758 MB with 4096 deals a batch, 628 MB with 1024 and 579 MB with 256; a
    // release costs about a fault per week to map the next batch, 10-15 ms a run at 256 on the
    // 100k Salesforce export.
    static constexpr int DealsPerRelease = 1024;
    const Dataset &m_data;
    int m_deals = 0;
};

} // namespace dmc
