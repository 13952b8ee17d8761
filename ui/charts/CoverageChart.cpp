#include "CoverageChart.h"

#include "ChartStyle.h"
#include "Format.h"
#include "analytics/text/TextFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dmc::ui {

CoverageChart::CoverageChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("CoverageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(320);
    rebuild();
}

void CoverageChart::setTeam(const std::vector<TeamRow> &team, double target)
{
    m_team = team;
    m_target = target;
    rebuild();
}

void CoverageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void CoverageChart::rebuild()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    const bool anyQuota =
        std::any_of(m_team.begin(), m_team.end(), [](const TeamRow &row) { return row.numbers.quotaRecorded(); });
    chart->setTitle(anyQuota ? tr("Coverage by rep (target %1)").arg(Format::ratio(m_target))
                             : tr("Coverage by rep: no quota recorded"));

    double maximum = m_target * 1.5;
    for (const TeamRow &row : m_team)
        maximum = std::max(maximum, row.numbers.coverage.value_or(0.0));
    maximum = std::min(maximum, m_target * 4);   // one huge ratio must not flatten the rest
    maximum = std::max(1.0, std::ceil(maximum)); // whole-number ticks: 0x, 1x, 2x ...

    auto *coverage = new QBarSet(tr("Coverage"));
    auto *covered = new QBarSet(tr("Gap closed"));
    coverage->setColor(ChartStyle::color(ChartStyle::Role::Commit));
    coverage->setBorderColor(ChartStyle::color(ChartStyle::Role::Commit));
    covered->setColor(ChartStyle::color(ChartStyle::Role::Won));
    covered->setBorderColor(ChartStyle::color(ChartStyle::Role::Won));
    QStringList names;
    // Bars are drawn bottom-up; reverse so the first rep of the table is on top.
    for (auto it = m_team.rbegin(); it != m_team.rend(); ++it) {
        names.append(it->name);
        const auto ratio = it->numbers.coverage;
        coverage->append(ratio ? std::min(*ratio, maximum) : 0.0);
        covered->append(it->numbers.covered() ? m_target : 0.0); // no bar without a recorded quota
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    series->append(coverage);
    series->append(covered);
    chart->addSeries(series);
    const int count = int(m_team.size());
    auto report = [this, count](int index) {
        if (index >= 0 && index < count)
            emit repClicked(count - 1 - index);
    };
    connect(coverage, &QBarSet::clicked, this, report);
    connect(covered, &QBarSet::clicked, this, report);

    auto *reps = new QBarCategoryAxis;
    reps->append(names);
    auto *ratio = new QValueAxis;
    ratio->setRange(0, maximum);
    ratio->setTickType(QValueAxis::TicksDynamic);
    ratio->setTickAnchor(0);
    ratio->setTickInterval(maximum > 12 ? 4 : maximum > 6 ? 2 : 1); // at most 7 labels: none elided
    // Whole multiples with the sign the tiles write after a ratio ("2x", Russian «2×»).
    ratio->setLabelFormat(QStringLiteral("%.0f") + TextFormat::ratioSign());
    ratio->setTitleText(tr("Open pipeline / gap"));
    ChartStyle::styleAxis(reps);
    ChartStyle::styleAxis(ratio);
    QFont labelFont = reps->labelsFont();
    labelFont.setPointSizeF(7.5);
    reps->setLabelsFont(labelFont);
    reps->setGridLineVisible(false);
    reps->setTruncateLabels(false);
    chart->addAxis(reps, Qt::AlignLeft);
    chart->addAxis(ratio, Qt::AlignBottom);
    series->attachAxis(reps);
    series->attachAxis(ratio);
    // The target as a vertical line across every rep's bar, on a hidden axis spanning the bars
    // (none without a quota: there is no gap to cover).
    if (count > 0 && anyQuota) {
        auto *target = new QLineSeries;
        target->setName(tr("Target %1").arg(Format::ratio(m_target)));
        target->setPen(ChartStyle::pen(ChartStyle::Role::Target));
        target->append(m_target, -0.5);
        target->append(m_target, count - 0.5);
        chart->addSeries(target);
        auto *span = new QValueAxis;
        span->setRange(-0.5, count - 0.5);
        span->setVisible(false);
        chart->addAxis(span, Qt::AlignRight);
        target->attachAxis(ratio);
        target->attachAxis(span);
    }
    // Every rep keeps a readable label: the chart grows with the team (the cockpit scrolls).
    setMinimumHeight(std::max(320, 90 + 19 * count));

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dmc::ui
