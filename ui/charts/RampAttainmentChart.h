#pragma once

#include <QChartView>
#include <QString>

#include <optional>
#include <vector>

namespace dmc::ui {

// Ramp attainment by tenure month (docs/definitions.md#ramp-attainment): each rep's month as a
// point, the cohort median of the database as a line and 100% of the ramped quota as a dashed
// reference. It draws what it is given; the dock fills it from the core's RampAttainment.
class RampAttainmentChart : public QChartView
{
    Q_OBJECT

public:
    struct Point
    {
        QString rep;
        int tenureMonth = 1;
        double attainment = 0; // 1.0 = 100% of the ramped quota
    };
    struct Data
    {
        int months = 12;                                 // tenure months on the axis, 1..months
        std::vector<Point> points;                       // the scope's reps
        std::vector<std::optional<double>> cohortMedian; // index t − 1
    };

    explicit RampAttainmentChart(QWidget *parent = nullptr);

    void setData(Data data);
    const Data &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Data m_data;
};

} // namespace dmc::ui
