#pragma once

#include "analytics/numbers/ChangeBridge.h"
#include "analytics/numbers/ChangeReason.h"

#include <QChartView>

#include <optional>

namespace dmc::ui {

// A waterfall: a starting total, each movement as a floating bar, the closing total. The
// pipeline changes give it their bridge (opening, the movements by reason, closing); any other
// bridge (the quarterly review's bookings bridge) gives it its bars. Clicking a bar reports
// which bar it is.
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
        // A decrease that is no loss (won deals leaving the open pipeline): drawn in the won colour.
        bool neutral = false;
    };

    explicit WaterfallChart(QWidget *parent = nullptr);

    void setBridge(const ChangeBridge &bridge, bool withCategoryMoves, const QString &currency);
    // Bars of another bridge, already captioned in the current language (the caller sets them
    // again when the language changes); a total may be negative, so may a running sum.
    void setBars(std::vector<Bar> bars, const QString &title, const QString &currency);
    const std::vector<Bar> &bars() const { return m_bars; }

signals:
    void barClicked(int bar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void draw(const QString &title);
    QString caption(const Bar &bar) const; // "Won  -$1.2M"
    QString toolTip(const Bar &bar) const;

    ChangeBridge m_bridge;
    bool m_withCategoryMoves = false;
    QString m_currency;
    bool m_fromChangeBridge = true; // the bars are the pipeline changes' (rebuilt on a language change)
    std::vector<Bar> m_bars;
};

} // namespace dmc::ui
