#include "QuarterlyPlanReport.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/review/SourceGroups.h"
#include "analytics/text/TextFormat.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

namespace {

using Align = Report::Align;

QString ratioOr(const std::optional<double> &value)
{
    return value ? ReportFormat::ratio(*value) : ReportFormat::none();
}

QString indexOr(const std::optional<double> &value)
{
    return value ? TextFormat::decimal(*value, 2) : ReportFormat::none();
}

QString planName(const CapacityPlan &plan)
{
    return plan.assumptions.name.isEmpty() ? QuarterlyPlanReport::tr("As imported") : plan.assumptions.name;
}

QString monthLabel(const QDate &month)
{
    return Translations::locale().standaloneMonthName(month.month(), QLocale::ShortFormat) + u' '
        + QString::number(month.year());
}

// What a set assumes, in one line: "attainment factor 90%, the database's ramp curves, ...".
QString assumptionsText(const CapacityAssumptions &set, const Dataset &dataset)
{
    QStringList parts{QuarterlyPlanReport::tr("attainment factor %1").arg(ReportFormat::percent(set.attainmentFactor)),
                      set.curves == CapacityAssumptions::Curves::Shipped
                          ? QuarterlyPlanReport::tr("the shipped ramp curves")
                          : QuarterlyPlanReport::tr("the database's ramp curves")};
    if (set.districtTarget)
        parts << QuarterlyPlanReport::tr("district target %1").arg(ReportFormat::money(*set.districtTarget));
    for (const CapacityAssumptions::Hire &hire : set.hires)
        parts << QuarterlyPlanReport::tr("hire %1 (%2) from %3, quarterly quota %4")
                     .arg(hire.name, hire.role, ReportFormat::date(hire.start),
                          hire.quarterlyQuota ? ReportFormat::money(*hire.quarterlyQuota)
                                              : QuarterlyPlanReport::tr("the role median"));
    for (const CapacityAssumptions::Leaver &leaver : set.leavers) {
        const qint32 rep = dataset.repIndex(leaver.repId);
        parts << QuarterlyPlanReport::tr("%1 leaves, last day %2")
                     .arg(rep >= 0 ? dataset.reps()[size_t(rep)].rep.name : leaver.repId,
                          ReportFormat::date(leaver.lastDay));
    }
    return parts.join(QStringLiteral("; "));
}

void addCapacity(Report &report, const CapacityReport &capacity, const Dataset &dataset)
{
    const CapacityPlan &first = capacity.plans.front();
    report.addSection(QuarterlyPlanReport::tr("Ramped capacity against the need, %1 and %2")
                          .arg(first.totals[0].period.label(), first.totals[1].period.label()));
    Report::Table table;
    table.header = {QuarterlyPlanReport::tr("Month"), QuarterlyPlanReport::tr("Need"),
                    QuarterlyPlanReport::tr("Need −10%"), QuarterlyPlanReport::tr("Need +10%")};
    for (const CapacityPlan &plan : capacity.plans)
        table.header << planName(plan);
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (size_t m = 0; m < first.months.size(); ++m) {
        const Cents need = first.months[m].need;
        QStringList row{monthLabel(first.months[m].month), ReportFormat::money(need),
                        ReportFormat::money(Cents(std::llround(double(need) * (1.0 - CapacityPlan::Band)))),
                        ReportFormat::money(Cents(std::llround(double(need) * (1.0 + CapacityPlan::Band))))};
        for (const CapacityPlan &plan : capacity.plans)
            row << ReportFormat::money(plan.months[m].capacity);
        table.rows.push_back(row);
    }
    report.addTable(table);
    report.addNote(
        QuarterlyPlanReport::tr("Columns after the band: ramped capacity per plan, the data as imported first. "
                                "A month's need is the period's need ÷ 3."));
    for (const CapacityPlan &plan : capacity.plans) {
        report.addSection(QuarterlyPlanReport::tr("Plan: %1").arg(planName(plan)), 2);
        if (!plan.assumptions.name.isEmpty())
            report.addParagraph(assumptionsText(plan.assumptions, dataset));
        const double factor = plan.assumptions.attainmentFactor;
        const QString currency = dataset.reportingCurrency();
        report.addBullets({CapacityPlan::describe(plan.totals[0], factor, currency),
                           CapacityPlan::freArithmetic(plan.totals[0], factor, currency),
                           CapacityPlan::describe(plan.totals[1], factor, currency)});
        Report::Table reps;
        reps.header = {QuarterlyPlanReport::tr("Rep"),           QuarterlyPlanReport::tr("Role"),
                       QuarterlyPlanReport::tr("Start"),         QuarterlyPlanReport::tr("Full quota"),
                       QuarterlyPlanReport::tr("Ramp by month"), QuarterlyPlanReport::tr("FRE"),
                       QuarterlyPlanReport::tr("Capacity"),      QuarterlyPlanReport::tr("Ramp loss")};
        reps.align = Report::Table::alignRightFrom(3, int(reps.header.size()));
        for (const CapacityPlan::Rep &rep : plan.reps) {
            QStringList ramps;
            for (size_t m = 0; m < plan.months.size() && m < rep.months.size(); ++m)
                if (plan.months[m].periodIndex == 0)
                    ramps << (rep.months[m].employed ? ReportFormat::percent(rep.months[m].ramp)
                                                     : ReportFormat::none());
            QString start = ReportFormat::date(rep.start);
            if (rep.end.isValid())
                start = QuarterlyPlanReport::tr("%1, last day %2").arg(start, ReportFormat::date(rep.end));
            reps.rows.push_back({rep.name, rep.role, start,
                                 rep.quotaSource[0] == CapacityPlan::QuotaSource::None
                                     ? ReportFormat::none()
                                     : ReportFormat::money(rep.fullQuota[0]),
                                 ramps.join(QStringLiteral(" · ")), TextFormat::decimal(rep.fre, 2),
                                 ReportFormat::money(rep.capacity), ReportFormat::money(rep.rampLoss)});
        }
        reps.rows.push_back({QuarterlyPlanReport::tr("Total"), QString(), QString(), QString(), QString(),
                             TextFormat::decimal(plan.totals[0].fre, 2), ReportFormat::money(plan.totals[0].capacity),
                             ReportFormat::money(plan.totals[0].rampLoss)});
        report.addTable(reps);
    }
    report.addNote(QuarterlyPlanReport::tr("Capacity = full quota ÷ 3 × ramp percent × attainment factor per rep and "
                                           "month; ramp loss = full quota ÷ 3 × (1 − ramp percent); FRE = the ramp "
                                           "percents of the months employed ÷ 3 (the total: the months' mean)."));
}

void addCoverage(Report &report, const SegmentCoverage &coverage)
{
    report.addSection(QuarterlyPlanReport::tr("Coverage by segment"));
    report.addParagraph(
        QuarterlyPlanReport::tr("Need %1, won so far %2, remaining %3. Implied coverage: 1 ÷ the segment's win rate "
                                "from %4 to %5.")
            .arg(ReportFormat::money(coverage.need), ReportFormat::money(coverage.wonSoFar),
                 ReportFormat::money(coverage.remaining), coverage.trailingFirst.label(),
                 coverage.trailingLast.label()));
    Report::Table table;
    table.header = {QuarterlyPlanReport::tr("Segment"),       QuarterlyPlanReport::tr("Open deals"),
                    QuarterlyPlanReport::tr("Open pipeline"), QuarterlyPlanReport::tr("Remaining target"),
                    QuarterlyPlanReport::tr("Coverage"),      QuarterlyPlanReport::tr("Implied coverage"),
                    QuarterlyPlanReport::tr("Won of decided")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const SegmentCoverage::Row &row : coverage.rows)
        table.rows.push_back(
            {row.segment.isEmpty() ? QuarterlyPlanReport::tr("No segment") : row.segment,
             ReportFormat::number(row.openDeals), ReportFormat::money(row.openPipeline),
             ReportFormat::money(row.remainingTarget), ratioOr(row.coverage), ratioOr(row.impliedCoverage),
             QuarterlyPlanReport::tr("%1 of %2").arg(ReportFormat::number(row.won), ReportFormat::number(row.decided))});
    report.addTable(table);
}

void addMix(Report &report, const PipelineMix &mix)
{
    report.addSection(QuarterlyPlanReport::tr("Pipeline mix by source group"));
    Report::Table table;
    table.header = {QuarterlyPlanReport::tr("Source"), QuarterlyPlanReport::tr("Created pipeline"),
                    QuarterlyPlanReport::tr("Share"), QuarterlyPlanReport::tr("Bookings"),
                    QuarterlyPlanReport::tr("Share")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const SourceMix::Row &row : mix.scope.mix.rows)
        table.rows.push_back({SourceGroups::name(row.group), ReportFormat::money(row.createdAmount),
                              ReportFormat::percentOr(mix.scope.createdShare(row.group)),
                              ReportFormat::money(row.bookings),
                              ReportFormat::percentOr(mix.scope.bookingsShare(row.group))});
    report.addTable(table);
}

void addBalance(Report &report, const TerritoryBalance &balance, const Dataset &dataset)
{
    report.addSection(QuarterlyPlanReport::tr("Territory balance on %1").arg(ReportFormat::date(balance.asOf)));
    Report::Table table;
    table.header = {QuarterlyPlanReport::tr("Rep"),   QuarterlyPlanReport::tr("Accounts"),
                    QuarterlyPlanReport::tr("Index"), QuarterlyPlanReport::tr("ARR"),
                    QuarterlyPlanReport::tr("Index"), QuarterlyPlanReport::tr("Open pipeline"),
                    QuarterlyPlanReport::tr("Index"), QuarterlyPlanReport::tr("Renewals in period"),
                    QuarterlyPlanReport::tr("Index"), QuarterlyPlanReport::tr("No open deal"),
                    QuarterlyPlanReport::tr("Index")};
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const TerritoryBalance::Row &row : balance.reps) {
        const TerritoryBalance::Values &v = row.values;
        table.rows.push_back({row.name, ReportFormat::number(v.accounts), indexOr(row.index[0]),
                              ReportFormat::money(v.arr), indexOr(row.index[1]), ReportFormat::money(v.openPipeline),
                              indexOr(row.index[2]), ReportFormat::number(v.renewals), indexOr(row.index[3]),
                              ReportFormat::number(v.noOpenDeal), indexOr(row.index[4])});
    }
    report.addTable(table);
    report.addNote(QuarterlyPlanReport::tr("Index: the rep's value ÷ the mean over the %n active rep(s) of the scope "
                                           "(1.00 = the mean).",
                                           nullptr, int(balance.reps.size())));
    if (balance.apart.empty())
        return;
    Report::Table apart;
    apart.header = {QuarterlyPlanReport::tr("Account listed apart"), QuarterlyPlanReport::tr("ARR"),
                    QuarterlyPlanReport::tr("Why")};
    apart.align = {Align::Left, Align::Right, Align::Left};
    for (const TerritoryBalance::ApartAccount &account : balance.apart) {
        const Account &a = dataset.accounts()[size_t(account.account)];
        const qint32 owner = account.ownerId.isEmpty() ? -1 : dataset.repIndex(account.ownerId);
        apart.rows.push_back({a.name.isEmpty() ? a.id : a.name,
                              ReportFormat::money(dataset.accountArr(account.account)),
                              account.reason == TerritoryBalance::Apart::NoOwner
                                  ? QuarterlyPlanReport::tr("no owner")
                                  : QuarterlyPlanReport::tr("owner not active: %1")
                                        .arg(owner >= 0 ? dataset.reps()[size_t(owner)].rep.name : account.ownerId)});
    }
    report.addTable(apart);
}

void addRamp(Report &report, const RampAttainment &ramp)
{
    if (ramp.reps.empty())
        return;
    report.addSection(QuarterlyPlanReport::tr("Ramp attainment by tenure month"));
    Report::Table table;
    table.header = {QuarterlyPlanReport::tr("Rep")};
    for (int t = 1; t <= RampAttainment::MonthsShown; ++t)
        table.header << QuarterlyPlanReport::tr("M%1").arg(t);
    table.align = Report::Table::alignRightFrom(1, int(table.header.size()));
    for (const RampAttainment::Rep &rep : ramp.reps) {
        QStringList row{rep.name};
        for (const std::optional<RampAttainment::Cell> &cell : rep.months)
            row << (cell && cell->attainment ? ReportFormat::percent(*cell->attainment) : ReportFormat::none());
        while (row.size() < table.header.size())
            row << ReportFormat::none();
        table.rows.push_back(row);
    }
    QStringList cohort{QuarterlyPlanReport::tr("Cohort median (n)")};
    for (size_t t = 0; t < size_t(RampAttainment::MonthsShown); ++t)
        cohort << (t < ramp.cohortMedian.size() && ramp.cohortMedian[t]
                       ? QuarterlyPlanReport::tr("%1 (%2)").arg(ReportFormat::percent(*ramp.cohortMedian[t]),
                                                                ReportFormat::number(ramp.cohortSize[t]))
                       : ReportFormat::none());
    table.rows.push_back(cohort);
    report.addTable(table);
    report.addNote(QuarterlyPlanReport::tr("Bookings in the tenure month ÷ (monthly full quota × ramp percent); the "
                                           "cohort median is over every rep of the database with a value, n reps."));
}

} // namespace

Report QuarterlyPlanReport::build(const CapacityReport &capacity, const TerritoryBalance &balance,
                                  const Dataset &dataset, const Query &query, const QDateTime &generatedAt)
{
    Report report;
    report.language = Translations::currentLanguage();
    const QString scope = query.scope.displayName(dataset);
    report.title = tr("Quarterly plan: %1").arg(scope);
    report.subtitle = tr("%1 and %2 \u00b7 as of %3")
                          .arg(query.period.label(),
                               capacity.plans.empty() ? QString() : capacity.plans.front().totals[1].period.label(),
                               ReportFormat::date(query.asOf));
    QStringList sets;
    for (const CapacityPlan &plan : capacity.plans)
        if (!plan.assumptions.name.isEmpty())
            sets << plan.assumptions.name;
    report.header = {{tr("Scope"), scope},
                     {tr("Period"), query.period.label()},
                     {tr("As of"), ReportFormat::date(query.asOf)},
                     {tr("Assumption sets"), sets.isEmpty() ? tr("none") : sets.join(QStringLiteral(", "))},
                     {tr("Amounts"), tr("%1, whole units").arg(dataset.reportingCurrency())}};
    if (!capacity.plans.empty())
        addCapacity(report, capacity, dataset);
    addCoverage(report, capacity.coverage);
    addMix(report, capacity.mix);
    addBalance(report, balance, dataset);
    addRamp(report, capacity.ramp);
    report.footer = tr("Generated by DM Cockpit on %1 from the CRM snapshot of %2. Assumption sets are the DM's own "
                       "figures, named by the DM; the plan shows their arithmetic.")
                        .arg(ReportFormat::date(generatedAt.date()) + QLatin1Char(' ')
                                 + generatedAt.time().toString(QStringLiteral("HH:mm")),
                             ReportFormat::date(query.asOf));
    return report;
}

} // namespace dmc
