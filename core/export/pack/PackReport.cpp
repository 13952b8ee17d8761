#include "PackReport.h"

#include "analytics/dataset/Dataset.h"
#include "analytics/text/CompactFormat.h"
#include "analytics/text/TermLabels.h"
#include "export/agenda/AgendaBuilder.h"
#include "export/agenda/AgendaPatterns.h"
#include "export/agenda/AgendaReport.h"
#include "export/agenda/AgendaRisks.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"

namespace dmc {

namespace {

using Align = Report::Align;

// Short column heads for the eight MEDDPICC elements, in MeddpiccElement order.
QStringList elementHeads()
{
    QStringList heads;
    for (int i = 0; i < MeddpiccElementCount; ++i)
        heads << meddpiccAbbreviation(MeddpiccElement(i));
    return heads;
}

Report::Table matrixTable(const std::vector<CoachingPackData::MatrixRow> &rows)
{
    Report::Table table;
    table.header << PackReport::tr("Deal") << PackReport::tr("Amount") << PackReport::tr("Close date") << elementHeads()
                 << PackReport::tr("Confirmed");
    table.align = {Align::Left, Align::Right, Align::Left};
    for (int i = 0; i < MeddpiccElementCount + 1; ++i)
        table.align << Align::Right;
    for (const auto &row : rows) {
        QStringList cells{row.opportunityName, ReportFormat::money(row.amount), ReportFormat::date(row.closeDate)};
        for (EvidenceLevel level : row.levels)
            cells << evidenceLevelMark(level);
        cells << PackReport::tr("%1 of %2").arg(row.confirmed).arg(MeddpiccElementCount);
        table.rows.push_back(cells);
    }
    return table;
}

} // namespace

Report PackReport::build(const CoachingPackData &pack, const Dataset &dataset, double coverageTarget,
                         const QDateTime &generatedAt)
{
    Report report;
    report.language = Translations::currentLanguage();
    report.title = tr("Coaching pack: %1").arg(pack.repName);
    report.subtitle = tr("%1 \u00b7 as of %2").arg(pack.period.label(), ReportFormat::date(pack.asOf));
    report.header = {{tr("Rep"), pack.repName}};
    if (!pack.district.isEmpty())
        report.header.push_back({tr("District"), pack.district});
    if (!pack.region.isEmpty())
        report.header.push_back({tr("Region"), pack.region});
    report.header.push_back({tr("Period"), AgendaReport::periodText(pack.period)});
    report.header.push_back({tr("As of"), ReportFormat::date(pack.asOf)});
    report.header.push_back(
        {tr("Compared with"), pack.previousAsOf ? ReportFormat::date(*pack.previousAsOf) : tr("no earlier snapshot")});
    report.header.push_back({tr("Amounts"), tr("%1, whole units").arg(pack.reportingCurrency)});

    // Numbers and changes as the cockpit's tiles write them ("$139K", "+$521K").
    report.addSection(tr("Numbers and changes"));
    Report::Table numbers;
    numbers.header = {tr("Measure"), tr("As of %1").arg(ReportFormat::date(pack.asOf))};
    if (pack.previousAsOf)
        numbers.header << tr("Change since %1").arg(ReportFormat::date(*pack.previousAsOf));
    numbers.align = {Align::Left, Align::Right, Align::Right};
    for (const PackNumbers::Row &row : pack.numberRows) {
        QStringList cells{row.key == QLatin1String("coverage")
                              ? tr("%1 (target %2)").arg(row.label, CompactFormat::ratio(coverageTarget))
                              : row.label,
                          row.valueText};
        if (pack.previousAsOf)
            cells << row.changeText;
        numbers.rows.push_back(cells);
    }
    report.addTable(numbers);
    if (!pack.pipelineBridge.isEmpty())
        report.addNote(pack.pipelineBridge);

    if (pack.previousAsOf) {
        report.addSection(tr("Changes since %1").arg(ReportFormat::date(*pack.previousAsOf)));
        std::vector<Agenda::ChangeLine> changes;
        for (const DealChange &change : pack.changes.deals) {
            if (change.reason != ChangeReason::Unchanged)
                changes.push_back(AgendaBuilder::changeLine(dataset, change));
        }
        if (changes.empty())
            report.addParagraph(tr("No deal changed since %1.").arg(ReportFormat::date(*pack.previousAsOf)));
        else
            report.addTable(AgendaReport::changesTable(changes));
    }

    AgendaPatterns::addSection(report, AgendaPatterns::select(pack.patterns, dataset, pack.patternCap), 1);

    report.addSection(tr("Exceptions"));
    std::vector<Agenda::ExceptionLine> open;
    for (const RiskHit &hit : pack.exceptions.hits)
        open.push_back(AgendaRisks::exceptionLine(hit, pack.reportingCurrency));
    if (open.empty()) {
        report.addParagraph(tr("No open exceptions."));
    } else {
        report.addParagraph(pack.exceptionsLine);
        report.addTable(AgendaReport::exceptionsTable(open));
    }
    if (!pack.exceptions.snoozed.empty()) {
        std::vector<Agenda::ExceptionLine> snoozed;
        for (const RiskHit &hit : pack.exceptions.snoozed)
            snoozed.push_back(AgendaRisks::exceptionLine(hit, pack.reportingCurrency));
        report.addNote(tr("%n snoozed exception(s), listed apart:", nullptr, int(snoozed.size())));
        report.addTable(AgendaReport::snoozedTable(snoozed));
    }

    report.addSection(tr("POCs"));
    if (pack.pocLines.empty()) {
        report.addParagraph(tr("No POC on %1's deals in %2.").arg(pack.repName, pack.period.label()));
    } else {
        Report::Table pocs;
        pocs.header =
            {tr("POC"),      tr("Deal"),         tr("Status"), tr("Time line"), tr("DOR items missing at the start"),
             tr("Criteria"), tr("Tasks overdue")};
        for (const CoachingPackData::PocLine &line : pack.pocLines)
            pocs.rows.push_back(
                {line.pocId, line.opportunityName, line.status, line.timeline, line.dor, line.criteria, line.overdue});
        report.addTable(pocs);
    }

    if (pack.plays.present) {
        report.addSection(tr("Plays and compliance"));
        report.addBullets(pack.plays.lines());
        if (pack.plays.deals.empty()) {
            report.addParagraph(tr("No open deal of %1 with a play step not done, a compliance artifact not "
                                   "started at the stage or a task past its due date.")
                                    .arg(pack.repName));
        } else {
            Report::Table plays;
            plays.header = {tr("Deal"), tr("Stage"), tr("Play steps not done"),
                            tr("Compliance artifacts not started at the stage"), tr("Tasks past due")};
            for (const PlaysSummary::DealLine &deal : pack.plays.deals)
                plays.rows.push_back(
                    {deal.deal, TermLabels::stage(deal.stage), deal.missingSteps.join(QStringLiteral("; ")),
                     deal.artifacts.join(QStringLiteral("; ")), deal.overdueTasks.join(QStringLiteral("; "))});
            report.addTable(plays);
        }
    }

    report.addSection(tr("MEDDPICC gap matrix"));
    if (pack.meddpiccMatrix.empty()) {
        report.addParagraph(tr("No open deals closing in %1.").arg(pack.period.label()));
    } else {
        report.addParagraph(pack.matrixLine);
        report.addTable(matrixTable(pack.meddpiccMatrix));
        report.addNote(tr("\u2713 confirmed, ~ partial, \u2013 none. M Metrics, EB Economic buyer, DC Decision "
                          "criteria, DP Decision process, PP Paper process, IP Identify pain, Ch Champion, "
                          "Co Competition."));
    }

    report.addSection(tr("Metrics beside the district median"));
    Report::Table metrics;
    metrics.header = {tr("Metric"), pack.repName, tr("District median"), tr("Reps in the median")};
    metrics.align = {Align::Left, Align::Right, Align::Right, Align::Right};
    for (const CoachingPackData::Metric &metric : pack.metrics) {
        metrics.rows.push_back({CoachingPackData::metricName(metric.key), metric.repText, metric.medianText,
                                ReportFormat::number(metric.districtReps)});
    }
    report.addTable(metrics);

    if (!pack.beliefStacks.empty()) {
        report.addSection(tr("Belief stacks"));
        for (const CoachingPackData::BeliefStack &stack : pack.beliefStacks) {
            report.addSection(stack.opportunityName, 2);
            Report::Table table;
            table.header = {tr("#"), tr("Belief"), tr("Rating")};
            table.align = {Align::Right, Align::Left, Align::Left};
            for (const CoachingPackData::Belief &belief : stack.beliefs) {
                table.rows.push_back(
                    {ReportFormat::number(belief.position), belief.text, CoachingPackData::ratingName(belief.rating)});
            }
            report.addTable(table);
        }
    }

    report.addSection(tr("Questions"));
    if (pack.questions.empty()) {
        report.addParagraph(tr("No questions from the question bank: no flagged deals."));
    } else {
        QStringList lines;
        for (const CoachingPackData::Question &question : pack.questions)
            lines << tr("%1: %2").arg(QuestionBank::kindName(question.kind), question.text);
        report.addBullets(lines);
    }

    report.addSection(tr("Follow-ups due"));
    if (pack.followUps.empty()) {
        report.addParagraph(tr("No follow-ups due."));
    } else {
        std::vector<Agenda::FollowUpLine> lines;
        for (const FollowUpDue &due : pack.followUps) {
            const int opportunity = dataset.opportunityIndex(due.opportunityId);
            lines.push_back({due.text, due.opportunityId,
                             opportunity >= 0 ? dataset.opportunity(opportunity).name : due.opportunityId, due.owner,
                             due.dueDate, due.dueDate.isValid() && due.dueDate < pack.asOf});
        }
        report.addTable(AgendaReport::followUpsTable(lines));
    }
    if (!pack.coachingNote.isEmpty()) {
        // The DM's own words, shown as written (not generated text).
        report.addSection(tr("Coaching note"));
        report.addParagraph(pack.coachingNote);
    }

    report.footer = tr("Generated by DM Cockpit on %1 from the CRM snapshot of %2.")
                        .arg(ReportFormat::date(generatedAt.date()) + QLatin1Char(' ')
                                 + generatedAt.time().toString(QStringLiteral("HH:mm")),
                             ReportFormat::date(pack.asOf));
    return report;
}

} // namespace dmc
