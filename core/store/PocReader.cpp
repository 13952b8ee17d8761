#include "PocReader.h"

#include "store/Database.h"
#include "store/RowCursor.h"
#include "store/SqlDialect.h"

namespace dmc {

namespace {

constexpr int FirstPocSchema = 8;

// Done, or the error that stopped the pass over `table`.
Status pocRowsRead(const char *table, const RowCursor &rows)
{
    if (rows.failed())
        return Database::databaseError(PocReader::tr("cannot read %1").arg(QLatin1String(table)), rows.lastError());
    return Done{};
}

} // namespace

PocReader::PocReader(const Database &database)
    : m_database(database)
{
}

Result<PocRecords> PocReader::read() const
{
    const QSqlDatabase db = m_database.connection();
    PocRecords records;
    if (SqlDialect::forDatabase(db).schemaVersion(db) < FirstPocSchema)
        return records;
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, opportunity_id, status, outcome, start_date, planned_end, "
                                      "actual_end, environment_ready, data_ready, evaluator, exit_plan, "
                                      "next_step_agreed, go_live FROM poc ORDER BY id"));
        while (rows.next()) {
            PocRecord poc;
            poc.id = rows.string(0);
            poc.opportunityId = rows.string(1);
            poc.phase = pocPhaseFromKey(rows.string(2)).value_or(PocPhase::Planned);
            poc.outcome = pocOutcomeFromKey(rows.string(3));
            poc.start = rows.date(4);
            poc.plannedEnd = rows.date(5);
            poc.actualEnd = rows.date(6);
            poc.environmentReady = rows.date(7);
            poc.dataReady = rows.integer(8) != 0;
            poc.evaluator = rows.string(9);
            poc.exitPlan = rows.integer(10) != 0;
            poc.nextStepAgreed = rows.integer(11) != 0;
            poc.goLive = rows.date(12);
            records.pocs.push_back(std::move(poc));
        }
        if (Status read = pocRowsRead("poc", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, poc_id, objective, metric, target, method, evidence, result, "
                                      "result_date, recorded_date, changed_date FROM poc_criterion "
                                      "ORDER BY poc_id, id"));
        while (rows.next()) {
            PocCriterion c;
            c.id = rows.string(0);
            c.pocId = rows.string(1);
            c.objective = rows.string(2);
            c.metric = rows.string(3);
            c.target = rows.string(4);
            c.method = rows.string(5);
            c.evidence = rows.string(6);
            c.result = criterionResultFromKey(rows.string(7)).value_or(CriterionResult::Open);
            c.resultDate = rows.date(8);
            c.recordedDate = rows.date(9);
            c.changedDate = rows.date(10);
            records.criteria.push_back(std::move(c));
        }
        if (Status read = pocRowsRead("poc_criterion", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, poc_id, planned_date, held_date, note FROM poc_check_in "
                                      "ORDER BY poc_id, id"));
        while (rows.next())
            records.checkIns.push_back(
                PocCheckIn{rows.string(0), rows.string(1), rows.date(2), rows.date(3), rows.string(4)});
        if (Status read = pocRowsRead("poc_check_in", rows); !read)
            return read.error();
    }
    {
        RowCursor rows(db,
                       QStringLiteral("SELECT id, poc_id, side, title, due_date, done_date FROM poc_task "
                                      "ORDER BY poc_id, id"));
        while (rows.next())
            records.tasks.push_back(PocTask{rows.string(0), rows.string(1),
                                            taskSideFromKey(rows.string(2)).value_or(TaskSide::Buyer), rows.string(3),
                                            rows.date(4), rows.date(5)});
        if (Status read = pocRowsRead("poc_task", rows); !read)
            return read.error();
    }
    return records;
}

} // namespace dmc
