#include "SnoozeDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmc::ui {

SnoozeDialog::SnoozeDialog(const QString &dealName, QDate from, QDate until, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_until(new QDateEdit(until, this))
    , m_reason(new QLineEdit(reason, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("SnoozeDialog"));
    setWindowTitle(tr("Snooze"));
    m_text->setWordWrap(true);
    m_text->setText(tr("Hide this hit on %1 until a date. The deal itself does not change.").arg(dealName));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(from.addDays(1));
    m_reason->setPlaceholderText(tr("e.g. waiting for the customer's budget cycle"));
    m_reason->setObjectName(QStringLiteral("SnoozeReason"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Until"), m_until);
    form->addRow(tr("&Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate SnoozeDialog::until() const
{
    return m_until->date();
}

QString SnoozeDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace dmc::ui
