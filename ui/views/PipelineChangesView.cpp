#include "PipelineChangesView.h"

#include "DealChangeModel.h"
#include "EmptyState.h"
#include "Format.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "charts/WaterfallChart.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {
// Combo rows: the total, then the three open categories (ForecastCategory values).
constexpr int TotalRow = 0;
} // namespace

PipelineChangesView::PipelineChangesView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_heading(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_filterLabel(new QLabel(this))
    , m_chart(new WaterfallChart(this))
    , m_model(workspace->changeModel())
    , m_proxy(new TypedSortProxy(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("PipelineChangesView"));
    m_category->setObjectName(QStringLiteral("ChangeCategoryCombo"));
    m_table->setObjectName(QStringLiteral("DealChangeTable"));
    m_categoryLabel->setBuddy(m_category);
    for (int i = 0; i < 4; ++i)
        m_category->addItem(QString());
    QFont font = m_heading->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_heading->setFont(font);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    TableStyle::apply(m_table);
    m_table->sortByColumn(DealChangeModel::Delta, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(DealChangeModel::Deal, 210);
    header->resizeSection(DealChangeModel::Account, 130);
    header->resizeSection(DealChangeModel::Rep, 120);
    header->resizeSection(DealChangeModel::Reason, 100);
    header->resizeSection(DealChangeModel::From, 250);
    header->resizeSection(DealChangeModel::To, 250);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_categoryLabel);
    top->addWidget(m_category);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_filterLabel);
    lowerLayout->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_category, &QComboBox::activated, this, &PipelineChangesView::showResults);
    connect(m_chart, &WaterfallChart::barClicked, this, &PipelineChangesView::showBar);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_model->change(m_proxy->mapToSource(index).row()).opportunity);
    });
    connect(m_workspace, &Workspace::resultsChanged, this, &PipelineChangesView::showResults);
    connect(m_workspace, &Workspace::stateChanged, this, &PipelineChangesView::retranslateUi);
    retranslateUi();
    showResults();
}

void PipelineChangesView::showBar(int bar)
{
    const auto &bars = m_chart->bars();
    if (bar < 0 || bar >= int(bars.size()))
        return;
    m_model->setReasonFilter(bars[size_t(bar)].reasons);
    m_filterLabel->setText(
        bars[size_t(bar)].reasons.empty()
            ? tr("Every deal that moved")
            : tr("Deals behind \"%1\": %2")
                  .arg(bars[size_t(bar)].caption,
                       Format::moneyDelta(bars[size_t(bar)].amount, m_workspace->reportingCurrency())));
}

void PipelineChangesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResults();
    }
    QWidget::changeEvent(event);
}

void PipelineChangesView::retranslateUi()
{
    m_categoryLabel->setText(tr("&Category"));
    m_category->setItemText(TotalRow, tr("All open pipeline"));
    m_category->setItemText(1 + int(ForecastCategory::Commit), forecastCategoryName(ForecastCategory::Commit));
    m_category->setItemText(1 + int(ForecastCategory::BestCase), forecastCategoryName(ForecastCategory::BestCase));
    m_category->setItemText(1 + int(ForecastCategory::Pipeline), forecastCategoryName(ForecastCategory::Pipeline));
    m_category->setAccessibleName(tr("Forecast category of the bridge"));
    m_table->setAccessibleName(tr("Deals behind the selected change"));
    const bool ready = m_workspace->hasData() && m_workspace->asOf().isValid();
    if (!ready)
        m_empty->setMessage(tr("No pipeline changes to show"),
                            tr("Open a database with at least two snapshots; pick the as-of and compare-to dates "
                               "in the toolbar."));
    else if (!m_workspace->query().compareTo)
        m_empty->setMessage(tr("Only one snapshot"),
                            tr("Changes need an earlier snapshot to compare with. Import another week's export."));
    m_stack->setCurrentIndex(ready && m_workspace->query().compareTo ? 1 : 0);
}

void PipelineChangesView::showResults()
{
    const PipelineChanges &changes = m_workspace->changes();
    const int row = m_category->currentIndex();
    const ChangeBridge &bridge =
        row <= TotalRow ? changes.total : changes.bridge(static_cast<ForecastCategory>(row - 1));
    const QString currency = m_workspace->reportingCurrency();
    m_chart->setBridge(bridge, row != TotalRow, currency);
    m_model->setReasonFilter({});
    if (changes.from.isValid())
        m_heading->setText(tr("%1 to %2: open pipeline %3 → %4")
                               .arg(Format::date(changes.from), Format::date(changes.to),
                                    Format::compactMoney(bridge.opening, currency),
                                    Format::compactMoney(bridge.closing, currency)));
    else
        m_heading->clear();
    m_filterLabel->setText(tr("Every deal that moved (click a bar to see the deals behind it)"));
    retranslateUi();
}

} // namespace dmc::ui
