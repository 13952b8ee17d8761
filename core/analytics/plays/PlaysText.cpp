#include "PlaysText.h"

#include "analytics/text/TermLabels.h"
#include "analytics/text/TextFormat.h"

namespace dmc {

QString PlaysText::attribution(PartnerAttribution attribution)
{
    switch (attribution) {
    case PartnerAttribution::Sourced: return tr("Sourced");
    case PartnerAttribution::Influenced: return tr("Influenced");
    case PartnerAttribution::None: return tr("No partner");
    }
    return {};
}

QString PlaysText::role(TaskRole role)
{
    switch (role) {
    case TaskRole::AE: return tr("AE");
    case TaskRole::SE: return tr("SE");
    case TaskRole::Partner: return tr("Partner");
    case TaskRole::CS: return tr("CS");
    }
    return {};
}

QString PlaysText::artifactStatus(const std::optional<ArtifactStatus> &status)
{
    if (!status)
        return tr("No record");
    switch (*status) {
    case ArtifactStatus::NotStarted: return tr("Not started");
    case ArtifactStatus::InProgress: return tr("In progress");
    case ArtifactStatus::Done: return tr("Done", "compliance artifact");
    case ArtifactStatus::NotRequired: return tr("Not required");
    }
    return {};
}

QString PlaysText::complianceState(ComplianceCell::State state)
{
    switch (state) {
    case ComplianceCell::State::NotYetDue: return tr("Stage not reached");
    case ComplianceCell::State::InParallel: return tr("Started in parallel");
    case ComplianceCell::State::StartedLate: return tr("Started after the stage");
    case ComplianceCell::State::NotStarted: return tr("Not started at the stage");
    case ComplianceCell::State::NotRequired: return tr("Not required");
    case ComplianceCell::State::RecordedOnly: return tr("Recorded, no play requires it");
    }
    return {};
}

QString PlaysText::winRate(const WithWithoutCell &cell)
{
    if (!cell.winRate)
        return tr("n = %1").arg(TextFormat::number(cell.decided));
    return tr("%1 (n = %2)").arg(TextFormat::percent(*cell.winRate), TextFormat::number(cell.decided));
}

QString PlaysText::averageWon(const WithWithoutCell &cell, const QString &currency)
{
    if (!cell.averageWon)
        return tr("n = %1").arg(TextFormat::number(cell.won));
    return tr("%1 (n = %2)").arg(TextFormat::money(*cell.averageWon, currency), TextFormat::number(cell.won));
}

QString PlaysText::medianCycle(const WithWithoutCell &cell)
{
    if (!cell.medianCycleDays)
        return tr("n = %1").arg(TextFormat::number(cell.cycleN));
    const double days = *cell.medianCycleDays;
    return tr("%1 days (n = %2)")
        .arg(TextFormat::decimal(days, days == double(qint64(days)) ? 0 : 1), TextFormat::number(cell.cycleN));
}

QString PlaysText::chain(const TaskChain &chain)
{
    QString text = tr("%n open task(s) in a row", nullptr, chain.length());
    if (chain.end.isValid())
        text += tr(", the last due %1").arg(TextFormat::date(chain.end));
    if (chain.daysAfterClose) {
        const int days = *chain.daysAfterClose;
        if (days > 0)
            text += tr(", %n day(s) after the close date %1", nullptr, days).arg(TextFormat::date(chain.close));
        else if (days < 0)
            text += tr(", %n day(s) before the close date %1", nullptr, -days).arg(TextFormat::date(chain.close));
        else
            text += tr(", on the close date %1").arg(TextFormat::date(chain.close));
    }
    return text;
}

QString PlaysText::missingSteps(const std::vector<PlayStep> &steps)
{
    QStringList parts;
    for (const PlayStep &step : steps)
        parts << tr("%1 (by %2)").arg(step.title.isEmpty() ? step.id : step.title, TermLabels::stage(step.dueStage));
    return parts.join(QStringLiteral("; "));
}

} // namespace dmc
