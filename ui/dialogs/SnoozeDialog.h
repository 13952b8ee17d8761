#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dmc::ui {

// Asks until when a hit is snoozed and why: the deal is untouched, the hit stops showing in
// the queue until that date.
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDialog(const QString &dealName, QDate from, QDate until, const QString &reason, QWidget *parent = nullptr);

    QDate until() const;
    QString reason() const;

private:
    QLabel *m_text;
    QDateEdit *m_until;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace dmc::ui
