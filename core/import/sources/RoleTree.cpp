#include "RoleTree.h"

#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/Latin1.h"

#include <QSet>

namespace dmc {

namespace {
using latin1::s;
} // namespace

Result<RoleTree> RoleTree::read(ImportSession &session, const CsvTable &table)
{
    const ImportProfile &profile = session.profile();
    RowReader row(table, profile, s("roles"));
    if (auto missing = row.missingColumn({s("id"), s("name")}))
        return *missing;

    // Every parent link first, so a row can be checked against roles listed after it.
    QHash<QString, QString> parentOf;
    QHash<QString, qint64> firstLine;
    for (const CsvTable::Row &line : table.rows) {
        row.begin(line);
        const QString id = row.id(s("id"));
        if (!id.isEmpty() && !firstLine.contains(id)) {
            firstLine.insert(id, line.line);
            parentOf.insert(id, row.id(s("parent_id")));
        }
    }

    RoleTree tree;
    if (auto error = session.forEachRow(table, row, [&](const CsvTable::Row &line) {
            const QString id = row.required(s("id"));
            Role role;
            role.name = row.required(s("name"));
            role.parentId = row.id(s("parent_id"));
            if (row.ok() && firstLine.value(id) != line.line)
                row.fail(s("id"),
                         tr("role \"%1\" is listed twice (first on line %2)").arg(id).arg(firstLine.value(id)));
            if (row.ok() && !role.parentId.isEmpty() && !parentOf.contains(role.parentId))
                row.fail(s("parent_id"), tr("parent role \"%1\" is not in %2").arg(role.parentId, table.fileName));
            if (row.ok()) {
                QStringList path{id};
                QSet<QString> seen{id};
                for (QString up = parentOf.value(id); !up.isEmpty(); up = parentOf.value(up)) {
                    path << up;
                    if (seen.contains(up)) {
                        row.fail(s("parent_id"),
                                 tr("role \"%1\" is its own ancestor (%2)").arg(id, path.join(QLatin1String(" > "))));
                        break;
                    }
                    seen.insert(up);
                }
            }
            if (row.ok())
                tree.m_roles.insert(id, role);
        }))
        return *error;
    return tree;
}

QStringList RoleTree::chain(const QString &roleId) const
{
    QStringList ids;
    QSet<QString> seen;
    for (QString id = roleId; m_roles.contains(id) && !seen.contains(id); id = m_roles.value(id).parentId) {
        seen.insert(id);
        ids.prepend(id);
    }
    return ids;
}

RoleTree::Placed RoleTree::place(const QString &roleId, const RepPlacement &placement) const
{
    const QStringList ids = chain(roleId);
    if (ids.isEmpty())
        return {};
    qsizetype at = ids.size() - 1;
    switch (placement.source) {
    case RepPlacement::Source::Column:
    case RepPlacement::Source::Role: break;
    case RepPlacement::Source::ParentRole: at = ids.size() - 2; break;
    case RepPlacement::Source::RoleLevel: at = placement.level - 1; break;
    }
    Placed placed;
    if (at < 0 || at >= ids.size()) {
        at = ids.size() - 1;
        placed.ownRole = true;
    }
    placed.name = m_roles.value(ids.at(at)).name;
    return placed;
}

} // namespace dmc
