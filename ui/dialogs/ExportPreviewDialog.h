#pragma once

#include "export/ExportFormat.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QTextBrowser;

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
