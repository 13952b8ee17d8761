#pragma once

#include "Insight.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Query.h"
#include "analytics/numbers/Numbers.h"
#include "analytics/risk/RuleSet.h"

#include <QCoreApplication>

#include <span>
#include <vector>

namespace dmc {

class Engine;

// A rep or a district the scope-level detectors describe: reps at district or rep scope,
// districts at region or company scope ("the same across districts").
struct InsightSubject
{
    Insight::Subject kind = Insight::Subject::Rep;
    QString id;      // rep id or district name
    QString name;    // rep name, or "District East" (translated)
    qint32 rep = -1; // rep subjects
    QString district;
    QString region;
    std::vector<qint32> reps; // the reps it sums (one for a rep)
};

// What every insight detector reads for one query: the data, the insight rules, the as-of and
// the two windows the dichotomies compare (the period to date and the previous period to the
// same day), the reps and deals in scope. Built once per Engine::insights call.
class InsightContext
{
    Q_DECLARE_TR_FUNCTIONS(dmc::InsightContext)

public:
    InsightContext(const Engine &engine, const Query &query);

    const Engine &engine;
    const Dataset &data;
    const RuleSet &rules;
    Query query;
    QString currency;
    int asOfIndex = -1;
    QDate asOf;
    DayNumber asOfDay = NoDay;
    FiscalPeriod period;         // P
    FiscalPeriod previousPeriod; // P - 1
    int thenIndex = -1;          // latest snapshot on or before the same day of P - 1; -1: none
    QDate then;
    std::vector<bool> scopeMask;   // per rep
    std::vector<qint32> scopeReps; // known reps in scope, by district, name, id
    bool districtSubjects = false; // region or company scope
    std::vector<InsightSubject> subjects;
    // Deals whose owner at their last snapshot on or before the as-of is in scope, ascending.
    std::vector<qint32> scopeDeals;

    bool valid() const { return asOfIndex >= 0; }
    bool enabled(const char *rule) const { return rules.isEnabled(QLatin1String(rule)); }
    int param(const char *rule, const char *key) const
    {
        return rules.parameter(QLatin1String(rule), QLatin1String(key));
    }
    // The rule's parameters as applied, for the lineage.
    std::vector<std::pair<QString, int>> thresholds(const char *rule) const;
    // A deal's rows up to and including the as-of snapshot, oldest first (indices into data.rows()).
    std::span<const quint32> rowsUpToAsOf(qint32 opportunity) const;
    const SnapshotRecord &row(quint32 index) const { return data.rows()[index]; }
    // The per-rep numbers summed over a subject's reps (derived values filled).
    Numbers sum(const std::vector<Numbers> &perRep, const InsightSubject &subject) const;
    // An Insight with the rule, kind, subject fields and key filled.
    Insight start(const char *rule, const QString &metric, const InsightSubject &subject) const;
    Insight startForDeal(const char *rule, const QString &metric, qint32 opportunity, qint32 owner) const;
    // The deal's name as text shows it (its id when it has none).
    QString dealName(qint32 opportunity) const;
    QString repName(qint32 rep) const;
    // "Q4 FY2026 to 2026-12-07" style labels of the two windows.
    QString currentWindow() const;
    QString previousWindow() const;
};

} // namespace dmc
