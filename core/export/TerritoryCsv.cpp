#include "TerritoryCsv.h"

#include "analytics/dataset/Dataset.h"
#include "csv/CsvWriter.h"
#include "export/ExportCsv.h"

namespace dmc {

QString TerritoryCsv::write(const TerritoryBalance &balance, const Dataset &dataset)
{
    CsvWriter csv(ExportCsv::style());
    csv.addRow(ExportCsv::header({{"row", tr("Row")},
                                  {"rep_id", tr("Rep ID")},
                                  {"rep", tr("Rep")},
                                  {"accounts", tr("Accounts")},
                                  {"arr", tr("ARR")},
                                  {"open_pipeline", tr("Open pipeline")},
                                  {"renewals", tr("Renewals in the period")},
                                  {"no_open_deal", tr("Accounts without an open deal")},
                                  {"accounts_index", tr("Accounts index")},
                                  {"arr_index", tr("ARR index")},
                                  {"open_pipeline_index", tr("Open pipeline index")},
                                  {"renewals_index", tr("Renewals index")},
                                  {"no_open_deal_index", tr("Without an open deal index")},
                                  {"account_ids", tr("Account IDs")}}));
    const bool named = ExportCsv::localized();
    for (const TerritoryBalance::Row &row : balance.reps) {
        QStringList ids;
        for (qint32 a : row.accounts)
            ids << dataset.accounts()[size_t(a)].id;
        csv.addText(named ? tr("rep") : QStringLiteral("rep"))
            .addText(row.repId)
            .addText(row.name)
            .addNumber(qint64(row.values.accounts))
            .addMoney(row.values.arr)
            .addMoney(row.values.openPipeline)
            .addNumber(qint64(row.values.renewals))
            .addNumber(qint64(row.values.noOpenDeal));
        for (const auto &index : row.index)
            if (index)
                csv.addNumber(*index, 2);
            else
                csv.addText(QString());
        csv.addText(ids.join(u' '));
        csv.endRow();
    }
    for (const TerritoryBalance::ApartAccount &apart : balance.apart) {
        const Account &account = dataset.accounts()[size_t(apart.account)];
        const bool noOwner = apart.reason == TerritoryBalance::Apart::NoOwner;
        csv.addText(named ? (noOwner ? tr("no owner") : tr("inactive owner"))
                          : (noOwner ? QStringLiteral("no_owner") : QStringLiteral("inactive_owner")))
            .addText(apart.ownerId)
            .addText(QString())
            .addNumber(qint64(1))
            .addMoney(dataset.accountArr(apart.account));
        for (int i = 0; i < 8; ++i)
            csv.addText(QString());
        csv.addText(account.id);
        csv.endRow();
    }
    return csv.text();
}

} // namespace dmc
