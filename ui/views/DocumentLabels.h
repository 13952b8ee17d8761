#pragma once

class QLabel;
class QWidget;

namespace dmc::ui {

// Labels of the views that read like a document (coaching pack, quarterly review, capacity).
QLabel *headingLabel(QWidget *parent);
// Wrapped plain text the DM can select and copy; `quiet` greys it, for notes beside numbers.
QLabel *textLabel(QWidget *parent, bool quiet = false);

} // namespace dmc::ui
