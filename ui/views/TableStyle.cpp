#include "TableStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace dmc::ui {

namespace {

// Widens a column whose header text would be cut ("Expansion pi…", Russian «Менедж…») when the
// header is shown or resized, after a language change, and when the model's headers or rows
// change (a view built late shows its headers before its data). A column the DM drags keeps the
// width the DM gave it, narrower than its text or not.
class HeaderFitter : public QObject
{
public:
    explicit HeaderFitter(QHeaderView *header)
        : QObject(header)
        , m_header(header)
        , m_viewport(header->viewport())
    {
        header->installEventFilter(this);
        header->viewport()->installEventFilter(this);
        // A section resized while a mouse button is down on the header is the DM's drag.
        connect(header, &QHeaderView::sectionResized, this, [this](int section) {
            if (m_dragging)
                m_draggedSections.insert(section);
        });
        connect(header, &QHeaderView::sectionCountChanged, this, [this] { m_draggedSections.clear(); });
        watchModel();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Compared by address only: the header's destruction sends its last events through here
        // once it is no longer a QHeaderView.
        if (watched == m_viewport) {
            if (event->type() == QEvent::MouseButtonPress)
                m_dragging = true;
            else if (event->type() == QEvent::MouseButtonRelease)
                m_dragging = false;
            return false;
        }
        if (watched != m_header)
            return false;
        if (event->type() == QEvent::Show)
            watchModel(); // the table may have got its model after its style
        if (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange
            || (event->type() == QEvent::Resize && m_header->isVisible()))
            scheduleFit();
        return false;
    }

private:
    void watchModel()
    {
        QAbstractItemModel *model = m_header->model();
        if (model == m_model)
            return;
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (!model)
            return;
        auto fitIfShown = [this] {
            if (m_header->isVisible())
                scheduleFit();
        };
        connect(model, &QAbstractItemModel::headerDataChanged, this, fitIfShown);
        connect(model, &QAbstractItemModel::modelReset, this, fitIfShown);
        connect(model, &QAbstractItemModel::layoutChanged, this, fitIfShown);
    }

    // One fit for a burst of events (a layout pass resizes a header several times).
    void scheduleFit()
    {
        if (m_fitPending)
            return;
        m_fitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_fitPending = false;
            TableStyle::fitHeaderTexts(m_header, m_draggedSections);
        });
    }

    QHeaderView *m_header;
    const QWidget *m_viewport;
    QPointer<QAbstractItemModel> m_model;
    bool m_fitPending = false;
    bool m_dragging = false;
    QSet<int> m_draggedSections; // logical indexes
};

} // namespace

void TableStyle::fitHeaderTexts(QHeaderView *header, const QSet<int> &keep)
{
    if (!header->model())
        return;
    fitStretchedLastSection(header, keep);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || keep.contains(section))
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void TableStyle::fitStretchedLastSection(QHeaderView *header, const QSet<int> &keep)
{
    // A stretched last section is what the others leave of the width: widening it does not hold.
    // When that is less than its text, the sections wider than their text and their shown
    // content (the default width) give up the difference.
    const auto *table = qobject_cast<const QAbstractItemView *>(header->parentWidget());
    if (!table || !header->stretchLastSection() || header->count() == 0)
        return;
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    int missing = last >= 0 ? header->sectionSizeHint(last) - header->sectionSize(last) : 0;
    for (int visual = 0; missing > 0 && visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (section == last || header->isSectionHidden(section) || keep.contains(section))
            continue;
        const int needed = std::max(header->sectionSizeHint(section), table->sizeHintForColumn(section));
        const int spare = std::min(header->sectionSize(section) - needed, missing);
        if (spare > 0) {
            header->resizeSection(section, header->sectionSize(section) - spare);
            missing -= spare;
        }
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
