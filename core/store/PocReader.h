#pragma once

#include "domain/Error.h"
#include "domain/PocRecords.h"

#include <QCoreApplication>

namespace dmc {

class Database;

// Reads the stored POCs with their criteria, check-ins and tasks (schema 8 on), the twin of what
// CrmWriter writes from CrmData::pocs. A read-only file from before schema 8 holds no POC rows:
// it reads as empty, and the deals' poc_* columns still give one POC each
// (docs/definitions.md#pocs). Kept apart from the Dataset: the POC tables are small and read when
// the POC board, the command or an export asks, so the Dataset's cache format does not change.
class PocReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PocReader)

public:
    explicit PocReader(const Database &database);

    // Every row, each table by its key (POCs by id; criteria, check-ins and tasks by POC, then id).
    Result<PocRecords> read() const;

private:
    const Database &m_database;
};

} // namespace dmc
