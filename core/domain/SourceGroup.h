#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dmc {

// Where a deal came from, in four groups (docs/definitions.md#source-mix), read from its lead
// source through a table (analytics/review/SourceGroups and the import profile's source_groups).
enum class SourceGroup : quint8 { Inbound, Outbound, Partner, Other };

inline constexpr std::array<SourceGroup, 4> AllSourceGroups{SourceGroup::Inbound, SourceGroup::Outbound,
                                                            SourceGroup::Partner, SourceGroup::Other};

// Stable, untranslated keys used in profiles, the database and JSON ("inbound", ...).
QString sourceGroupKey(SourceGroup group);
std::optional<SourceGroup> sourceGroupFromKey(const QString &key);

} // namespace dmc
