#pragma once

#include "SortableTableModel.h"

#include <QSet>

#include <vector>

namespace dmc::ui {

// A table of the quarterly review: besides its cells it says which deals stand behind a cell,
// so the dock drills every table the same way (double-click or Enter lists them).
class ReviewTableModel : public SortableTableModel
{
    Q_OBJECT

public:
    using SortableTableModel::SortableTableModel;

    // The deals behind a cell (dataset opportunity indices, each once); empty: nothing to list.
    virtual std::vector<qint32> dealsAt(int row, int column) const = 0;
    // What the list of those deals is called ("Volume, Q3 FY2026 against Q2 FY2026: +$12K").
    virtual QString drillTitle(int row, int column) const = 0;

protected:
    // Both lists in one, each deal once, in their order. A set of the deals taken: a linear find
    // per deal was quadratic, seconds for the lines of a 100k-deal review sized by the table.
    static std::vector<qint32> merged(const std::vector<qint32> &first, const std::vector<qint32> &second)
    {
        std::vector<qint32> all = first;
        QSet<qint32> taken(first.begin(), first.end());
        for (const qint32 deal : second) {
            if (!taken.contains(deal)) {
                taken.insert(deal);
                all.push_back(deal);
            }
        }
        return all;
    }
};

} // namespace dmc::ui
