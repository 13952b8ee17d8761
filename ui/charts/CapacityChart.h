#pragma once

#include "domain/Money.h"

#include <QChartView>
#include <QStringList>

#include <vector>

namespace dmc::ui {

// Ramped capacity against the need month by month: the need as a dashed line inside its ±10% band
// (an area), one line per plan (the data as imported, then each assumption set). It draws what it
// is given; the dock fills it from CapacityMonthModel.
class CapacityChart : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        std::vector<Cents> values; // one per month
    };
    struct Data
    {
        QString title;
        QString currency;
        QStringList months;
        std::vector<Cents> need, bandLow, bandHigh;
        std::vector<Line> lines;
    };

    explicit CapacityChart(QWidget *parent = nullptr);

    void setData(Data data);
    const Data &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Data m_data;
};

} // namespace dmc::ui
