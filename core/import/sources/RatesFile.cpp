#include "RatesFile.h"

#include "import/csv/CsvReader.h"
#include "import/csv/RowReader.h"
#include "import/profile/ImportProfile.h"
#include "import/Latin1.h"

#include <QFileInfo>
#include <QSet>

namespace dmc {

namespace {
using latin1::s;

// Salesforce's headers, read as the canonical columns.
void useCanonicalHeader(CsvTable &table)
{
    const std::pair<const char *, const char *> names[] = {{"IsoCode", "code"},
                                                           {"ConversionRate", "rate"},
                                                           {"StartDate", "start_date"},
                                                           {"IsCorporate", "is_reporting"}};
    for (const auto &[salesforce, canonical] : names)
        if (const int at = table.column(QString::fromLatin1(salesforce)); at >= 0)
            table.header[at] = QString::fromLatin1(canonical);
}
} // namespace

Result<RatesFile::Rates> RatesFile::read(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        Error error;
        error.kind = Error::Kind::Usage;
        error.file = path;
        error.message = tr("no such file");
        return error;
    }
    auto table = CsvReader::readFile(path, CsvReader::Options{});
    if (!table)
        return table.error();
    useCanonicalHeader(*table);
    // The built-in canonical profile: ISO dates, "." decimals, columns by their own names.
    const auto profile = ImportProfile::load(s("canonical"));
    if (!profile)
        return profile.error();
    RowReader row(*table, *profile, s("rates"));
    if (auto missing = row.missingColumn({s("code"), s("rate")}))
        return *missing;

    Rates result;
    QSet<QString> seen;
    for (const CsvTable::Row &line : table->rows) {
        row.begin(line);
        CurrencyRate rate;
        rate.code = row.required(s("code")).toUpper();
        rate.rate = row.number(s("rate"), 1.0);
        rate.startDate = row.date(s("start_date"));
        rate.isReporting = !rate.startDate.isValid() && row.boolean(s("is_reporting"));
        if (row.ok() && row.text(s("rate")).isEmpty())
            row.fail(s("rate"), tr("the rate of %1 is empty").arg(rate.code));
        const QString key = rate.code + u'|' + rate.startDate.toString(Qt::ISODate);
        if (row.ok() && seen.contains(key))
            row.fail(s("code"),
                     rate.startDate.isValid() ? tr("currency \"%1\" has two rates from %2")
                                                    .arg(rate.code, rate.startDate.toString(Qt::ISODate))
                                              : tr("currency \"%1\" is listed twice").arg(rate.code));
        if (!row.ok())
            return row.error();
        seen.insert(key);
        if (rate.isReporting)
            result.reportingCurrency = rate.code;
        result.rates.push_back(rate);
        ++result.rows;
    }
    return result;
}

} // namespace dmc
