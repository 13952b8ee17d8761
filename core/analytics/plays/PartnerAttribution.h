#pragma once

#include <QString>

namespace dmc {

// A deal's partner attribution, exclusive (docs/definitions.md#partner-attribution).
enum class PartnerAttribution : quint8 { Sourced, Influenced, None };

QString partnerAttributionKey(PartnerAttribution attribution); // "sourced" | "influenced" | "none"

} // namespace dmc
