#include "AuditJson.h"

namespace dmc {

namespace {
std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Absent values are null, not "": a script tells "no deal" from a deal named "".
nlohmann::json textOrNull(const QString &text)
{
    return text.isEmpty() ? nlohmann::json() : nlohmann::json(utf8(text));
}
} // namespace

nlohmann::json toJson(const AuditEntry &entry)
{
    nlohmann::json changes = nlohmann::json::array();
    for (const AuditChange &change : entry.changes) {
        changes.push_back(
            {{"field", utf8(change.field)}, {"from", utf8(change.oldValue)}, {"to", utf8(change.newValue)}});
    }
    return {{"id", entry.id},
            {"kind", utf8(auditKindKey(entry.kind))},
            {"author", utf8(entry.author)},
            {"changed_at", utf8(entry.changedAt)},
            {"opportunity_id", textOrNull(entry.opportunityId)},
            {"opportunity_name", textOrNull(entry.opportunityName)},
            {"rule_id", textOrNull(entry.ruleId)},
            {"rep_id", textOrNull(entry.repId)},
            {"rep_name", textOrNull(entry.repName)},
            {"week_start",
             entry.weekStart.isValid() ? nlohmann::json(utf8(entry.weekStart.toString(Qt::ISODate)))
                                       : nlohmann::json()},
            {"position", entry.position > 0 ? nlohmann::json(entry.position) : nlohmann::json()},
            {"subject", textOrNull(entry.subject)},
            {"changes", changes},
            {"reverts", entry.revertsId > 0 ? nlohmann::json(entry.revertsId) : nlohmann::json()},
            {"revertible", entry.isRevertible()},
            {"orphan", entry.orphan}};
}

nlohmann::json toJson(const AuditTrail::Listing &listing)
{
    nlohmann::json entries = nlohmann::json::array();
    for (const AuditEntry &entry : listing.entries)
        entries.push_back(toJson(entry));
    nlohmann::json orphans = nlohmann::json::array();
    for (const AuditEntry &entry : listing.orphans)
        orphans.push_back(toJson(entry));
    return {{"entries", entries}, {"orphans", orphans}};
}

} // namespace dmc
