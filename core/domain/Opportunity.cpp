#include "Opportunity.h"

#include "EnumKeys.h"

namespace dmc {

QString dealTypeKey(DealType type)
{
    switch (type) {
    case DealType::New: return QStringLiteral("new");
    case DealType::Expansion: return QStringLiteral("expansion");
    case DealType::Renewal: return QStringLiteral("renewal");
    }
    return {};
}

std::optional<DealType> dealTypeFromKey(const QString &key)
{
    return enumFromKey<DealType, 3>(key, &dealTypeKey);
}

QString pocStatusKey(PocStatus status)
{
    switch (status) {
    case PocStatus::None: return QStringLiteral("none");
    case PocStatus::Planned: return QStringLiteral("planned");
    case PocStatus::Active: return QStringLiteral("active");
    case PocStatus::Complete: return QStringLiteral("complete");
    case PocStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<PocStatus> pocStatusFromKey(const QString &key)
{
    return enumFromKey<PocStatus, 5>(key, &pocStatusKey);
}

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::NotStarted: return QStringLiteral("not_started");
    case ReviewStatus::InProgress: return QStringLiteral("in_progress");
    case ReviewStatus::Complete: return QStringLiteral("complete");
    case ReviewStatus::NotRequired: return QStringLiteral("not_required");
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    return enumFromKey<ReviewStatus, 4>(key, &reviewStatusKey);
}

QString pocStatusKey(const std::optional<PocStatus> &status)
{
    return status ? pocStatusKey(*status) : QString();
}

QString reviewStatusKey(const std::optional<ReviewStatus> &status)
{
    return status ? reviewStatusKey(*status) : QString();
}

} // namespace dmc
