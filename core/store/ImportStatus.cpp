#include "ImportStatus.h"

namespace dmc {

QString importStatusKey(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Running: return QStringLiteral("running");
    case ImportStatus::Done: return QStringLiteral("done");
    case ImportStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

std::optional<ImportStatus> importStatusFromKey(const QString &key)
{
    for (const auto status : {ImportStatus::Running, ImportStatus::Done, ImportStatus::Skipped})
        if (importStatusKey(status) == key)
            return status;
    return std::nullopt;
}

} // namespace dmc
