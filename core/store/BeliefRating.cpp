#include "BeliefRating.h"

namespace dmc {

QString beliefLevelKey(BeliefLevel level)
{
    switch (level) {
    case BeliefLevel::Proven: return QStringLiteral("proven");
    case BeliefLevel::MostlyProven: return QStringLiteral("mostly_proven");
    case BeliefLevel::NeedsProof: return QStringLiteral("needs_proof");
    }
    return {};
}

std::optional<BeliefLevel> beliefLevelFromKey(const QString &key)
{
    for (auto level : {BeliefLevel::Proven, BeliefLevel::MostlyProven, BeliefLevel::NeedsProof}) {
        if (beliefLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

} // namespace dmc
