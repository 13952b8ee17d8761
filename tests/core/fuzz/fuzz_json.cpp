// Fuzz target: a canonical JSON export (docs/canonical-format.md) -> CanonicalJsonReader ->
// one table per array. Whatever the bytes, tables or an error; never a crash or a throw.
#include "import/sources/CanonicalJsonReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dmc;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto tables = CanonicalJsonReader::parse(bytes, QStringLiteral("crm.json"));
    if (!tables)
        return 0;
    for (const auto &[name, table] : *tables) {
        for (const auto &row : table.rows)
            if (row.line < 2) // record N is line N + 1: the header is line 1
                std::abort();
    }
    return 0;
}
