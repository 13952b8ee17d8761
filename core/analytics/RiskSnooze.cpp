#include "RiskSnooze.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace dmc {

std::vector<RiskSnooze> RiskSnooze::loadAll(const Database &database)
{
    std::vector<RiskSnooze> snoozes;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT opportunity_id, rule_id, snooze_until, snooze_reason FROM dm_action "
                                   "WHERE status = 'snoozed' AND snooze_until IS NOT NULL")))
        return snoozes;
    while (query.next()) {
        RiskSnooze snooze;
        snooze.opportunityId = query.value(0).toString();
        snooze.ruleId = query.value(1).toString();
        snooze.until = QDate::fromString(query.value(2).toString().left(10), Qt::ISODate);
        snooze.reason = query.value(3).toString();
        if (snooze.until.isValid())
            snoozes.push_back(std::move(snooze));
    }
    return snoozes;
}

} // namespace dmc
