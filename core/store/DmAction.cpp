#include "DmAction.h"

namespace dmc {

QString dmActionStatusKey(DmActionStatus status)
{
    switch (status) {
    case DmActionStatus::Open: return QStringLiteral("open");
    case DmActionStatus::Reviewed: return QStringLiteral("reviewed");
    case DmActionStatus::Snoozed: return QStringLiteral("snoozed");
    }
    return {};
}

std::optional<DmActionStatus> dmActionStatusFromKey(const QString &key)
{
    for (auto status : {DmActionStatus::Open, DmActionStatus::Reviewed, DmActionStatus::Snoozed}) {
        if (dmActionStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace dmc
