#include "DmDataReset.h"

#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlQuery>

namespace dmc {

Status DmDataReset::removeAll(Database &database)
{
    const QSqlDatabase db = database.connection();
    const QStringList present = db.tables();
    QSqlQuery query(db);
    for (const QString &table : dmActionTables()) {
        if (!present.contains(table))
            continue;
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return Database::databaseError(tr("cannot empty the table %1").arg(table), db);
    }
    return Done{};
}

} // namespace dmc
