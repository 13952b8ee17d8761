#include "StageLabelsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {

// The label columns after the CRM's name, in this order.
const QStringList labelLanguages{QStringLiteral("ru"), QStringLiteral("en")};

} // namespace

StageLabelsDialog::StageLabelsDialog(const QStringList &stages, const std::vector<TermLabel> &labels, bool editable,
                                     QWidget *parent)
    : QDialog(parent)
    , m_stages(stages)
    , m_text(new QLabel(this))
    , m_table(new QTableWidget(int(stages.size()), 1 + int(labelLanguages.size()), this))
    , m_buttons(
          new QDialogButtonBox(editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close,
                               this))
{
    setObjectName(QStringLiteral("StageLabelsDialog"));
    setWindowTitle(tr("Stage labels"));
    m_text->setWordWrap(true);
    m_text->setText(editable ? tr("What each stage reads as in the window, the commands and the documents. An "
                                  "empty label shows the stage as the CRM writes it.")
                             : tr("What each stage reads as in the window, the commands and the documents. Only "
                                  "whoever may import into this database changes the labels."));
    m_table->setObjectName(QStringLiteral("StageLabelsTable"));
    m_table->setHorizontalHeaderLabels({tr("Stage in the CRM"), tr("Label in Russian"), tr("Label in English")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < int(stages.size()); ++row) {
        auto *name = new QTableWidgetItem(stages[row]);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, name);
        for (int column = 0; column < int(labelLanguages.size()); ++column) {
            QString text;
            for (const TermLabel &label : labels)
                if (label.kind == QLatin1String("stage") && label.term == stages[row]
                    && label.language == labelLanguages[column])
                    text = label.label;
            auto *item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column + 1, item);
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    resize(640, 420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::vector<TermLabel> StageLabelsDialog::labels() const
{
    std::vector<TermLabel> result;
    for (int row = 0; row < int(m_stages.size()); ++row)
        for (int column = 0; column < int(labelLanguages.size()); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column + 1);
            result.push_back({QStringLiteral("stage"), m_stages[row], labelLanguages[column],
                              item ? item->text().trimmed() : QString()});
        }
    return result;
}

} // namespace dmc::ui
