#pragma once

#include <QString>

#include <optional>

namespace dmc {

// Why a deal's contribution to the open pipeline of a period changed between two snapshots.
// First match wins, in this order (docs/definitions.md#pipeline-changes; the two transfers are ours: an owner
// change across the scope boundary).
enum class ChangeReason : quint8 {
    Won,            // in the opening pipeline, won at S1
    Lost,           // in the opening pipeline, lost / omitted / deleted (flag `removed`) at S1
    New,            // in the closing pipeline, absent at S0 (or closed at S0 and reopened: flag `reopened`)
    PulledIn,       // close date moved into P
    PushedOut,      // close date moved out of P
    TransferredIn,  // owner moved into the scope
    TransferredOut, // owner moved out of the scope
    Increased,      // in P at both dates, amount up
    Decreased,      // amount down
    CategoryUp,     // same amount, category moved up (Pipeline -> Best Case -> Commit)
    CategoryDown,
    Unchanged
};
inline constexpr int ChangeReasonCount = 12;

QString changeReasonKey(ChangeReason reason); // "won", "pulled_in", ... (JSON, CSV)
std::optional<ChangeReason> changeReasonFromKey(const QString &key);
QString changeReasonName(ChangeReason reason); // translated

} // namespace dmc
