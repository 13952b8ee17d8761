#include "QueryOptions.h"

#include "Tr.h"

#include "analytics/Engine.h"

namespace dmc::app {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message, {}, 0, 0};
}

Result<std::optional<QDate>> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return std::optional<QDate>();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid())
        return usage(app::tr("--%1 takes a date YYYY-MM-DD, not \"%2\".")
                         .arg(name, parser.value(name)));
    return std::optional<QDate>(date);
}

} // namespace

void QueryOptions::add(QCommandLineParser &parser, bool withScope)
{
    parser.addOption({QStringLiteral("as-of"),
                      app::tr("The snapshot date (default: the latest snapshot)."),
                      app::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-to"),
                      app::tr("The snapshot to compare with (default: the one before)."),
                      app::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("period"),
                      app::tr("The fiscal quarter (default: the one holding the as-of date)."),
                      app::tr("YYYYQn")});
    if (withScope) {
        parser.addOption({QStringLiteral("scope"),
                          app::tr("all, region:NAME, district:NAME or rep:ID (default: all)."),
                          app::tr("SCOPE")});
    }
}

Result<Query> QueryOptions::resolve(const QCommandLineParser &parser, const Engine &engine,
                                    const std::optional<Scope> &fixedScope)
{
    auto asOf = dateOption(parser, QStringLiteral("as-of"));
    if (!asOf)
        return asOf.error();
    auto compareTo = dateOption(parser, QStringLiteral("compare-to"));
    if (!compareTo)
        return compareTo.error();
    std::optional<FiscalPeriod> period;
    if (parser.isSet(QStringLiteral("period"))) {
        period = engine.calendar().parse(parser.value(QStringLiteral("period")));
        if (!period)
            return usage(app::tr("--period takes a quarter like 2026Q3, not \"%1\".")
                             .arg(parser.value(QStringLiteral("period"))));
    }
    Scope scope = fixedScope.value_or(Scope::all());
    if (!fixedScope && parser.isSet(QStringLiteral("scope"))) {
        const auto parsed = Scope::parse(parser.value(QStringLiteral("scope")));
        if (!parsed)
            return usage(app::tr("--scope takes all, region:NAME, district:NAME or rep:ID, not \"%1\".")
                             .arg(parser.value(QStringLiteral("scope"))));
        scope = *parsed;
        const Dataset &dataset = engine.dataset();
        const bool known = scope.kind == Scope::Kind::All
                           || (scope.kind == Scope::Kind::District && dataset.districts().contains(scope.value))
                           || (scope.kind == Scope::Kind::Region && dataset.regions().contains(scope.value))
                           || (scope.kind == Scope::Kind::Rep && dataset.repIndex(scope.value) >= 0);
        if (!known)
            return Error{Error::Kind::BadInput,
                         app::tr("No %1 in the database.")
                             .arg(parser.value(QStringLiteral("scope"))),
                         {}, 0, 0};
    }
    if (engine.dataset().snapshotCount() == 0)
        return Error{Error::Kind::BadInput,
                     app::tr("The database holds no snapshots yet."),
                     {}, 0, 0};
    return engine.resolve(*asOf, period, scope, *compareTo);
}

} // namespace dmc::app
