#pragma once

#include "analytics/review/QuarterlyReview.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QDateTime>

namespace dmc {

class Dataset;

// Turns a quarterly review into the bytes of one document format: Markdown, HTML or PDF (needs a
// QGuiApplication); JSON is ReviewJson's. Other formats give nothing.
class ReviewExporter
{
public:
    static QByteArray render(const QuarterlyReview &review, const Dataset &dataset, ExportFormat format,
                             PdfRenderer::PageSize pageSize, const QDateTime &generatedAt);
};

} // namespace dmc
