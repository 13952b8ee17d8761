#include "ForecastAccuracyView.h"

#include "AccuracyModel.h"
#include "EmptyState.h"
#include "Format.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace dmc::ui {

ForecastAccuracyView::ForecastAccuracyView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_summary(new QLabel(this))
    , m_terms(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_model(workspace->accuracyModel())
    , m_proxy(new TypedSortProxy(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("ForecastAccuracyView"));
    m_chart->setObjectName(QStringLiteral("AccuracyChart"));
    m_table->setObjectName(QStringLiteral("AccuracyTable"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_summary->setWordWrap(true);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_summary->setFont(font);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    TableStyle::apply(m_table);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_summary);
    m_terms->setObjectName(QStringLiteral("AccuracyTerms"));
    m_terms->setWordWrap(true);
    m_terms->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_terms);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_workspace, &Workspace::resultsChanged, this, &ForecastAccuracyView::showResults);
    showResults();
}

void ForecastAccuracyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showResults();
    QWidget::changeEvent(event);
}

void ForecastAccuracyView::retranslateUi()
{
    m_empty->setMessage(tr("No closed period yet"),
                        tr("Accuracy needs snapshots up to the end of a period. Import more weeks of history."));
    m_table->setAccessibleName(tr("Forecast accuracy per rep"));
    m_terms->setText(
        tr("WAPE (weighted absolute percentage error): the gaps between each rep's forecast and what "
           "the rep won, added up without their sign and divided by the total won; 0% when every "
           "forecast equals what was won. T-14 and T-7: 14 and 7 days before the period's last day. "
           "Slip rate: the share of the Commit at T-14 lost, removed or moved out of the period by its end."));
}

void ForecastAccuracyView::showResults()
{
    retranslateUi();
    const AccuracyResult &result = m_workspace->accuracy();
    const QString currency = m_workspace->reportingCurrency();

    auto *chart = new QChart;
    ChartStyle::apply(chart);
    chart->setTitle(tr("WAPE and slip rate by period"));
    auto *wapeT7 = new QLineSeries;
    wapeT7->setName(tr("WAPE at T-7"));
    auto *wapeT14 = new QLineSeries;
    wapeT14->setName(tr("WAPE at T-14"));
    auto *slip = new QLineSeries;
    slip->setName(tr("Slip rate from T-14"));
    wapeT7->setPen(ChartStyle::pen(ChartStyle::Role::Won));
    wapeT14->setPen(ChartStyle::pen(ChartStyle::Role::Commit));
    slip->setPen(ChartStyle::pen(ChartStyle::Role::BestCase));
    QStringList periods;
    double maximum = 0.1;
    const AccuracyPeriod *latest = nullptr;
    for (const AccuracyPeriod &period : result.periods) {
        if (!period.closed)
            continue;
        const double x = periods.size();
        periods.append(period.period.label());
        if (period.scopeTotal.wapeT7)
            wapeT7->append(x, *period.scopeTotal.wapeT7 * 100);
        if (period.scopeTotal.wapeT14)
            wapeT14->append(x, *period.scopeTotal.wapeT14 * 100);
        if (period.slipRateT14)
            slip->append(x, *period.slipRateT14 * 100);
        maximum = std::max({maximum, period.scopeTotal.wapeT7.value_or(0), period.scopeTotal.wapeT14.value_or(0),
                            period.slipRateT14.value_or(0)});
        latest = &period;
    }
    for (QLineSeries *series : {wapeT14, wapeT7, slip}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->append(periods.isEmpty() ? QStringList{QString()} : periods);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::min(100.0, maximum * 100 * 1.15 + 1));
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    axisY->applyNiceNumbers();
    ChartStyle::styleAxis(axisX);
    ChartStyle::styleAxis(axisY);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    if (latest) {
        QStringList parts;
        parts << tr("Last closed period %1").arg(periods.last());
        if (latest->scopeTotal.wapeT7)
            parts << tr("WAPE at T-7 %1").arg(Format::percent(*latest->scopeTotal.wapeT7, 1));
        if (latest->scopeTotal.wapeT14)
            parts << tr("WAPE at T-14 %1").arg(Format::percent(*latest->scopeTotal.wapeT14, 1));
        if (latest->slipRateT14)
            parts << tr("slip rate %1 (%2 of %3 Commit at T-14)")
                         .arg(Format::percent(*latest->slipRateT14, 1),
                              Format::compactMoney(latest->slippedFromT14, currency),
                              Format::compactMoney(latest->commitAtT14, currency));
        m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    } else {
        m_summary->clear();
    }
    m_stack->setCurrentIndex(latest ? 1 : 0);
}

} // namespace dmc::ui
