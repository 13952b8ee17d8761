// dmcockpit renewals --db FILE [--as-of D] [--scope S] [--days N] [--json]: the renewal watchlist.
#include "AnalyticsContext.h"
#include "Command.h"
#include "CommandSupport.h"
#include "QueryOptions.h"
#include "Tr.h"
#include "analytics/engine/Engine.h"
#include "analytics/renewals/RenewalWatchlist.h"
#include "analytics/text/TextFormat.h"
#include "export/json/RenewalJson.h"

namespace dmc::app {
namespace {

int runRenewals(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    QueryOptions options(parser, {QueryOption::AsOf, QueryOption::CompareTo, QueryOption::Period, QueryOption::Scope});
    addJsonOption(parser);
    parser.addOption(
        {QStringLiteral("days"), tr("Renewals within this many days (default 120)."), QStringLiteral("N")});
    if (!parseArguments(parser, arguments, "renewals"))
        return ExitUsage;
    int days = 120;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return usageError(tr("--days takes a whole number from 0 to 3650."));
    }
    if (const Status read = options.read(); !read)
        return fail(read.error());
    int code = ExitOk;
    auto analytics = AnalyticsContext::load(parser, code);
    if (!analytics)
        return code;
    const Engine &engine = *analytics->engine;
    auto query = options.resolve(engine);
    if (!query)
        return fail(query.error());

    const RenewalWatchlist list = engine.renewals(*query, days);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(toJson(list, engine.dataset()));
        return ExitOk;
    }
    out() << tr("%n account(s) renewing within %1 days of %2.", nullptr, int(list.entries.size()))
                 .arg(days)
                 .arg(TextFormat::date(list.asOf))
          << '\n';
    for (const auto &gap : list.missing)
        out() << gap.text << '\n';
    // Entries come sorted by renewal date, so each band is one run of lines under its heading.
    int band = -1;
    for (const auto &entry : list.entries) {
        if (entry.band != band) {
            band = entry.band;
            out() << tr("Within %n day(s):", "a renewal band", band) << '\n';
        }
        out() << QStringLiteral("  %1: %2\n").arg(entry.name, entry.text);
    }
    out() << Qt::flush;
    return ExitOk;
}

const CommandRegistration renewalsRegistration(
    {"renewals", QT_TRANSLATE_NOOP("dmc::app", "Accounts renewing within 120 days, in 30/60/90/120-day bands."), false,
     &runRenewals});

} // namespace
} // namespace dmc::app
