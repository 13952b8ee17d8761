#pragma once

#include "export/ExportFormat.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QTextBrowser;

namespace dmc {
struct Report;
}

namespace dmc::ui {

// Shows an export (agenda, coaching pack) as it will read, then saves it in the chosen
// format. The caller supplies the HTML preview and a function rendering each format's bytes.
class ExportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Renderer = std::function<QByteArray(ExportFormat)>;

    ExportPreviewDialog(const QString &title, const QString &html, QList<ExportFormat> formats, QString suggestedName,
                        Renderer render, QWidget *parent = nullptr);

    // Shows a Report (a brief, the review, the POC digest) as it will read and saves it as PDF,
    // HTML or Markdown where the DM picks; the window's status bar then names the file
    // (savedMessage's %1). The paper is the command line's default for the language.
    static void previewReport(QWidget *parent, const QString &title, const Report &report, const QString &suggestedName,
                              const QString &savedMessage);

    QString previewText() const;
    // Writes the export to `path` in `format`; false (with a message box) when it cannot.
    bool saveTo(const QString &path, ExportFormat format);
    // The file name the save dialog proposes (ExportFileName: dated by the as-of snapshot).
    QString suggestedName() const { return m_suggestedName; }
    // The file the last successful save wrote; empty when nothing was saved.
    QString savedPath() const { return m_savedPath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFileAndSave();
    static QString filterFor(ExportFormat format);

    QString m_title;
    QTextBrowser *m_preview;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QList<ExportFormat> m_formats;
    QString m_suggestedName;
    Renderer m_render;
    QString m_savedPath;
};

} // namespace dmc::ui
