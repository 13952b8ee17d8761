// dmcockpit changes --db FILE [--from|--compare-to D0] [--to|--as-of D1] [--scope S] [--period P] [--json]:
// the pipeline waterfall between two snapshots.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/text/TextFormat.h"
#include "export/json/PipelineChangesJson.h"
#include "i18n/Translations.h"
#include "analytics/text/TermLabels.h"

namespace dmc::app {
namespace {

int runChanges(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope},
                         QueryOptions::DateNames::FromTo);
    addJsonOption(parser);
    if (!parseArguments(parser, arguments, "changes"))
        return ExitUsage;
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto context = AnalyticsContext::load(parser, code, options.writtenScope());
    if (!context)
        return code;
    const Engine &engine = *context->engine;
    // The query's defaults give S1 (as-of) and S0 (compare-to).
    const auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());
    const QDate s0 = query->compareTo.value_or(query->asOf);
    const PipelineChanges changes = engine.changes(s0, query->asOf, query->scope, query->period);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(changes, *context->dataset));
        return ExitOk;
    }

    out() << tr("Pipeline changes %1, %2 to %3, scope %4 (%5)")
                 .arg(changes.period.label(), TextFormat::date(changes.from), TextFormat::date(changes.to),
                      changes.scope.displayName(*context->dataset), context->dataset->reportingCurrency())
          << "\n\n";
    TextTable bridge({QString(), forecastCategoryName(ForecastCategory::Commit),
                      forecastCategoryName(ForecastCategory::BestCase),
                      forecastCategoryName(ForecastCategory::Pipeline), tr("Total")});
    auto row = [&](const QString &label, Cents ChangeBridge::*field, int sign) {
        QStringList cells{label};
        for (auto category : {ForecastCategory::Commit, ForecastCategory::BestCase, ForecastCategory::Pipeline})
            cells << TextTable::money(sign * (changes.bridge(category).*field));
        cells << TextTable::money(sign * (changes.total.*field));
        bridge.addRow(cells);
    };
    row(tr("Opening"), &ChangeBridge::opening, 1);
    row(changeReasonName(ChangeReason::New), &ChangeBridge::newDeals, 1);
    row(changeReasonName(ChangeReason::PulledIn), &ChangeBridge::pulledIn, 1);
    row(changeReasonName(ChangeReason::TransferredIn), &ChangeBridge::transferredIn, 1);
    row(changeReasonName(ChangeReason::Increased), &ChangeBridge::increased, 1);
    row(changeReasonName(ChangeReason::Decreased), &ChangeBridge::decreased, -1);
    row(changeReasonName(ChangeReason::PushedOut), &ChangeBridge::pushedOut, -1);
    row(changeReasonName(ChangeReason::TransferredOut), &ChangeBridge::transferredOut, -1);
    row(changeReasonName(ChangeReason::Won), &ChangeBridge::won, -1);
    row(changeReasonName(ChangeReason::Lost), &ChangeBridge::lost, -1);
    row(tr("Category moves in"), &ChangeBridge::categoryIn, 1);
    row(tr("Category moves out"), &ChangeBridge::categoryOut, -1);
    bridge.addSeparator();
    row(tr("Closing"), &ChangeBridge::closing, 1);
    out() << bridge.toString() << '\n';

    TextTable deals({tr("Deal"), tr("Reason"), tr("From"), tr("To"), tr("Change")});
    const Dataset &data = *context->dataset;
    for (const DealChange &d : changes.deals) {
        if (d.reason == ChangeReason::Unchanged)
            continue;
        auto side = [&](qint32 stage, const std::optional<ForecastCategory> &category, Cents value,
                        const QDate &close) {
            if (stage < 0)
                return QStringLiteral("-");
            return QStringLiteral("%1 / %2 / %3 / %4")
                .arg(TermLabels::stage(data.stages()[size_t(stage)].name),
                     category ? forecastCategoryName(*category) : QString(), TextTable::money(value),
                     TextFormat::date(close));
        };
        QString reason = changeReasonName(d.reason);
        if (d.removed)
            reason += QLatin1Char(' ') + tr("(removed)");
        if (d.reopened)
            reason += QLatin1Char(' ') + tr("(reopened)");
        deals.addRow({data.opportunity(d.opportunity).id, reason,
                      side(d.fromStage, d.fromCategory, d.fromAmount, d.fromClose),
                      side(d.toStage, d.toCategory, d.toAmount, d.toClose), TextTable::money(d.delta)});
    }
    out() << deals.toString();
    out() << (changes.invariantHolds() ? tr("Opening + movements = closing in every category.")
                                       : tr("Opening + movements differ from closing."))
          << Qt::endl;
    return ExitOk;
}

const CommandRegistration changesRegistration({"changes",
                                               QT_TRANSLATE_NOOP("dmc::app", "Pipeline changes between two snapshots."),
                                               false, &runChanges});

} // namespace
} // namespace dmc::app
