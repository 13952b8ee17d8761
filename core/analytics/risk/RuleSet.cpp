#include "RuleSet.h"

#include "RuleLayers.h"
#include "store/Database.h"
#include "store/PersonalSettings.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>

namespace dmc {

namespace {

using json = nlohmann::json;

using RuleSpec = RuleCatalog::Spec;
using ParamSpec = RuleCatalog::Param;

constexpr int MaxRuleDays = 3650;

// Names and descriptions are keyed by rule id (the disambiguation) so lupdate sees each one.
// They describe what a filter matches; they never judge the deal.
const std::array<RuleSpec, 19> &riskSpecs()
{
    static const std::array<RuleSpec, 19> table{{
        {"stale_stage",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Stale stage", "stale_stage"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Days in the current stage above the limit for that stage.",
                            "stale_stage"),
         {{{"days", 0, MaxRuleDays}}},
         "stage_entered_date|snapshot_history"},
        {"close_date_pushed",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Close date pushed", "close_date_pushed"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Close date moved later at least the given number of times within the window.",
                            "close_date_pushed"),
         {{{"count", 1, 100}, {"window_days", 1, MaxRuleDays}}},
         "close_date snapshot_history"},
        {"past_close_date",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Past close date", "past_close_date"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Open deal with a close date before the as-of date.", "past_close_date"),
         {},
         "close_date"},
        {"commit_without_champion_or_eb",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Commit without champion or economic buyer",
                            "commit_without_champion_or_eb"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Deal in Commit where Champion or Economic buyer is not confirmed.",
                            "commit_without_champion_or_eb"),
         {},
         "meddpicc_champion meddpicc_economic_buyer"},
        {"paper_process_unmapped",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Paper process unmapped", "paper_process_unmapped"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Commit or Best Case deal closing within the window with Paper process not "
                            "confirmed.",
                            "paper_process_unmapped"),
         {{{"days", 0, MaxRuleDays}}},
         "close_date meddpicc_paper_process"},
        {"security_review_not_started",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Security review not started", "security_review_not_started"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Deal closing within the window whose security review has not started.",
                            "security_review_not_started"),
         {{{"days", 0, MaxRuleDays}}},
         "close_date security_review"},
        {"poc_overrun_or_idle",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "POC overrun or idle", "poc_overrun_or_idle"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Active POC past its planned end, or without a check-in for more than the given "
                            "days.",
                            "poc_overrun_or_idle"),
         {{{"idle_days", 0, MaxRuleDays}}},
         "poc_status poc_dates"},
        {"poc_started_without_dor",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "POC started without DOR items", "poc_started_without_dor"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Running or planned POC with required definition-of-ready items missing at its "
                            "start.",
                            "poc_started_without_dor"),
         {},
         "poc_records"},
        {"poc_past_planned_end",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "POC past planned end", "poc_past_planned_end"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "POC started and not ended with its planned end before the as-of date.",
                            "poc_past_planned_end"),
         {},
         "poc_records"},
        {"poc_no_check_in",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "No POC check-in", "poc_no_check_in"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Running POC without a check-in held for more than the given days (since its start "
                            "when none was held).",
                            "poc_no_check_in"),
         {{{"days", 0, MaxRuleDays}}},
         "poc_records"},
        {"poc_criteria_changed",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "POC criteria changed after the start", "poc_criteria_changed"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Running POC with success criteria changed after its start.",
                            "poc_criteria_changed"),
         {},
         "poc_records"},
        {"play_step_past_stage",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Play step past its stage", "play_step_past_stage"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Deal meeting a play's criteria at or after the stage a step of the play is due by, "
                            "with that step not recorded done by a task.",
                            "play_step_past_stage"),
         {},
         "play_steps deal_tasks"},
        {"compliance_not_started",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Compliance artifact not started at the stage", "compliance_not_started"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Deal that entered the stage a play it meets names for a required compliance "
                            "artifact, with the artifact not started by then (no start date, or a later one).",
                            "compliance_not_started"),
         {},
         "play_artifacts compliance_records"},
        {"partner_task_overdue",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Partner tasks past due", "partner_task_overdue"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Open deal task owned by the partner role with its due date before "
                            "the as-of date.",
                            "partner_task_overdue"),
         {},
         "deal_tasks"},
        {"renewal_health",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Renewal health", "renewal_health"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Renewal deal renewing within the window whose account health is below the "
                            "threshold or dropped by the given points within the change window.",
                            "renewal_health"),
         {{{"days", 0, MaxRuleDays}, {"health", 0, 100}, {"drop", 0, 100}, {"window_days", 1, MaxRuleDays}}},
         "health_reading renewal_date|close_date"},
        {"no_recent_activity",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "No recent activity", "no_recent_activity"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Last activity more than the given days before the as-of date.",
                            "no_recent_activity"),
         {{{"days", 0, MaxRuleDays}}},
         "last_activity_date"},
        {"amount_dropped",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Amount dropped", "amount_dropped"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Amount down by at least the given percent since the previous snapshot.",
                            "amount_dropped"),
         {{{"percent", 1, 100}}},
         "amount snapshot_history"},
        {"meddpicc_incomplete",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "MEDDPICC incomplete", "meddpicc_incomplete"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules",
                            "Deal in Commit with fewer MEDDPICC elements confirmed than the threshold.",
                            "meddpicc_incomplete"),
         {{{"min_confirmed", 0, 8}}},
         "min_confirmed:meddpicc_metrics|meddpicc_economic_buyer|meddpicc_decision_criteria|"
         "meddpicc_decision_process|meddpicc_paper_process|meddpicc_identify_pain|meddpicc_champion|"
         "meddpicc_competition"},
        {"early_stage_commit",
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Early-stage commit", "early_stage_commit"),
         QT_TRANSLATE_NOOP3("dmc::RiskRules", "Deal in Commit at a stage with probability below the limit.",
                            "early_stage_commit"),
         {{{"max_probability", 0, 100}}}},
    }};
    return table;
}

} // namespace

const RuleCatalog &riskRuleCatalog()
{
    static const RuleCatalog catalog{"dmc::RiskRules", ":/rules/default-rules.json", "rules", "stale_stage",
                                     std::span<const RuleSpec>(riskSpecs())};
    return catalog;
}

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// Parses one file (complete or partial) into rules; `complete` demands every rule and parameter.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(dmc::RuleSet)

public:
    Parser(const RuleCatalog &catalog, QString source)
        : m_catalog(catalog)
        , m_source(std::move(source))
    {
    }

    Result<std::vector<RuleSet::Rule>> parse(const QByteArray &text, bool complete)
    {
        json root;
        try {
            root = json::parse(text.begin(), text.end());
        } catch (const json::parse_error &e) {
            Error error = fail(QString(), tr("not valid JSON (%1)").arg(qs(e.what())));
            locate(error, text, e.byte);
            return error;
        } catch (const json::exception &e) {
            // A number too large for a double (406) is no parse_error and carries no offset.
            return fail(QString(), tr("not valid JSON (%1)").arg(qs(e.what())));
        }
        if (!root.is_object())
            return fail(QString(), tr("expected an object"));
        if (root.contains("version") && (!root["version"].is_number_integer() || root["version"] != 1))
            return fail(QStringLiteral("version"), tr("unsupported version (expected 1)"));
        if (!root.contains("rules") || !root["rules"].is_array())
            return fail(QStringLiteral("rules"), tr("expected a list of rules"));

        std::vector<RuleSet::Rule> rules;
        const json &list = root["rules"];
        for (size_t i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("rules[%1]").arg(i);
            auto rule = parseRule(list[i], path, complete);
            if (!rule)
                return rule.error();
            const bool duplicate =
                std::any_of(rules.begin(), rules.end(), [&](const auto &r) { return r.id == rule->id; });
            if (duplicate)
                return fail(path + QStringLiteral(".id"), tr("rule \"%1\" appears twice").arg(rule->id));
            rules.push_back(std::move(*rule));
        }
        if (complete) {
            for (const auto &spec : m_catalog.specs) {
                const QString id = QLatin1String(spec.id);
                if (std::none_of(rules.begin(), rules.end(), [&](const auto &r) { return r.id == id; }))
                    return fail(QStringLiteral("rules"), tr("rule \"%1\" is missing").arg(id));
            }
        }
        return rules;
    }

private:
    Result<RuleSet::Rule> parseRule(const json &node, const QString &path, bool complete)
    {
        if (!node.is_object())
            return fail(path, tr("expected an object"));
        if (!node.contains("id") || !node["id"].is_string())
            return fail(path + QStringLiteral(".id"), tr("expected the rule id as text"));
        RuleSet::Rule rule;
        rule.id = qs(node["id"].get<std::string>());
        const RuleSpec *spec = m_catalog.spec(rule.id);
        if (!spec)
            return fail(path + QStringLiteral(".id"), tr("unknown rule \"%1\"").arg(rule.id));

        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = qs(it.key());
            QStringList known{QStringLiteral("id"), QStringLiteral("enabled"), QStringLiteral("params"),
                              QStringLiteral("comment")};
            // Only a family with per-stage limits knows the field at all.
            if (m_catalog.stageDaysRule)
                known << QStringLiteral("stage_days");
            if (!known.contains(key))
                return fail(path + u'.' + key, tr("unknown field"));
        }
        if (node.contains("enabled")) {
            if (!node["enabled"].is_boolean())
                return fail(path + QStringLiteral(".enabled"), tr("expected true or false"));
            rule.enabled = node["enabled"].get<bool>();
            m_enabledGiven.push_back(true);
        } else if (!complete) {
            m_enabledGiven.push_back(false);
        } else {
            return fail(path + QStringLiteral(".enabled"), tr("missing"));
        }

        if (node.contains("params")) {
            const json &params = node["params"];
            if (!params.is_object())
                return fail(path + QStringLiteral(".params"), tr("expected an object"));
            for (auto it = params.begin(); it != params.end(); ++it) {
                const QString key = qs(it.key());
                const QString where = path + QStringLiteral(".params.") + key;
                const ParamSpec *param = m_catalog.param(*spec, key);
                if (!param)
                    return fail(where, tr("unknown parameter for rule \"%1\"").arg(rule.id));
                auto value = wholeNumber(*it, param->min, param->max, where);
                if (!value)
                    return value.error();
                rule.params.insert(key, *value);
            }
        }
        if (complete) {
            for (const auto &param : spec->params) {
                if (param.key && !rule.params.contains(QLatin1String(param.key)))
                    return fail(path + QStringLiteral(".params.") + QLatin1String(param.key), tr("missing"));
            }
        }

        if (node.contains("stage_days")) {
            const json &stages = node["stage_days"];
            if (!m_catalog.hasStageDays(rule.id))
                return fail(path + QStringLiteral(".stage_days"), tr("only the stale_stage rule has stage limits"));
            if (!stages.is_object())
                return fail(path + QStringLiteral(".stage_days"), tr("expected an object"));
            for (auto it = stages.begin(); it != stages.end(); ++it) {
                const QString stage = qs(it.key());
                const QString where = path + QStringLiteral(".stage_days.") + stage;
                if (stage.trimmed().isEmpty())
                    return fail(where, tr("expected a stage name"));
                auto value = wholeNumber(*it, 0, MaxRuleDays, where);
                if (!value)
                    return value.error();
                rule.stageDays.insert(stage, *value);
            }
        }
        return rule;
    }

    Result<int> wholeNumber(const json &node, int min, int max, const QString &where)
    {
        if (!node.is_number_integer() || node.get<qint64>() < min || node.get<qint64>() > max)
            return fail(where, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return int(node.get<qint64>());
    }

    Error fail(const QString &path, const QString &message) const
    {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.file = m_source;
        error.message = path.isEmpty() ? message : tr("%1: %2").arg(path, message);
        return error;
    }

    static void locate(Error &error, const QByteArray &text, size_t byte)
    {
        // nlohmann reports the 1-based byte just past the error.
        const qsizetype end = std::min<qsizetype>(qsizetype(byte > 0 ? byte - 1 : 0), text.size());
        qint64 line = 1;
        int column = 1;
        for (qsizetype i = 0; i < end; ++i) {
            if (text.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        error.line = line;
        error.column = column;
    }

    const RuleCatalog &m_catalog;
    QString m_source;

public:
    // Per parsed rule, in file order: whether it set "enabled" (a partial file may leave it out).
    std::vector<bool> m_enabledGiven;
};

json ruleToJson(const RuleSet::Rule &rule, bool withEnabled, const QMap<QString, int> &params,
                const QMap<QString, int> &stageDays, bool withStages)
{
    json node = json::object();
    node["id"] = rule.id.toStdString();
    if (withEnabled)
        node["enabled"] = rule.enabled;
    json p = json::object();
    for (auto it = params.begin(); it != params.end(); ++it)
        p[it.key().toStdString()] = it.value();
    node["params"] = p;
    if (withStages) {
        json s = json::object();
        for (auto it = stageDays.begin(); it != stageDays.end(); ++it)
            s[it.key().toStdString()] = it.value();
        node["stage_days"] = s;
    }
    return node;
}

// The shipped defaults of a family, parsed once per catalog from its embedded resource.
const std::vector<RuleSet::Rule> &builtInDefaults(const RuleCatalog &catalog)
{
    static std::mutex mutex;
    static std::map<const RuleCatalog *, std::vector<RuleSet::Rule>> cache;
    const std::lock_guard lock(mutex);
    auto found = cache.find(&catalog);
    if (found != cache.end())
        return found->second;
    QFile file(QLatin1String(catalog.resource));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "RuleSet", "the default rule set is not embedded");
    auto parsed = RuleSet::fromJson(catalog, file.readAll(), QFileInfo(file).fileName());
    Q_ASSERT_X(parsed.ok(), "RuleSet", "the embedded default rule set does not parse");
    return cache.emplace(&catalog, parsed.ok() ? parsed.value().rules() : std::vector<RuleSet::Rule>{}).first->second;
}

} // namespace

RuleSet::RuleSet()
    : RuleSet(riskRuleCatalog())
{
}

RuleSet::RuleSet(const RuleCatalog &catalog)
    : m_catalog(&catalog)
    , m_rules(builtInDefaults(catalog))
{
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &json, const QString &source)
{
    return fromJson(riskRuleCatalog(), json, source);
}

Result<RuleSet> RuleSet::fromJson(const RuleCatalog &catalog, const QByteArray &json, const QString &source)
{
    Parser parser(catalog, source);
    auto rules = parser.parse(json, true);
    if (!rules)
        return rules.error();
    RuleSet set{Empty{}, catalog};
    // Keep the display order of the catalog, whatever the file's order.
    for (const auto &spec : catalog.specs) {
        const QString id = QLatin1String(spec.id);
        for (auto &rule : *rules)
            if (rule.id == id)
                set.m_rules.push_back(std::move(rule));
    }
    return set;
}

Status RuleSet::merge(const QByteArray &json, const QString &source)
{
    Parser parser(*m_catalog, source);
    auto rules = parser.parse(json, false);
    if (!rules)
        return rules.error();
    for (size_t i = 0; i < rules->size(); ++i) {
        const Rule &override = (*rules)[i];
        Rule *target = findRule(override.id);
        if (!target)
            continue;
        if (parser.m_enabledGiven[i])
            target->enabled = override.enabled;
        for (auto it = override.params.begin(); it != override.params.end(); ++it)
            target->params.insert(it.key(), it.value());
        for (auto it = override.stageDays.begin(); it != override.stageDays.end(); ++it)
            target->stageDays.insert(it.key(), it.value());
    }
    return Done{};
}

Result<RuleSet> RuleSet::load(const Database &database)
{
    return load(database, riskRuleCatalog());
}

Result<RuleSet> RuleSet::load(const Database &database, const RuleCatalog &catalog)
{
    auto set = RuleLayers::shared(database, catalog);
    if (!set)
        return set;
    const QString key = QLatin1String(catalog.settingKey);
    const auto own = PersonalSettings(database).value(key);
    if (!own)
        return set;
    auto merged = set->merge(own->toUtf8(), tr("your setting \"%1\"").arg(key));
    if (!merged)
        return merged.error();
    return set;
}

Status RuleSet::save(Database &database) const
{
    const auto diff = differencesFrom(RuleSet(*m_catalog));
    return database.setSetting(QLatin1String(m_catalog->settingKey), QString::fromStdString(diff.dump()));
}

nlohmann::json RuleSet::toJson() const
{
    json root = json::object();
    root["version"] = 1;
    json list = json::array();
    for (const auto &rule : m_rules)
        list.push_back(ruleToJson(rule, true, rule.params, rule.stageDays, m_catalog->hasStageDays(rule.id)));
    root["rules"] = list;
    return root;
}

nlohmann::json RuleSet::differencesFrom(const RuleSet &base) const
{
    json root = json::object();
    root["version"] = 1;
    json list = json::array();
    for (const auto &rule : m_rules) {
        const Rule *old = base.rule(rule.id);
        QMap<QString, int> params;
        QMap<QString, int> stages;
        for (auto it = rule.params.begin(); it != rule.params.end(); ++it)
            if (!old || old->params.value(it.key(), -1) != it.value())
                params.insert(it.key(), it.value());
        for (auto it = rule.stageDays.begin(); it != rule.stageDays.end(); ++it)
            if (!old || old->stageDays.value(it.key(), -1) != it.value())
                stages.insert(it.key(), it.value());
        const bool enabledChanged = !old || old->enabled != rule.enabled;
        if (!enabledChanged && params.isEmpty() && stages.isEmpty())
            continue;
        list.push_back(ruleToJson(rule, enabledChanged, params, stages, !stages.isEmpty()));
    }
    root["rules"] = list;
    return root;
}

const RuleSet::Rule *RuleSet::rule(const QString &id) const
{
    for (const auto &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

RuleSet::Rule *RuleSet::findRule(const QString &id)
{
    for (auto &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

bool RuleSet::isEnabled(const QString &id) const
{
    const Rule *r = rule(id);
    return r && r->enabled;
}

int RuleSet::parameter(const QString &id, const QString &key) const
{
    const Rule *r = rule(id);
    return r ? r->params.value(key, 0) : 0;
}

int RuleSet::parameter(QLatin1String id, QLatin1String key) const
{
    for (const Rule &r : m_rules) {
        if (r.id != id)
            continue;
        for (auto it = r.params.cbegin(); it != r.params.cend(); ++it)
            if (it.key() == key)
                return it.value();
        return 0;
    }
    return 0;
}

int RuleSet::stageLimit(const QString &stage) const
{
    const Rule *r = m_catalog->stageDaysRule ? rule(QLatin1String(m_catalog->stageDaysRule)) : nullptr;
    if (!r)
        return 0;
    return r->stageDays.value(stage, r->params.value(QStringLiteral("days"), 0));
}

void RuleSet::setEnabled(const QString &id, bool enabled)
{
    if (Rule *r = findRule(id))
        r->enabled = enabled;
}

bool RuleSet::setParameter(const QString &id, const QString &key, int value)
{
    Rule *r = findRule(id);
    const RuleSpec *spec = m_catalog->spec(id);
    const ParamSpec *param = spec ? m_catalog->param(*spec, key) : nullptr;
    if (!r || !param || value < param->min || value > param->max)
        return false;
    r->params.insert(key, value);
    return true;
}

bool RuleSet::setStageLimit(const QString &stage, int days)
{
    Rule *r = m_catalog->stageDaysRule ? findRule(QLatin1String(m_catalog->stageDaysRule)) : nullptr;
    if (!r || stage.trimmed().isEmpty() || days < 0 || days > MaxRuleDays)
        return false;
    r->stageDays.insert(stage, days);
    return true;
}

QStringList RuleSet::ruleIds()
{
    return riskRuleCatalog().ids();
}

QStringList RuleSet::parameterKeys(const QString &id)
{
    return riskRuleCatalog().parameterKeys(id);
}

std::vector<RiskRequirement> RuleSet::requirements(const QString &id)
{
    std::vector<RiskRequirement> result;
    const RuleSpec *spec = riskRuleCatalog().spec(id);
    if (!spec)
        return result;
    const QString reads = QLatin1String(spec->reads);
    for (const QString &part : reads.split(u' ', Qt::SkipEmptyParts)) {
        RiskRequirement requirement;
        QString fields = part;
        if (const qsizetype colon = part.indexOf(u':'); colon >= 0) {
            requirement.countParameter = part.left(colon);
            fields = part.mid(colon + 1);
        }
        for (const QString &key : fields.split(u'|', Qt::SkipEmptyParts)) {
            const auto field = dataFieldFromKey(key);
            Q_ASSERT_X(field, "RuleSet", "a rule reads an unknown data field");
            if (field)
                requirement.anyOf.push_back(*field);
        }
        result.push_back(std::move(requirement));
    }
    return result;
}

QString RuleSet::displayName(const QString &id)
{
    return riskRuleCatalog().displayName(id);
}

QString RuleSet::description(const QString &id)
{
    return riskRuleCatalog().description(id);
}

bool operator==(const RuleSet::Rule &a, const RuleSet::Rule &b)
{
    return a.id == b.id && a.enabled == b.enabled && a.params == b.params && a.stageDays == b.stageDays;
}

bool operator==(const RuleSet &a, const RuleSet &b)
{
    return a.m_catalog == b.m_catalog && a.m_rules == b.m_rules;
}

} // namespace dmc
