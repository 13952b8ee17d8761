#pragma once

#include "Command.h"
#include "domain/Error.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace dmc::cli {

// Shared plumbing for commands: standard streams, common options, errors to exit codes.
QTextStream &out();
QTextStream &err();

// Adds --db, and --help handling. Returns false (after printing) on a usage error.
void addDatabaseOption(QCommandLineParser &parser);
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const char *commandName);

int exitCodeFor(const Error &error);
int fail(const Error &error);                   // prints error.toString() to stderr, returns its exit code
int usageError(const QString &message);         // prints, returns ExitUsage

// Opens --db (required). On failure prints and returns nullptr; `exitCode` receives the code.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int &exitCode,
                                       Database::OpenMode mode = Database::OpenMode::ReadWrite);

} // namespace dmc::cli
