#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dmc::ui {

// Asks why an insight is dismissed. The note is required (OK stays disabled without one); it is
// kept with the mark, and the insight comes back when its numbers move past the recorded ones.
class DismissInsightDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DismissInsightDialog(const QString &insightText, QWidget *parent = nullptr);

    QString note() const;
    void setNote(const QString &note);

private:
    QLabel *m_text;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace dmc::ui
