// Fuzz target: bytes of an export -> TextDecoder -> CsvReader -> table. Whatever the bytes,
// the reader returns a table or an error; it never crashes, hangs or reads out of bounds.
#include "import/csv/CsvReader.h"
#include "import/csv/TextDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void checkTable(const dmc::CsvTable &table)
{
    for (const auto &row : table.rows) {
        // Each row has a line, and every field's line lies at or after it.
        if (row.line < 1)
            std::abort();
        for (int i = 0; i < row.fields.size(); ++i)
            if (row.lineOf(i) < row.line)
                std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dmc;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");

    // As an import reads a file: everything detected.
    if (auto table = CsvReader::parse(bytes, fileName, CsvReader::Options{}))
        checkTable(*table);

    // As a profile may force it: a named encoding and delimiter, picked by the input's size so
    // a reproducer replays the same path.
    static const char *const encodings[] = {"utf-8", "windows-1251", "windows-1252", "UTF-16LE"};
    static const char16_t delimiters[] = {u',', u';', u'\t', u'|'};
    CsvReader::Options forced;
    forced.encoding = QLatin1String(encodings[size % 4]);
    forced.delimiter = QChar(delimiters[(size / 4) % 4]);
    if (auto table = CsvReader::parse(bytes, fileName, forced))
        checkTable(*table);

    TextDecoder::guessCodePage(bytes);
    return 0;
}
