// dmcockpit compliance --db FILE [--as-of D] [--period P] [--scope S] [--json|--csv] [--lang en|ru]:
// the compliance artifacts of the query's deals against the stage each play names, and the share
// started in parallel (docs/definitions.md#compliance-in-parallel).
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

QString rate(int part, int whole)
{
    return whole > 0 ? TextFormat::percent(double(part) / whole) : QStringLiteral("-");
}

int runCompliance(const QStringList &arguments)
{
    QCommandLineParser parser;
    int code = ExitOk;
    auto plays = PlaysQuery::run(arguments, "compliance", parser, code);
    if (!plays)
        return code;
    const PlaysReport &report = plays->report;
    const ComplianceArtifacts &artifacts = plays->inputs.artifacts;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toComplianceJson(report));
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << csvStart() << PlaysCsv::compliance(report, artifacts) << Qt::flush;
        return ExitOk;
    }
    const Dataset &dataset = *plays->analytics.dataset;
    const ComplianceFigures &f = report.compliance;
    out() << tr("Compliance as of %1, %2, scope %3: %4 of %5 required artifacts started in parallel (%6).")
                 .arg(TextFormat::date(report.asOf), report.period.label(), report.scope.displayName(dataset),
                      TextFormat::number(f.inParallel), TextFormat::number(f.due), rate(f.inParallel, f.due))
          << '\n';
    TextTable table({tr("Artifact"), tr("Due"), tr("Started in parallel"), tr("Share")});
    for (const ComplianceArtifactFigures &a : f.artifacts)
        table.addRow({artifacts.label(a.artifact), TextFormat::number(a.due), TextFormat::number(a.inParallel),
                      rate(a.inParallel, a.due)});
    out() << table.toString();
    for (const ComplianceCell &c : f.cells) {
        const PlayDeal &deal = report.deals[size_t(c.deal)];
        out() << QStringLiteral("  %1 | %2 | %3 | %4 | %5 | %6\n")
                     .arg(deal.id, artifacts.label(c.artifact),
                          c.stage.isEmpty()
                              ? QStringLiteral("-")
                              : tr("%1, entered %2")
                                    .arg(TermLabels::stage(c.stage),
                                         c.entered.isValid() ? TextFormat::date(c.entered) : QStringLiteral("-")),
                          PlaysText::artifactStatus(c.status),
                          c.started.isValid() ? TextFormat::date(c.started) : QStringLiteral("-"),
                          PlaysText::complianceState(c.state));
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration complianceRegistration(
    {"compliance",
     QT_TRANSLATE_NOOP("dmc::app",
                       "Compliance artifacts of the deals against the stage each play names, and the "
                       "share started in parallel."),
     false, &runCompliance});

} // namespace
} // namespace dmc::app
