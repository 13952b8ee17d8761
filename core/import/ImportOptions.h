#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace dmc {

class SnapshotObserver;

// How an import runs: strict (first bad row aborts) or lenient (rejects go to a CSV beside
// the database), an optional as-of date for sources without history, progress and cancel.
struct ImportOptions
{
    bool lenient = false;
    QDate asOf; // null: the latest date found in the data
    // Rates files given beside the export (--rates): read after it, their rates win over the
    // export's for the same currency and start date (RatesFile).
    QStringList ratesFiles;
    // The database's fiscal year start (1 = January; Importer reads it): a CRM quota dated by the
    // start of its forecast period counts for the fiscal quarter that date falls in.
    int fiscalYearStartMonth = 1;
    // percent 0-100 and a translated phrase ("Reading Opportunity.csv").
    std::function<void(int percent, const QString &what)> progress;
    const std::atomic_bool *cancel = nullptr;
    // Sees the streamed snapshot rows as they are stored (DatasetFromImport); may be null.
    SnapshotObserver *snapshotObserver = nullptr;
};

} // namespace dmc
