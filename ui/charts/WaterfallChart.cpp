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
        return tr("%1: %2 open pipeline").arg(bar.caption, Format::money(bar.amount, m_currency));
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
    rebuild();
}

void WaterfallChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
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
        {changeReasonName(R::Won), {R::Won}, -b.won, false},
        {changeReasonName(R::Lost), {R::Lost}, -b.lost, false},
    };
    if (m_withCategoryMoves) {
        m_bars.push_back({tr("Moved in"), {R::CategoryUp, R::CategoryDown}, b.categoryIn, false});
        m_bars.push_back({tr("Moved out"), {R::CategoryUp, R::CategoryDown}, -b.categoryOut, false});
    }
    m_bars.push_back({tr("Closing"), {}, b.closing, true});
    // A reason with no movement between the two snapshots gets no row.
    std::erase_if(m_bars, [](const Bar &bar) { return !bar.total && bar.amount == 0; });

    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->legend()->hide();
    chart->setTitle(tr("Open pipeline bridge"));

    Cents maximum = 1;
    Cents running = 0;
    for (const Bar &bar : m_bars) {
        const Cents before = bar.total ? bar.amount : running;
        running = bar.total ? bar.amount : running + bar.amount;
        maximum = std::max({maximum, running, before});
    }
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(maximum, m_currency);

    // A stacked series: an invisible base lifts each movement to where the previous bar ended.
    auto *base = new QBarSet(QString());
    base->setColor(Qt::transparent);
    base->setBorderColor(Qt::transparent);
    auto *totals = new QBarSet(tr("Total"));
    auto *increases = new QBarSet(tr("Increase"));
    auto *decreases = new QBarSet(tr("Decrease"));
    // Won leaves the open pipeline too, but it is no loss: drawn in the won colour, not in red.
    auto *won = new QBarSet(tr("Won"));
    totals->setColor(ChartStyle::color(ChartStyle::Role::Total));
    increases->setColor(ChartStyle::color(ChartStyle::Role::Increase));
    decreases->setColor(ChartStyle::color(ChartStyle::Role::Decrease));
    won->setColor(ChartStyle::color(ChartStyle::Role::Won).lighter(135));
    for (QBarSet *set : {totals, increases, decreases, won})
        set->setBorderColor(set->color());
    // Horizontal bars, read top to bottom: the reason names (long in Russian) get a column of their
    // own instead of being cut short under narrow columns. A vertical category axis lists its
    // first category at the bottom, so the sets are filled from the last bar to the first.
    // Each caption carries its amount ("Won  -$1.2M"), so every bar reads without hovering.
    QStringList captions;
    running = 0;
    std::vector<QList<qreal>> values(5);
    for (const Bar &bar : m_bars) {
        captions.prepend(caption(bar));
        if (bar.total) {
            running = bar.amount;
            values[0].prepend(0);
            values[1].prepend(double(bar.amount) / scale.divisor);
            values[2].prepend(0);
            values[3].prepend(0);
            values[4].prepend(0);
            continue;
        }
        const bool isWon = bar.reasons == std::vector<ChangeReason>{R::Won};
        const Cents low = bar.amount >= 0 ? running : running + bar.amount;
        values[0].prepend(double(low) / scale.divisor);
        values[1].prepend(0);
        values[2].prepend(bar.amount > 0 ? double(bar.amount) / scale.divisor : 0);
        values[3].prepend(bar.amount < 0 && !isWon ? double(-bar.amount) / scale.divisor : 0);
        values[4].prepend(bar.amount < 0 && isWon ? double(-bar.amount) / scale.divisor : 0);
        running += bar.amount;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    const QList<QBarSet *> sets{base, totals, increases, decreases, won};
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
    money->setRange(0.0, double(maximum) / scale.divisor * 1.05);
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
