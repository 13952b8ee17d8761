#pragma once

#include "Agenda.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>

namespace dmc {

// Turns an Agenda into the bytes of one export format (UTF-8 text, or PDF), for the
// `agenda` command and the window's File > Export agenda. PDF needs a QGuiApplication.
class AgendaExporter
{
public:
    static QByteArray render(const Agenda &agenda, ExportFormat format,
                             PdfRenderer::PageSize pageSize = PdfRenderer::PageSize::A4);
    // The exception list (open and snoozed) as spreadsheet-safe CSV.
    static QByteArray exceptionsCsv(const Agenda &agenda);
};

} // namespace dmc
