#include "ChangeReason.h"

#include <QCoreApplication>

namespace dmc {

QString changeReasonKey(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Won: return QStringLiteral("won");
    case ChangeReason::Lost: return QStringLiteral("lost");
    case ChangeReason::New: return QStringLiteral("new");
    case ChangeReason::PulledIn: return QStringLiteral("pulled_in");
    case ChangeReason::PushedOut: return QStringLiteral("pushed_out");
    case ChangeReason::TransferredIn: return QStringLiteral("transferred_in");
    case ChangeReason::TransferredOut: return QStringLiteral("transferred_out");
    case ChangeReason::Increased: return QStringLiteral("increased");
    case ChangeReason::Decreased: return QStringLiteral("decreased");
    case ChangeReason::CategoryUp: return QStringLiteral("category_up");
    case ChangeReason::CategoryDown: return QStringLiteral("category_down");
    case ChangeReason::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

std::optional<ChangeReason> changeReasonFromKey(const QString &key)
{
    for (int i = 0; i < ChangeReasonCount; ++i) {
        const auto reason = static_cast<ChangeReason>(i);
        if (changeReasonKey(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QString changeReasonName(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::Won: return QCoreApplication::translate("dmc::ChangeReason", "Won");
    case ChangeReason::Lost: return QCoreApplication::translate("dmc::ChangeReason", "Lost");
    case ChangeReason::New: return QCoreApplication::translate("dmc::ChangeReason", "New");
    case ChangeReason::PulledIn: return QCoreApplication::translate("dmc::ChangeReason", "Pulled in");
    case ChangeReason::PushedOut: return QCoreApplication::translate("dmc::ChangeReason", "Pushed out");
    case ChangeReason::TransferredIn: return QCoreApplication::translate("dmc::ChangeReason", "Transferred in");
    case ChangeReason::TransferredOut: return QCoreApplication::translate("dmc::ChangeReason", "Transferred out");
    case ChangeReason::Increased: return QCoreApplication::translate("dmc::ChangeReason", "Increased");
    case ChangeReason::Decreased: return QCoreApplication::translate("dmc::ChangeReason", "Decreased");
    case ChangeReason::CategoryUp: return QCoreApplication::translate("dmc::ChangeReason", "Category up");
    case ChangeReason::CategoryDown: return QCoreApplication::translate("dmc::ChangeReason", "Category down");
    case ChangeReason::Unchanged: return QCoreApplication::translate("dmc::ChangeReason", "Unchanged");
    }
    return {};
}

} // namespace dmc
