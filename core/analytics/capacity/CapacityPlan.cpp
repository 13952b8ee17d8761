#include "CapacityPlan.h"

#include "Tenure.h"
#include "analytics/text/TextFormat.h"

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

Cents roundCents(double cents)
{
    return Cents(std::llround(cents)); // half away from zero
}

Cents medianCents(std::vector<Cents> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : roundCents((double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0);
}

// The region of the data's reps in `district` (the first known rep's); empty when none.
QString regionOfDistrict(const Dataset &dataset, const QString &district)
{
    for (const DatasetRep &rep : dataset.reps())
        if (rep.known && rep.rep.district == district)
            return rep.rep.region;
    return {};
}

// The district of a district's or a rep's scope; empty for the company and a region.
QString districtOfScope(const Dataset &dataset, const Scope &scope)
{
    if (scope.kind == Scope::Kind::District)
        return scope.value;
    if (scope.kind == Scope::Kind::Rep) {
        const qint32 rep = dataset.repIndex(scope.value);
        return rep >= 0 ? dataset.reps()[size_t(rep)].rep.district : QString();
    }
    return {};
}

} // namespace

bool CapacityPlan::hireInScope(const CapacityAssumptions::Hire &hire, const Dataset &dataset, const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::All: return true;
    case Scope::Kind::Region:
        return hire.district.isEmpty() ? hire.region == scope.value
                                       : regionOfDistrict(dataset, hire.district) == scope.value;
    case Scope::Kind::District:
    case Scope::Kind::Rep: {
        const QString district = districtOfScope(dataset, scope);
        return !district.isEmpty() && hire.district == district;
    }
    }
    return false;
}

void CapacityPlan::placeHire(CapacityAssumptions::Hire &hire, const Dataset &dataset, const Scope &scope)
{
    hire.district = districtOfScope(dataset, scope);
    hire.region = hire.district.isEmpty() && scope.kind == Scope::Kind::Region ? scope.value : QString();
}

CapacityPlan CapacityPlan::build(const Dataset &dataset, const CapacityInputs &inputs,
                                 const CapacityAssumptions &assumptions, const FiscalCalendar &calendar,
                                 const FiscalPeriod &period, const Scope &scope)
{
    CapacityPlan plan;
    // The set as this scope counts it: only the hires placed in the scope.
    plan.assumptions = assumptions;
    plan.assumptions.hires.clear();
    for (const CapacityAssumptions::Hire &hire : assumptions.hires)
        if (hireInScope(hire, dataset, scope))
            plan.assumptions.hires.push_back(hire);
    const FiscalPeriod periods[2] = {period, calendar.next(period)};
    const RampCurves &curves =
        assumptions.curves == CapacityAssumptions::Curves::Shipped ? RampCurves::defaults() : inputs.curves;

    for (int p = 0; p < 2; ++p)
        for (QDate month = Tenure::firstDay(periods[p].start); month <= periods[p].end; month = month.addMonths(1))
            plan.months.push_back(Month{month, p});

    // The scope's reps as the data holds them, with the assumption set's leavers applied.
    const std::vector<qint32> scopeReps = dataset.repsInScope(scope);
    QHash<QString, QDate> leaving;
    for (const CapacityAssumptions::Leaver &leaver : assumptions.leavers)
        leaving.insert(leaver.repId, leaver.lastDay);

    // The median own quota of a role's reps for a quarter: the quota of a rep without one.
    QHash<QString, Cents> roleMedian[2];
    for (int p = 0; p < 2; ++p) {
        QHash<QString, std::vector<Cents>> byRole;
        for (qint32 r : scopeReps)
            if (dataset.reps()[size_t(r)].known && dataset.hasQuota(r, periods[p]))
                byRole[dataset.reps()[size_t(r)].rep.role].push_back(dataset.quota(r, periods[p]));
        for (auto it = byRole.begin(); it != byRole.end(); ++it)
            roleMedian[p].insert(it.key(), medianCents(it.value()));
    }

    for (qint32 r : scopeReps) {
        const DatasetRep &datasetRep = dataset.reps()[size_t(r)];
        if (!datasetRep.known)
            continue;
        Rep rep;
        rep.id = datasetRep.rep.id;
        rep.name = datasetRep.rep.name;
        rep.role = datasetRep.rep.role;
        rep.start = datasetRep.rep.rampStart;
        const RepEmployment employment = inputs.employmentOf(rep.id);
        rep.end = employment.endDate;
        rep.planned = employment.planned;
        if (auto it = leaving.constFind(rep.id); it != leaving.constEnd()) {
            rep.end = *it;
            rep.assumed = true;
        }
        for (int p = 0; p < 2; ++p) {
            if (dataset.hasQuota(r, periods[p])) {
                rep.fullQuota[p] = dataset.quota(r, periods[p]);
                rep.quotaSource[p] = QuotaSource::Own;
            } else if (roleMedian[p].contains(rep.role)) {
                rep.fullQuota[p] = roleMedian[p].value(rep.role);
                rep.quotaSource[p] = QuotaSource::RoleMedian;
            }
        }
        plan.reps.push_back(std::move(rep));
    }
    for (const CapacityAssumptions::Hire &hire : plan.assumptions.hires) {
        Rep rep;
        rep.name = hire.name;
        rep.role = hire.role;
        rep.start = hire.start;
        rep.assumed = true;
        for (int p = 0; p < 2; ++p) {
            if (hire.quarterlyQuota) {
                rep.fullQuota[p] = *hire.quarterlyQuota;
                rep.quotaSource[p] = QuotaSource::Assumed;
            } else if (roleMedian[p].contains(rep.role)) {
                rep.fullQuota[p] = roleMedian[p].value(rep.role);
                rep.quotaSource[p] = QuotaSource::RoleMedian;
            }
        }
        plan.reps.push_back(std::move(rep));
    }

    // Month by month: capacity = quarterly full quota ÷ 3 × ramp% × factor, rounded to the cent
    // per rep and month; ramp loss = quarterly full quota ÷ 3 × (1 − ramp%).
    const double factor = assumptions.attainmentFactor;
    for (Rep &rep : plan.reps) {
        const RampCurve &curve = curves.curveFor(rep.role);
        for (Month &month : plan.months) {
            RepMonth cell;
            cell.employed = Tenure::employedIn(rep.start, rep.end, month.month);
            cell.tenure = Tenure::monthOf(rep.start, month.month);
            cell.ramp = curve.fraction(cell.tenure);
            if (cell.employed) {
                const double monthly = double(rep.fullQuota[month.periodIndex]) / 3.0;
                cell.capacity = roundCents(monthly * cell.ramp * factor);
                cell.rampLoss = roundCents(monthly * (1.0 - cell.ramp));
                month.capacity += cell.capacity;
                month.rampLoss += cell.rampLoss;
                month.fre += cell.ramp;
                ++month.reps;
                if (month.periodIndex == 0) {
                    rep.fre += cell.ramp / 3.0;
                    rep.capacity += cell.capacity;
                    rep.rampLoss += cell.rampLoss;
                }
            }
            rep.months.push_back(cell);
        }
    }

    for (int p = 0; p < 2; ++p) {
        Totals &totals = plan.totals[p];
        totals.period = periods[p];
        if (p == 0 && assumptions.districtTarget) {
            totals.need = *assumptions.districtTarget;
            totals.needIsTarget = true;
        } else {
            for (qint32 r : scopeReps)
                if (dataset.reps()[size_t(r)].known)
                    totals.need += dataset.quota(r, periods[p]);
        }
        int monthsInPeriod = 0;
        for (const Month &month : plan.months) {
            if (month.periodIndex != p)
                continue;
            ++monthsInPeriod;
            totals.capacity += month.capacity;
            totals.rampLoss += month.rampLoss;
            totals.fre += month.fre;
        }
        if (monthsInPeriod > 0)
            totals.fre /= monthsInPeriod;
        // The need spread over the months, the last taking the remainder so they add up.
        Cents spread = 0;
        int seen = 0;
        for (Month &month : plan.months) {
            if (month.periodIndex != p)
                continue;
            ++seen;
            month.need =
                seen == monthsInPeriod ? totals.need - spread : roundCents(double(totals.need) / monthsInPeriod);
            spread += month.need;
        }
        // The mean full quota of the reps employed in at least one month of the period.
        std::vector<Cents> quotas;
        for (const Rep &rep : plan.reps) {
            const bool employed = std::any_of(plan.months.begin(), plan.months.end(), [&](const Month &month) {
                return month.periodIndex == p && rep.months[size_t(&month - plan.months.data())].employed;
            });
            if (employed && rep.quotaSource[p] != QuotaSource::None)
                quotas.push_back(rep.fullQuota[p]);
        }
        if (!quotas.empty()) {
            double sum = 0;
            for (Cents quota : quotas)
                sum += double(quota);
            totals.meanFullQuota = roundCents(sum / double(quotas.size()));
        }
        if (totals.need > 0)
            totals.match = double(totals.capacity) / double(totals.need) - 1.0;
        if (totals.meanFullQuota > 0 && factor > 0)
            totals.freForNeed = double(totals.need) / (double(totals.meanFullQuota) * factor);
    }
    return plan;
}

QString CapacityPlan::describe(const Totals &totals, double attainmentFactor, const QString &currency)
{
    const QString capacity = TextFormat::money(totals.capacity, currency);
    const QString need = TextFormat::money(totals.need, currency);
    const QString factor = TextFormat::percent(attainmentFactor);
    if (!totals.match)
        return tr("Ramped capacity of %1 is %2 at an attainment factor of %3; the period has no need (no quota "
                  "and no district target).")
            .arg(totals.period.label(), capacity, factor);
    const double match = *totals.match;
    const QString band = totals.withinBand() ? tr("within the ±10% band") : tr("outside the ±10% band");
    if (std::abs(match) < 0.005)
        return tr("Ramped capacity of %1 is %2, equal to the need of %3 at an attainment factor of %4 (%5).")
            .arg(totals.period.label(), capacity, need, factor, band);
    const QString gap = TextFormat::percent(std::abs(match));
    return (match < 0 ? tr("Ramped capacity of %1 is %2, %3 under the need of %4 at an attainment factor of %5 (%6).")
                      : tr("Ramped capacity of %1 is %2, %3 over the need of %4 at an attainment factor of %5 (%6)."))
        .arg(totals.period.label(), capacity, gap, need, factor, band);
}

QString CapacityPlan::freArithmetic(const Totals &totals, double attainmentFactor, const QString &currency)
{
    if (!totals.freForNeed)
        return tr("No full quota to divide the need by.");
    return tr("Need %1 ÷ (mean full quota %2 × attainment factor %3) = %4 fully ramped equivalents; "
              "the period has %5.")
        .arg(TextFormat::money(totals.need, currency), TextFormat::money(totals.meanFullQuota, currency),
             TextFormat::percent(attainmentFactor), TextFormat::decimal(*totals.freForNeed, 2),
             TextFormat::decimal(totals.fre, 2));
}

} // namespace dmc
