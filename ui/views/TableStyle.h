#pragma once

class QHeaderView;
class QTableView;

namespace dmc::ui {

// The one way result tables look and scroll: fixed row heights (ResizeToContents measures every
// row), sortable headers, whole-row selection, no per-row widgets, and header texts
// never cut (columns widen to them when shown and when the language changes).
class TableStyle
{
public:
    static void apply(QTableView *table);
    // Widens every shown column narrower than its header text (with the sort arrow).
    static void fitHeaderTexts(QHeaderView *header);

private:
    static void fitStretchedLastSection(QHeaderView *header);
};

} // namespace dmc::ui
