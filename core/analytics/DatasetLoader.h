#pragma once

#include "analytics/Dataset.h"
#include "domain/CrmData.h"
#include "domain/Error.h"

#include <QCoreApplication>

#include <memory>

namespace dmc {

class Database;

// Builds a Dataset: from a database in one forward-only pass per table (the snapshot table
// through the SQLite C API when available), or from in-memory CrmData (tests, demo).
class DatasetLoader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::DatasetLoader)

public:
    static Result<std::shared_ptr<const Dataset>> load(const Database &database);
    static std::shared_ptr<const Dataset> fromCrmData(const CrmData &data);
};

} // namespace dmc
