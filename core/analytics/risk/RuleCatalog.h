#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <span>

namespace dmc {

// What a family of rules in data may hold: the rule ids in display order, each rule's
// parameters with their ranges, its translated name and description, where the shipped
// defaults live and which database setting keeps the DM's overrides. The risk filters
// (RuleSet's defaults) and the insight detectors (InsightRules) are two such families read and
// written by the same RuleSet code.
struct RuleCatalog
{
    struct Param
    {
        const char *key = nullptr;
        int min = 0;
        int max = 0;
    };
    // What QT_TRANSLATE_NOOP3 expands to: the source text and its disambiguation (the rule id).
    struct NoopText
    {
        const char *source = nullptr;
        const char *comment = nullptr;
    };
    struct Spec
    {
        const char *id = nullptr;
        NoopText name;
        NoopText description;
        std::array<Param, 6> params{};
        // The data fields the rule reads (DataField keys), so it can say when an import has none:
        // requirements separated by spaces, all needed; within one, `a|b` = either will do;
        // `param:a|b|...` = at least the value of that parameter of them.
        const char *reads = "";
    };

    const char *context = nullptr;       // translation context of names and descriptions
    const char *resource = nullptr;      // embedded defaults, e.g. ":/rules/default-rules.json"
    const char *settingKey = nullptr;    // database setting with the DM's overrides
    const char *stageDaysRule = nullptr; // the rule with per-stage day limits; nullptr when none
    std::span<const Spec> specs;

    const Spec *spec(const QString &id) const;
    const Param *param(const Spec &spec, const QString &key) const;
    QStringList ids() const;
    QStringList parameterKeys(const QString &id) const;
    QString displayName(const QString &id) const; // translated; the id when unknown
    QString description(const QString &id) const; // translated
    bool hasStageDays(const QString &id) const { return stageDaysRule && id == QLatin1String(stageDaysRule); }
};

} // namespace dmc
