#include "InsightMark.h"

namespace dmc {

QString insightMarkStatusKey(InsightMarkStatus status)
{
    switch (status) {
    case InsightMarkStatus::Seen: return QStringLiteral("seen");
    case InsightMarkStatus::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<InsightMarkStatus> insightMarkStatusFromKey(const QString &key)
{
    for (const auto status : {InsightMarkStatus::Seen, InsightMarkStatus::Dismissed})
        if (insightMarkStatusKey(status) == key)
            return status;
    return std::nullopt;
}

} // namespace dmc
