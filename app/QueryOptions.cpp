#include "QueryOptions.h"

#include "Tr.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/engine/Engine.h"
#include "domain/FiscalCalendar.h"

namespace dmc::app {

namespace {

const QString AsOfName = QStringLiteral("as-of");
const QString CompareToName = QStringLiteral("compare-to");
const QString PeriodName = QStringLiteral("period");
const QString ScopeName = QStringLiteral("scope");

unsigned bit(QueryOption option)
{
    return 1u << unsigned(option);
}

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message, {}, 0, 0};
}

} // namespace

QueryOptions::QueryOptions(QCommandLineParser &parser, std::initializer_list<QueryOption> options, DateNames names)
    : m_parser(parser)
{
    for (QueryOption option : options)
        m_taken |= bit(option);
    const bool fromTo = names == DateNames::FromTo;
    if (takes(QueryOption::AsOf)) {
        parser.addOption({fromTo ? QStringList{AsOfName, QStringLiteral("to")} : QStringList{AsOfName},
                          app::tr("The snapshot date, YYYY-MM-DD (default: the latest snapshot; an earlier snapshot "
                                  "is used when the date is not one)."),
                          app::tr("YYYY-MM-DD")});
    }
    if (takes(QueryOption::CompareTo)) {
        parser.addOption({fromTo ? QStringList{CompareToName, QStringLiteral("from")} : QStringList{CompareToName},
                          app::tr("The snapshot to compare with, YYYY-MM-DD (default: the one before the as-of "
                                  "snapshot)."),
                          app::tr("YYYY-MM-DD")});
    }
    if (takes(QueryOption::Period)) {
        parser.addOption({PeriodName,
                          app::tr("The fiscal quarter, e.g. 2026Q1 (default: the quarter holding the as-of date)."),
                          app::tr("PERIOD")});
    }
    if (takes(QueryOption::PeriodOrMonth)) {
        parser.addOption({PeriodName,
                          app::tr("The fiscal quarter, e.g. 2026Q1, or a calendar month, e.g. 2026-11 (default: the "
                                  "quarter holding the as-of date)."),
                          app::tr("PERIOD")});
    }
    if (takes(QueryOption::Scope)) {
        parser.addOption(
            {ScopeName, app::tr("all, region:NAME, district:NAME or rep:ID (default: all)."), app::tr("SCOPE")});
    }
}

bool QueryOptions::takes(QueryOption option) const
{
    return (m_taken & bit(option)) != 0;
}

Result<std::optional<QDate>> QueryOptions::date(QueryOption option, const QString &name) const
{
    if (!takes(option) || !m_parser.isSet(name))
        return std::optional<QDate>();
    const QString text = m_parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        // Named as written: changes' --to and --from are --as-of and --compare-to too.
        const QStringList written = m_parser.optionNames();
        const QString alias = name == AsOfName ? QStringLiteral("to") : QStringLiteral("from");
        return usage(app::tr("--%1 takes a date YYYY-MM-DD, not \"%2\".")
                         .arg(written.contains(alias) && !written.contains(name) ? alias : name, text));
    }
    return std::optional<QDate>(date);
}

Status QueryOptions::read()
{
    auto asOf = date(QueryOption::AsOf, AsOfName);
    if (!asOf)
        return asOf.error();
    auto compareTo = date(QueryOption::CompareTo, CompareToName);
    if (!compareTo)
        return compareTo.error();
    m_asOf = *asOf;
    m_compareTo = *compareTo;
    if (m_asOf && m_compareTo && *m_compareTo > *m_asOf)
        return usage(app::tr("The compare-to date %1 is after the as-of date %2.")
                         .arg(m_compareTo->toString(Qt::ISODate), m_asOf->toString(Qt::ISODate)));
    if (takes(QueryOption::Scope) && m_parser.isSet(ScopeName)) {
        const QString text = m_parser.value(ScopeName);
        m_scope = Scope::parse(text);
        if (!m_scope)
            return usage(app::tr("--scope takes all, region:NAME, district:NAME or rep:ID, not \"%1\".").arg(text));
    }
    return Done{};
}

Result<std::optional<FiscalPeriod>> QueryOptions::period(const FiscalCalendar &calendar) const
{
    const bool months = takes(QueryOption::PeriodOrMonth);
    if (!(takes(QueryOption::Period) || months) || !m_parser.isSet(PeriodName))
        return std::optional<FiscalPeriod>();
    const QString text = m_parser.value(PeriodName);
    if (months) {
        const auto period = calendar.parseQuarterOrMonth(text);
        if (!period)
            return usage(
                app::tr("--period takes a fiscal quarter like 2026Q1 or a month like 2026-11, not \"%1\".").arg(text));
        return period;
    }
    const auto period = calendar.parse(text);
    if (!period)
        return usage(app::tr("--period takes a fiscal quarter like 2026Q1, not \"%1\".").arg(text));
    return period;
}

Result<Scope> QueryOptions::scope(const Dataset &dataset) const
{
    if (m_fixedScope)
        return *m_fixedScope;
    if (!m_scope)
        return Scope::all();
    if (m_scope->kind != Scope::Kind::All && dataset.repsInScope(*m_scope).empty())
        return Error{Error::Kind::BadInput,
                     app::tr("No rep in the database matches the scope \"%1\".").arg(m_parser.value(ScopeName)),
                     {},
                     0,
                     0};
    return *m_scope;
}

Result<Query> QueryOptions::resolve(const Engine &engine) const
{
    auto period = this->period(engine.calendar());
    if (!period)
        return period.error();
    auto scope = this->scope(engine.dataset());
    if (!scope)
        return scope.error();
    if (engine.dataset().snapshotCount() == 0)
        return Error{Error::Kind::BadInput, app::tr("The database holds no snapshots yet."), {}, 0, 0};
    return engine.resolve(m_asOf, *period, *scope, m_compareTo);
}

} // namespace dmc::app
