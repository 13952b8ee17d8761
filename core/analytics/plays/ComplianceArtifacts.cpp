#include "ComplianceArtifacts.h"

#include "store/Database.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace dmc {

namespace {

Error badList(const QString &source, const QString &message)
{
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = source;
    error.message = message;
    return error;
}

// The shipped names that a language writes differently; the others are proper names.
QString shippedLabel(const QString &id)
{
    if (id == QLatin1String("security_questionnaire"))
        return ComplianceArtifacts::tr("Security questionnaire");
    return {};
}

} // namespace

ComplianceArtifacts::ComplianceArtifacts()
{
    QFile file(QStringLiteral(":/plays/compliance-artifacts.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const Status merged = merge(file.readAll(), file.fileName());
        Q_ASSERT(merged.ok());
    }
}

Result<ComplianceArtifacts> ComplianceArtifacts::load(const Database &database)
{
    ComplianceArtifacts list;
    const QString stored = database.setting(SettingKey);
    if (stored.isEmpty())
        return list;
    if (Status merged = list.merge(stored.toUtf8(), tr("setting \"%1\"").arg(SettingKey)); !merged)
        return merged.error();
    return list;
}

Status ComplianceArtifacts::merge(const QByteArray &text, const QString &source)
{
    using json = nlohmann::json;
    const json root = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return badList(source, tr("not a JSON object"));
    if (!root.contains("artifacts") || !root["artifacts"].is_array())
        return badList(source, tr("artifacts: expected a list"));
    std::vector<Artifact> merged = m_artifacts;
    int index = 0;
    for (const json &entry : root["artifacts"]) {
        const QString path = QStringLiteral("artifacts[%1]").arg(index++);
        if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string())
            return badList(source, tr("%1: expected an object with an id").arg(path));
        Artifact artifact;
        artifact.id = QString::fromStdString(entry["id"].get<std::string>()).toLower();
        artifact.name = entry.contains("name") && entry["name"].is_string()
            ? QString::fromStdString(entry["name"].get<std::string>())
            : artifact.id;
        auto it =
            std::find_if(merged.begin(), merged.end(), [&](const Artifact &own) { return own.id == artifact.id; });
        if (it != merged.end())
            *it = artifact;
        else
            merged.push_back(artifact);
    }
    m_artifacts = std::move(merged);
    return Done{};
}

int ComplianceArtifacts::orderOf(const QString &id) const
{
    for (size_t i = 0; i < m_artifacts.size(); ++i)
        if (m_artifacts[i].id == id)
            return int(i);
    return int(m_artifacts.size());
}

QString ComplianceArtifacts::label(const QString &id) const
{
    if (const QString shipped = shippedLabel(id); !shipped.isEmpty())
        return shipped;
    for (const Artifact &artifact : m_artifacts)
        if (artifact.id == id)
            return artifact.name;
    return id;
}

} // namespace dmc
