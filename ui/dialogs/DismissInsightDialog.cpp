#include "DismissInsightDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmc::ui {

DismissInsightDialog::DismissInsightDialog(const QString &insightText, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("DismissInsightDialog"));
    setWindowTitle(tr("Dismiss pattern"));
    m_text->setWordWrap(true);
    m_text->setText(tr("%1\n\nThe note is kept with the pattern, which leaves the list until its numbers move past "
                       "the ones it shows now.")
                        .arg(insightText));
    m_note->setObjectName(QStringLiteral("DismissNote"));
    m_note->setPlaceholderText(tr("Note (required), e.g. discussed in the 1:1 on Monday"));
    m_note->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Dismiss"));
    ok->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!note().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 260);
}

QString DismissInsightDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DismissInsightDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace dmc::ui
