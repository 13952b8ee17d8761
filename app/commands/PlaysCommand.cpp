// dmcockpit plays --db FILE [--as-of D] [--period P] [--scope S] [--json|--csv] [--lang en|ru]:
// each play with the deals meeting its criteria, the steps due by their stage and those missing,
// the partners whose attributes match, and the deal tasks by role (docs/definitions.md#plays-and-partners).
#include "Command.h"
#include "CommandSupport.h"
#include "PlaysQuery.h"
#include "TextTable.h"
#include "Tr.h"
#include "analytics/plays/PlaysText.h"
#include "analytics/text/TermLabels.h"
#include "analytics/text/TextFormat.h"
#include "export/PlaysCsv.h"
#include "export/json/PlaysJson.h"

namespace dmc::app {
namespace {

int runPlays(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = ExitOk;
    auto plays = PlaysQuery::run(arguments, "plays", parser, code);
    if (!plays)
        return code;
    const PlaysReport &report = plays->report;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toPlaysJson(report));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << PlaysCsv::plays(report) << Qt::flush;
        return ExitOk;
    }
    const Dataset &dataset = *plays->analytics.dataset;
    out() << tr("%n play(s) as of %1, %2, scope %3.", nullptr, int(report.plays.size()))
                 .arg(TextFormat::date(report.asOf), report.period.label(), report.scope.displayName(dataset))
          << '\n';
    for (const PlayFigures &play : report.plays) {
        out() << tr("%1: %2 deals meet the criteria, %3 with every step due by their stage done (%4).")
                     .arg(play.play.name, TextFormat::number(qint64(play.deals.size())),
                          TextFormat::number(play.adherent),
                          play.adherence ? TextFormat::percent(*play.adherence) : QStringLiteral("-"))
              << '\n';
        for (const PlayDealSteps &steps : play.deals) {
            if (steps.adherent())
                continue;
            const PlayDeal &deal = report.deals[size_t(steps.deal)];
            out() << QStringLiteral("  %1 | %2 | %3 | %4\n")
                         .arg(deal.id, deal.name, TermLabels::stage(deal.stage),
                              PlaysText::missingSteps(steps.missing));
        }
        for (const PartnerMatch &match : play.partners)
            out() << tr("  Partner %1: %2 in common; co-sell %3 won, %4 lost.")
                         .arg(match.partnerName, match.matched.join(QStringLiteral(", ")),
                              TextFormat::number(match.coSellWon), TextFormat::number(match.coSellLost))
                  << '\n';
    }
    TextTable roles({tr("Role"), tr("Open tasks"), tr("Overdue"), tr("Longest chain of open tasks")});
    for (const RoleTasks &role : report.tasks.roles)
        roles.addRow({PlaysText::role(role.role), TextFormat::number(role.open), TextFormat::number(role.overdue),
                      role.longestChain ? report.deals[size_t(role.longestChain->deal)].id + QStringLiteral(": ")
                              + PlaysText::chain(*role.longestChain)
                                        : QStringLiteral("-")});
    out() << roles.toString() << Qt::flush;
    return ExitOk;
}

const CommandRegistration playsRegistration(
    {"plays",
     QT_TRANSLATE_NOOP("dmc::app",
                       "Plays: the deals meeting each play's criteria with the steps due and missing, "
                       "matching partners, and deal tasks by role."),
     false, &runPlays});

} // namespace
} // namespace dmc::app
