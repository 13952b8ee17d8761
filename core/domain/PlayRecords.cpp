#include "PlayRecords.h"

namespace dmc {

QString artifactStatusKey(ArtifactStatus status)
{
    switch (status) {
    case ArtifactStatus::NotStarted: return QStringLiteral("not_started");
    case ArtifactStatus::InProgress: return QStringLiteral("in_progress");
    case ArtifactStatus::Done: return QStringLiteral("done");
    case ArtifactStatus::NotRequired: return QStringLiteral("not_required");
    }
    return {};
}

std::optional<ArtifactStatus> artifactStatusFromKey(const QString &key)
{
    for (const auto status :
         {ArtifactStatus::NotStarted, ArtifactStatus::InProgress, ArtifactStatus::Done, ArtifactStatus::NotRequired})
        if (artifactStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString taskRoleKey(TaskRole role)
{
    switch (role) {
    case TaskRole::AE: return QStringLiteral("ae");
    case TaskRole::SE: return QStringLiteral("se");
    case TaskRole::Partner: return QStringLiteral("partner");
    case TaskRole::CS: return QStringLiteral("cs");
    }
    return {};
}

std::optional<TaskRole> taskRoleFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    for (const auto role : {TaskRole::AE, TaskRole::SE, TaskRole::Partner, TaskRole::CS})
        if (taskRoleKey(role) == lower)
            return role;
    return std::nullopt;
}

QStringList splitListCell(const QString &cell)
{
    QStringList parts;
    for (const QString &part : cell.split(u';')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

QString joinListCell(const QStringList &list)
{
    return list.join(QStringLiteral("; "));
}

} // namespace dmc
