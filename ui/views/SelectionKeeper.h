#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace dmc::ui {

// Keeps a table's selected rows, current row and scroll position across a reset of its source
// model: a snooze or a note recomputes the queue and resets it, and the DM goes on where they
// were. Rows are matched by a key that names a row across resets; when the current row is gone
// (a snoozed hit leaves the list, by a reset or as the proxy filters it out), the first row that
// followed it and is still there is current (Qt would pick the row above).
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    using RowKey = std::function<QString(int sourceRow)>;

    // Create it before `table->setModel(proxy)`: it has to see a removal before the table's
    // selection model moves the current row up.
    SelectionKeeper(QTableView *table, QSortFilterProxyModel *proxy, RowKey key);

private:
    void remember();
    void restore();
    void rememberRowAfter(int first, int last);
    void moveToRowAfter();
    QString keyAt(int proxyRow) const;

    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    RowKey m_key;
    bool m_remembered = false;
    QStringList m_selected;
    QStringList m_currentAndAfter; // the current row's key, then the keys of the rows below it
    int m_currentColumn = 0;
    QString m_rowAfterRemoval; // the row below the current one while the current row is removed
    int m_horizontal = 0;
    int m_vertical = 0;
};

} // namespace dmc::ui
