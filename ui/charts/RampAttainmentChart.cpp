#include "RampAttainmentChart.h"

#include "ChartStyle.h"
#include "Format.h"

#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace dmc::ui {

RampAttainmentChart::RampAttainmentChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("RampAttainmentChart"));
    setRenderHint(QPainter::Antialiasing);
    // Tall enough for the percent axis's title in Russian («% плана с учётом адаптации»).
    setMinimumHeight(330);
    setMaximumHeight(380);
    rebuild();
}

void RampAttainmentChart::setData(Data data)
{
    m_data = std::move(data);
    rebuild();
}

void RampAttainmentChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void RampAttainmentChart::rebuild()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    const int months = std::max(1, m_data.months);

    // Percent on the axis; at least 0 to 120% so the 100% line has room above it.
    double highest = 1.2;
    for (const Point &point : m_data.points)
        highest = std::max(highest, point.attainment * 1.1);
    for (const std::optional<double> &median : m_data.cohortMedian)
        if (median)
            highest = std::max(highest, *median * 1.1);

    auto *tenure = new QValueAxis;
    // Half a month of room either side so the first and last months' points are drawn whole.
    tenure->setRange(0.5, months + 0.5);
    tenure->setTickType(QValueAxis::TicksDynamic);
    tenure->setTickAnchor(1);
    tenure->setTickInterval(1);
    tenure->setLabelFormat(QStringLiteral("%.0f"));
    tenure->setTitleText(tr("Tenure month"));
    tenure->setGridLineVisible(false);
    auto *percent = new QValueAxis;
    percent->setRange(0, highest * 100.0);
    percent->applyNiceNumbers();
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("% of the ramped quota"));
    ChartStyle::styleAxis(tenure);
    ChartStyle::styleAxis(percent);
    chart->addAxis(tenure, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(tenure);
        series->attachAxis(percent);
    };

    auto *full = new QLineSeries;
    full->setName(tr("100% of the ramped quota"));
    full->setPen(ChartStyle::pen(ChartStyle::Role::Target));
    full->append(0.5, 100.0);
    full->append(months + 0.5, 100.0);
    attach(full);

    // The median only where the cohort has a value: a gap stays a gap.
    auto *median = new QLineSeries;
    median->setName(tr("Cohort median (every rep of the database)"));
    median->setPen(ChartStyle::pen(ChartStyle::Role::Won));
    median->setPointsVisible(true);
    for (int t = 0; t < int(m_data.cohortMedian.size()) && t < months; ++t)
        if (m_data.cohortMedian[size_t(t)])
            median->append(t + 1, *m_data.cohortMedian[size_t(t)] * 100.0);
    attach(median);

    auto *reps = new QScatterSeries;
    reps->setName(tr("Reps of the scope, month by month"));
    reps->setMarkerSize(9);
    QColor fill = ChartStyle::color(ChartStyle::Role::BestCase);
    fill.setAlpha(200);
    reps->setColor(fill);
    reps->setBorderColor(fill.darker(130));
    for (const Point &point : m_data.points)
        reps->append(point.tenureMonth, point.attainment * 100.0);
    attach(reps);
    // A point names its rep on hover: points are appended in m_data.points' order.
    connect(reps, &QScatterSeries::hovered, this, [this, reps](const QPointF &at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = reps->points();
        const auto it = std::find(points.begin(), points.end(), at);
        if (it == points.end() || size_t(it - points.begin()) >= m_data.points.size())
            return;
        const Point &point = m_data.points[size_t(it - points.begin())];
        QToolTip::showText(QCursor::pos(),
                           tr("%1, tenure month %2: %3")
                               .arg(point.rep)
                               .arg(point.tenureMonth)
                               .arg(Format::percent(point.attainment)));
    });

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dmc::ui
