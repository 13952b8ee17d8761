#include "StoredCurrencies.h"

#include "store/Database.h"
#include "store/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace dmc {

Result<StoredCurrencies> StoredCurrencies::read(const Database &database)
{
    const QSqlDatabase db = database.connection();
    StoredCurrencies stored;
    stored.reportingCurrency = database.setting(QStringLiteral("reporting_currency"), QStringLiteral("USD"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT 1 FROM opportunity LIMIT 1")))
        return Database::databaseError(tr("cannot read the stored currencies"), db);
    stored.hasDeals = query.next();
    const bool dated = SqlDialect::forDatabase(db).schemaVersion(db) >= 4;
    if (!query.exec(dated ? QStringLiteral("SELECT code FROM currency_rate UNION SELECT code FROM currency_rate_dated")
                          : QStringLiteral("SELECT code FROM currency_rate")))
        return Database::databaseError(tr("cannot read the stored currencies"), db);
    while (query.next())
        stored.codesWithRates.insert(query.value(0).toString().trimmed().toUpper());
    return stored;
}

} // namespace dmc
