#pragma once

#include "RiskRequirement.h"
#include "RuleCatalog.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace dmc {

class Database;

// Rules as data: which are on and their thresholds. By default the risk filters of
// docs/definitions.md#risk-filters (shipped defaults in :/rules/default-rules.json, the DM's changes as a partial rule
// set, same format and only what differs, in the database setting `rules`); constructed with
// another RuleCatalog, that family (the insight detectors: InsightRules).
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RuleSet)

public:
    struct Rule
    {
        QString id;
        bool enabled = true;
        QMap<QString, int> params;    // e.g. "days" -> 30
        QMap<QString, int> stageDays; // stale_stage only: per-stage day limits
    };

    static inline const QString SettingKey = QStringLiteral("rules");

    // The shipped risk-filter defaults (parsed once from the embedded resource).
    RuleSet();
    // The shipped defaults of another family of rules.
    explicit RuleSet(const RuleCatalog &catalog);

    // A complete rule set: every rule and every parameter present, values in range.
    static Result<RuleSet> fromJson(const QByteArray &json, const QString &source);
    static Result<RuleSet> fromJson(const RuleCatalog &catalog, const QByteArray &json, const QString &source);
    // The defaults with the DM's overrides (the catalog's setting, `rules` for risk) merged in.
    static Result<RuleSet> load(const Database &database);
    static Result<RuleSet> load(const Database &database, const RuleCatalog &catalog);
    // Stores the differences from the defaults in the catalog's setting.
    Status save(Database &database) const;

    const RuleCatalog &catalog() const { return *m_catalog; }

    // Merges a partial rule set (the DM's overrides) into this one; validates it first,
    // so on error nothing changed. `source` names where the JSON came from in errors.
    Status merge(const QByteArray &json, const QString &source);

    // Full rule set in the file format.
    nlohmann::json toJson() const;
    // Only what differs from `base` (empty "rules" list when nothing does).
    nlohmann::json differencesFrom(const RuleSet &base) const;

    const std::vector<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;
    bool isEnabled(const QString &id) const;
    int parameter(const QString &id, const QString &key) const; // 0 when unknown
    // The same for an id and key spelled in the code (the evaluators, once a deal each): found
    // without making two QStrings a call.
    int parameter(QLatin1String id, QLatin1String key) const;
    // stale_stage: the limit for `stage` (its override, else "days").
    int stageLimit(const QString &stage) const;

    void setEnabled(const QString &id, bool enabled);
    // Returns false when the rule or parameter is unknown or the value out of range.
    bool setParameter(const QString &id, const QString &key, int value);
    bool setStageLimit(const QString &stage, int days);

    // The sixteen risk rule ids in display order (other families: catalog().ids()).
    static QStringList ruleIds();
    static QStringList parameterKeys(const QString &id);
    // The data fields a rule reads, declared beside its parameters (all needed, in order).
    static std::vector<RiskRequirement> requirements(const QString &id);
    // Translated name and one-line description of a rule (QT_TRANSLATE_NOOP keyed by rule id).
    static QString displayName(const QString &id);
    static QString description(const QString &id);

    friend bool operator==(const RuleSet &a, const RuleSet &b);

private:
    struct Empty
    {
    };
    RuleSet(Empty, const RuleCatalog &catalog)
        : m_catalog(&catalog)
    {
    }
    Rule *findRule(const QString &id);
    const RuleCatalog *m_catalog;
    std::vector<Rule> m_rules;
};

bool operator==(const RuleSet::Rule &a, const RuleSet::Rule &b);

// The risk filters' catalog (docs/definitions.md#risk-filters).
const RuleCatalog &riskRuleCatalog();

} // namespace dmc
