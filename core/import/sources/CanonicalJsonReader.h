#pragma once

#include "domain/Error.h"
#include "import/csv/CsvTable.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace dmc {

// Canonical JSON: {"reps": [{...}], "opportunities": [...], ...}, the canonical CSV tables as
// arrays of objects. Turns each array into a CsvTable (record N is "line" N + 1, the header
// being line 1) so the canonical importer reads both the same way.
class CanonicalJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::CanonicalJsonReader)

public:
    static Result<std::vector<std::pair<QString, CsvTable>>> readFile(const QString &path);
    static Result<std::vector<std::pair<QString, CsvTable>>> parse(const QByteArray &json, const QString &fileName);
};

} // namespace dmc
