#include "AttributionRules.h"

#include "store/Database.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace dmc {

namespace {

Error badRules(const QString &source, const QString &message)
{
    Error error;
    error.kind = Error::Kind::BadInput;
    error.file = source;
    error.message = message;
    return error;
}

} // namespace

AttributionRules::AttributionRules()
{
    QFile file(QStringLiteral(":/plays/attribution-rules.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const Status merged = merge(file.readAll(), file.fileName());
        Q_ASSERT(merged.ok());
    }
}

Result<AttributionRules> AttributionRules::load(const Database &database)
{
    AttributionRules rules;
    const QString stored = database.setting(SettingKey);
    if (stored.isEmpty())
        return rules;
    if (Status merged = rules.merge(stored.toUtf8(), tr("setting \"%1\"").arg(SettingKey)); !merged)
        return merged.error();
    return rules;
}

Status AttributionRules::merge(const QByteArray &text, const QString &source)
{
    using json = nlohmann::json;
    const json root = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return badRules(source, tr("not a JSON object"));
    AttributionRules merged = *this;
    if (root.contains("partner_sources")) {
        const json &list = root["partner_sources"];
        if (!list.is_array())
            return badRules(source, tr("partner_sources: expected a list of lead sources"));
        merged.m_partnerSources.clear();
        for (const json &entry : list) {
            if (!entry.is_string())
                return badRules(source, tr("partner_sources: expected a list of lead sources"));
            merged.m_partnerSources << QString::fromStdString(entry.get<std::string>());
        }
    }
    if (root.contains("registration_counts_as_sourced")) {
        if (!root["registration_counts_as_sourced"].is_boolean())
            return badRules(source, tr("registration_counts_as_sourced: expected true or false"));
        merged.m_registrationCountsAsSourced = root["registration_counts_as_sourced"].get<bool>();
    }
    if (root.contains("minimum_n")) {
        const json &n = root["minimum_n"];
        if (!n.is_number_integer() || n.get<int>() < 1 || n.get<int>() > 1000)
            return badRules(source, tr("minimum_n: expected a whole number from 1 to 1000"));
        merged.m_minimumN = n.get<int>();
    }
    *this = merged;
    return Done{};
}

bool AttributionRules::isPartnerSource(const QString &source) const
{
    return !source.isEmpty() && m_partnerSources.contains(source.trimmed(), Qt::CaseInsensitive);
}

} // namespace dmc
