#include "AgendaPatterns.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/insights/InsightRules.h"
#include "export/json/JsonSupport.h"

namespace dmc {

Agenda::Patterns AgendaPatterns::select(const std::vector<Insight> &insights, const Dataset &dataset, int cap,
                                        const std::function<bool(const Insight &)> &keep)
{
    Agenda::Patterns patterns;
    for (const Insight &insight : insights) {
        if (keep && !keep(insight))
            continue;
        if (!insight.isListed()) {
            ++patterns.dismissed;
        } else if (int(patterns.lines.size()) < cap) {
            patterns.lines.push_back({insight.key, insight.ruleId, insight.kind, insight.state, insight.text,
                                      insight.stake, insight.when, dataset.opportunityIds(insight.deals)});
        } else {
            ++patterns.more;
        }
    }
    return patterns;
}

void AgendaPatterns::apply(Agenda &agenda, const std::vector<Insight> &insights, const Dataset &dataset, int cap)
{
    agenda.patterns = select(insights, dataset, cap, [](const Insight &insight) { return insight.repId.isEmpty(); });
    for (Agenda::RepPart &part : agenda.reps)
        part.patterns =
            select(insights, dataset, cap, [&](const Insight &insight) { return insight.repId == part.repId; });
}

void AgendaPatterns::addSection(Report &report, const Agenda::Patterns &patterns, int level)
{
    report.addSection(tr("Patterns"), level);
    if (patterns.lines.empty() && patterns.more == 0) {
        report.addParagraph(patterns.dismissed > 0
                                ? tr("No patterns beside the %n dismissed.", nullptr, patterns.dismissed)
                                : tr("No patterns."));
        return;
    }
    QStringList bullets;
    for (const Agenda::PatternLine &line : patterns.lines) {
        const QString kind = insightKindName(line.kind);
        switch (line.state) {
        case Insight::State::New: bullets << tr("%1, new: %2").arg(kind, line.text); break;
        case Insight::State::Returned: bullets << tr("%1, back (numbers changed): %2").arg(kind, line.text); break;
        default: bullets << tr("%1: %2").arg(kind, line.text); break;
        }
    }
    report.addBullets(bullets);
    QStringList notes;
    if (patterns.more > 0)
        notes << tr("%n more in the Insights view (dmcockpit insights lists them all).", nullptr, patterns.more);
    if (patterns.dismissed > 0)
        notes << tr("%n dismissed, left out.", nullptr, patterns.dismissed);
    if (!notes.isEmpty())
        report.addNote(notes.join(u' '));
}

nlohmann::json AgendaPatterns::toJson(const Agenda::Patterns &patterns)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const Agenda::PatternLine &line : patterns.lines)
        lines.push_back({{"key", json::text(line.key)},
                         {"rule", json::text(line.ruleId)},
                         {"rule_name", json::text(InsightRules::displayName(line.ruleId))},
                         {"kind", json::text(insightKindKey(line.kind))},
                         {"state", json::text(insightStateKey(line.state))},
                         {"text", json::text(line.text)},
                         {"stake", json::money(line.stake)},
                         {"when", json::date(line.when)},
                         {"deals", json::strings(line.deals)}});
    return {{"shown", lines}, {"more", patterns.more}, {"dismissed", patterns.dismissed}};
}

} // namespace dmc
