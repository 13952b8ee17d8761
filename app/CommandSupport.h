#pragma once

#include "Command.h"
#include "domain/Error.h"
#include "export/json/JsonMembers.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <vector>

namespace dmc::app {

// Shared plumbing for commands: standard streams, common options, errors to exit codes.
QTextStream &out();
// What a CSV on standard output starts with: the BOM in the Russian spreadsheet format, else nothing.
QString csvStart();
QTextStream &err();
// Prints a JSON document (indent 2) and a newline to stdout as UTF-8, dumped straight to the
// output in 64 KB pieces: through QString and QTextStream a 17 MB document (exceptions at 100k
// deals) cost 150 MB, and even one std::string of it is the size of the document.
void printJson(const nlohmann::json &value);
// Prints `object` plus arrays built one element at a time and `members` built one at a time as
// they are printed (writeJsonInPieces), byte for byte as printJson would print the whole object:
// large documents never exist whole.
void printJson(const nlohmann::json &object, const std::vector<JsonArrayStream> &arrays,
               const JsonMemberBuilders &members = {});
// Prints the document `write` writes to the stream it is given (a JsonWriter's), and a newline.
void printJsonWith(const std::function<void(std::ostream &)> &write);

void addDatabaseOption(QCommandLineParser &parser); // --db FILE|URL
void addJsonOption(QCommandLineParser &parser);     // --json: print JSON
void addCsvOption(QCommandLineParser &parser);      // --csv: print CSV, cells neutralised
// For a command that takes both: ExitOk, or ExitUsage after saying that only one may be given.
int rejectJsonWithCsv(const QCommandLineParser &parser);
// Adds the options every command takes (--lang, --help), parses, prints --help and exits, checks
// --lang. Returns false (after printing) on a usage error.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const char *commandName);

int exitCodeFor(const Error &error);
int fail(const Error &error);           // prints error.toString() to stderr, returns its exit code
int usageError(const QString &message); // prints, returns ExitUsage

// Opens --db (required). On failure prints and returns nullptr; `exitCode` receives the code.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode,
                                       Database::OpenMode mode = Database::OpenMode::ReadWrite);

} // namespace dmc::app
