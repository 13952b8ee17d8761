#pragma once

#include "analytics/risk/RiskHit.h"

#include <QStringList>

#include <vector>

namespace dmc {

// Questions for a rep's part of the agenda: for each flagged deal (largest first) the first
// question of the shipped question bank that fits its rules and whose placeholders are all
// filled with the deal's facts, in the current language.
class AgendaQuestions
{
public:
    static QStringList forHits(const std::vector<const RiskHit *> &hits, const QString &currency, int limit);
    // One question per deal for the coaching pack too, keyed by opportunity id.
    static QString forDeal(const std::vector<const RiskHit *> &dealHits, const QString &currency);
};

} // namespace dmc
