#include "TableStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace dmc::ui {

namespace {

// Widens a column whose header text would be cut ("Expansion pi…", Russian «Менедж…») when the
// header is shown and after a language change; narrower-than-text columns the DM drags stay.
class HeaderFitter : public QObject
{
public:
    explicit HeaderFitter(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
        header->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header && (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange))
            QTimer::singleShot(0, this, [this] { TableStyle::fitHeaderTexts(m_header); });
        return false;
    }

private:
    QHeaderView *m_header;
};

} // namespace

void TableStyle::fitHeaderTexts(QHeaderView *header)
{
    if (!header->model())
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void TableStyle::apply(QTableView *table)
{
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    new HeaderFitter(columns);
}

} // namespace dmc::ui
