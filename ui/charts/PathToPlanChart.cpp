#include "PathToPlanChart.h"

#include "ChartStyle.h"
#include "Format.h"

#include <QEvent>
#include <QLineSeries>
#include <QToolTip>
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

void PathToPlanChart::setPoints(const std::vector<PathPoint> &points, std::optional<Cents> quota,
                                const QString &currency)
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

QString PathToPlanChart::meaning(Line line)
{
    switch (line) {
    case Line::Plan: return tr("Plan: the quota spread evenly by day over the period.");
    case Line::Won: return tr("Won: won in the period to date, as each week's snapshot records it (the Won tile).");
    case Line::Commit:
        return tr("Commit: the commit forecast at each week's snapshot (the forecast on the Commit tile).");
    case Line::BestCase: return tr("Best case: the best-case forecast at each week's snapshot.");
    }
    return {};
}

std::optional<Cents> PathToPlanChart::value(Line line, int week) const
{
    if (week < 1 || week > int(m_points.size()))
        return std::nullopt;
    const PathPoint &point = m_points[size_t(week - 1)];
    switch (line) {
    case Line::Plan: return m_quota ? std::optional<Cents>(point.plan) : std::nullopt;
    case Line::Won: return point.won;
    case Line::Commit: return point.commitForecast;
    case Line::BestCase: return point.bestCaseForecast;
    }
    return std::nullopt;
}

QString PathToPlanChart::pointText(Line line, int week) const
{
    const std::optional<Cents> cents = value(line, week);
    if (!cents)
        return {};
    const PathPoint &point = m_points[size_t(week - 1)];
    const QString when = line == Line::Plan || !point.snapshot
        ? tr("Week %1, to %2").arg(week).arg(Format::date(point.date))
        : tr("Week %1, snapshot of %2").arg(week).arg(Format::date(*point.snapshot));
    return meaning(line) + QLatin1Char('\n') + when + QStringLiteral(": ") + Format::money(*cents, m_currency);
}

void PathToPlanChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void PathToPlanChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitWeekTicks();
}

// One label per week when they fit, else every second or fourth week: never "…".
void PathToPlanChart::fitWeekTicks()
{
    if (!m_weeks)
        return;
    const int weeks = int(m_weeks->max());
    const double perWeek = chart()->plotArea().width() / std::max(1, weeks);
    const QFontMetrics metrics(m_weeks->labelsFont());
    const double label = metrics.horizontalAdvance(QStringLiteral("00")) + 10.0;
    const int step = perWeek >= label ? 1 : perWeek * 2 >= label ? 2 : 4;
    if (m_weeks->tickInterval() != step)
        m_weeks->setTickInterval(step);
}

void PathToPlanChart::rebuild()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(tr("Path to plan"));

    Cents maximum = m_quota.value_or(0);
    for (const PathPoint &point : m_points)
        maximum = std::max({maximum, point.plan, point.won.value_or(0), point.bestCaseForecast.value_or(0),
                            point.commitForecast.value_or(0)});
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maximum, m_currency);

    const std::pair<Line, QString> lines[] = {{Line::BestCase, tr("Best case")},
                                              {Line::Commit, tr("Commit")},
                                              {Line::Plan, tr("Plan")},
                                              {Line::Won, tr("Won")}};
    const ChartStyle::Role roles[] = {ChartStyle::Role::BestCase, ChartStyle::Role::Commit, ChartStyle::Role::Plan,
                                      ChartStyle::Role::Won};
    for (int i = 0; i < 4; ++i) {
        const Line line = lines[i].first;
        if (line == Line::Plan && !m_quota)
            continue;
        auto *series = new QLineSeries;
        series->setName(lines[i].second);
        series->setPen(ChartStyle::pen(roles[i]));
        series->setPointsVisible(line != Line::Plan);
        if (line == Line::Plan)
            series->append(0, 0);
        for (const PathPoint &point : m_points)
            if (const std::optional<Cents> cents = value(line, point.week))
                series->append(point.week, double(*cents) / scale.divisor);
        connect(series, &QLineSeries::hovered, this, [this, line](const QPointF &at, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), pointText(line, qRound(at.x())), this);
            else
                QToolTip::hideText();
        });
        chart->addSeries(series);
    }

    const int weekCount = std::max<int>(13, int(m_points.size()));
    m_weeks = new QValueAxis;
    m_weeks->setRange(0, weekCount);
    m_weeks->setTickType(QValueAxis::TicksDynamic);
    m_weeks->setTickAnchor(0);
    m_weeks->setTickInterval(1);
    m_weeks->setLabelFormat(QStringLiteral("%.0f")); // "%d" prints nothing with localized numbers
    m_weeks->setTitleText(tr("Week of the period"));
    auto *money = new QValueAxis;
    money->setRange(0, std::max(1.0, double(maximum) / scale.divisor * 1.05));
    money->setLabelFormat(QStringLiteral("%.1f"));
    money->setTitleText(scale.title);
    money->applyNiceNumbers();
    ChartStyle::styleAxis(m_weeks);
    ChartStyle::styleAxis(money);
    chart->addAxis(m_weeks, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_weeks);
        series->attachAxis(money);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    // Queued: changing the ticks while the chart lays itself out leaves the axis without labels.
    connect(chart, &QChart::plotAreaChanged, this, &PathToPlanChart::fitWeekTicks, Qt::QueuedConnection);
    fitWeekTicks();
}

} // namespace dmc::ui
