#pragma once

#include "analytics/Query.h"
#include "domain/Error.h"

#include <QCommandLineParser>

namespace dmc {
class Engine;
}

namespace dmc::cli {

// The analytics query options shared by the export commands:
// --as-of D, --compare-to D0, --period YYYYQn, --scope all|region:NAME|district:NAME|rep:ID.
class QueryOptions
{
public:
    static void add(QCommandLineParser &parser, bool withScope = true);
    // Resolves them against the engine's data; a malformed value is a Usage error.
    static Result<Query> resolve(const QCommandLineParser &parser, const Engine &engine,
                                 const Scope &defaultScope = Scope::all());
};

} // namespace dmc::cli
