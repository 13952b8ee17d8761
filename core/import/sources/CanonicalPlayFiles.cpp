#include "CanonicalPlayFiles.h"

#include "StageLookup.h"
#include "domain/Opportunity.h"
#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/csv/TableRows.h"
#include "import/Latin1.h"

#include <QSet>

namespace dmc {

namespace {

using latin1::s;

// A row's key seen before: the error names the first line.
void duplicate(RowReader &row, const char *field, const QString &key, QHash<QString, qint64> &seen)
{
    if (!row.ok())
        return;
    if (auto it = seen.constFind(key); it != seen.constEnd()) {
        row.fail(s(field), CanonicalPlayFiles::tr("\"%1\" is listed twice (first on line %2)").arg(key).arg(*it));
        return;
    }
    seen.insert(key, row.line());
}

void notBefore(RowReader &row, const char *field, const QDate &date, const char *earlierField, const QDate &earlier)
{
    if (row.ok() && date.isValid() && earlier.isValid() && date < earlier)
        row.fail(s(field),
                 CanonicalPlayFiles::tr("%1 %2 is before %3 %4")
                     .arg(s(field), date.toString(Qt::ISODate), s(earlierField), earlier.toString(Qt::ISODate)));
}

void knownDeal(RowReader &row, const QHash<QString, qint64> &opportunityLines, const QString &id)
{
    if (row.ok() && !opportunityLines.contains(id))
        row.fail(s("opportunity_id"), CanonicalPlayFiles::tr("deal \"%1\" is not in opportunities.csv").arg(id));
}

// A stage name of the ladder, in the ladder's spelling; an error when it names none.
QString stageOf(RowReader &row, const StageLookup &ladder, const char *field, bool required)
{
    const QString value = required ? row.required(s(field)) : row.text(s(field));
    if (value.isEmpty() || !row.ok())
        return value;
    const QString stage = ladder.find(value);
    if (stage.isEmpty())
        row.fail(s(field), CanonicalPlayFiles::tr("stage \"%1\" is not in the stage ladder").arg(value));
    return stage;
}

} // namespace

Status CanonicalPlayFiles::read(ImportSession &session, const QHash<QString, qint64> &opportunityLines,
                                const StageLookup &ladder, PlayRecords &records)
{
    const ImportProfile &profile = session.profile();
    auto reader = [&](const CsvTable &table, const char *name) {
        RowReader row(table, profile, s(name));
        row.setUnescapeFormulas(true);
        return row;
    };

    // --- partners.csv
    QHash<QString, qint64> partnerLines;
    {
        auto table = TableRows::open(session, s("partners"), false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "partners");
            if (auto missing = row.missingColumn({s("id")}))
                return *missing;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    Partner partner;
                    partner.id = row.required(s("id"));
                    partner.name = row.text(s("name"));
                    if (partner.name.isEmpty())
                        partner.name = partner.id;
                    partner.capabilities = splitListCell(row.text(s("capabilities")));
                    partner.segments = splitListCell(row.text(s("segments")));
                    partner.vehicles = splitListCell(row.text(s("vehicles")));
                    duplicate(row, "id", partner.id, partnerLines);
                    if (row.ok())
                        records.partners.push_back(std::move(partner));
                }))
                return *error;
        }
    }

    // --- opportunity_partners.csv: one row per partner on a deal, at most one primary per deal
    {
        auto table = TableRows::open(session, s("opportunity_partners"), false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "opportunity_partners");
            if (auto missing = row.missingColumn({s("opportunity_id"), s("partner_id")}))
                return *missing;
            QHash<QString, qint64> seen, primaries;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    OpportunityPartner link;
                    link.opportunityId = row.required(s("opportunity_id"));
                    link.partnerId = row.required(s("partner_id"));
                    link.role = row.text(s("role"));
                    link.isPrimary = row.boolean(s("is_primary"));
                    link.registeredDate = row.date(s("registered_date"));
                    link.firstTouchDate = row.date(s("first_touch_date"));
                    knownDeal(row, opportunityLines, link.opportunityId);
                    if (row.ok() && !partnerLines.contains(link.partnerId))
                        row.fail(s("partner_id"), tr("partner \"%1\" is not in partners.csv").arg(link.partnerId));
                    duplicate(row, "partner_id", link.opportunityId + u'|' + link.partnerId, seen);
                    if (row.ok() && link.isPrimary) {
                        if (auto it = primaries.constFind(link.opportunityId); it != primaries.constEnd())
                            row.fail(s("is_primary"),
                                     tr("deal \"%1\" has a primary partner already (line %2)")
                                         .arg(link.opportunityId)
                                         .arg(*it));
                        else
                            primaries.insert(link.opportunityId, row.line());
                    }
                    if (row.ok())
                        records.opportunityPartners.push_back(std::move(link));
                }))
                return *error;
        }
    }

    // --- plays.csv
    QHash<QString, qint64> playLines;
    {
        auto table = TableRows::open(session, s("plays"), false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "plays");
            if (auto missing = row.missingColumn({s("id")}))
                return *missing;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    Play play;
                    play.id = row.required(s("id"));
                    play.name = row.text(s("name"));
                    if (play.name.isEmpty())
                        play.name = play.id;
                    play.segments = splitListCell(row.text(s("segments")));
                    play.industries = splitListCell(row.text(s("industries")));
                    for (const QString &type : splitListCell(row.text(s("types")))) {
                        const QString key = type.toLower();
                        if (!dealTypeFromKey(key) && row.ok())
                            row.fail(s("types"), tr("\"%1\" is not new, expansion or renewal").arg(type));
                        play.types << key;
                    }
                    play.regions = splitListCell(row.text(s("regions")));
                    play.minAmount = row.amount(s("min_amount"));
                    play.maxAmount = row.amount(s("max_amount"));
                    if (row.ok() && play.minAmount && play.maxAmount && *play.maxAmount <= *play.minAmount)
                        row.fail(s("max_amount"), tr("max_amount is not above min_amount"));
                    play.capabilities = splitListCell(row.text(s("capabilities")));
                    play.vehicles = splitListCell(row.text(s("vehicles")));
                    play.artifacts = splitListCell(row.text(s("artifacts")));
                    play.artifactStage = stageOf(row, ladder, "artifact_stage", false);
                    if (row.ok() && !play.artifacts.isEmpty() && play.artifactStage.isEmpty())
                        row.fail(s("artifact_stage"), tr("a play with artifacts needs an artifact_stage"));
                    duplicate(row, "id", play.id, playLines);
                    if (row.ok())
                        records.plays.push_back(std::move(play));
                }))
                return *error;
        }
    }

    // --- play_steps.csv
    QHash<QString, qint64> stepLines;
    {
        auto table = TableRows::open(session, s("play_steps"), false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "play_steps");
            if (auto missing = row.missingColumn({s("id"), s("play_id"), s("due_stage")}))
                return *missing;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    PlayStep step;
                    step.id = row.required(s("id"));
                    step.playId = row.required(s("play_id"));
                    step.title = row.text(s("title"));
                    step.dueStage = stageOf(row, ladder, "due_stage", true);
                    if (row.ok() && !playLines.contains(step.playId))
                        row.fail(s("play_id"), tr("play \"%1\" is not in plays.csv").arg(step.playId));
                    duplicate(row, "id", step.id, stepLines);
                    if (row.ok())
                        records.steps.push_back(std::move(step));
                }))
                return *error;
        }
    }

    // --- compliance.csv: one row per artifact of a deal
    {
        auto table = TableRows::open(session, s("compliance"), false);
        if (!table)
            return table.error();
        if (*table) {
            RowReader row = reader((*table)->table(), "compliance");
            if (auto missing = row.missingColumn({s("opportunity_id"), s("artifact"), s("status")}))
                return *missing;
            QHash<QString, qint64> seen;
            if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                    ComplianceRecord record;
                    record.opportunityId = row.required(s("opportunity_id"));
                    record.artifact = row.required(s("artifact")).toLower();
                    const QString status = row.required(s("status")).toLower();
                    if (const auto parsed = artifactStatusFromKey(status))
                        record.status = *parsed;
                    else if (row.ok())
                        row.fail(s("status"),
                                 tr("\"%1\" is not not_started, in_progress, done or not_required").arg(status));
                    record.started = row.date(s("started"));
                    record.done = row.date(s("done"));
                    if (row.ok() && record.status == ArtifactStatus::InProgress && !record.started.isValid())
                        row.fail(s("started"), tr("an artifact in progress needs a started date"));
                    if (row.ok() && record.status == ArtifactStatus::Done && !record.done.isValid())
                        row.fail(s("done"), tr("a done artifact needs a done date"));
                    notBefore(row, "done", record.done, "started", record.started);
                    knownDeal(row, opportunityLines, record.opportunityId);
                    duplicate(row, "artifact", record.opportunityId + u'|' + record.artifact, seen);
                    if (row.ok())
                        records.compliance.push_back(std::move(record));
                }))
                return *error;
        }
    }

    // --- tasks.csv: depends_on names a task of the same deal, without a cycle
    {
        auto table = TableRows::open(session, s("tasks"), false);
        if (!table)
            return table.error();
        if (!*table)
            return Done{};
        RowReader row = reader((*table)->table(), "tasks");
        if (auto missing = row.missingColumn({s("id"), s("opportunity_id"), s("owner_role")}))
            return *missing;
        QHash<QString, qint64> seen;
        std::vector<qint64> lines;
        if (auto error = session.forEachRow(**table, row, [&](const CsvTable::Row &) {
                DealTask task;
                task.id = row.required(s("id"));
                task.opportunityId = row.required(s("opportunity_id"));
                const QString role = row.required(s("owner_role"));
                if (const auto parsed = taskRoleFromKey(role))
                    task.ownerRole = *parsed;
                else if (row.ok())
                    row.fail(s("owner_role"), tr("\"%1\" is not AE, SE, Partner or CS").arg(role));
                task.title = row.text(s("title"));
                task.due = row.date(s("due"));
                task.done = row.date(s("done"));
                task.dependsOn = row.text(s("depends_on"));
                task.stepId = row.text(s("step_id"));
                if (row.ok() && !task.stepId.isEmpty() && !stepLines.contains(task.stepId))
                    row.fail(s("step_id"), tr("step \"%1\" is not in play_steps.csv").arg(task.stepId));
                if (row.ok() && task.dependsOn == task.id)
                    row.fail(s("depends_on"), tr("task \"%1\" depends on itself").arg(task.id));
                knownDeal(row, opportunityLines, task.opportunityId);
                duplicate(row, "id", task.id, seen);
                if (row.ok()) {
                    records.tasks.push_back(std::move(task));
                    lines.push_back(row.line());
                }
            }))
            return *error;
        // A dependency is known only once the whole file is read.
        QHash<QString, size_t> byId;
        for (size_t i = 0; i < records.tasks.size(); ++i)
            byId.insert(records.tasks[i].id, i);
        const int column = row.columnOf(s("depends_on")) + 1;
        auto failAt = [&](size_t i, const QString &message) {
            Error error;
            error.file = (*table)->table().fileName;
            error.line = lines[i];
            error.column = column;
            error.message = message;
            return error;
        };
        for (size_t i = 0; i < records.tasks.size(); ++i) {
            const DealTask &task = records.tasks[i];
            if (task.dependsOn.isEmpty())
                continue;
            const auto it = byId.constFind(task.dependsOn);
            if (it == byId.constEnd())
                return failAt(i, tr("task \"%1\" is not in tasks.csv").arg(task.dependsOn));
            if (records.tasks[*it].opportunityId != task.opportunityId)
                return failAt(i, tr("task \"%1\" belongs to another deal").arg(task.dependsOn));
            // Each task waits for at most one other: following the chain either ends or loops.
            QSet<QString> visited{task.id};
            for (QString next = task.dependsOn; !next.isEmpty();) {
                if (visited.contains(next))
                    return failAt(i, tr("task \"%1\" depends on itself through \"%2\"").arg(task.id, task.dependsOn));
                visited.insert(next);
                const auto parent = byId.constFind(next);
                next = parent == byId.constEnd() ? QString() : records.tasks[*parent].dependsOn;
            }
        }
    }
    return Done{};
}

} // namespace dmc
