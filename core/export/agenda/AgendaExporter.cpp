#include "AgendaExporter.h"

#include "AgendaJson.h"
#include "AgendaReport.h"
#include "csv/CsvWriter.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

namespace dmc {

QByteArray AgendaExporter::render(const Agenda &agenda, ExportFormat format, PdfRenderer::PageSize pageSize)
{
    switch (format) {
    case ExportFormat::Markdown: return MarkdownRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Html: return HtmlRenderer::render(AgendaReport::build(agenda)).toUtf8();
    case ExportFormat::Pdf: {
        const Report report = AgendaReport::build(agenda);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfRenderer::render(report, &buffer, {pageSize, report.title + QStringLiteral(" \u00b7 ") + report.subtitle});
        return bytes;
    }
    case ExportFormat::Csv: return exceptionsCsv(agenda);
    case ExportFormat::Json: return QByteArray::fromStdString(AgendaJson::toJson(agenda).dump(2)) + '\n';
    }
    return {};
}

QByteArray AgendaExporter::exceptionsCsv(const Agenda &agenda)
{
    CsvWriter csv;
    // The columns of `dmcockpit exceptions --csv` (ExceptionsCsv), then the DM's status and note; rows in the
    // agenda's rep order, each rep's open hits then its snoozed ones.
    csv.addRow({QStringLiteral("as_of"), QStringLiteral("rule_id"), QStringLiteral("rule"), QStringLiteral("rep_id"),
                QStringLiteral("rep"), QStringLiteral("opportunity_id"), QStringLiteral("opportunity"),
                QStringLiteral("account"), QStringLiteral("stage"), QStringLiteral("category"),
                QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("close_date"),
                QStringLiteral("evidence"), QStringLiteral("snoozed_until"), QStringLiteral("snooze_reason"),
                QStringLiteral("status"), QStringLiteral("note")});
    for (const Agenda::RepPart &rep : agenda.reps) {
        for (const auto *hits : {&rep.exceptions, &rep.snoozed}) {
            for (const Agenda::ExceptionLine &hit : *hits) {
                csv.addText(agenda.asOf.toString(Qt::ISODate)).addText(hit.ruleId).addText(hit.ruleName);
                csv.addText(rep.repId).addText(rep.name).addText(hit.opportunityId).addText(hit.deal);
                csv.addText(hit.account).addText(hit.stage);
                csv.addText(hit.category ? forecastCategoryKey(*hit.category) : QString());
                csv.addMoney(hit.amount).addText(agenda.currency).addText(hit.closeDate.toString(Qt::ISODate));
                const bool snooze = hit.snoozed || hit.status == DmActionStatus::Snoozed;
                csv.addText(hit.evidence).addText(snooze ? hit.snoozedUntil.toString(Qt::ISODate) : QString());
                csv.addText(snooze ? hit.snoozeReason : QString());
                csv.addText(dmActionStatusKey(hit.status)).addText(hit.note);
                csv.endRow();
            }
        }
    }
    // The BOM makes spreadsheets read UTF-8 (Cyrillic names) instead of the ANSI code page.
    return csv.toUtf8(true);
}

} // namespace dmc
