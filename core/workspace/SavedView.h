#pragma once

#include "workspace/CompareToRule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dmc {

// A way of looking at the data that a DM named to come back to: the scope, the compare-to rule
// and how the inspection queue is set up (which risk filters it hides, grouping, sort). The as-of
// is not kept: a view opens on the week shown. Kept as the DM's own setting (SavedViews).
struct SavedView
{
    enum class QueueGrouping { None, Rep, Rule };

    QString name;
    QString scopeKey; // Scope::key(): "all", "district:East", "rep:r1"
    CompareToRule compareRule;
    QStringList hiddenRules; // risk filter ids the queue hides, sorted
    QueueGrouping grouping = QueueGrouping::None;
    int sortColumn = -1; // the queue's column as the window numbers them; -1: the default sort
    bool sortAscending = false;

    // As stored: {"scope": ..., "compare_to": ..., "hidden_rules": [...], "group_by": "rep",
    // "sort": {"column": ..., "ascending": ...}}.
    QByteArray toJson() const;
    // nullopt for text that is not such an object (a view written by a later version with other
    // fields keeps the ones read here).
    static std::optional<SavedView> fromJson(const QString &name, const QByteArray &json);

    // "none" | "rep" | "rule", as stored and as the command line takes them.
    static QString groupingKey(QueueGrouping grouping);
    static std::optional<QueueGrouping> groupingFromKey(const QString &key);

    bool operator==(const SavedView &other) const = default;
};

} // namespace dmc
