#include "AgendaExporter.h"

#include "AgendaJson.h"
#include "AgendaReport.h"
#include "export/CsvWriter.h"
#include "HtmlRenderer.h"
#include "MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray AgendaExporter::render(const Agenda &agenda, ExportFormat format, PdfRenderer::PageSize pageSize)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Html:
        return HtmlRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = AgendaReport::build(agenda);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Csv:
        return exceptionsCsv(agenda);
    case ExportFormat::Json:
        return QByteArray::fromStdString(AgendaJson::toJson(agenda).dump(2)) + '\n';
    }
    return {};
}

QByteArray AgendaExporter::exceptionsCsv(const Agenda &agenda)
{
    CsvWriter csv;
    // Stable keys as the header (like `dmcockpit exceptions --csv`); names and evidence translated.
    csv.addRow({QStringLiteral("rep_id"), QStringLiteral("rep"), QStringLiteral("rule"), QStringLiteral("rule_name"),
                QStringLiteral("opportunity_id"), QStringLiteral("deal"), QStringLiteral("account"),
                QStringLiteral("amount"), QStringLiteral("close_date"), QStringLiteral("stage"),
                QStringLiteral("category"), QStringLiteral("evidence"), QStringLiteral("status"),
                QStringLiteral("snooze_reason"), QStringLiteral("snoozed_until")});
    for (const Agenda::RepPart &rep : agenda.reps) {
        for (const auto *hits : {&rep.exceptions, &rep.snoozed}) {
            for (const Agenda::ExceptionLine &hit : *hits) {
                csv.addText(rep.repId).addText(rep.name).addText(hit.ruleId).addText(hit.ruleName);
                csv.addText(hit.opportunityId).addText(hit.deal).addText(hit.account).addMoney(hit.amount);
                csv.addText(hit.closeDate.toString(Qt::ISODate)).addText(hit.stage);
                csv.addText(hit.category ? forecastCategoryKey(*hit.category) : QString());
                csv.addText(hit.evidence).addText(hit.snoozed ? QStringLiteral("snoozed") : QStringLiteral("open"));
                csv.addText(hit.snoozeReason).addText(hit.snoozedUntil.toString(Qt::ISODate));
                csv.endRow();
            }
        }
    }
    // The BOM makes spreadsheets read UTF-8 (Cyrillic names) instead of the ANSI code page.
    return csv.toUtf8(true);
}

} // namespace dmc
