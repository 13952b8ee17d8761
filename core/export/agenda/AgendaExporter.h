#pragma once

#include "Agenda.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>

class QIODevice;

namespace dmc {

// Turns an Agenda into the bytes of one export format (UTF-8 text, or PDF), for the
// `agenda` command and the window's File > Export agenda. PDF needs a QGuiApplication.
class AgendaExporter
{
public:
    static QByteArray render(const Agenda &agenda, ExportFormat format,
                             PdfRenderer::PageSize pageSize = PdfRenderer::PageSize::A4);
    // Writes the same bytes to `device`; false when it refused them. JSON is written as it is built,
    // a rep at a time, so a company's document never exists whole.
    static bool write(const Agenda &agenda, ExportFormat format, PdfRenderer::PageSize pageSize, QIODevice &device);
    // The exception list (open and snoozed) as spreadsheet-safe CSV.
    static QByteArray exceptionsCsv(const Agenda &agenda);
};

} // namespace dmc
