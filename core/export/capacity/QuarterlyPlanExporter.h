#pragma once

#include "analytics/capacity/CapacityReport.h"
#include "analytics/capacity/TerritoryBalance.h"
#include "analytics/engine/Query.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QDateTime>

namespace dmc {

class Dataset;

// The quarterly plan (QuarterlyPlanReport) as the bytes of a Markdown, HTML or PDF document (PDF
// needs a QGuiApplication); other formats give nothing (JSON and CSV are CapacityJson's and
// CapacityCsv's).
class QuarterlyPlanExporter
{
public:
    static QByteArray render(const CapacityReport &capacity, const TerritoryBalance &balance, const Dataset &dataset,
                             const Query &query, ExportFormat format, PdfRenderer::PageSize pageSize,
                             const QDateTime &generatedAt);
};

} // namespace dmc
