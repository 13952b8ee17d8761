// dmcockpit partners --db FILE [--as-of D] [--period P] [--scope S] [--json|--csv] [--lang en|ru]:
// partner attribution (sourced / influenced / none), the with / without partner table per segment,
// partner coverage and every partner's deals (docs/definitions.md#plays-and-partners).
#include "Command.h"
#include "CommandSupport.h"
#include "PlaysQuery.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/plays/PlaysText.h"
#include "analytics/text/TextFormat.h"
#include "export/PlaysCsv.h"
#include "export/json/PlaysJson.h"

namespace dmc::app {
namespace {

int runPartners(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = ExitOk;
    auto plays = PlaysQuery::run(arguments, "partners", parser, code);
    if (!plays)
        return code;
    const PlaysReport &report = plays->report;
    if (parser.isSet(QStringLiteral("json"))) {
        // A company's deals at 300k: each one's JSON is built as it is printed.
        printJson(toPartnersJsonWithoutDeals(report),
                  {{"deals", report.deals.size(), [&](size_t i) { return partnerDealJson(report.deals[i]); }}});
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << PlaysCsv::partners(report) << Qt::flush;
        return ExitOk;
    }
    const Dataset &dataset = *plays->analytics.dataset;
    const QString currency = dataset.reportingCurrency();
    const auto money = [&](Cents cents) { return TextFormat::money(cents, currency); };
    out() << tr("Partners as of %1, %2, scope %3: %n deal(s) open at the as-of or decided in the period.", nullptr,
                int(report.deals.size()))
                 .arg(TextFormat::date(report.asOf), report.period.label(), report.scope.displayName(dataset))
          << '\n';
    if (!report.hasData)
        out() << tr("The data holds no partner, play, compliance or task rows.") << '\n';
    TextTable split({tr("Attribution"), tr("Deals"), tr("Amount"), tr("Open deals"), tr("Open amount"), tr("Won deals"),
                     tr("Won amount")});
    for (const auto attribution :
         {PartnerAttribution::Sourced, PartnerAttribution::Influenced, PartnerAttribution::None}) {
        const AttributionShare &s = report.partners.split[size_t(attribution)];
        split.addRow({PlaysText::attribution(attribution), TextFormat::number(s.deals), money(s.amount),
                      TextFormat::number(s.openDeals), money(s.openAmount), TextFormat::number(s.wonDeals),
                      money(s.wonAmount)});
    }
    out() << split.toString();
    const PartnerCoverage &c = report.partners.coverage;
    out() << tr("Partner coverage: %1 of %2 open pipeline (%3) has a partner row; %4 of %5 open deals.")
                 .arg(money(c.withPartnerAmount), money(c.openAmount),
                      c.share ? TextFormat::percent(*c.share) : QStringLiteral("-"),
                      TextFormat::number(c.withPartnerDeals), TextFormat::number(c.openDeals))
          << '\n';
    out() << tr("With and without a partner, deals decided in the period (a figure needs n of at least %1):")
                 .arg(TextFormat::number(report.minimumN))
          << '\n';
    TextTable table({tr("Segment"), tr("Win rate with"), tr("Win rate without"), tr("Average won with"),
                     tr("Average won without"), tr("Median days with"), tr("Median days without")});
    for (const WithWithoutRow &row : report.partners.withWithout)
        table.addRow({row.all ? tr("All segments") : (row.segment.isEmpty() ? tr("No segment") : row.segment),
                      PlaysText::winRate(row.with), PlaysText::winRate(row.without),
                      PlaysText::averageWon(row.with, currency), PlaysText::averageWon(row.without, currency),
                      PlaysText::medianCycle(row.with), PlaysText::medianCycle(row.without)});
    out() << table.toString();
    TextTable partners({tr("Partner"), tr("Deals"), tr("Sourced"), tr("Sourced amount"), tr("Influenced"),
                        tr("Influenced amount"), tr("Co-sell won"), tr("Co-sell lost"), tr("Win rate")});
    for (const PartnerRow &p : report.partners.partners)
        partners.addRow({p.name, TextFormat::number(p.deals), TextFormat::number(p.sourcedDeals),
                         money(p.sourcedAmount), TextFormat::number(p.influencedDeals), money(p.influencedAmount),
                         TextFormat::number(p.coSellWon), TextFormat::number(p.coSellLost),
                         p.winRate ? TextFormat::percent(*p.winRate)
                                   : tr("n = %1").arg(TextFormat::number(p.coSellWon + p.coSellLost))});
    out() << partners.toString() << Qt::flush;
    return ExitOk;
}

const CommandRegistration partnersRegistration(
    {"partners",
     QT_TRANSLATE_NOOP("dmc::app",
                       "Partner attribution, the with / without partner table, partner coverage and "
                       "each partner's deals."),
     false, &runPartners});

} // namespace
} // namespace dmc::app
