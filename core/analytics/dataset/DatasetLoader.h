#pragma once

#include "Dataset.h"
#include "domain/CrmData.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <memory>

namespace dmc {

class Database;
class DatasetBuilder;
class DatasetFromImport;

// Builds a Dataset: from the dataset cache (DatasetCache), from a database in one forward-only
// pass per table (CrmReader, the store's read side), or from in-memory CrmData (tests, demo).
class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DatasetLoader)

public:
    // From the dataset cache when it holds an image of the database's current CRM data,
    // otherwise from SQL (and the image is written for the next start).
    static Result<std::shared_ptr<const Dataset>> load(const Database &database);
    // The slice of one scope (DatasetSlice): from that scope's image when current, otherwise cut
    // from the whole (loaded as above) and written as the scope's image for the next command.
    // Only for answers that read nothing outside the scope (DatasetSlice says which).
    static Result<std::shared_ptr<const Dataset>> load(const Database &database, const Scope &scope);
    // Always from SQL: no cache read or write. With `spillFolder`, many snapshot rows (at least
    // SpilledRows::WorthFromRows) wait in a file there and the Dataset reads them in place.
    static Result<std::shared_ptr<const Dataset>> loadFromSql(const Database &database,
                                                              const QString &spillFolder = {});
    static std::shared_ptr<const Dataset> fromCrmData(const CrmData &data);

    // Leaves a database just imported into ready for its first reader: the Dataset image
    // written and, for a file, a clean quick check recorded. The first command or window after
    // the weekly import then starts as fast as any later one instead of rebuilding (seconds at
    // company scale); the import pays once. Failures are silent: both are caches.
    // `streamed`, given to the import as its snapshot observer, holds the snapshot rows as the
    // import stored them: the image is then built from them instead of from the table when they
    // are all of it (a first import; see DatasetFromImport).
    static void prepareAfterImport(Database &database, DatasetFromImport *streamed = nullptr);

    // loadFromSql() around its snapshot rows, for DatasetFromImport, which has the rows from the
    // import's stream: the tables the rows need first (rates ... opportunities), and the rest
    // with finish().
    static Status readTablesBeforeSnapshots(const Database &database, DatasetBuilder &builder);
    static Result<std::shared_ptr<const Dataset>> finishFromSql(const Database &database, DatasetBuilder &builder);
};

} // namespace dmc
