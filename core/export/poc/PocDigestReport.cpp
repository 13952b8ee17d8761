#include "PocDigestReport.h"

#include "analytics/poc/PocText.h"
#include "export/render/ReportFormat.h"
#include "i18n/Translations.h"

namespace dmc {

namespace {

QString criterionName(const PocCriterion &criterion)
{
    return !criterion.objective.isEmpty() ? criterion.objective
        : !criterion.metric.isEmpty()     ? criterion.metric
                                          : criterion.id;
}

QString taskList(const std::vector<PocTask> &tasks)
{
    QStringList parts;
    for (const PocTask &task : tasks)
        parts << PocDigestReport::tr("%1 (due %2)").arg(task.title, ReportFormat::date(task.dueDate));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QStringList PocDigestReport::changeLines(const PocDigestEntry &entry, const QDate &since)
{
    QStringList lines;
    const PocRecord &poc = entry.card.poc;
    if (entry.startedInWindow)
        lines << tr("started on %1").arg(ReportFormat::date(poc.start));
    if (entry.endedInWindow) {
        const QString outcome = PocText::outcome(poc.outcome);
        lines << (outcome.isEmpty()
                      ? tr("ended on %1").arg(ReportFormat::date(poc.actualEnd))
                      : tr("ended on %1, outcome: %2").arg(ReportFormat::date(poc.actualEnd), outcome.toLower()));
    }
    for (const PocCriterion &c : entry.criteriaAdded)
        lines << tr("criterion %1 added on %2").arg(criterionName(c), ReportFormat::date(c.recordedDate));
    for (const PocCriterion &c : entry.criteriaChanged)
        lines << tr("criterion %1 changed on %2").arg(criterionName(c), ReportFormat::date(c.changedDate));
    for (const PocCriterion &c : entry.resultsRecorded)
        lines << (c.result == CriterionResult::Met ? tr("criterion %1 recorded met on %2")
                                                   : tr("criterion %1 recorded not met on %2"))
                     .arg(criterionName(c), ReportFormat::date(c.resultDate));
    if (!entry.checkInsHeld.empty()) {
        QStringList dates;
        for (const PocCheckIn &c : entry.checkInsHeld)
            dates << ReportFormat::date(c.heldDate);
        lines << tr("%n check-in(s) held: %1", nullptr, int(entry.checkInsHeld.size()))
                     .arg(dates.join(QStringLiteral(", ")));
    }
    for (const PocTask &t : entry.tasksDone)
        lines << (t.side == TaskSide::Buyer ? tr("buyer task %1 done on %2") : tr("seller task %1 done on %2"))
                     .arg(t.title, ReportFormat::date(t.doneDate));
    if (lines.isEmpty())
        lines << tr("no start, end, criterion, check-in or task recorded since %1").arg(ReportFormat::date(since));
    return lines;
}

QStringList PocDigestReport::standingLines(const PocDigestEntry &entry)
{
    QStringList lines;
    const PocScorecard &card = entry.card;
    QString time = PocText::timeline(card);
    if (card.overrunDays && *card.overrunDays > 0 && !card.ended)
        time += QStringLiteral("; ") + tr("%n day(s) past the planned end", nullptr, *card.overrunDays);
    else if (card.daysLeft)
        time += QStringLiteral("; ") + tr("%n day(s) left", nullptr, *card.daysLeft);
    lines << time;
    if (!entry.buyerOverdue.empty())
        lines << tr("%n buyer task(s) overdue: %1", nullptr, int(entry.buyerOverdue.size()))
                     .arg(taskList(entry.buyerOverdue));
    if (!entry.sellerOverdue.empty())
        lines << tr("%n seller task(s) overdue: %1", nullptr, int(entry.sellerOverdue.size()))
                     .arg(taskList(entry.sellerOverdue));
    if (entry.buyerOverdue.empty() && entry.sellerOverdue.empty() && !card.tasks.empty())
        lines << tr("no task overdue");
    return lines;
}

Report PocDigestReport::build(const PocDigest &digest, const QDateTime &generatedAt)
{
    Report report;
    report.language = Translations::currentLanguage();
    report.title = tr("POC digest: %1").arg(digest.scopeName);
    report.subtitle =
        tr("since %1 \u00b7 as of %2").arg(ReportFormat::date(digest.since), ReportFormat::date(digest.asOf));
    report.header = {{tr("Scope"), digest.scopeName},
                     {tr("Period"), digest.period.label()},
                     {tr("As of"), ReportFormat::date(digest.asOf)},
                     {tr("Changes since"), ReportFormat::date(digest.since)},
                     {tr("POCs"), ReportFormat::number(qint64(digest.pocs.size()))}};
    if (digest.pocs.empty()) {
        report.addSection(tr("POCs"));
        report.addParagraph(tr("No POC of the scope is running or planned at %1 or ended after %2.")
                                .arg(ReportFormat::date(digest.asOf), ReportFormat::date(digest.since)));
    }
    for (const PocDigestEntry &entry : digest.pocs) {
        const PocScorecard &card = entry.card;
        report.addSection(tr("%1: %2").arg(card.poc.id, card.dealName));
        report.addKeyValues({{tr("Account"), card.accountName},
                             {tr("Owner"), card.ownerName},
                             {tr("Status"), PocText::phase(card.poc.phase)}});
        report.addSection(tr("Since %1").arg(ReportFormat::date(digest.since)), 2);
        report.addBullets(changeLines(entry, digest.since));
        report.addSection(tr("As of %1").arg(ReportFormat::date(digest.asOf)), 2);
        report.addBullets(standingLines(entry));
    }
    report.footer = tr("Generated by DM Cockpit on %1 from the POC rows of the latest import.")
                        .arg(ReportFormat::date(generatedAt.date()) + QLatin1Char(' ')
                             + generatedAt.time().toString(QStringLiteral("HH:mm")));
    return report;
}

} // namespace dmc
