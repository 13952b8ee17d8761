#include "RiskAvailability.h"

#include "RuleSet.h"
#include "analytics/dataset/Dataset.h"

#include <algorithm>

namespace dmc {

namespace {

// "Champion", "Champion or Economic buyer", "Metrics, Champion or Competition".
QString orList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return RiskAvailability::tr("%1 or %2")
        .arg(names.first(names.size() - 1).join(RiskAvailability::tr(", ")), names.last());
}

bool isPair(const RiskRequirement &requirement, DataField a, DataField b)
{
    return requirement.anyOf.size() == 2 && requirement.anyOf[0] == a && requirement.anyOf[1] == b;
}

// A requirement with alternatives, none of which the data has.
QString alternativesText(const RiskRequirement &requirement, const Dataset &data)
{
    if (isPair(requirement, DataField::StageEnteredDate, DataField::SnapshotHistory)) {
        return data.snapshotCount() == 0
            ? RiskAvailability::tr("no stage-entered date and no snapshot: time in stage cannot be measured")
            : RiskAvailability::tr("no stage-entered date and one snapshot: time in stage cannot be measured");
    }
    if (isPair(requirement, DataField::RenewalDate, DataField::CloseDate))
        return RiskAvailability::tr("no account has a renewal date and no deal has a close date");
    QStringList parts;
    for (const DataField field : requirement.anyOf)
        parts << RiskAvailability::absentText(field, data);
    return parts.join(RiskAvailability::tr(" and "));
}

// At least `needed` of the MEDDPICC elements hold a level; `present` do.
QString countText(const RiskRequirement &requirement, int present, int needed, const Dataset &data)
{
    QStringList names;
    for (const DataField field : requirement.anyOf) {
        const auto element = meddpiccElementOf(field);
        if (!element) {
            // Only MEDDPICC elements are counted today; anything else names each absent field.
            QStringList parts;
            for (const DataField f : requirement.anyOf)
                if (!data.presence().has(f))
                    parts << RiskAvailability::absentText(f, data);
            return parts.join(RiskAvailability::tr("; "));
        }
        if (data.presence().has(field))
            names << meddpiccName(*element);
    }
    if (present == 0)
        return RiskAvailability::tr("no deal has a MEDDPICC level");
    return RiskAvailability::tr("MEDDPICC levels exist for %n of 8 elements (%1), fewer than the threshold of %2 "
                                "confirmed",
                                nullptr, present)
        .arg(names.join(RiskAvailability::tr(", ")))
        .arg(needed);
}

} // namespace

QString RiskAvailability::absentText(DataField field, const Dataset &data)
{
    if (const auto element = meddpiccElementOf(field))
        return tr("no deal has a MEDDPICC level for %1").arg(meddpiccName(*element));
    switch (field) {
    case DataField::CloseDate: return tr("no deal has a close date");
    case DataField::Amount: return tr("no deal has an amount");
    case DataField::StageEnteredDate: return tr("no deal has a stage-entered date");
    case DataField::LastActivityDate: return tr("no deal has a last-activity date");
    case DataField::SnapshotHistory:
        return data.snapshotCount() == 0 ? tr("no snapshot: changes need two")
                                         : tr("only one snapshot: changes need two");
    case DataField::SecurityReview: return tr("no deal has a security-review status");
    case DataField::LegalReview: return tr("no deal has a legal-review status");
    case DataField::PocStatus: return tr("no deal has a POC status");
    case DataField::PocDates: return tr("no POC has a start, planned end or check-in date");
    case DataField::HealthReading: return tr("no account has a health reading");
    case DataField::RenewalDate: return tr("no account has a renewal date");
    case DataField::PocRecords:
        return tr(
            "no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)");
    case DataField::PlaySteps: return tr("no play is stored with its steps (plays.csv and play_steps.csv)");
    case DataField::PlayArtifacts:
        return tr("no stored play names required compliance artifacts and their stage (plays.csv)");
    case DataField::ComplianceRecords: return tr("no compliance artifact of a deal is stored (compliance.csv)");
    case DataField::DealTasks: return tr("no deal task is stored (tasks.csv)");
    default: break;
    }
    return dataFieldKey(field);
}

std::optional<RiskUnavailable> RiskAvailability::check(const QString &ruleId, const RuleSet &rules, const Dataset &data)
{
    const DataPresence &presence = data.presence();
    RiskUnavailable result;
    result.ruleId = ruleId;
    QStringList reasons;
    // Single MEDDPICC elements absent (Champion, Economic buyer) read as one sentence.
    QStringList elements;
    qsizetype elementsAt = -1;
    for (const RiskRequirement &requirement : RuleSet::requirements(ruleId)) {
        const int needed =
            requirement.countParameter.isEmpty() ? 1 : rules.parameter(ruleId, requirement.countParameter);
        const int present = int(std::count_if(requirement.anyOf.begin(), requirement.anyOf.end(),
                                              [&](DataField field) { return presence.has(field); }));
        if (present >= needed)
            continue;
        for (const DataField field : requirement.anyOf)
            if (!presence.has(field))
                result.missing << dataFieldKey(field);
        const auto element =
            requirement.anyOf.size() == 1 ? meddpiccElementOf(requirement.anyOf.front()) : std::nullopt;
        if (!requirement.countParameter.isEmpty()) {
            reasons << countText(requirement, present, needed, data);
        } else if (element) {
            if (elementsAt < 0) {
                elementsAt = reasons.size();
                reasons << QString();
            }
            elements << meddpiccName(*element);
        } else if (requirement.anyOf.size() == 1) {
            reasons << absentText(requirement.anyOf.front(), data);
        } else {
            reasons << alternativesText(requirement, data);
        }
    }
    if (elementsAt >= 0)
        reasons[elementsAt] = tr("no deal has a MEDDPICC level for %1").arg(orList(elements));
    if (reasons.isEmpty())
        return std::nullopt;
    result.reason = reasons.join(tr("; "));
    return result;
}

std::vector<RiskUnavailable> RiskAvailability::unavailable(const RuleSet &rules, const Dataset &data, bool enabledOnly)
{
    std::vector<RiskUnavailable> list;
    for (const QString &id : RuleSet::ruleIds()) {
        if (enabledOnly && !rules.isEnabled(id))
            continue;
        if (auto missing = check(id, rules, data))
            list.push_back(std::move(*missing));
    }
    return list;
}

} // namespace dmc
