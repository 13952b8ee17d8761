#pragma once

#include "domain/Error.h"
#include "domain/PlayRecords.h"

#include <QCoreApplication>

namespace dmc {

class Database;

// Reads the stored partners, deal partners, plays, play steps, compliance artifacts and deal tasks
// (schema 10 on), the twin of what CrmWriter writes from CrmData::plays. A read-only file from
// before schema 10 reads as holding none. Kept apart from the Dataset like PocReader: small
// tables read when the plays dock, a command or an export asks.
class PlayReader
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PlayReader)

public:
    explicit PlayReader(const Database &database);

    // Every row, each table by its key.
    Result<PlayRecords> read() const;

private:
    const Database &m_database;
};

} // namespace dmc
