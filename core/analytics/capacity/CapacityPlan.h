#pragma once

#include "domain/CapacityAssumptions.h"
#include "CapacityInputs.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Scope.h"
#include "domain/FiscalCalendar.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace dmc {

// Ramped capacity against the need, month by month, for a period and the next
// (docs/definitions.md#ramped-capacity). Every amount in reporting-currency cents.
struct CapacityPlan
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CapacityPlan)

public:
    // The capacity match band of the strategy: within ±10% of the need.
    static constexpr double Band = 0.10;

    // Where a rep's full quota for a quarter came from.
    enum class QuotaSource : quint8 { Own, RoleMedian, Assumed, None };

    struct Month
    {
        QDate month;     // the first day
        int periodIndex; // 0 = the period, 1 = the next
        Cents capacity = 0;
        Cents need = 0; // the quarter's need ÷ 3 (the last month takes the remainder)
        Cents rampLoss = 0;
        double fre = 0; // Σ ramp% of the reps employed in the month
        int reps = 0;   // reps employed in the month
    };

    struct RepMonth
    {
        bool employed = false;
        int tenure = -1;   // Tenure::monthOf; -1 unknown (counts as fully ramped)
        double ramp = 1.0; // the curve's fraction for the tenure
        Cents capacity = 0;
        Cents rampLoss = 0;
    };

    struct Rep
    {
        QString id; // "" for a hire of the assumption set
        QString name;
        QString role;
        QDate start;                 // ramp_start (or the assumed hire's start)
        QDate end;                   // last day, when leaving
        bool planned = false;        // a planned hire of the data
        bool assumed = false;        // a hire or leaver of the assumption set
        Cents fullQuota[2] = {0, 0}; // the quarter's full quota, the period and the next
        QuotaSource quotaSource[2] = {QuotaSource::None, QuotaSource::None};
        std::vector<RepMonth> months; // one per Month of the plan
        // Over the period's three months:
        double fre = 0; // Σ ramp% of the employed months ÷ 3
        Cents capacity = 0;
        Cents rampLoss = 0;
    };

    struct Totals
    {
        FiscalPeriod period;
        Cents capacity = 0;
        Cents need = 0;
        bool needIsTarget = false; // a district target, not the sum of quotas
        Cents rampLoss = 0;
        double fre = 0;                   // the months' FRE averaged
        Cents meanFullQuota = 0;          // the mean quarterly full quota of the reps employed in it
        std::optional<double> match;      // capacity ÷ need − 1; none when the need is 0
        std::optional<double> freForNeed; // need ÷ (mean full quota × factor); none when 0
        bool withinBand() const { return match && *match >= -Band && *match <= Band; }
    };

    CapacityAssumptions assumptions;
    std::vector<Month> months; // six: the period's three, then the next period's
    std::vector<Rep> reps;     // the scope's reps (by district, name, id), then assumed hires
    Totals totals[2];          // the period, the next

    static CapacityPlan build(const Dataset &dataset, const CapacityInputs &inputs,
                              const CapacityAssumptions &assumptions, const FiscalCalendar &calendar,
                              const FiscalPeriod &period, const Scope &scope);

    // Whether a plan of `scope` counts `hire` (docs/definitions.md#assumption-sets): the company
    // every hire; a region the hires of its districts and those added for it; a district, and each
    // of its reps, the district's hires.
    static bool hireInScope(const CapacityAssumptions::Hire &hire, const Dataset &dataset, const Scope &scope);
    // `hire` placed in the scope it is added in: its district (a rep's scope: the rep's district),
    // the region of a region's scope, nothing for the company.
    static void placeHire(CapacityAssumptions::Hire &hire, const Dataset &dataset, const Scope &scope);

    // "Capacity is 8% under the need of Q3 FY2026 (…)": what the totals show, never advice.
    static QString describe(const Totals &totals, double attainmentFactor, const QString &currency);
    // The arithmetic of the FRE that equals the need: "need ÷ (full quota × factor) = …".
    static QString freArithmetic(const Totals &totals, double attainmentFactor, const QString &currency);
};

} // namespace dmc
