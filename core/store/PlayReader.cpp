#include "PlayReader.h"

#include "store/Database.h"
#include "store/RowCursor.h"
#include "store/SqlDialect.h"

namespace dmc {

namespace {

constexpr int FirstPlaySchema = 10;

// Done, or the error that stopped the pass over `table`.
Status playRowsRead(const char *table, const RowCursor &rows)
{
    if (rows.failed())
        return Database::databaseError(PlayReader::tr("cannot read %1").arg(QLatin1String(table)), rows.lastError());
    return Done{};
}

std::optional<Cents> cents(const RowCursor &rows, int column)
{
    if (rows.isNull(column))
        return std::nullopt;
    return Cents(rows.integer(column));
}

} // namespace

PlayReader::PlayReader(const Database &database)
    : m_database(database)
{
}

Result<PlayRecords> PlayReader::read() const
{
    const QSqlDatabase db = m_database.connection();
    PlayRecords records;
    if (SqlDialect::forDatabase(db).schemaVersion(db) < FirstPlaySchema)
        return records;
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, name, capabilities, segments, vehicles FROM partner ORDER BY id"));
        while (rows.next())
            records.partners.push_back(Partner{rows.string(0), rows.string(1), splitListCell(rows.string(2)),
                                               splitListCell(rows.string(3)), splitListCell(rows.string(4))});
        if (Status read = playRowsRead("partner", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT opportunity_id, partner_id, role, is_primary, registered_date, "
                                      "first_touch_date FROM opportunity_partner ORDER BY opportunity_id, "
                                      "partner_id"));
        while (rows.next())
            records.opportunityPartners.push_back(OpportunityPartner{rows.string(0), rows.string(1), rows.string(2),
                                                                     rows.integer(3) != 0, rows.date(4), rows.date(5)});
        if (Status read = playRowsRead("opportunity_partner", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, name, segments, industries, types, regions, min_amount, "
                                      "max_amount, capabilities, vehicles, artifacts, artifact_stage FROM play "
                                      "ORDER BY id"));
        while (rows.next()) {
            Play play;
            play.id = rows.string(0);
            play.name = rows.string(1);
            play.segments = splitListCell(rows.string(2));
            play.industries = splitListCell(rows.string(3));
            play.types = splitListCell(rows.string(4));
            play.regions = splitListCell(rows.string(5));
            play.minAmount = cents(rows, 6);
            play.maxAmount = cents(rows, 7);
            play.capabilities = splitListCell(rows.string(8));
            play.vehicles = splitListCell(rows.string(9));
            play.artifacts = splitListCell(rows.string(10));
            play.artifactStage = rows.string(11);
            records.plays.push_back(std::move(play));
        }
        if (Status read = playRowsRead("play", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db, QStringLiteral("SELECT id, play_id, title, due_stage FROM play_step ORDER BY play_id, id"));
        while (rows.next())
            records.steps.push_back(PlayStep{rows.string(0), rows.string(1), rows.string(2), rows.string(3)});
        if (Status read = playRowsRead("play_step", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT opportunity_id, artifact, status, started, done FROM "
                                      "compliance_artifact ORDER BY opportunity_id, artifact"));
        while (rows.next())
            records.compliance.push_back(
                ComplianceRecord{rows.string(0), rows.string(1),
                                 artifactStatusFromKey(rows.string(2)).value_or(ArtifactStatus::NotStarted),
                                 rows.date(3), rows.date(4)});
        if (Status read = playRowsRead("compliance_artifact", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, opportunity_id, owner_role, title, due, done, depends_on, step_id "
                                      "FROM deal_task ORDER BY opportunity_id, id"));
        while (rows.next())
            records.tasks.push_back(DealTask{rows.string(0), rows.string(1),
                                             taskRoleFromKey(rows.string(2)).value_or(TaskRole::AE), rows.string(3),
                                             rows.date(4), rows.date(5), rows.string(6), rows.string(7)});
        if (Status read = playRowsRead("deal_task", rows); !read)
            return read.error();
    }
    return records;
}

} // namespace dmc
