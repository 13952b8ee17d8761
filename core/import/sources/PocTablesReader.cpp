#include "PocTablesReader.h"

#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/csv/TableRows.h"
#include "import/profile/ImportProfile.h"
#include "import/Latin1.h"

namespace dmc {

namespace {
using latin1::s;
} // namespace

Status PocTablesReader::read(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                             const QString &opportunitiesFile, PocRecords &pocs)
{
    const ImportProfile &profile = session.profile();
    auto reader = [&](const CsvTable &table, const char *name) {
        RowReader row(table, profile, s(name));
        row.setUnescapeFormulas(true);
        return row;
    };
    auto duplicate = [](RowReader &row, const QString &key, QHash<QString, qint64> &seen) {
        if (!row.ok())
            return;
        if (auto it = seen.constFind(key); it != seen.constEnd()) {
            row.fail(s("id"), tr("\"%1\" is listed twice (first on line %2)").arg(key).arg(*it));
            return;
        }
        seen.insert(key, row.line());
    };
    // A date that may not lie before another of the same row (an end before the start).
    auto notBefore = [](RowReader &row, const char *field, const QDate &date, const char *earlierField,
                        const QDate &earlier) {
        if (row.ok() && date.isValid() && earlier.isValid() && date < earlier)
            row.fail(s(field),
                     tr("%1 %2 is before %3 %4")
                         .arg(s(field), date.toString(Qt::ISODate), s(earlierField), earlier.toString(Qt::ISODate)));
    };
    auto flag = [](RowReader &row, const char *field) { return row.boolean(s(field)); };
    // The export's picklist value as the canonical key: the profile's `values` table first
    // ("In Progress" -> active), else the value itself in lower case.
    auto canonical = [&profile](const char *table, const char *field, const QString &value) {
        return profile.valueFor(s(table), s(field), value).toLower();
    };
    // Salesforce keeps deleted records in an export with IsDeleted set; the canonical files have no such column.
    auto deleted = [](const RowReader &row) {
        const QString value = row.text(s("is_deleted")).toLower();
        return value == QLatin1String("1") || value == QLatin1String("true");
    };

    QHash<QString, qint64> pocLines;
    QString pocsFile;
    {
        auto table = TableRows::open(session, s("pocs"), false);
        if (!table)
            return table.error();
        if (!*table)
            return Done{};
        pocsFile = (*table)->table().fileName;
        RowReader row = reader((*table)->table(), "pocs");
        if (auto missing = row.missingColumn({s("id"), s("opportunity_id"), s("status")}))
            return *missing;
        if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                if (deleted(row))
                    return;
                PocRecord poc;
                poc.id = row.required(s("id"));
                poc.opportunityId = row.required(s("opportunity_id"));
                const QString statusText = row.required(s("status"));
                const QString status = canonical("pocs", "status", statusText);
                if (const auto phase = pocPhaseFromKey(status))
                    poc.phase = *phase;
                else if (row.ok())
                    row.fail(s("status"), tr("\"%1\" is not planned, active, complete or stopped").arg(statusText));
                const QString outcomeText = row.text(s("outcome"));
                const QString outcome = canonical("pocs", "outcome", outcomeText);
                if (const auto parsed = pocOutcomeFromKey(outcome))
                    poc.outcome = parsed;
                else if (!outcome.isEmpty())
                    row.fail(s("outcome"),
                             tr("\"%1\" is not technical_win, technical_loss or no_decision").arg(outcomeText));
                poc.start = row.date(s("start_date"));
                poc.plannedEnd = row.date(s("planned_end"));
                poc.actualEnd = row.date(s("actual_end"));
                poc.environmentReady = row.date(s("environment_ready"));
                poc.dataReady = flag(row, "data_ready");
                poc.evaluator = row.text(s("evaluator"));
                poc.exitPlan = flag(row, "exit_plan");
                poc.nextStepAgreed = flag(row, "next_step_agreed");
                poc.goLive = row.date(s("go_live"));
                notBefore(row, "planned_end", poc.plannedEnd, "start_date", poc.start);
                notBefore(row, "actual_end", poc.actualEnd, "start_date", poc.start);
                if (row.ok() && poc.phase != PocPhase::Planned && !poc.start.isValid())
                    row.fail(s("start_date"), tr("a POC with status %1 needs a start_date").arg(statusText));
                if (row.ok() && (poc.phase == PocPhase::Complete || poc.phase == PocPhase::Stopped)
                    && !poc.actualEnd.isValid())
                    row.fail(s("actual_end"), tr("a POC with status %1 needs an actual_end").arg(statusText));
                if (row.ok() && !opportunityLines.contains(poc.opportunityId))
                    row.fail(s("opportunity_id"),
                             tr("deal \"%1\" is not in %2").arg(poc.opportunityId, opportunitiesFile));
                duplicate(row, poc.id, pocLines);
                if (row.ok())
                    pocs.pocs.push_back(std::move(poc));
            }))
            return *error;
    }
    // A child table of pocs: each row on a POC of the pocs file, its id unique in its file.
    // `fill` reads the row's own fields into the record (id and poc_id are read here).
    auto readChildren = [&]<typename Record>(const char *name, const QStringList &required, std::vector<Record> &into,
                                             auto &&fill) -> std::optional<Error> {
        auto table = TableRows::open(session, s(name), false);
        if (!table)
            return table.error();
        if (!*table)
            return std::nullopt;
        RowReader row = reader((*table)->table(), name);
        if (auto missing = row.missingColumn(required))
            return missing;
        QHash<QString, qint64> seen;
        return session.forEachRow(**table, row, [&](const CsvTable::Row &) {
            if (deleted(row))
                return;
            Record record;
            record.id = row.required(s("id"));
            record.pocId = row.required(s("poc_id"));
            fill(row, record);
            if (row.ok() && !pocLines.contains(record.pocId))
                row.fail(s("poc_id"), tr("POC \"%1\" is not in %2").arg(record.pocId, pocsFile));
            duplicate(row, record.id, seen);
            if (row.ok())
                into.push_back(std::move(record));
        });
    };
    if (auto error =
            readChildren("poc_criteria", {s("id"), s("poc_id")}, pocs.criteria, [&](RowReader &row, PocCriterion &c) {
                c.objective = row.text(s("objective"));
                c.metric = row.text(s("metric"));
                c.target = row.text(s("target"));
                c.method = row.text(s("method"));
                c.evidence = row.text(s("evidence"));
                const QString resultText = row.text(s("result"));
                const QString result = canonical("poc_criteria", "result", resultText);
                if (const auto parsed = criterionResultFromKey(result))
                    c.result = *parsed;
                else if (!result.isEmpty())
                    row.fail(s("result"), tr("\"%1\" is not open, met or not_met").arg(resultText));
                c.resultDate = row.date(s("result_date"));
                c.recordedDate = row.date(s("recorded_date"));
                c.changedDate = row.date(s("changed_date"));
                notBefore(row, "changed_date", c.changedDate, "recorded_date", c.recordedDate);
            }))
        return *error;
    if (auto error =
            readChildren("poc_checkins", {s("id"), s("poc_id")}, pocs.checkIns, [&](RowReader &row, PocCheckIn &c) {
                c.plannedDate = row.date(s("planned_date"));
                c.heldDate = row.date(s("held_date"));
                c.note = row.text(s("note"));
                if (row.ok() && !c.plannedDate.isValid() && !c.heldDate.isValid())
                    row.fail(s("planned_date"), tr("a check-in needs a planned_date or a held_date"));
            }))
        return *error;
    if (auto error =
            readChildren("poc_tasks", {s("id"), s("poc_id"), s("side")}, pocs.tasks, [&](RowReader &row, PocTask &t) {
                const QString sideText = row.required(s("side"));
                const QString side = canonical("poc_tasks", "side", sideText);
                if (const auto parsed = taskSideFromKey(side))
                    t.side = *parsed;
                else if (row.ok())
                    row.fail(s("side"), tr("\"%1\" is not buyer or seller").arg(sideText));
                t.title = row.text(s("title"));
                t.dueDate = row.date(s("due_date"));
                t.doneDate = row.date(s("done_date"));
            }))
        return *error;
    return Done{};
}

} // namespace dmc
