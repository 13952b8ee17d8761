#pragma once

#include "domain/Meddpicc.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dmc {

// A field of the imported data that a risk filter or a view reads, for telling which ones an
// import brought no value for at all. Keys are stable untranslated words (JSON, rule
// declarations): "close_date", "security_review", "meddpicc_paper_process", "snapshot_history".
enum class DataField : quint8 {
    CloseDate,        // snapshot rows
    Amount,           // snapshot rows
    StageEnteredDate, // snapshot rows
    LastActivityDate, // snapshot rows
    SnapshotHistory,  // two snapshot dates or more
    SecurityReview,
    LegalReview,
    PocStatus,
    PocDates,        // a POC start, planned end or last check-in
    MeddpiccMetrics, // the eight MEDDPICC levels, in MeddpiccElement order
    MeddpiccEconomicBuyer,
    MeddpiccDecisionCriteria,
    MeddpiccDecisionProcess,
    MeddpiccPaperProcess,
    MeddpiccIdentifyPain,
    MeddpiccChampion,
    MeddpiccCompetition,
    HealthReading,     // an account health reading
    RenewalDate,       // an account renewal date
    PocRecords,        // a stored POC row (pocs.csv): checklist, criteria, check-ins, tasks
    PlaySteps,         // a stored play with a step (plays.csv, play_steps.csv)
    PlayArtifacts,     // a stored play naming required compliance artifacts and their stage (plays.csv)
    ComplianceRecords, // a stored compliance artifact row of a deal (compliance.csv)
    DealTasks,         // a stored task row of a deal (tasks.csv)
};
inline constexpr int DataFieldCount = 24;

QString dataFieldKey(DataField field);
std::optional<DataField> dataFieldFromKey(QStringView key);
DataField meddpiccField(MeddpiccElement element);
std::optional<MeddpiccElement> meddpiccElementOf(DataField field);

} // namespace dmc
