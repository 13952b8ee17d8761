#include "AgendaReport.h"

#include "AgendaPatterns.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"
#include "analytics/text/TermLabels.h"

#include <algorithm>
#include <cmath>

namespace dmc {

namespace {

using Align = Report::Align;

// Without a recorded quota there is no plan: the quota reads "not recorded" and the gap, coverage
// and their changes "-", not $0 and "covered".
QString quotaText(const Numbers &numbers)
{
    return numbers.quotaRecorded() ? ReportFormat::money(numbers.quota) : AgendaReport::tr("not recorded");
}

QString gapText(const Numbers &numbers)
{
    return numbers.quotaRecorded() ? ReportFormat::money(numbers.gap) : QStringLiteral("-");
}

// The change of a quota-derived amount, when both snapshots have a quota.
QString planChange(const Numbers &now, const Numbers &before, Cents Numbers::*amount)
{
    return now.quotaRecorded() && before.quotaRecorded() ? ReportFormat::signedMoney(now.*amount - before.*amount)
                                                         : QStringLiteral("-");
}

QString coverageText(const Numbers &numbers)
{
    if (!numbers.quotaRecorded())
        return AgendaReport::tr("no quota");
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
    const auto planRow = [&](const QString &label, const auto &text, Cents Numbers::*amount) {
        QStringList row{label, text(now)};
        if (compare)
            row << text(before) << planChange(now, before, amount);
        table.rows.push_back(row);
    };
    planRow(tr("Quota"), quotaText, &Numbers::quota);
    moneyRow(tr("Won"), now.won, before.won);
    moneyRow(tr("Commit"), now.commit, before.commit);
    moneyRow(tr("Best Case"), now.bestCase, before.bestCase);
    moneyRow(tr("Pipeline"), now.pipeline, before.pipeline);
    planRow(tr("Gap"), gapText, &Numbers::gap);

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
    case ChangeReason::New: return tr("%1, %2").arg(categoryText(change.toCategory), TermLabels::stage(change.toStage));
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

Report::Table AgendaReport::repNumbersTable(const Numbers &now, const Numbers &before, const QDate &asOf,
                                            const std::optional<QDate> &compareTo)
{
    Report::Table table;
    table.header = {tr("As of"),    tr("Quota"), tr("Won"),      tr("Commit"),         tr("Best Case"),
                    tr("Pipeline"), tr("Gap"),   tr("Coverage"), tr("Weekly run rate")};
    table.align = {Align::Left,  Align::Right, Align::Right, Align::Right, Align::Right,
                   Align::Right, Align::Right, Align::Right, Align::Right};
    const auto values = [](const QString &label, const Numbers &n) {
        return QStringList{label,
                           quotaText(n),
                           ReportFormat::money(n.won),
                           ReportFormat::money(n.commit),
                           ReportFormat::money(n.bestCase),
                           ReportFormat::money(n.pipeline),
                           gapText(n),
                           coverageText(n),
                           runRateText(n)};
    };
    table.rows.push_back(values(ReportFormat::date(asOf), now));
    // The compare-to snapshot's values are left out (the change says them, the JSON holds them): a row per rep less.
    if (compareTo) {
        table.rows.push_back(
            {tr("Change"), planChange(now, before, &Numbers::quota), ReportFormat::signedMoney(now.won - before.won),
             ReportFormat::signedMoney(now.commit - before.commit),
             ReportFormat::signedMoney(now.bestCase - before.bestCase),
             ReportFormat::signedMoney(now.pipeline - before.pipeline), planChange(now, before, &Numbers::gap),
             coverageChange(now, before),
             now.requiredWeeklyRunRate && before.requiredWeeklyRunRate
                 ? ReportFormat::signedMoney(*now.requiredWeeklyRunRate - *before.requiredWeeklyRunRate)
                 : QStringLiteral("-")});
    }
    return table;
}

QString AgendaReport::statusText(const Agenda::ExceptionLine &hit, const QDate &asOf)
{
    QString status;
    switch (hit.status) {
    case DmActionStatus::Open: status = tr("Open"); break;
    case DmActionStatus::Reviewed: status = tr("Reviewed"); break;
    case DmActionStatus::Snoozed:
        status = !hit.snoozedUntil.isValid()          ? tr("Snoozed")
            : hit.snoozed || hit.snoozedUntil >= asOf ? tr("Snoozed until %1").arg(ReportFormat::date(hit.snoozedUntil))
                                                      : tr("Snooze ended %1").arg(ReportFormat::date(hit.snoozedUntil));
        break;
    }
    return hit.note.isEmpty() ? status : tr("%1: %2").arg(status, hit.note);
}

Report::Table AgendaReport::hitsTable(const std::vector<Agenda::ExceptionLine> &exceptions, const QDate &asOf,
                                      bool withStatus)
{
    Report::Table table;
    table.header = {tr("Exception"), tr("Deal"), tr("Amount"), tr("Close date"), tr("Evidence")};
    table.align = {Align::Left, Align::Left, Align::Right, Align::Left, Align::Left};
    // The evidence is the longest text: it gets the most room, so rows stay about two lines high.
    table.widths = {15, 27, 8, 10, 40};
    if (withStatus) {
        table.header << tr("Status");
        table.widths = {13, 22, 8, 10, 33, 14};
    }
    for (const Agenda::ExceptionLine &hit : exceptions) {
        table.rows.push_back({hit.ruleName, dealText(hit.deal, hit.account), ReportFormat::money(hit.amount),
                              ReportFormat::date(hit.closeDate), hit.evidence});
        if (withStatus)
            table.rows.back() << statusText(hit, asOf);
    }
    return table;
}

bool AgendaReport::hasStatuses(const Agenda &agenda)
{
    for (const Agenda::RepPart &rep : agenda.reps) {
        for (const Agenda::ExceptionLine &hit : rep.exceptions) {
            if (hit.status != DmActionStatus::Open || !hit.note.isEmpty())
                return true;
        }
    }
    return false;
}

Report::Table AgendaReport::snoozedHitsTable(const std::vector<Agenda::ExceptionLine> &snoozed)
{
    Report::Table table;
    table.header = {tr("Exception"), tr("Deal"), tr("Snoozed until"), tr("Reason"), tr("Note")};
    table.widths = {18, 30, 12, 20, 20};
    for (const Agenda::ExceptionLine &hit : snoozed) {
        table.rows.push_back({hit.ruleName, dealText(hit.deal, hit.account), ReportFormat::date(hit.snoozedUntil),
                              hit.snoozeReason.isEmpty() ? QStringLiteral("-") : hit.snoozeReason,
                              hit.note.isEmpty() ? QStringLiteral("-") : hit.note});
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

namespace {

// One rep: where they sit, their numbers, then only the parts that hold something; what is empty is said in one
// line under the numbers instead of a heading over "none". No page break of its own: a short part shares its page.
void addRepPart(Report &report, const Agenda &agenda, const Agenda::RepPart &rep, bool withStatus)
{
    report.addSection(rep.name);
    // A district or region every rep shares (a district's agenda) is not repeated under each rep.
    const auto shared = [&agenda](QString Agenda::RepPart::*field) {
        return std::all_of(agenda.reps.begin(), agenda.reps.end(),
                           [&](const Agenda::RepPart &other) { return other.*field == agenda.reps.front().*field; });
    };
    QStringList where;
    if (!rep.district.isEmpty() && !shared(&Agenda::RepPart::district))
        where << AgendaReport::tr("District %1").arg(rep.district);
    if (!rep.region.isEmpty() && !shared(&Agenda::RepPart::region))
        where << AgendaReport::tr("Region %1").arg(rep.region);
    if (!where.isEmpty())
        report.addParagraph(where.join(QStringLiteral(" \u00b7 ")));
    report.addTable(AgendaReport::repNumbersTable(rep.numbers, rep.previous, agenda.asOf, agenda.compareTo));

    const bool patterns = !rep.patterns.lines.empty() || rep.patterns.more > 0;
    const bool hits = !rep.exceptions.empty() || !rep.snoozed.empty();
    QStringList empty;
    if (agenda.compareTo && rep.changes.empty())
        empty << AgendaReport::tr("No deal changed since %1").arg(ReportFormat::date(*agenda.compareTo));
    if (!patterns)
        empty << (rep.patterns.dismissed > 0
                      ? AgendaReport::tr("No patterns beside the %n dismissed", nullptr, rep.patterns.dismissed)
                      : AgendaReport::tr("No patterns"));
    if (rep.exceptions.empty())
        empty << AgendaReport::tr("No open exceptions");
    if (!rep.exceptions.empty() && rep.questions.isEmpty())
        empty << AgendaReport::tr("No questions from the question bank");
    if (rep.followUps.empty())
        empty << AgendaReport::tr("No follow-ups due");
    if (!empty.isEmpty())
        report.addNote(empty.join(QStringLiteral(" \u00b7 ")));

    if (agenda.compareTo && !rep.changes.empty()) {
        report.addSection(AgendaReport::tr("Changes since %1").arg(ReportFormat::date(*agenda.compareTo)), 2);
        report.addParagraph(
            AgendaReport::tr("Open pipeline in %1: %2, %n deal(s) changed.", nullptr, int(rep.changes.size()))
                .arg(agenda.period.label(),
                     ReportFormat::money(rep.pipelineOpening) + arrow() + ReportFormat::money(rep.pipelineClosing)
                         + QLatin1String(" (") + ReportFormat::signedMoney(rep.pipelineClosing - rep.pipelineOpening)
                         + QLatin1Char(')')));
        report.addTable(AgendaReport::changesTable(rep.changes));
    }

    if (patterns)
        AgendaPatterns::addSection(report, rep.patterns);

    if (hits) {
        report.addSection(AgendaReport::tr("Exceptions"), 2);
        if (!rep.exceptions.empty())
            report.addTable(AgendaReport::hitsTable(rep.exceptions, agenda.asOf, withStatus));
        if (!rep.snoozed.empty()) {
            report.addNote(
                AgendaReport::tr("%n snoozed exception(s), listed apart:", nullptr, int(rep.snoozed.size())));
            report.addTable(AgendaReport::snoozedHitsTable(rep.snoozed));
        }
    }

    if (!rep.questions.isEmpty()) {
        report.addSection(AgendaReport::tr("Questions for the call"), 2);
        report.addBullets(rep.questions);
    }

    if (!rep.followUps.empty()) {
        report.addSection(AgendaReport::tr("Follow-ups due"), 2);
        report.addTable(AgendaReport::followUpsTable(rep.followUps));
    }
}

} // namespace

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
        team.rows.push_back({rep.name, quotaText(n), ReportFormat::money(n.won), ReportFormat::money(n.commit),
                             ReportFormat::money(n.bestCase), ReportFormat::money(n.pipeline), gapText(n),
                             coverageText(n), ReportFormat::number(qint64(rep.exceptions.size()))});
    }
    report.addTable(team);

    if (agenda.plays.present) {
        report.addSection(tr("Plays and compliance"));
        report.addBullets(agenda.plays.lines());
    }

    if (!agenda.unavailable.empty()) {
        report.addSection(tr("Not available for this data"));
        report.addParagraph(tr("%n risk filter(s) read fields the imported data holds no value for and flag no deal:",
                               nullptr, int(agenda.unavailable.size())));
        report.addBullets(unavailableItems(agenda.unavailable));
    }

    const bool withStatus = hasStatuses(agenda);
    for (const Agenda::RepPart &rep : agenda.reps)
        addRepPart(report, agenda, rep, withStatus);

    report.footer = tr("Generated by DM Cockpit on %1 from the CRM snapshot of %2.")
                        .arg(ReportFormat::date(agenda.generatedAt.date()) + QLatin1Char(' ')
                                 + agenda.generatedAt.time().toString(QStringLiteral("HH:mm")),
                             ReportFormat::date(agenda.asOf));
    return report;
}

} // namespace dmc
