#pragma once

#include "analytics/numbers/ChangeBridge.h"
#include "analytics/numbers/ChangeReason.h"

#include <QChartView>

#include <optional>

namespace dmc::ui {

// The pipeline-change waterfall: opening, each movement as a floating bar, closing. Clicking a
// bar reports which movement it is (none for opening / closing).
class WaterfallChart : public QChartView
{
    Q_OBJECT

public:
    // One bar: its caption, the movement reasons it stands for and its signed amount.
    struct Bar
    {
        QString caption;
        std::vector<ChangeReason> reasons; // empty for opening / closing
        Cents amount = 0;                  // signed; opening / closing are totals
        bool total = false;
    };

    explicit WaterfallChart(QWidget *parent = nullptr);

    void setBridge(const ChangeBridge &bridge, bool withCategoryMoves, const QString &currency);
    const std::vector<Bar> &bars() const { return m_bars; }

signals:
    void barClicked(int bar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString caption(const Bar &bar) const; // "Won  -$1.2M"
    QString toolTip(const Bar &bar) const;

    ChangeBridge m_bridge;
    bool m_withCategoryMoves = false;
    QString m_currency;
    std::vector<Bar> m_bars;
};

} // namespace dmc::ui
