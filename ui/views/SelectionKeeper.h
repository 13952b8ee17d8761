#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QTableView;

namespace dmc::ui {

// Keeps a table's selected rows, current row and scroll position across a reset of its model:
// a snooze or a note recomputes the queue and resets it, and the DM goes on where they were.
// Rows are matched by a key that names a row across resets (an empty key: a row nothing is kept
// for, such as a group header); when the current row is gone (a snoozed hit leaves the list),
// the first row that followed it and is still there is current.
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    using RowKey = std::function<QString(int row)>;

    // Create it after `table->setModel()`: it restores once the table has taken the reset.
    SelectionKeeper(QTableView *table, RowKey key);

private:
    void remember();
    void restore();

    QTableView *m_table;
    RowKey m_key;
    bool m_remembered = false;
    QStringList m_selected;
    QStringList m_currentAndAfter; // the current row's key, then the keys of the rows below it
    int m_currentColumn = 0;
    int m_horizontal = 0;
    int m_vertical = 0;
    bool m_scrollPending = false; // the scroll position is put back after the current reset
};

} // namespace dmc::ui
