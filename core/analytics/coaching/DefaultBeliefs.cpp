#include "DefaultBeliefs.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <vector>

namespace dmc {

const std::vector<DefaultBeliefs::Belief> &DefaultBeliefs::all()
{
    static const std::vector<Belief> beliefs = [] {
        std::vector<Belief> list;
        QFile file(QStringLiteral(":/coaching/beliefs.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QByteArray bytes = file.readAll();
        const auto root = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
        if (!root.is_object() || !root.contains("beliefs") || !root["beliefs"].is_array())
            return list;
        for (const auto &node : root["beliefs"]) {
            if (!node.is_object())
                continue;
            list.push_back({QString::fromStdString(node.value("key", std::string())),
                            QString::fromStdString(node.value("en", std::string())),
                            QString::fromStdString(node.value("ru", std::string()))});
        }
        return list;
    }();
    return beliefs;
}

const DefaultBeliefs::Belief *DefaultBeliefs::find(const QString &stored)
{
    const QString text = stored.trimmed();
    if (text.isEmpty())
        return nullptr;
    for (const Belief &belief : all()) {
        if (text == belief.key || text == belief.english || text == belief.russian)
            return &belief;
    }
    return nullptr;
}

} // namespace dmc
