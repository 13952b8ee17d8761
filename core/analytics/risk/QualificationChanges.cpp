#include "QualificationChanges.h"

#include "RiskDescriber.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/dataset/QualificationHistory.h"
#include "analytics/text/TextFormat.h"

namespace dmc {

namespace {

QString levelName(const std::optional<EvidenceLevel> &level)
{
    return level ? evidenceLevelName(*level) : QualificationChanges::tr("no value");
}

QString reviewName(const std::optional<ReviewStatus> &status)
{
    return status ? RiskDescriber::reviewStatusName(reviewStatusKey(*status)) : QualificationChanges::tr("no value");
}

QString pocName(const std::optional<PocStatus> &status)
{
    if (!status)
        return QualificationChanges::tr("no value");
    switch (*status) {
    case PocStatus::None: return QualificationChanges::tr("none");
    case PocStatus::Planned: return QualificationChanges::tr("planned");
    case PocStatus::Active: return QualificationChanges::tr("active");
    case PocStatus::Complete: return QualificationChanges::tr("complete");
    case PocStatus::Failed: return QualificationChanges::tr("failed");
    }
    return {};
}

QString dateName(const QDate &date)
{
    return date.isValid() ? TextFormat::date(date) : QualificationChanges::tr("no date");
}

QStringList differences(const QualificationState &before, const QualificationState &after)
{
    const auto change = [](const QString &field, const QString &from, const QString &to) {
        return QualificationChanges::tr("%1: %2 → %3").arg(field, from, to);
    };
    QStringList parts;
    for (int i = 0; i < MeddpiccElementCount; ++i)
        if (before.meddpicc[size_t(i)] != after.meddpicc[size_t(i)])
            parts << change(meddpiccName(MeddpiccElement(i)), levelName(before.meddpicc[size_t(i)]),
                            levelName(after.meddpicc[size_t(i)]));
    if (before.poc.status != after.poc.status)
        parts << change(QualificationChanges::tr("POC"), pocName(before.poc.status), pocName(after.poc.status));
    if (before.poc.start != after.poc.start)
        parts << change(QualificationChanges::tr("POC start"), dateName(before.poc.start), dateName(after.poc.start));
    if (before.poc.plannedEnd != after.poc.plannedEnd)
        parts << change(QualificationChanges::tr("POC planned end"), dateName(before.poc.plannedEnd),
                        dateName(after.poc.plannedEnd));
    if (before.poc.lastCheckIn != after.poc.lastCheckIn)
        parts << change(QualificationChanges::tr("POC last check-in"), dateName(before.poc.lastCheckIn),
                        dateName(after.poc.lastCheckIn));
    if (before.poc.successCriteriaDefined != after.poc.successCriteriaDefined)
        parts << (after.poc.successCriteriaDefined
                      ? QualificationChanges::tr("POC success criteria defined")
                      : QualificationChanges::tr("POC success criteria no longer defined"));
    if (before.securityReview != after.securityReview)
        parts << change(QualificationChanges::tr("Security review"), reviewName(before.securityReview),
                        reviewName(after.securityReview));
    if (before.legalReview != after.legalReview)
        parts << change(QualificationChanges::tr("Legal review"), reviewName(before.legalReview),
                        reviewName(after.legalReview));
    if (before.nextStep != after.nextStep)
        parts << QualificationChanges::tr("Next step: %1")
                     .arg(after.nextStep.isEmpty() ? QualificationChanges::tr("none") : after.nextStep);
    return parts;
}

} // namespace

std::vector<QualificationChange> QualificationChanges::of(const Dataset &dataset, qint32 opportunity)
{
    std::vector<QualificationChange> changes;
    const auto points = dataset.qualificationHistory().pointsOf(opportunity);
    for (size_t i = 1; i < points.size(); ++i) {
        QStringList parts = differences(points[i - 1].state, points[i].state);
        if (!parts.isEmpty())
            changes.push_back({QDate::fromJulianDay(points[i].from), std::move(parts)});
    }
    return changes;
}

} // namespace dmc
