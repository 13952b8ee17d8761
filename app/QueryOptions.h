#pragma once

#include "analytics/Query.h"
#include "domain/Error.h"

#include <QCommandLineParser>

namespace dmc {
class Engine;
}

namespace dmc::app {

// The analytics query options shared by the export commands:
// --as-of D, --compare-to D0, --period YYYYQn, --scope all|region:NAME|district:NAME|rep:ID.
class QueryOptions
{
public:
    static void add(QCommandLineParser &parser, bool withScope = true);
    // Resolves them against the engine's data; a malformed value is a Usage error. With a
    // fixedScope (commands without --scope, e.g. pack --rep) that scope is used.
    static Result<Query> resolve(const QCommandLineParser &parser, const Engine &engine,
                                 const std::optional<Scope> &fixedScope = std::nullopt);
};

} // namespace dmc::app
