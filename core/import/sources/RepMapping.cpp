#include "RepMapping.h"

#include "RepNameId.h"
#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/Latin1.h"

namespace dmc {

namespace {
using latin1::s;
} // namespace

std::optional<Error> RepMapping::placeReps(ImportSession &session, std::vector<Rep> &reps)
{
    auto table = session.table(s("reps"), false);
    if (!table)
        return table.error();
    if (!*table)
        return std::nullopt;
    auto mapping = read(session, **table);
    if (!mapping)
        return mapping.error();
    for (Rep &rep : reps)
        mapping->apply(rep);
    if (const QStringList unused = mapping->unused(); !unused.isEmpty())
        session.addNote(
            tr("%1: rows naming no deal owner: %2").arg((*table)->fileName, unused.join(QLatin1String(", "))));
    return std::nullopt;
}

Result<RepMapping> RepMapping::read(ImportSession &session, const CsvTable &table)
{
    RowReader row(table, session.profile(), s("reps"));
    if (!row.has(s("id")))
        if (auto missing = row.missingColumn({s("name")}))
            return *missing;
    RepMapping mapping;
    QHash<QString, qint64> idLines;
    QHash<QString, qint64> nameLines;
    if (auto error = session.forEachRow(table, row, [&](const CsvTable::Row &line) {
            Entry entry;
            entry.id = row.id(s("id"));
            entry.name = row.text(s("name"));
            entry.district = row.id(s("district"));
            entry.region = row.id(s("region"));
            const QString nameKey = RepNameId::key(entry.name);
            if (entry.id.isEmpty() && entry.name.isEmpty())
                row.fail(row.has(s("id")) ? s("id") : s("name"), tr("the row names no rep (id and name are empty)"));
            if (row.ok() && !entry.id.isEmpty() && idLines.contains(entry.id))
                row.fail(s("id"),
                         tr("rep \"%1\" is listed twice (first on line %2)").arg(entry.id).arg(idLines.value(entry.id)));
            if (row.ok() && entry.id.isEmpty() && nameLines.contains(nameKey))
                row.fail(s("name"),
                         tr("rep \"%1\" is listed twice (first on line %2)")
                             .arg(entry.name)
                             .arg(nameLines.value(nameKey)));
            if (!row.ok())
                return;
            const auto index = qsizetype(mapping.m_entries.size());
            if (!entry.id.isEmpty()) {
                idLines.insert(entry.id, line.line);
                mapping.m_byId.insert(entry.id, index);
            } else {
                nameLines.insert(nameKey, line.line);
                mapping.m_byName.insert(nameKey, index);
            }
            mapping.m_entries.push_back(entry);
        }))
        return *error;
    return mapping;
}

bool RepMapping::apply(Rep &rep)
{
    const qsizetype byId = m_byId.value(rep.id, -1);
    const qsizetype index = byId >= 0 ? byId : m_byName.value(RepNameId::key(rep.name), -1);
    if (index < 0)
        return false;
    Entry &entry = m_entries[size_t(index)];
    entry.used = true;
    if (byId >= 0 && !entry.name.isEmpty())
        rep.name = entry.name;
    rep.district = entry.district;
    rep.region = entry.region;
    return true;
}

QStringList RepMapping::unused() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        if (!entry.used)
            names << (entry.id.isEmpty() ? entry.name : entry.id);
    return names;
}

} // namespace dmc
