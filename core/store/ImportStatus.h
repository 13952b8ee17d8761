#pragma once

#include <QString>

#include <optional>

namespace dmc {

// How one import (or demo) ended, as the import_log row records it. The text is the storage
// key; code above the store compares the enum.
enum class ImportStatus : quint8 {
    Running, // the row is written first, in the import's transaction, and finished at the end
    Done,    // the data was stored
    Skipped, // the same export was imported before: nothing changed
};

QString importStatusKey(ImportStatus status); // "running" | "done" | "skipped"
std::optional<ImportStatus> importStatusFromKey(const QString &key);

} // namespace dmc
