#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace dmc {

class Database;

// What a database already knows about money before an import: whether it holds deals, its
// reporting currency and the currencies it has rates for.
struct StoredCurrencies
{
    Q_DECLARE_TR_FUNCTIONS(dmc::StoredCurrencies)

public:
    bool hasDeals = false;
    QString reportingCurrency = QStringLiteral("USD"); // the setting, USD when never set
    QSet<QString> codesWithRates;                      // undated or dated

    static Result<StoredCurrencies> read(const Database &database);
};

} // namespace dmc
