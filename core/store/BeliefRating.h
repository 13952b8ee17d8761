#pragma once

#include <QString>

#include <optional>

namespace dmc {

// How far the DM holds a belief about a deal proven (the belief stack, docs/definitions.md#beliefs-and-questions).
enum class BeliefLevel : quint8 { Proven, MostlyProven, NeedsProof };

QString beliefLevelKey(BeliefLevel level); // "proven" | "mostly_proven" | "needs_proof"
std::optional<BeliefLevel> beliefLevelFromKey(const QString &key);

// One belief of a deal's stack, at a position (1-based), rated by the DM.
struct BeliefRating
{
    QString opportunityId;
    int position = 0;
    QString belief;
    BeliefLevel rating = BeliefLevel::NeedsProof;
    QString author;
    QString updatedAt;
    int version = 0; // 0 until stored
};

} // namespace dmc
