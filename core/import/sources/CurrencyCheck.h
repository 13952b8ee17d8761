#pragma once

#include "domain/CurrencyRate.h"
#include "domain/Error.h"
#include "import/profile/ImportProfile.h"
#include "store/StoredCurrencies.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace dmc {

// Money is never added up across currencies without rates: decides the reporting currency an
// import leaves the database in, and refuses an import whose amounts could not be converted into
// it, naming the currencies, their rows and the ways to give rates (docs/import-profiles.md).
class CurrencyCheck
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CurrencyCheck)

public:
    CurrencyCheck(const ImportProfile &profile, StoredCurrencies stored);

    // A row with an amount in `code` (empty: the reporting currency, not counted).
    void countRows(const QString &code, qint64 rows = 1);
    // Rates the import brings (the export's tables, --rates files).
    void addRates(const std::vector<CurrencyRate> &rates);
    // The currency a rates table flags as the reporting (corporate) one.
    void setMarkedReporting(const QString &code) { m_marked = code.trimmed().toUpper(); }

    // The flagged currency; else, in a database that holds deals, its reporting currency; else
    // the currency the user's profile names; else the only currency seen; else the database's
    // (USD when never set).
    QString reportingCurrency() const;
    // The refusal at `file`, or nullopt when every counted currency converts.
    std::optional<Error> refusal(const QString &file) const;
    // The same for rows counted elsewhere (streamed snapshots), against reportingCurrency().
    std::optional<Error> refusal(const QHash<QString, qint64> &rows, const QString &file) const;

    // How rates can be given, for messages.
    static QString waysToGiveRates();

private:
    bool converts(const QString &code, const QString &reporting) const;

    const ImportProfile &m_profile;
    StoredCurrencies m_stored;
    QHash<QString, qint64> m_rows;
    QSet<QString> m_rateCodes;
    QString m_marked;
};

} // namespace dmc
