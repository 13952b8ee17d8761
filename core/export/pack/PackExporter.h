#pragma once

#include "analytics/coaching/CoachingPackData.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QDateTime>

namespace dmc {

class Dataset;

// Turns a rep's coaching pack into the bytes of one export format: Markdown, HTML, PDF (needs a
// QGuiApplication), CSV (the pack's exceptions, open and snoozed) or JSON (the engine's pack JSON).
class PackExporter
{
public:
    static QByteArray render(const CoachingPackData &pack, const Dataset &dataset, double coverageTarget,
                             ExportFormat format, PdfRenderer::PageSize pageSize, const QDateTime &generatedAt);
};

} // namespace dmc
