#include "AgendaExporter.h"

#include "AgendaJson.h"
#include "AgendaReport.h"
#include "csv/CsvWriter.h"
#include "export/ExceptionsCsv.h"
#include "export/json/JsonStreamBuffer.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/MarkdownRenderer.h"

#include <QBuffer>

#include <ostream>

namespace dmc {

namespace {
// The DM's status as the agenda's tables name it.
QString actionStatusName(DmActionStatus status)
{
    switch (status) {
    case DmActionStatus::Open: return AgendaReport::tr("Open");
    case DmActionStatus::Reviewed: return AgendaReport::tr("Reviewed");
    case DmActionStatus::Snoozed: return AgendaReport::tr("Snoozed");
    }
    return {};
}
} // namespace

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
    case ExportFormat::Json: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        write(agenda, format, pageSize, buffer);
        return bytes;
    }
    }
    return {};
}

bool AgendaExporter::write(const Agenda &agenda, ExportFormat format, PdfRenderer::PageSize pageSize, QIODevice &device)
{
    if (format != ExportFormat::Json) {
        const QByteArray bytes = render(agenda, format, pageSize);
        return device.write(bytes) == bytes.size();
    }
    JsonStreamBuffer buffer(
        [&device](const char *data, size_t size) { return device.write(data, qint64(size)) == qint64(size); });
    {
        std::ostream stream(&buffer);
        AgendaJson::write(agenda, stream);
    }
    buffer.pubsync();
    return !buffer.failed();
}

QByteArray AgendaExporter::exceptionsCsv(const Agenda &agenda)
{
    CsvWriter csv(ExportCsv::style());
    // The columns of `dmcockpit exceptions --csv` (ExceptionsCsv), then the DM's status and note; rows in the
    // agenda's rep order, each rep's open hits then its snoozed ones.
    QList<ExportCsv::Column> columns = ExceptionsCsv::columns();
    columns.append({{"status", AgendaReport::tr("Status")}, {"note", AgendaReport::tr("Note")}});
    csv.addRow(ExportCsv::header(columns));
    for (const Agenda::RepPart &rep : agenda.reps) {
        for (const auto *hits : {&rep.exceptions, &rep.snoozed}) {
            for (const Agenda::ExceptionLine &hit : *hits) {
                csv.addDate(agenda.asOf).addText(hit.ruleId).addText(hit.ruleName);
                csv.addText(rep.repId).addText(rep.name).addText(hit.opportunityId).addText(hit.deal);
                csv.addText(hit.account).addText(hit.stage).addText(ExceptionsCsv::category(hit.category));
                csv.addMoney(hit.amount).addText(agenda.currency).addDate(hit.closeDate);
                const bool snooze = hit.snoozed || hit.status == DmActionStatus::Snoozed;
                csv.addText(hit.evidence).addDate(snooze ? hit.snoozedUntil : QDate());
                csv.addText(snooze ? hit.snoozeReason : QString());
                csv.addText(ExportCsv::localized() ? actionStatusName(hit.status) : dmActionStatusKey(hit.status));
                csv.addText(hit.note);
                csv.endRow();
            }
        }
    }
    // The BOM makes spreadsheets read UTF-8 (Cyrillic names) instead of the ANSI code page.
    return ExportCsv::bytes(csv.text(), true);
}

} // namespace dmc
