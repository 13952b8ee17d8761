#include "Insight.h"

namespace dmc {

QString insightKindKey(Insight::Kind kind)
{
    switch (kind) {
    case Insight::Kind::Outlier: return QStringLiteral("outlier");
    case Insight::Kind::Trend: return QStringLiteral("trend");
    case Insight::Kind::Dichotomy: return QStringLiteral("dichotomy");
    }
    return {};
}

} // namespace dmc
