#pragma once

#include "Report.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace dmc {

// Renders a Report to PDF: QTextDocument laid out from HtmlRenderer's TextDocument HTML,
// painted page by page on a QPdfWriter with a running title, page numbers, table header rows
// repeated on each page, and the embedded DejaVu Sans font (Latin and Cyrillic) so the PDF
// reads the same on any machine. Needs a QGuiApplication (offscreen is enough).
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(dmc::PdfRenderer)

public:
    enum class PageSize : quint8 { A4, Letter };

    struct Options
    {
        PageSize pageSize = PageSize::A4;
        QString runningTitle; // top of every page; the report title when empty
    };

    static Status write(const Report &report, const QString &path, const Options &options);
    // Writes to an open device; returns the number of pages.
    static int render(const Report &report, QIODevice *device, const Options &options);

    static std::optional<PageSize> pageSizeFromKey(const QString &key); // "a4", "letter"
    // The default page size for a language: Letter for en (US), A4 otherwise.
    static PageSize defaultPageSize(const QString &language);
    // Registers the embedded fonts once and returns their family ("DejaVu Sans").
    static QString fontFamily();
};

} // namespace dmc
