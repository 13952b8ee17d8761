#include "WaterfallChart.h"

#include "ChartStyle.h"
#include "Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace dmc::ui {

QString WaterfallChart::caption(const Bar &bar) const
{
    const QString amount =
        bar.total ? Format::compactMoney(bar.amount, m_currency) : Format::moneyDelta(bar.amount, m_currency);
    return tr("%1  %2").arg(bar.caption, amount);
}

QString WaterfallChart::toolTip(const Bar &bar) const
{
    if (bar.total)
        return m_fromChangeBridge ? tr("%1: %2 open pipeline").arg(bar.caption, Format::money(bar.amount, m_currency))
                                  : tr("%1: %2").arg(bar.caption, Format::money(bar.amount, m_currency));
    return tr("%1: %2 (click to list the deals)").arg(bar.caption, Format::moneyDelta(bar.amount, m_currency));
}

WaterfallChart::WaterfallChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("WaterfallChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    rebuild();
}

void WaterfallChart::setBridge(const ChangeBridge &bridge, bool withCategoryMoves, const QString &currency)
{
    m_bridge = bridge;
    m_withCategoryMoves = withCategoryMoves;
    m_currency = currency;
    m_fromChangeBridge = true;
    rebuild();
}

void WaterfallChart::setBars(std::vector<Bar> bars, const QString &title, const QString &currency)
{
    m_bars = std::move(bars);
    m_currency = currency;
    m_fromChangeBridge = false;
    draw(title);
}

void WaterfallChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fromChangeBridge)
        rebuild();
    QChartView::changeEvent(event);
}

void WaterfallChart::rebuild()
{
    const ChangeBridge &b = m_bridge;
    using R = ChangeReason;
    m_bars = {
        {tr("Opening"), {}, b.opening, true},
        {changeReasonName(R::New), {R::New}, b.newDeals, false},
        {changeReasonName(R::PulledIn), {R::PulledIn}, b.pulledIn, false},
        {changeReasonName(R::TransferredIn), {R::TransferredIn}, b.transferredIn, false},
        {changeReasonName(R::Increased), {R::Increased}, b.increased, false},
        {changeReasonName(R::Decreased), {R::Decreased}, -b.decreased, false},
        {changeReasonName(R::PushedOut), {R::PushedOut}, -b.pushedOut, false},
        {changeReasonName(R::TransferredOut), {R::TransferredOut}, -b.transferredOut, false},
        {changeReasonName(R::Won), {R::Won}, -b.won, false, true},
        {changeReasonName(R::Lost), {R::Lost}, -b.lost, false},
    };
    if (m_withCategoryMoves) {
        m_bars.push_back({tr("Moved in"), {R::CategoryUp, R::CategoryDown}, b.categoryIn, false});
        m_bars.push_back({tr("Moved out"), {R::CategoryUp, R::CategoryDown}, -b.categoryOut, false});
    }
    m_bars.push_back({tr("Closing"), {}, b.closing, true});
    // A reason with no movement between the two snapshots gets no row.
    std::erase_if(m_bars, [](const Bar &bar) { return !bar.total && bar.amount == 0; });

    draw(tr("Open pipeline bridge"));
}

void WaterfallChart::draw(const QString &title)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->legend()->hide();
    chart->setTitle(title);

    Cents maximum = 1;
    Cents minimum = 0;
    Cents running = 0;
    for (const Bar &bar : m_bars) {
        const Cents before = bar.total ? bar.amount : running;
        running = bar.total ? bar.amount : running + bar.amount;
        maximum = std::max({maximum, running, before});
        minimum = std::min({minimum, running, before});
    }
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(std::max(maximum, -minimum), m_currency);

    // A stacked series: an invisible base lifts each movement to where the previous bar ended.
    // Below zero the series stacks downwards, so a bar reaching below zero puts its part under
    // zero in a set of its own (same colour), stacked down from the base.
    const auto makeSet = [](const QColor &color) {
        auto *set = new QBarSet(QString());
        set->setColor(color);
        set->setBorderColor(color);
        return set;
    };
    auto *base = makeSet(Qt::transparent);
    auto *totals = makeSet(ChartStyle::color(ChartStyle::Role::Total));
    auto *increases = makeSet(ChartStyle::color(ChartStyle::Role::Increase));
    auto *decreases = makeSet(ChartStyle::color(ChartStyle::Role::Decrease));
    // Won leaves the open pipeline too, but it is no loss: drawn in the won colour, not in red.
    auto *neutral = makeSet(ChartStyle::color(ChartStyle::Role::Won).lighter(135));
    auto *increasesBelow = makeSet(increases->color());
    auto *decreasesBelow = makeSet(decreases->color());
    auto *neutralBelow = makeSet(neutral->color());
    const QList<QBarSet *> sets{base,    totals,         increases,      decreases,
                                neutral, increasesBelow, decreasesBelow, neutralBelow};
    // Horizontal bars, read top to bottom: the reason names (long in Russian) get a column of their
    // own instead of being cut short under narrow columns. A vertical category axis lists its
    // first category at the bottom, so the sets are filled from the last bar to the first.
    // Each caption carries its amount ("Won  -$1.2M"), so every bar reads without hovering.
    QStringList captions;
    running = 0;
    std::vector<QList<qreal>> values(size_t(sets.size()));
    const auto scaled = [&scale](Cents cents) { return double(cents) / scale.divisor; };
    for (const Bar &bar : m_bars) {
        captions.prepend(caption(bar));
        std::vector<qreal> row(size_t(sets.size()), 0.0);
        if (bar.total) {
            running = bar.amount;
            row[1] = scaled(bar.amount);
        } else {
            const Cents low = bar.amount >= 0 ? running : running + bar.amount;
            const Cents high = low + (bar.amount >= 0 ? bar.amount : -bar.amount);
            const size_t above = bar.amount > 0 ? 2 : bar.neutral ? 4 : 3;
            if (low >= 0) {
                row[0] = scaled(low);
                row[above] = scaled(high - low);
            } else if (high <= 0) {
                row[0] = scaled(high);
                row[above + 3] = scaled(low - high);
            } else {
                row[above] = scaled(high);
                row[above + 3] = scaled(low);
            }
            running += bar.amount;
        }
        for (size_t i = 0; i < row.size(); ++i)
            values[i].prepend(row[i]);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->append(values[size_t(i)]);
        series->append(sets[i]);
    }
    chart->addSeries(series);
    connect(series, &QHorizontalStackedBarSeries::clicked, this,
            [this](int index, QBarSet *) { emit barClicked(int(m_bars.size()) - 1 - index); });
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this](bool entered, int index, QBarSet *) {
        const int bar = int(m_bars.size()) - 1 - index;
        if (entered && bar >= 0 && bar < int(m_bars.size()))
            QToolTip::showText(QCursor::pos(), toolTip(m_bars[size_t(bar)]), this);
        else
            QToolTip::hideText();
    });

    auto *categories = new QBarCategoryAxis;
    categories->append(captions);
    auto *money = new QValueAxis;
    // From zero: a cut axis would make a small movement look large. The amounts are in the captions.
    money->setRange(double(minimum) / scale.divisor * 1.05, double(maximum) / scale.divisor * 1.05);
    money->setLabelFormat(QStringLiteral("%.1f"));
    money->setTitleText(scale.title);
    money->applyNiceNumbers();
    ChartStyle::styleAxis(categories);
    ChartStyle::styleAxis(money);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(money);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace dmc::ui
