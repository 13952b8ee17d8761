#pragma once

#include "AccountBrief.h"
#include "DealBrief.h"
#include "export/ExportFormat.h"
#include "export/render/PdfRenderer.h"

#include <QByteArray>
#include <QDateTime>

namespace dmc {

// Turns a deal's or an account's brief into the bytes of Markdown, HTML or PDF (needs a
// QGuiApplication), for `dmcockpit brief` and the deal detail's Brief actions. Other formats give nothing.
class BriefExporter
{
public:
    static QByteArray render(const DealBrief &brief, ExportFormat format, PdfRenderer::PageSize pageSize,
                             const QDateTime &generatedAt);
    static QByteArray render(const AccountBrief &brief, ExportFormat format, PdfRenderer::PageSize pageSize,
                             const QDateTime &generatedAt);
    static QByteArray render(const Report &report, ExportFormat format, PdfRenderer::PageSize pageSize);
};

} // namespace dmc
