#include "DmDataReset.h"

#include "store/ActionsFile.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlQuery>

namespace dmc {

Status DmDataReset::removeAll(Database &database)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    for (const QString &table : dmActionTables()) {
        if (!ActionsFile::hasTable(database, table)) // in FILE or FILE-actions
            continue;
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return Database::databaseError(tr("cannot empty the table %1").arg(table), db);
    }
    return Done{};
}

} // namespace dmc
