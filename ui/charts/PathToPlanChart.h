#pragma once

#include "analytics/numbers/PathPoint.h"

#include <QChartView>

#include <vector>

class QValueAxis;

namespace dmc::ui {

// Path to plan: the plan line (quota spread by day) and, for each week with a snapshot, the won,
// commit and best-case numbers that snapshot records for the period: the tiles' numbers at that
// snapshot, so the won line ends on the Won tile (Qt Charts). Hovering a line names what it
// means and the week's value.
class PathToPlanChart : public QChartView
{
    Q_OBJECT

public:
    enum class Line { Plan, Won, Commit, BestCase };

    explicit PathToPlanChart(QWidget *parent = nullptr);

    // `quota` none: the data records no quota for the period, and no plan line is drawn.
    void setPoints(const std::vector<PathPoint> &points, std::optional<Cents> quota, const QString &currency);
    int seriesCount() const;
    // What a line means, as its tooltip and the definitions doc say.
    static QString meaning(Line line);
    // The tooltip of `line` at a week: its meaning, the week and the value (empty: no value).
    QString pointText(Line line, int week) const;
    // The value a line draws at a week, in the currency's cents (none: no point that week).
    std::optional<Cents> value(Line line, int week) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitWeekTicks();

    std::vector<PathPoint> m_points;
    std::optional<Cents> m_quota;
    QString m_currency;
    QValueAxis *m_weeks = nullptr;
};

} // namespace dmc::ui
