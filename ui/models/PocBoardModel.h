#pragma once

#include "SortableTableModel.h"
#include "analytics/poc/PocBoard.h"

#include <memory>

namespace dmc::ui {

// The POC board of the workspace's query: one row per POC with its time line, days, DOR ticks,
// criteria, check-ins and tasks by side (docs/definitions.md#pocs). The Workspace builds the board
// on a worker (Workspace::pocBoard); the model shows it.
class PocBoardModel : public SortableTableModel
{
    Q_OBJECT

public:
    enum Column { Poc, Rep, Status, Timeline, Days, Dor, Criteria, CheckIns, BuyerTasks, SellerTasks, ColumnCount };
    // The Timeline column's dates for the delegate: QVariantList {start, planned end, end or as-of,
    // as-of, first day shown, last day shown} (QDate each; invalid when absent).
    static constexpr int TimelineRole = Qt::UserRole + 1;
    // True on the Timeline column when the POC runs past its planned end.
    static constexpr int OverrunRole = Qt::UserRole + 2;

    explicit PocBoardModel(QObject *parent = nullptr);

    void setBoard(std::shared_ptr<const PocBoard> board);
    const PocBoard &board() const { return *m_board; }
    const PocScorecard &scorecard(int row) const { return m_board->pocs[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;

    // The scope's figures in words with their n, one line each (DOR adoption, duration, POC to won).
    QStringList figureLines() const;

private:
    std::shared_ptr<const PocBoard> m_board = std::make_shared<const PocBoard>();
    QDate m_first; // the days the time lines share
    QDate m_last;
};

} // namespace dmc::ui
