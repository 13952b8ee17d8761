#include "PackNumbers.h"

#include "analytics/text/CompactFormat.h"

namespace dmc {

namespace {

using Row = PackNumbers::Row;

QString coverageText(const Numbers &numbers)
{
    if (!numbers.quotaRecorded())
        return PackNumbers::tr("no quota", "no quota recorded: no coverage ratio");
    return numbers.coverage ? CompactFormat::ratio(*numbers.coverage)
                            : PackNumbers::tr("covered", "gap 0: no coverage ratio");
}

Row moneyRow(const QString &key, const QString &label, Cents now, Cents before, bool compared, const QString &currency)
{
    Row row;
    row.key = key;
    row.label = label;
    row.value = double(now);
    row.valueText = CompactFormat::compactMoney(now, currency);
    if (compared) {
        row.previous = double(before);
        row.changeText = CompactFormat::moneyDelta(now - before, currency);
    }
    return row;
}

// The quota and the gap of a scope without a recorded quota read "not recorded", not $0.
Row planRow(const QString &key, const QString &label, const Numbers &now, const Numbers &before, bool compared,
            const QString &currency, Cents Numbers::*amount)
{
    Row row = moneyRow(key, label, now.*amount, before.*amount, compared, currency);
    if (!now.quotaRecorded()) {
        row.value.reset();
        row.valueText = PackNumbers::tr("not recorded", "no quota recorded");
    }
    if (compared && !before.quotaRecorded())
        row.previous.reset();
    if (compared && !(now.quotaRecorded() && before.quotaRecorded()))
        row.changeText = QStringLiteral("\u2013");
    return row;
}

} // namespace

std::vector<PackNumbers::Row> PackNumbers::rows(const Numbers &now, const Numbers &before, bool compared,
                                                const QString &currency)
{
    std::vector<Row> rows;
    rows.push_back(planRow(QStringLiteral("quota"), tr("Quota"), now, before, compared, currency, &Numbers::quota));
    rows.push_back(moneyRow(QStringLiteral("won"), tr("Won"), now.won, before.won, compared, currency));
    rows.push_back(moneyRow(QStringLiteral("commit"), tr("Commit"), now.commit, before.commit, compared, currency));
    rows.push_back(
        moneyRow(QStringLiteral("best_case"), tr("Best Case"), now.bestCase, before.bestCase, compared, currency));
    rows.push_back(
        moneyRow(QStringLiteral("pipeline"), tr("Pipeline"), now.pipeline, before.pipeline, compared, currency));
    rows.push_back(planRow(QStringLiteral("gap"), tr("Gap"), now, before, compared, currency, &Numbers::gap));

    Row coverage;
    coverage.key = QStringLiteral("coverage");
    coverage.kind = Row::Kind::Ratio;
    coverage.label = tr("Coverage");
    coverage.value = now.coverage;
    coverage.valueText = coverageText(now);
    if (compared) {
        coverage.previous = before.coverage;
        if (now.coverage && before.coverage)
            coverage.changeText = CompactFormat::ratioDelta(*now.coverage - *before.coverage);
        else if (!now.coverage && !before.coverage)
            coverage.changeText = CompactFormat::tr("no change");
        else
            coverage.changeText = tr("was %1", "the value at the compare-to snapshot").arg(coverageText(before));
    }
    rows.push_back(coverage);

    Row runRate;
    runRate.key = QStringLiteral("required_weekly_run_rate");
    runRate.label = tr("Required weekly run rate");
    if (now.requiredWeeklyRunRate)
        runRate.value = double(*now.requiredWeeklyRunRate);
    runRate.valueText = now.requiredWeeklyRunRate ? CompactFormat::compactMoney(*now.requiredWeeklyRunRate, currency)
        : now.quotaRecorded()                     ? tr("no weeks left")
                                                  : tr("no quota", "no quota recorded: no run rate");
    if (compared) {
        if (before.requiredWeeklyRunRate)
            runRate.previous = double(*before.requiredWeeklyRunRate);
        runRate.changeText = now.requiredWeeklyRunRate && before.requiredWeeklyRunRate
            ? CompactFormat::moneyDelta(*now.requiredWeeklyRunRate - *before.requiredWeeklyRunRate, currency)
            : QStringLiteral("\u2013");
    }
    rows.push_back(runRate);
    return rows;
}

QString PackNumbers::bridgeText(const ChangeBridge &total, const QString &currency)
{
    const auto money = [&](Cents cents) { return CompactFormat::compactMoney(cents, currency); };
    QStringList moves;
    const auto add = [&](Cents cents, const QString &text) {
        if (cents != 0)
            moves << text.arg(money(cents));
    };
    add(total.newDeals, tr("new %1"));
    add(total.pulledIn, tr("pulled in %1"));
    add(total.transferredIn, tr("transferred in %1"));
    add(total.increased, tr("increased %1"));
    add(total.decreased, tr("decreased %1"));
    add(total.pushedOut, tr("pushed out %1"));
    add(total.transferredOut, tr("transferred out %1"));
    add(total.won, tr("won %1"));
    add(total.lost, tr("lost %1"));
    if (moves.isEmpty())
        return tr("Open pipeline %1, unchanged.").arg(money(total.closing));
    return tr("Open pipeline %1 \u2192 %2: %3.")
        .arg(money(total.opening), money(total.closing), moves.join(QStringLiteral(", ")));
}

} // namespace dmc
