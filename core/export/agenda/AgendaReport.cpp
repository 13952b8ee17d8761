#include "AgendaReport.h"

#include "AgendaPatterns.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc {

namespace {

using Align = Report::Align;

QString coverageText(const Numbers &numbers)
{
    if (numbers.covered())
        return AgendaReport::tr("covered");
    return numbers.coverage ? ReportFormat::ratio(*numbers.coverage) : QStringLiteral("-");
}

QString coverageChange(const Numbers &now, const Numbers &before)
{
    // The change of the values as shown (one decimal), so 3.6x after 2.8x reads +0.8x.
    if (now.coverage && before.coverage)
        return ReportFormat::signedRatio(std::round(*now.coverage * 10.0) / 10.0
                                         - std::round(*before.coverage * 10.0) / 10.0);
    return QStringLiteral("-");
}

QString runRateText(const Numbers &numbers)
{
    return numbers.requiredWeeklyRunRate ? ReportFormat::money(*numbers.requiredWeeklyRunRate) : QStringLiteral("-");
}

QString categoryText(const std::optional<ForecastCategory> &category)
{
    return category ? forecastCategoryName(*category) : QStringLiteral("-");
}

QString arrow()
{
    return QStringLiteral(" \u2192 ");
}

QString closeDateText(const Agenda::ChangeLine &change)
{
    if (change.fromClose.isValid() && change.toClose.isValid() && change.fromClose != change.toClose)
        return ReportFormat::date(change.fromClose) + arrow() + ReportFormat::date(change.toClose);
    return ReportFormat::date(change.toClose.isValid() ? change.toClose : change.fromClose);
}

// Imported names can be any length; a document shows the first 120 characters (JSON and CSV
// keep them whole).
QString clipped(const QString &name)
{
    constexpr qsizetype Limit = 120;
    return name.size() <= Limit ? name : name.left(Limit - 1) + QChar(0x2026);
}

// "Globex renewal (Globex Corp)"; the account is left out when the deal's name already holds it.
QString dealText(const QString &deal, const QString &account)
{
    if (account.isEmpty() || deal.contains(account, Qt::CaseInsensitive))
        return clipped(deal);
    return AgendaReport::tr("%1 (%2)").arg(clipped(deal), clipped(account));
}

} // namespace

QString AgendaReport::periodText(const FiscalPeriod &period)
{
    return tr("%1 (%2 \u2013 %3)").arg(period.label(), ReportFormat::date(period.start), ReportFormat::date(period.end));
}

Report::Table AgendaReport::numbersTable(const Numbers &now, const Numbers &before, const QDate &asOf,
                                         const std::optional<QDate> &compareTo, double coverageTarget)
{
    Report::Table table;
    const bool compare = compareTo.has_value();
    table.header = {tr("Number"), tr("As of %1").arg(ReportFormat::date(asOf))};
    if (compare)
        table.header << tr("As of %1").arg(ReportFormat::date(*compareTo)) << tr("Change");
    table.align = {Align::Left, Align::Right, Align::Right, Align::Right};

    const auto moneyRow = [&](const QString &label, Cents a, Cents b) {
        QStringList row{label, ReportFormat::money(a)};
        if (compare)
            row << ReportFormat::money(b) << ReportFormat::signedMoney(a - b);
        table.rows.push_back(row);
    };
    moneyRow(tr("Quota"), now.quota, before.quota);
    moneyRow(tr("Won"), now.won, before.won);
    moneyRow(tr("Commit"), now.commit, before.commit);
    moneyRow(tr("Best Case"), now.bestCase, before.bestCase);
    moneyRow(tr("Pipeline"), now.pipeline, before.pipeline);
    moneyRow(tr("Gap"), now.gap, before.gap);

    QStringList coverage{tr("Coverage (target %1)").arg(ReportFormat::ratio(coverageTarget)), coverageText(now)};
    if (compare)
        coverage << coverageText(before) << coverageChange(now, before);
    table.rows.push_back(coverage);

    QStringList runRate{tr("Required weekly run rate"), runRateText(now)};
    if (compare) {
        runRate << runRateText(before)
                << (now.requiredWeeklyRunRate && before.requiredWeeklyRunRate
                        ? ReportFormat::signedMoney(*now.requiredWeeklyRunRate - *before.requiredWeeklyRunRate)
                        : QStringLiteral("-"));
    }
    table.rows.push_back(runRate);
    return table;
}

QString AgendaReport::changeDetail(const Agenda::ChangeLine &change)
{
    switch (change.reason) {
    case ChangeReason::Won: return tr("Closed won at %1").arg(ReportFormat::money(change.toAmount));
    case ChangeReason::Lost:
        return change.removed ? tr("No longer in the CRM export")
                              : tr("Closed lost or omitted (was %1)").arg(categoryText(change.fromCategory));
    case ChangeReason::New: return tr("%1, %2").arg(categoryText(change.toCategory), change.toStage);
    case ChangeReason::PulledIn:
    case ChangeReason::PushedOut:
        return tr("Close date %1")
            .arg(ReportFormat::date(change.fromClose) + arrow() + ReportFormat::date(change.toClose));
    case ChangeReason::TransferredIn:
    case ChangeReason::TransferredOut: return tr("Owner changed");
    case ChangeReason::Increased:
    case ChangeReason::Decreased:
        return tr("Amount %1")
            .arg(ReportFormat::money(change.fromAmount) + arrow() + ReportFormat::money(change.toAmount));
    case ChangeReason::CategoryUp:
    case ChangeReason::CategoryDown:
        return tr("Category %1").arg(categoryText(change.fromCategory) + arrow() + categoryText(change.toCategory));
    case ChangeReason::Unchanged: break;
    }
    return {};
}

Report::Table AgendaReport::changesTable(const std::vector<Agenda::ChangeLine> &changes)
{
    Report::Table table;
    table.header = {tr("Change"), tr("Deal"), tr("Close date"), tr("Pipeline change"), tr("Detail")};
    table.align = {Align::Left, Align::Left, Align::Left, Align::Right, Align::Left};
    for (const Agenda::ChangeLine &change : changes) {
        table.rows.push_back({changeReasonName(change.reason), dealText(change.deal, change.account),
                              closeDateText(change), ReportFormat::signedMoney(change.delta), changeDetail(change)});
    }
    return table;
}

Report::Table AgendaReport::exceptionsTable(const std::vector<Agenda::ExceptionLine> &exceptions)
{
    Report::Table table;
    table.header = {tr("Exception"), tr("Deal"), tr("Amount"), tr("Close date"), tr("Evidence")};
    table.align = {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left};
    for (const Agenda::ExceptionLine &hit : exceptions) {
        table.rows.push_back({hit.ruleName, dealText(hit.deal, hit.account), ReportFormat::money(hit.amount),
                              ReportFormat::date(hit.closeDate), hit.evidence});
    }
    return table;
}

Report::Table AgendaReport::snoozedTable(const std::vector<Agenda::ExceptionLine> &snoozed)
{
    Report::Table table;
    table.header = {tr("Exception"), tr("Deal"), tr("Snoozed until"), tr("Reason")};
    for (const Agenda::ExceptionLine &hit : snoozed) {
        table.rows.push_back({hit.ruleName, dealText(hit.deal, hit.account), ReportFormat::date(hit.snoozedUntil),
                              hit.snoozeReason.isEmpty() ? QStringLiteral("-") : hit.snoozeReason});
    }
    return table;
}

Report::Table AgendaReport::followUpsTable(const std::vector<Agenda::FollowUpLine> &followUps)
{
    Report::Table table;
    table.header = {tr("Follow-up"), tr("Deal"), tr("Owner"), tr("Due"), tr("Status")};
    for (const Agenda::FollowUpLine &item : followUps) {
        table.rows.push_back({item.text, item.deal.isEmpty() ? QStringLiteral("-") : clipped(item.deal),
                              item.owner.isEmpty() ? QStringLiteral("-") : item.owner, ReportFormat::date(item.due),
                              item.overdue ? tr("Overdue") : tr("Due")});
    }
    return table;
}

QStringList AgendaReport::unavailableItems(const std::vector<Agenda::UnavailableLine> &unavailable)
{
    QStringList items;
    for (const Agenda::UnavailableLine &line : unavailable)
        items << tr("%1: %2").arg(line.ruleName, line.reason);
    return items;
}

Report AgendaReport::build(const Agenda &agenda)
{
    Report report;
    report.language = Translations::currentLanguage();
    report.title = tr("Forecast-call agenda");
    report.subtitle = tr("%1 \u00b7 %2 \u00b7 week %3 of %4")
                          .arg(agenda.scopeName, agenda.period.label())
                          .arg(agenda.week)
                          .arg(agenda.weeksInPeriod);
    report.header = {
        {tr("Scope"), agenda.scopeName},
        {tr("Period"), periodText(agenda.period)},
        {tr("Week"), tr("%1 of %2").arg(agenda.week).arg(agenda.weeksInPeriod)},
        {tr("As of"), ReportFormat::date(agenda.asOf)},
        {tr("Compared with"), agenda.compareTo ? ReportFormat::date(*agenda.compareTo) : tr("no earlier snapshot")},
        {tr("Amounts"), tr("%1, whole units").arg(agenda.currency)},
    };

    report.addSection(tr("Numbers: %1").arg(agenda.scopeName));
    report.addTable(
        numbersTable(agenda.totals, agenda.previousTotals, agenda.asOf, agenda.compareTo, agenda.coverageTarget));

    if (!agenda.patterns.lines.empty())
        AgendaPatterns::addSection(report, agenda.patterns, 1);

    report.addSection(tr("Team"));
    Report::Table team;
    team.header = {tr("Rep"),      tr("Quota"), tr("Won"),      tr("Commit"),    tr("Best Case"),
                   tr("Pipeline"), tr("Gap"),   tr("Coverage"), tr("Exceptions")};
    team.align = {Align::Left,  Align::Right, Align::Right, Align::Right, Align::Right,
                  Align::Right, Align::Right, Align::Right, Align::Right};
    for (const Agenda::RepPart &rep : agenda.reps) {
        const Numbers &n = rep.numbers;
        team.rows.push_back({rep.name, ReportFormat::money(n.quota), ReportFormat::money(n.won),
                             ReportFormat::money(n.commit), ReportFormat::money(n.bestCase),
                             ReportFormat::money(n.pipeline), ReportFormat::money(n.gap), coverageText(n),
                             ReportFormat::number(qint64(rep.exceptions.size()))});
    }
    report.addTable(team);

    if (!agenda.unavailable.empty()) {
        report.addSection(tr("Not available for this data"));
        report.addParagraph(tr("%n risk filter(s) read fields the imported data holds no value for and flag no deal:",
                               nullptr, int(agenda.unavailable.size())));
        report.addBullets(unavailableItems(agenda.unavailable));
    }

    for (const Agenda::RepPart &rep : agenda.reps) {
        Report::Section &section = report.addSection(rep.name);
        section.pageBreakBefore = true;
        QStringList where;
        if (!rep.district.isEmpty())
            where << tr("District %1").arg(rep.district);
        if (!rep.region.isEmpty())
            where << tr("Region %1").arg(rep.region);
        if (!where.isEmpty())
            report.addParagraph(where.join(QStringLiteral(" \u00b7 ")));
        report.addTable(numbersTable(rep.numbers, rep.previous, agenda.asOf, agenda.compareTo, agenda.coverageTarget));

        if (agenda.compareTo) {
            report.addSection(tr("Changes since %1").arg(ReportFormat::date(*agenda.compareTo)), 2);
            report.addParagraph(tr("Open pipeline in %1: %2, %n deal(s) changed.", nullptr, int(rep.changes.size()))
                                    .arg(agenda.period.label(),
                                         ReportFormat::money(rep.pipelineOpening) + arrow()
                                             + ReportFormat::money(rep.pipelineClosing) + QLatin1String(" (")
                                             + ReportFormat::signedMoney(rep.pipelineClosing - rep.pipelineOpening)
                                             + QLatin1Char(')')));
            if (!rep.changes.empty())
                report.addTable(changesTable(rep.changes));
        }

        AgendaPatterns::addSection(report, rep.patterns);

        report.addSection(tr("Exceptions"), 2);
        if (rep.exceptions.empty())
            report.addParagraph(tr("No open exceptions."));
        else
            report.addTable(exceptionsTable(rep.exceptions));
        if (!rep.snoozed.empty()) {
            report.addNote(tr("%n snoozed exception(s), listed apart:", nullptr, int(rep.snoozed.size())));
            report.addTable(snoozedTable(rep.snoozed));
        }

        report.addSection(tr("Questions for the call"), 2);
        if (rep.questions.isEmpty())
            report.addParagraph(tr("No questions from the question bank: no flagged deals."));
        else
            report.addBullets(rep.questions);

        report.addSection(tr("Follow-ups due"), 2);
        if (rep.followUps.empty())
            report.addParagraph(tr("No follow-ups due."));
        else
            report.addTable(followUpsTable(rep.followUps));
    }

    report.footer = tr("Generated by DM Cockpit on %1 from the CRM snapshot of %2.")
                        .arg(ReportFormat::date(agenda.generatedAt.date()) + QLatin1Char(' ')
                                 + agenda.generatedAt.time().toString(QStringLiteral("HH:mm")),
                             ReportFormat::date(agenda.asOf));
    return report;
}

} // namespace dmc
