#pragma once

class QSqlQuery;

namespace dmc {

// Runs a query made with prepare() and bound values. On PostgreSQL, Qt's driver prepares every such
// statement on the server: PREPARE, then EXECUTE with the values written as literals, then
// DEALLOCATE, three round trips each parsed by the server. A DM's edit is a handful of statements
// run once each, so this sends each one once, its values written by the same driver code
// (QSqlDriver::formatValue, as Qt writes EXECUTE's), and SQLite keeps its own binding.
bool execBound(QSqlQuery &query);

} // namespace dmc
