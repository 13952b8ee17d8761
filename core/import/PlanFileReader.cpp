#include "PlanFileReader.h"

#include "csv/CsvReader.h"
#include "csv/FieldParser.h"
#include "domain/Opportunity.h"

namespace dmc {

Result<PlanFileReader::Plan> PlanFileReader::read(const QString &path)
{
    Result<CsvTable> table = CsvReader::readFile(path, {});
    if (!table)
        return table.error();
    Plan plan;
    plan.fileName = table->fileName;
    const auto fail = [&](qint64 line, int column, const QString &message) {
        return Error{Error::Kind::BadInput, message, table->fileName, line, column};
    };
    const auto required = {"period", "scope", "decided_deals", "won_deals", "bookings"};
    for (const char *name : required)
        if (table->column(QLatin1String(name)) < 0)
            return fail(1, 0, tr("the plan has no column \"%1\"").arg(QLatin1String(name)));
    const int period = table->column(QStringLiteral("period"));
    const int scope = table->column(QStringLiteral("scope"));
    const int type = table->column(QStringLiteral("deal_type"));
    const int decided = table->column(QStringLiteral("decided_deals"));
    const int won = table->column(QStringLiteral("won_deals"));
    const int bookings = table->column(QStringLiteral("bookings"));
    plan.periodColumn = period + 1;
    plan.scopeColumn = scope + 1;

    for (const CsvTable::Row &line : table->rows) {
        const auto field = [&](int column) { return column >= 0 ? line.fields.value(column).trimmed() : QString(); };
        Row row;
        row.line = line.line;
        row.period = field(period);
        row.scope = field(scope);
        if (row.period.isEmpty())
            return fail(line.lineOf(period), period + 1, tr("the period is empty"));
        if (row.scope.isEmpty())
            return fail(line.lineOf(scope), scope + 1, tr("the scope is empty"));
        row.dealType = field(type).toLower();
        if (!row.dealType.isEmpty() && !dealTypeFromKey(row.dealType))
            return fail(line.lineOf(type), type + 1,
                        tr("\"%1\" is not new, expansion or renewal (or empty for the total)").arg(field(type)));
        for (auto [column, target] : {std::pair{decided, &row.decided}, std::pair{won, &row.won}}) {
            bool ok = false;
            const int value = field(column).toInt(&ok);
            if (!ok || value < 0)
                return fail(line.lineOf(column), column + 1,
                            tr("\"%1\" is not a whole number from 0").arg(field(column)));
            *target = value;
        }
        if (row.won > row.decided)
            return fail(line.lineOf(won), won + 1,
                        tr("%1 won deals are more than the %2 decided ones").arg(row.won).arg(row.decided));
        const std::optional<Cents> amount = FieldParser::parseAmount(field(bookings), u'.');
        if (!amount || *amount < 0)
            return fail(line.lineOf(bookings), bookings + 1,
                        tr("\"%1\" is not an amount from 0 such as 125000.50").arg(field(bookings)));
        if (*amount > 0 && row.won == 0)
            return fail(line.lineOf(bookings), bookings + 1, tr("bookings without a won deal"));
        row.bookings = *amount;
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

} // namespace dmc
