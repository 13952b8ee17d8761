#include "SavedView.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace dmc {

namespace {

using Json = nlohmann::json;

constexpr std::array<const char *, 3> GroupingKeys{"none", "rep", "rule"};

std::string text(const QString &value)
{
    return value.toStdString();
}

QString textOf(const Json &object, const char *key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

} // namespace

QString SavedView::groupingKey(QueueGrouping grouping)
{
    return QLatin1String(GroupingKeys[std::size_t(grouping)]);
}

std::optional<SavedView::QueueGrouping> SavedView::groupingFromKey(const QString &key)
{
    for (std::size_t i = 0; i < GroupingKeys.size(); ++i)
        if (key == QLatin1String(GroupingKeys[i]))
            return QueueGrouping(i);
    return std::nullopt;
}

QByteArray SavedView::toJson() const
{
    Json root = Json::object();
    root["scope"] = text(scopeKey);
    root["compare_to"] = text(compareRule.key());
    Json hidden = Json::array();
    for (const QString &rule : hiddenRules)
        hidden.push_back(text(rule));
    root["hidden_rules"] = hidden;
    root["group_by"] = text(groupingKey(grouping));
    root["sort"] = Json{{"column", sortColumn}, {"ascending", sortAscending}};
    return QByteArray::fromStdString(root.dump());
}

std::optional<SavedView> SavedView::fromJson(const QString &name, const QByteArray &text)
{
    const Json root = Json::parse(text.toStdString(), nullptr, false);
    if (!root.is_object())
        return std::nullopt;
    SavedView view;
    view.name = name;
    view.scopeKey = textOf(root, "scope");
    view.compareRule = CompareToRule::parse(textOf(root, "compare_to"));
    if (const auto hidden = root.find("hidden_rules"); hidden != root.end() && hidden->is_array())
        for (const Json &rule : *hidden)
            if (rule.is_string())
                view.hiddenRules << QString::fromStdString(rule.get<std::string>());
    view.hiddenRules.sort();
    view.grouping = groupingFromKey(textOf(root, "group_by")).value_or(QueueGrouping::None);
    if (const auto sort = root.find("sort"); sort != root.end() && sort->is_object()) {
        view.sortColumn = sort->value("column", -1);
        view.sortAscending = sort->value("ascending", false);
    }
    return view;
}

} // namespace dmc
