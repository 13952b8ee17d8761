#include "AnalyticsOptions.h"

#include "CommandSupport.h"
#include "Tr.h"
#include "workspace/EngineLoader.h"

#include <vector>

namespace dmc::app {

void keepUntilExit(const std::shared_ptr<const Dataset> &dataset)
{
    // Deliberately never freed: the process ends right after the command, and releasing 100k
    // deals' strings and 150 MB of vectors one by one was a sixth of a cached district run.
    static auto *const kept = new std::vector<std::shared_ptr<const Dataset>>();
    kept->push_back(dataset);
}

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("scope"),
                      tr("all, region:NAME, district:NAME or rep:ID (default all)."), tr("SCOPE")});
    parser.addOption({QStringLiteral("period"),
                      tr("Fiscal quarter, e.g. 2026Q1 (default: the quarter holding the as-of date)."),
                      tr("PERIOD")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      tr("Snapshot date YYYY-MM-DD (default: the latest snapshot; an earlier snapshot "
                         "is used when the date is not one)."),
                      tr("DATE")});
}

std::optional<AnalyticsContext> loadAnalytics(const QCommandLineParser &parser, int &exitCode)
{
    const QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty()) {
        exitCode = usageError(tr("The --db FILE option is required."));
        return std::nullopt;
    }
    auto loaded = EngineLoader::load(location);
    if (!loaded) {
        exitCode = fail(loaded.error());
        return std::nullopt;
    }
    AnalyticsContext context;
    context.database = std::move(loaded->database);
    context.engine = std::move(loaded->engine);
    context.dataset = context.engine->sharedDataset();
    context.actions = std::make_unique<DmActions>();
    context.actions->attach(context.database.get(), QStringLiteral("dmcockpit"));
    keepUntilExit(context.dataset);
    exitCode = ExitOk;
    return context;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name, bool &ok)
{
    ok = true;
    if (!parser.isSet(name))
        return std::nullopt;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        ok = false;
        usageError(tr("--%1 wants a date YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return date;
}

std::optional<FiscalPeriod> periodOption(const QCommandLineParser &parser, const FiscalCalendar &calendar, bool &ok)
{
    ok = true;
    if (!parser.isSet(QStringLiteral("period")))
        return std::nullopt;
    const auto period = calendar.parse(parser.value(QStringLiteral("period")));
    if (!period) {
        ok = false;
        usageError(tr("--period wants a fiscal quarter like 2026Q1, not \"%1\".")
                       .arg(parser.value(QStringLiteral("period"))));
    }
    return period;
}

std::optional<Scope> scopeOption(const QCommandLineParser &parser, const Dataset &dataset, int &exitCode)
{
    exitCode = ExitOk;
    if (!parser.isSet(QStringLiteral("scope")))
        return Scope::all();
    const QString text = parser.value(QStringLiteral("scope"));
    const auto scope = Scope::parse(text);
    if (!scope) {
        exitCode = usageError(tr("--scope wants all, region:NAME, district:NAME or rep:ID, not \"%1\".").arg(text));
        return std::nullopt;
    }
    if (scope->kind != Scope::Kind::All && dataset.repsInScope(*scope).empty()) {
        Error error;
        error.kind = Error::Kind::BadInput;
        error.message = tr("No rep in the database matches the scope \"%1\".").arg(text);
        exitCode = fail(error);
        return std::nullopt;
    }
    return scope;
}

} // namespace dmc::app
