#pragma once

class QTableView;

namespace dmc::ui {

// The one way result tables look and scroll: fixed row heights (no ResizeToContents, see
// PERF-NOTES), sortable headers, whole-row selection, no per-row widgets.
class TableStyle
{
public:
    static void apply(QTableView *table);
};

} // namespace dmc::ui
