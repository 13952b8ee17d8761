#include "ExportPreviewDialog.h"

#include "export/brief/BriefExporter.h"
#include "export/render/HtmlRenderer.h"
#include "export/render/Report.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmc::ui {

void ExportPreviewDialog::previewReport(QWidget *parent, const QString &title, const Report &report,
                                        const QString &suggestedName, const QString &savedMessage)
{
    const QString html = HtmlRenderer::render(report, HtmlRenderer::Target::TextDocument);
    ExportPreviewDialog dialog(
        title, html, {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown}, suggestedName,
        [report](ExportFormat format) {
            // The paper of the command line's default: Letter in English, A4 in Russian.
            return BriefExporter::render(report, format, PdfRenderer::defaultPageSize(Translations::currentLanguage()));
        },
        parent);
    dialog.exec();
    if (dialog.savedPath().isEmpty())
        return;
    if (auto *window = qobject_cast<QMainWindow *>(parent->window()))
        window->statusBar()->showMessage(savedMessage.arg(QDir::toNativeSeparators(
                                             QFileInfo(dialog.savedPath()).absoluteFilePath())),
                                         30000);
}

ExportPreviewDialog::ExportPreviewDialog(const QString &title, const QString &html, QList<ExportFormat> formats,
                                         QString suggestedName, Renderer render, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_preview(new QTextBrowser(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
    , m_formats(std::move(formats))
    , m_suggestedName(std::move(suggestedName))
    , m_render(std::move(render))
{
    setObjectName(QStringLiteral("ExportPreviewDialog"));
    resize(900, 760);
    m_preview->setObjectName(QStringLiteral("ExportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setHtml(html);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportPreviewDialog::chooseFileAndSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString ExportPreviewDialog::previewText() const
{
    return m_preview->toPlainText();
}

bool ExportPreviewDialog::saveTo(const QString &path, ExportFormat format)
{
    const QByteArray bytes = m_render(format);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot save"),
                              tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_savedPath = path;
    return true;
}

void ExportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportPreviewDialog::retranslateUi()
{
    setWindowTitle(m_title);
    m_hint->setText(tr("This is what the export will say. Save it as PDF, HTML or Markdown."));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save as..."));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

QString ExportPreviewDialog::filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return tr("PDF document (*.pdf)");
    case ExportFormat::Html: return tr("Web page (*.html)");
    case ExportFormat::Markdown: return tr("Markdown (*.md)");
    case ExportFormat::Csv: return tr("Exceptions as CSV (*.csv)");
    case ExportFormat::Json: return tr("JSON (*.json)");
    }
    return {};
}

void ExportPreviewDialog::chooseFileAndSave()
{
    QStringList filters;
    for (ExportFormat format : std::as_const(m_formats))
        filters.append(filterFor(format));
    QString chosenFilter = filters.value(0);
    QString path = QFileDialog::getSaveFileName(this, tr("Save export"), m_suggestedName,
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    const int index = int(filters.indexOf(chosenFilter));
    const ExportFormat format = m_formats.value(std::max(0, index));
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + exportFormatKey(format);
    if (saveTo(path, format))
        accept();
}

} // namespace dmc::ui
