#pragma once

#include "domain/PlayRecords.h"

#include <QHash>

#include <span>
#include <utility>
#include <vector>

namespace dmc {

class Dataset;

// The stored plays, play steps, compliance artifacts and deal tasks (the play tables, PlayReader)
// for the risk filters that read them (docs/definitions.md#risk-filters). Like DatasetPocs, kept
// grouped in the dataset cache image (PocPlayImage). Compliance and task rows on a deal the data
// does not hold, and steps of a play it lacks, are left out.
class DatasetPlays
{
public:
    DatasetPlays() = default;
    // Groups the compliance and task rows by the dataset's opportunity index.
    DatasetPlays(PlayRecords records, const Dataset &dataset);

    // Every row kept: steps by (play, id), compliance by (deal, artifact), tasks by (deal, id); the
    // partner tables as read (the plays report of a pack or an agenda reads them all).
    const PlayRecords &records() const { return m_records; }
    const std::vector<Play> &plays() const { return m_records.plays; }
    // The steps of one play, by id (the filters order them by due stage).
    std::span<const PlayStep> stepsOf(const Play &play) const;
    // The rows of one deal, by artifact / by task id.
    std::span<const ComplianceRecord> complianceOf(qint32 opportunity) const;
    std::span<const DealTask> tasksOf(qint32 opportunity) const;

    bool hasPlaySteps() const { return !m_records.steps.empty(); }
    bool hasPlayArtifacts() const; // a play naming required artifacts and the stage they are due by
    bool hasCompliance() const { return !m_records.compliance.empty(); }
    bool hasTasks() const { return !m_records.tasks.empty(); }

private:
    friend class PocPlayImage;

    PlayRecords m_records;
    QHash<QString, std::pair<quint32, quint32>> m_stepsByPlay;     // play id -> [first, last)
    QHash<qint32, std::pair<quint32, quint32>> m_complianceByDeal; // opportunity -> [first, last)
    QHash<qint32, std::pair<quint32, quint32>> m_tasksByDeal;      // opportunity -> [first, last)
};

} // namespace dmc
