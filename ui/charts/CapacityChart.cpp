#include "CapacityChart.h"

#include "ChartStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dmc::ui {

CapacityChart::CapacityChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("CapacityChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    rebuild();
}

void CapacityChart::setData(Data data)
{
    m_data = std::move(data);
    rebuild();
}

void CapacityChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void CapacityChart::rebuild()
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(m_data.title);

    Cents maximum = 0;
    Cents minimum = std::numeric_limits<Cents>::max();
    for (const Cents value : m_data.bandHigh)
        maximum = std::max(maximum, value);
    for (const Cents value : m_data.bandLow)
        minimum = std::min(minimum, value);
    for (const Line &line : m_data.lines)
        for (const Cents value : line.values) {
            maximum = std::max(maximum, value);
            minimum = std::min(minimum, value);
        }
    if (minimum > maximum)
        minimum = 0;
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maximum, m_data.currency);
    const auto y = [&scale](Cents cents) { return double(cents) / scale.divisor; };

    auto *months = new QBarCategoryAxis;
    months->append(m_data.months);
    auto *amounts = new QValueAxis;
    // The axis starts near the lowest line, not at 0: the lines and the band differ by a few
    // percent, which an axis from 0 flattens into one line. The axis labels say where it starts.
    const double span = std::max(1.0, y(maximum) - y(minimum));
    amounts->setRange(std::max(0.0, y(minimum) - span * 0.6), std::max(1.0, y(maximum) + span * 0.3));
    amounts->applyNiceNumbers();
    amounts->setLabelFormat(scale.divisor >= 1e8 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")); // millions: 3.5
    amounts->setTitleText(scale.title);
    ChartStyle::styleAxis(months);
    ChartStyle::styleAxis(amounts);
    months->setGridLineVisible(false);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);

    const int count = int(m_data.months.size());
    if (count > 0 && int(m_data.need.size()) == count) {
        // The band first, under the lines.
        auto *low = new QLineSeries;
        auto *high = new QLineSeries;
        for (int i = 0; i < count; ++i) {
            low->append(i, y(m_data.bandLow[size_t(i)]));
            high->append(i, y(m_data.bandHigh[size_t(i)]));
        }
        auto *band = new QAreaSeries(high, low);
        low->setParent(band); // the area does not own its edges
        high->setParent(band);
        band->setName(tr("Need ±10%"));
        QColor fill = ChartStyle::color(ChartStyle::Role::Pipeline);
        fill.setAlpha(90);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(months);
        band->attachAxis(amounts);

        auto *need = new QLineSeries;
        need->setName(tr("Need"));
        need->setPen(ChartStyle::pen(ChartStyle::Role::Target));
        for (int i = 0; i < count; ++i)
            need->append(i, y(m_data.need[size_t(i)]));
        chart->addSeries(need);
        need->attachAxis(months);
        need->attachAxis(amounts);
    }
    // The data as imported in the deep blue of the other charts' main line; the sets after it.
    constexpr std::array roles{ChartStyle::Role::Won, ChartStyle::Role::Commit, ChartStyle::Role::BestCase,
                               ChartStyle::Role::Decrease, ChartStyle::Role::Increase};
    for (size_t l = 0; l < m_data.lines.size(); ++l) {
        const Line &line = m_data.lines[l];
        auto *series = new QLineSeries;
        series->setName(line.name);
        QPen pen(ChartStyle::color(roles[l % roles.size()]));
        pen.setWidthF(l == 0 ? 3.0 : 2.0);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (int i = 0; i < count && size_t(i) < line.values.size(); ++i)
            series->append(i, y(line.values[size_t(i)]));
        chart->addSeries(series);
        series->attachAxis(months);
        series->attachAxis(amounts);
    }

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dmc::ui
