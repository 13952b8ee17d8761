#include "DatabaseIdentity.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace dmc {

Result<DatabaseIdentity> DatabaseIdentity::read(const Database &database)
{
    DatabaseIdentity identity;
    identity.location = database.location();
    identity.readOnly = database.isReadOnly();
    if (!database.isServer()) {
        identity.userName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
        identity.canImport = !identity.readOnly;
        return identity;
    }

    identity.team = true;
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT session_user, has_table_privilege('opportunity', 'INSERT')"))
        || !query.next())
        return Database::databaseError(tr("cannot read the database role"), db);
    identity.userName = query.value(0).toString();
    const bool owner = query.value(1).toBool();
    identity.canImport = owner && !identity.readOnly;
    identity.role = owner ? Role::Owner : Role::NoAccess;
    if (!owner) {
        if (!query.exec(QStringLiteral("SELECT kind, district, region FROM dm_user WHERE role_name = session_user")))
            return Database::databaseError(tr("cannot read the database role"), db);
        if (query.next()) {
            const QString kind = query.value(0).toString();
            identity.district = query.value(1).toString();
            identity.region = query.value(2).toString();
            if (kind == QLatin1String("dm"))
                identity.role = Role::DistrictManager;
            else if (kind == QLatin1String("rvp"))
                identity.role = Role::RegionalVp;
        }
    }
    return identity;
}

QString DatabaseIdentity::roleName() const
{
    switch (role) {
    case Role::LocalFile: return tr("Local file");
    case Role::Owner: return tr("Owner");
    case Role::DistrictManager: return tr("District manager");
    case Role::RegionalVp: return tr("Regional vice president");
    case Role::NoAccess: return tr("No access");
    }
    return {};
}

QString DatabaseIdentity::describe() const
{
    QString text;
    if (!team) {
        text = tr("Local database %1").arg(location);
    } else {
        const QUrl url(location);
        const QString where = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(5432));
        QString scope = roleName();
        if (role == Role::DistrictManager && !district.isEmpty())
            scope = tr("%1, %2").arg(scope, district);
        else if (role == Role::RegionalVp && !region.isEmpty())
            scope = tr("%1, %2").arg(scope, region);
        text = tr("Team database %1 on %2 as %3 (%4)").arg(url.path().mid(1), where, userName, scope);
    }
    if (readOnly)
        text += tr(", read-only");
    return text;
}

} // namespace dmc
