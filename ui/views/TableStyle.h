#pragma once

#include <QSet>

class QHeaderView;
class QTableView;

namespace dmc::ui {

// The one way result tables look and scroll: fixed row heights (ResizeToContents measures every
// row), sortable headers, whole-row selection, no per-row widgets, and header texts
// never cut (columns widen to them when shown, resized, retranslated or given new data), but in
// a column the DM dragged narrower.
class TableStyle
{
public:
    static void apply(QTableView *table);
    // Widens every shown column narrower than its header text (with the sort arrow), but those
    // in `keep` (logical indexes: the columns the DM dragged).
    static void fitHeaderTexts(QHeaderView *header, const QSet<int> &keep = {});

private:
    static void fitStretchedLastSection(QHeaderView *header, const QSet<int> &keep);
};

} // namespace dmc::ui
