#include "PathToPlanChart.h"

#include "ChartStyle.h"
#include "Format.h"

#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace dmc::ui {

PathToPlanChart::PathToPlanChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("PathToPlanChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(320);
    rebuild();
}

void PathToPlanChart::setPoints(const std::vector<PathPoint> &points, Cents quota, const QString &currency)
{
    m_points = points;
    m_quota = quota;
    m_currency = currency;
    rebuild();
}

int PathToPlanChart::seriesCount() const
{
    return int(chart()->series().size());
}

void PathToPlanChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void PathToPlanChart::rebuild()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(tr("Path to plan"));

    Cents maximum = m_quota;
    for (const PathPoint &point : m_points)
        maximum = std::max({maximum, point.plan, point.cumulativeWon.value_or(0), point.bestCaseForecast.value_or(0),
                            point.commitForecast.value_or(0)});
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maximum, m_currency);

    auto *plan = new QLineSeries;
    plan->setName(tr("Plan"));
    auto *won = new QLineSeries;
    won->setName(tr("Won"));
    auto *commit = new QLineSeries;
    commit->setName(tr("Commit"));
    auto *bestCase = new QLineSeries;
    bestCase->setName(tr("Best case"));
    plan->append(0, 0);
    for (const PathPoint &point : m_points) {
        plan->append(point.week, double(point.plan) / scale.divisor);
        if (point.cumulativeWon)
            won->append(point.week, double(*point.cumulativeWon) / scale.divisor);
        if (point.commitForecast)
            commit->append(point.week, double(*point.commitForecast) / scale.divisor);
        if (point.bestCaseForecast)
            bestCase->append(point.week, double(*point.bestCaseForecast) / scale.divisor);
    }
    if (won->count() > 0)
        won->insert(0, QPointF(0, 0));
    plan->setPen(ChartStyle::pen(ChartStyle::Role::Plan));
    won->setPen(ChartStyle::pen(ChartStyle::Role::Won));
    commit->setPen(ChartStyle::pen(ChartStyle::Role::Commit));
    bestCase->setPen(ChartStyle::pen(ChartStyle::Role::BestCase));
    for (QLineSeries *series : {bestCase, commit, plan, won})
        chart->addSeries(series);

    auto *weeks = new QValueAxis;
    weeks->setRange(0, std::max<int>(13, int(m_points.size())));
    weeks->setTickCount(std::max<int>(13, int(m_points.size())) + 1);
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(tr("Week of the period"));
    auto *money = new QValueAxis;
    money->setRange(0, std::max(1.0, double(maximum) / scale.divisor * 1.05));
    money->setLabelFormat(QStringLiteral("%.1f"));
    money->setTitleText(scale.title);
    money->applyNiceNumbers();
    ChartStyle::styleAxis(weeks);
    ChartStyle::styleAxis(money);
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(weeks);
        series->attachAxis(money);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dmc::ui
