#include "QueryOptions.h"

#include "analytics/Engine.h"

#include <QCoreApplication>

namespace dmc::cli {

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
        return usage(QCoreApplication::translate("dmc::cli::Commands", "--%1 takes a date YYYY-MM-DD, not \"%2\".")
                         .arg(name, parser.value(name)));
    return std::optional<QDate>(date);
}

} // namespace

void QueryOptions::add(QCommandLineParser &parser, bool withScope)
{
    parser.addOption({QStringLiteral("as-of"),
                      QCoreApplication::translate("dmc::cli::Commands",
                                                  "The snapshot date (default: the latest snapshot)."),
                      QCoreApplication::translate("dmc::cli::Commands", "YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-to"),
                      QCoreApplication::translate("dmc::cli::Commands",
                                                  "The snapshot to compare with (default: the one before)."),
                      QCoreApplication::translate("dmc::cli::Commands", "YYYY-MM-DD")});
    parser.addOption({QStringLiteral("period"),
                      QCoreApplication::translate("dmc::cli::Commands",
                                                  "The fiscal quarter (default: the one holding the as-of date)."),
                      QCoreApplication::translate("dmc::cli::Commands", "YYYYQn")});
    if (withScope) {
        parser.addOption({QStringLiteral("scope"),
                          QCoreApplication::translate("dmc::cli::Commands",
                                                      "all, region:NAME, district:NAME or rep:ID (default: all)."),
                          QCoreApplication::translate("dmc::cli::Commands", "SCOPE")});
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
            return usage(QCoreApplication::translate("dmc::cli::Commands",
                                                     "--period takes a quarter like 2026Q3, not \"%1\".")
                             .arg(parser.value(QStringLiteral("period"))));
    }
    Scope scope = fixedScope.value_or(Scope::all());
    if (!fixedScope && parser.isSet(QStringLiteral("scope"))) {
        const auto parsed = Scope::parse(parser.value(QStringLiteral("scope")));
        if (!parsed)
            return usage(QCoreApplication::translate(
                             "dmc::cli::Commands",
                             "--scope takes all, region:NAME, district:NAME or rep:ID, not \"%1\".")
                             .arg(parser.value(QStringLiteral("scope"))));
        scope = *parsed;
        const Dataset &dataset = engine.dataset();
        const bool known = scope.kind == Scope::Kind::All
                           || (scope.kind == Scope::Kind::District && dataset.districts().contains(scope.value))
                           || (scope.kind == Scope::Kind::Region && dataset.regions().contains(scope.value))
                           || (scope.kind == Scope::Kind::Rep && dataset.repIndex(scope.value) >= 0);
        if (!known)
            return Error{Error::Kind::BadInput,
                         QCoreApplication::translate("dmc::cli::Commands", "No %1 in the database.")
                             .arg(parser.value(QStringLiteral("scope"))),
                         {}, 0, 0};
    }
    if (engine.dataset().snapshotCount() == 0)
        return Error{Error::Kind::BadInput,
                     QCoreApplication::translate("dmc::cli::Commands", "The database holds no snapshots yet."),
                     {}, 0, 0};
    return engine.resolve(*asOf, period, scope, *compareTo);
}

} // namespace dmc::cli
