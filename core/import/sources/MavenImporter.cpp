#include "MavenImporter.h"

#include "import/ImportSession.h"
#include "import/csv/RowReader.h"
#include "import/snapshots/SnapshotBuilder.h"

#include <QHash>
#include <QSet>

namespace dmc {

Result<CrmData> MavenImporter::read(ImportSession &session)
{
    const ImportProfile &profile = session.profile();
    CrmData data;
    data.stages = profile.ladder();

    auto teams = session.table(QStringLiteral("teams"), true);
    if (!teams)
        return teams.error();
    auto accounts = session.table(QStringLiteral("accounts"), false);
    if (!accounts)
        return accounts.error();
    auto products = session.table(QStringLiteral("products"), false);
    if (!products)
        return products.error();
    auto pipeline = session.table(QStringLiteral("opportunities"), true);
    if (!pipeline)
        return pipeline.error();

    QHash<QString, qint64> repLines;
    {
        RowReader row(**teams, profile, QStringLiteral("teams"));
        if (auto missing = row.missingColumn({QStringLiteral("id")}))
            return *missing;
        for (const CsvTable::Row &line : (*teams)->rows) {
            row.begin(line);
            Rep rep;
            rep.id = row.required(QStringLiteral("id"));
            rep.name = rep.id;
            rep.district = row.text(QStringLiteral("district"));
            rep.region = row.text(QStringLiteral("region"));
            if (row.ok() && repLines.contains(rep.id))
                row.fail(QStringLiteral("id"),
                         tr("agent \"%1\" is listed twice (first on line %2)").arg(rep.id).arg(repLines.value(rep.id)));
            if (!row.ok()) {
                if (!session.reject(row.error(), line.fields))
                    return row.error();
                continue;
            }
            repLines.insert(rep.id, line.line);
            data.reps.push_back(rep);
            session.countAccepted();
        }
    }

    QHash<QString, qint64> accountLines;
    if (*accounts) {
        RowReader row(**accounts, profile, QStringLiteral("accounts"));
        if (auto missing = row.missingColumn({QStringLiteral("id")}))
            return *missing;
        for (const CsvTable::Row &line : (*accounts)->rows) {
            row.begin(line);
            Account account;
            account.id = row.required(QStringLiteral("id"));
            account.name = account.id;
            account.industry = row.text(QStringLiteral("industry"));
            account.segment = row.text(QStringLiteral("segment"));
            if (row.ok() && accountLines.contains(account.id))
                row.fail(QStringLiteral("id"),
                         tr("account \"%1\" is listed twice (first on line %2)")
                             .arg(account.id)
                             .arg(accountLines.value(account.id)));
            if (!row.ok()) {
                if (!session.reject(row.error(), line.fields))
                    return row.error();
                continue;
            }
            accountLines.insert(account.id, line.line);
            data.accounts.push_back(account);
            session.countAccepted();
        }
    }
    // Products are reference data only: read (and counted) so a broken file is reported,
    // but deals keep the product name as written ("GTXPro" and "GTX Pro" both stay).
    if (*products)
        session.countAccepted(qint64((*products)->rows.size()));

    {
        RowReader row(**pipeline, profile, QStringLiteral("opportunities"));
        if (auto missing =
                row.missingColumn({QStringLiteral("id"), QStringLiteral("owner_id"), QStringLiteral("stage")}))
            return *missing;
        QHash<QString, qint64> seen;
        const QString currency = profile.currency();
        const auto total = qint64((*pipeline)->rows.size());
        qint64 done = 0;
        for (const CsvTable::Row &line : (*pipeline)->rows) {
            if (++done % 1000 == 0) {
                if (session.cancelled())
                    return ImportSession::cancelledError();
                session.progress(10 + int(80 * done / total), tr("Reading deals"));
            }
            row.begin(line);
            Opportunity o;
            o.id = row.required(QStringLiteral("id"));
            o.ownerId = row.required(QStringLiteral("owner_id"));
            o.name = row.text(QStringLiteral("name"));
            o.accountId = row.id(QStringLiteral("account_id"));
            const QString stage = row.required(QStringLiteral("stage"));
            o.createdDate = row.date(QStringLiteral("created_date"));
            o.closeDate = row.date(QStringLiteral("close_date"));
            o.amount = row.amount(QStringLiteral("amount"));
            o.currency = currency;
            o.sourceFile = (*pipeline)->fileName;
            o.sourceLine = line.line;
            if (o.name.isEmpty())
                o.name = o.id;
            if (row.ok()) {
                if (const auto *rule = profile.stageFor(stage)) {
                    o.stage = rule->stage.name;
                    o.category = rule->category.value_or(ForecastCategory::Pipeline);
                } else {
                    session.unknownStage(row, QStringLiteral("stage"), stage, tr("unknown stage \"%1\"").arg(stage));
                }
            }
            if (row.ok() && !repLines.contains(o.ownerId))
                row.fail(QStringLiteral("owner_id"), tr("agent \"%1\" is not in the sales teams").arg(o.ownerId));
            if (row.ok() && seen.contains(o.id))
                row.fail(QStringLiteral("id"),
                         tr("opportunity \"%1\" is listed twice (first on line %2)").arg(o.id).arg(seen.value(o.id)));
            if (!row.ok()) {
                if (!session.reject(row.error(), line.fields))
                    return row.error();
                continue;
            }
            seen.insert(o.id, line.line);
            data.opportunities.push_back(std::move(o));
            session.countAccepted();
        }
    }

    QDate asOf = session.options().asOf;
    if (!asOf.isValid())
        asOf = SnapshotBuilder::latestDate(data);
    if (asOf.isValid())
        SnapshotBuilder::addSnapshot(data, asOf);
    return data;
}

} // namespace dmc
