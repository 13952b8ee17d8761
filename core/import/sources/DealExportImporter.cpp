#include "DealExportImporter.h"

#include "RepMapping.h"
#include "RepNameId.h"
#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/snapshots/SnapshotBuilder.h"
#include "import/Latin1.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dmc {

namespace {
using latin1::s;
} // namespace

Result<CrmData> DealExportImporter::read(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    CrmData data;
    data.stages = profile.ladder();

    auto deals = session.table(s("deals"), true);
    if (!deals)
        return deals.error();

    // Bitrix24 names the stages of a second funnel "C1:NEW", "C1:WON", ...
    static const QRegularExpression funnelPrefix(QStringLiteral("^C\\d+:(.+)$"));
    auto stageRule = [&](const QString &value) {
        const auto *rule = profile.stageFor(value);
        if (!rule && profile.format() == ImportProfile::Format::Bitrix24) {
            const auto match = funnelPrefix.match(value.trimmed());
            if (match.hasMatch())
                rule = profile.stageFor(match.captured(1));
        }
        return rule;
    };

    QHash<QString, qint64> dealLines;
    QHash<QString, qsizetype> repIndex;
    QSet<QString> unknownTypes;
    QDate latestModified;
    RowReader row(**deals, profile, s("deals"));
    if (auto missing = row.missingColumn({s("id"), s("owner"), s("stage")}))
        return *missing;
    const QString fileName = (*deals)->fileName;
    if (auto error = session.forEachRow(**deals, row, [&](const CsvTable::Row &line) {
            Opportunity o;
            o.id = row.required(s("id"));
            const QString owner = row.required(s("owner")).simplified();
            o.ownerId = RepNameId::idFor(owner);
            o.name = row.text(s("name"));
            if (o.name.isEmpty())
                o.name = o.id;
            o.accountId = row.id(s("account"));
            const QString stage = row.required(s("stage"));
            if (row.ok()) {
                if (const auto *rule = stageRule(stage)) {
                    o.stage = rule->stage.name;
                    o.category = rule->category.value_or(ForecastCategory::Pipeline);
                } else {
                    session.unknownStage(row, s("stage"), stage,
                                         tr("unknown stage \"%1\": add it to the profile").arg(stage));
                }
            }
            const QString type = row.text(s("type"));
            if (const auto parsed = profile.dealTypeFor(type))
                o.type = *parsed;
            else
                unknownTypes.insert(type);
            o.amount = row.amount(s("amount"));
            o.currency = row.text(s("currency")).toUpper();
            if (o.currency.isEmpty())
                o.currency = profile.currency();
            // amoCRM keeps only the actual close date; an open deal's planned one is a field of its own.
            o.closeDate = row.date(s("close_date"));
            if (!o.closeDate.isValid())
                o.closeDate = row.date(s("expected_close_date"));
            o.createdDate = row.date(s("created_date"));
            o.stageEnteredDate = row.date(s("stage_entered_date"));
            o.lastActivityDate = row.date(s("last_activity_date"));
            const QDate modified = row.date(s("last_modified_date"));
            o.nextStep = row.text(s("next_step"));
            o.source = row.text(s("source"));
            o.sourceFile = fileName;
            o.sourceLine = line.line;
            if (row.ok() && dealLines.contains(o.id))
                row.fail(s("id"),
                         tr("deal \"%1\" is listed twice (first on line %2)").arg(o.id).arg(dealLines.value(o.id)));
            if (!row.ok())
                return;
            if (modified.isValid() && (!latestModified.isValid() || modified > latestModified))
                latestModified = modified;
            if (!repIndex.contains(o.ownerId)) {
                repIndex.insert(o.ownerId, qsizetype(data.reps.size()));
                Rep rep;
                rep.id = o.ownerId;
                rep.name = owner;
                data.reps.push_back(rep);
            }
            dealLines.insert(o.id, line.line);
            data.opportunities.push_back(std::move(o));
        }))
        return *error;

    if (!unknownTypes.isEmpty()) {
        QStringList names = unknownTypes.values();
        names.sort();
        session.addNote(tr("deal types not in the profile, read as new: %1").arg(names.join(QLatin1String(", "))));
    }
    if (auto error = RepMapping::placeReps(session, data.reps))
        return *error;

    QDate asOf = session.options().asOf;
    if (!asOf.isValid()) {
        asOf = SnapshotBuilder::latestDate(data);
        if (latestModified.isValid() && (!asOf.isValid() || latestModified > asOf))
            asOf = latestModified;
    }
    if (asOf.isValid())
        SnapshotBuilder::addSnapshot(data, asOf);
    return data;
}

} // namespace dmc
