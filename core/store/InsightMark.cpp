#include "InsightMark.h"

namespace dmc {

QString insightMarkStatusKey(InsightMarkStatus status)
{
    switch (status) {
    case InsightMarkStatus::Seen: return QStringLiteral("seen");
    case InsightMarkStatus::Dismissed: return QStringLiteral("dismissed");
    case InsightMarkStatus::Cleared: return QStringLiteral("cleared");
    }
    return {};
}

std::optional<InsightMarkStatus> insightMarkStatusFromKey(const QString &key)
{
    for (const auto status : {InsightMarkStatus::Seen, InsightMarkStatus::Dismissed, InsightMarkStatus::Cleared})
        if (insightMarkStatusKey(status) == key)
            return status;
    return std::nullopt;
}

} // namespace dmc
