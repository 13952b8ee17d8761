#pragma once

#include "domain/PocRecords.h"

#include <QHash>

#include <span>
#include <utility>
#include <vector>

namespace dmc {

class Dataset;

// The stored POCs (the poc tables, PocReader) grouped by deal for the risk filters that read
// them (docs/definitions.md#risk-filters). The dataset cache image keeps them grouped
// (PocPlayImage). POC rows on a deal the data does not hold are left out, as on the POC board.
class DatasetPocs
{
public:
    DatasetPocs() = default;
    // Groups `records` by the dataset's opportunity index.
    DatasetPocs(PocRecords records, const Dataset &dataset);

    bool isEmpty() const { return m_records.pocs.empty(); }
    const PocRecords &records() const { return m_records; }

    // The POCs of one deal by start (no start last), then id.
    std::span<const PocRecord> pocsOf(qint32 opportunity) const;
    // The rows of one POC of records().pocs, by id.
    std::span<const PocCriterion> criteriaOf(const PocRecord &poc) const;
    std::span<const PocCheckIn> checkInsOf(const PocRecord &poc) const;
    std::span<const PocTask> tasksOf(const PocRecord &poc) const;
    // The POC rows of one deal with their criteria, check-ins and tasks, each table by its key as
    // PocReader reads them (POCs by id; the rest by POC, then id): the deal detail's scorecards
    // built from these are those of every POC row, without reading the POC tables again.
    PocRecords recordsOf(qint32 opportunity) const;

private:
    friend class PocPlayImage;

    size_t indexOf(const PocRecord &poc) const { return size_t(&poc - m_records.pocs.data()); }

    PocRecords m_records;                                // pocs by (deal, start, id); the rest by (POC, id)
    QHash<qint32, std::pair<quint32, quint32>> m_byDeal; // opportunity -> [first, last) in pocs
    std::vector<quint32> m_criteriaOffsets;              // pocs + 1
    std::vector<quint32> m_checkInOffsets;               // pocs + 1
    std::vector<quint32> m_taskOffsets;                  // pocs + 1
};

} // namespace dmc
