#pragma once

#include "analytics/poc/PocScorecard.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmc {
class Workspace;
}

namespace dmc::ui {

// The scorecard of one or more POCs as rows under headings: the facts, the DOR checklist ticks at
// the start, each criterion with its result, the check-ins and the tasks by side. Shown under the
// POC board for the selected POC, and in Deal detail for the deal's POCs.
class PocScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Detail, State, ColumnCount };
    // True on every cell of a heading row (the view shows it bold).
    static constexpr int HeadingRole = Qt::UserRole + 1;

    explicit PocScorecardModel(QObject *parent = nullptr);

    void setScorecards(std::vector<PocScorecard> cards);
    // Every POC of one deal (Dataset index) at the workspace's as-of, whatever the scope; none
    // without data or when the POC rows cannot be read.
    void showDeal(const Workspace &workspace, qint32 opportunity);
    const std::vector<PocScorecard> &scorecards() const { return m_cards; }
    // Relabel after a language switch (nothing recomputed).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        enum class Kind { Poc, Heading, Fact, DorItem, Criterion, CheckIn, Task } kind;
        int card = 0;
        int item = 0; // index into the card's list of that kind
    };
    void rebuildRows();
    QString cell(const Row &row, int column) const;

    std::vector<PocScorecard> m_cards;
    std::vector<Row> m_rows;
    std::vector<QString> m_headings; // the heading rows' texts, by row
};

} // namespace dmc::ui
