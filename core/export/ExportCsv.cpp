#include "ExportCsv.h"

#include "i18n/Translations.h"

namespace dmc {

bool ExportCsv::localized()
{
    return Translations::currentLanguage() == QLatin1String("ru");
}

CsvStyle ExportCsv::style()
{
    if (!localized())
        return {};
    return {u';', u',', QStringLiteral("dd.MM.yyyy")};
}

QStringList ExportCsv::header(const QList<Column> &columns)
{
    QStringList cells;
    for (const Column &column : columns)
        cells << (localized() ? column.name : QString::fromLatin1(column.key));
    return cells;
}

QByteArray ExportCsv::bytes(const QString &text, bool englishBom)
{
    // Without the BOM Excel reads UTF-8 as the ANSI code page and the Cyrillic turns to mojibake.
    const bool bom = localized() || englishBom;
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace dmc
