#pragma once

#include "analytics/engine/Query.h"
#include "domain/Error.h"

#include <QCommandLineParser>

#include <initializer_list>
#include <optional>

namespace dmc {
class Dataset;
class Engine;
class FiscalCalendar;
} // namespace dmc

namespace dmc::app {

// The query options of the analytics commands. Every command declares the ones it takes here,
// so each is worded, checked and reported the same way everywhere.
enum class QueryOption {
    AsOf,          // --as-of DATE
    CompareTo,     // --compare-to DATE
    Period,        // --period PERIOD (a fiscal quarter)
    PeriodOrMonth, // --period PERIOD (a fiscal quarter or a calendar month, for the review)
    Scope,         // --scope all|region:NAME|district:NAME|rep:ID
};

class QueryOptions
{
public:
    // changes also calls its two dates --to and --from, the words of a waterfall.
    enum class DateNames { Query, FromTo };

    // Declares `options` on the parser (before it parses).
    QueryOptions(QCommandLineParser &parser, std::initializer_list<QueryOption> options,
                 DateNames names = DateNames::Query);

    // After parsing, before the database is opened: the values that need no data (the dates and
    // the form of the scope). A malformed value, or a compare-to after the as-of, is a Usage error.
    Status read();

    // With the data (after read()): --period by the database's fiscal calendar (nullopt when
    // absent), --scope against its reps (all when absent; BadInput when no rep matches).
    Result<std::optional<FiscalPeriod>> period(const FiscalCalendar &calendar) const;
    Result<Scope> scope(const Dataset &dataset) const;
    // The whole query with the engine's defaults (latest snapshot, the one before it, the
    // quarter holding the as-of); BadInput when the database holds no snapshot yet.
    Result<Query> resolve(const Engine &engine) const;

    // --compare-to as written (after read()), not resolved to a snapshot: the POC digest reads
    // dated POC rows, not snapshots.
    std::optional<QDate> compareToDate() const { return m_compareTo; }

    // --scope as written (after read()), all when absent: what a command that reads nothing
    // outside its scope can load the data cut to (DatasetSlice) before resolving it.
    Scope writtenScope() const { return m_scope.value_or(Scope::all()); }

    // A command whose scope is not an option (pack --rep) sets it here.
    void setScope(const Scope &scope) { m_fixedScope = scope; }

private:
    bool takes(QueryOption option) const;
    Result<std::optional<QDate>> date(QueryOption option, const QString &name) const;

    const QCommandLineParser &m_parser;
    unsigned m_taken = 0; // a bit per QueryOption declared
    std::optional<QDate> m_asOf;
    std::optional<QDate> m_compareTo;
    std::optional<Scope> m_scope; // as written, not yet checked against the data
    std::optional<Scope> m_fixedScope;
};

} // namespace dmc::app
