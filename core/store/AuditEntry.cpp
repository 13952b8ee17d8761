#include "AuditEntry.h"

#include <array>

namespace dmc {

namespace {
constexpr std::array<std::pair<AuditKind, const char *>, 7> Keys{{{AuditKind::Action, "action"},
                                                                  {AuditKind::FollowUp, "follow_up"},
                                                                  {AuditKind::Belief, "belief"},
                                                                  {AuditKind::CoachingNote, "coaching_note"},
                                                                  {AuditKind::InsightMark, "insight_mark"},
                                                                  {AuditKind::AssumptionSet, "assumption_set"},
                                                                  {AuditKind::Import, "import"}}};
} // namespace

QString auditKindKey(AuditKind kind)
{
    for (const auto &[k, key] : Keys) {
        if (k == kind)
            return QLatin1String(key);
    }
    return {};
}

std::optional<AuditKind> auditKindFromKey(const QString &key)
{
    for (const auto &[k, text] : Keys) {
        if (key == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

} // namespace dmc
