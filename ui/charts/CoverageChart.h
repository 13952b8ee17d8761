#pragma once

#include "analytics/numbers/TeamRow.h"

#include <QChartView>

#include <vector>

namespace dmc::ui {

// Coverage (open pipeline / gap) per rep as horizontal bars with the target as a line, reps whose gap is closed shown
// apart; clicking a bar reports the rep's row.
class CoverageChart : public QChartView
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);

    void setTeam(const std::vector<TeamRow> &team, double target);
    int barCount() const { return int(m_team.size()); }

signals:
    void repClicked(int teamRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<TeamRow> m_team;
    double m_target = 3.0;
};

} // namespace dmc::ui
