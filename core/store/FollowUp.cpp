#include "FollowUp.h"

namespace dmc {

QString followUpStatusKey(FollowUpStatus status)
{
    return status == FollowUpStatus::Done ? QStringLiteral("done") : QStringLiteral("open");
}

std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key)
{
    if (key == QLatin1String("open"))
        return FollowUpStatus::Open;
    if (key == QLatin1String("done"))
        return FollowUpStatus::Done;
    return std::nullopt;
}

} // namespace dmc
