#pragma once

#include "analytics/numbers/PathPoint.h"

#include <QChartView>

#include <vector>

namespace dmc::ui {

// Path to plan: cumulative won by week against the plan line, with the commit and best-case
// forecasts of each past snapshot drawn over it (Qt Charts).
class PathToPlanChart : public QChartView
{
    Q_OBJECT

public:
    explicit PathToPlanChart(QWidget *parent = nullptr);

    void setPoints(const std::vector<PathPoint> &points, Cents quota, const QString &currency);
    int seriesCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<PathPoint> m_points;
    Cents m_quota = 0;
    QString m_currency;
};

} // namespace dmc::ui
