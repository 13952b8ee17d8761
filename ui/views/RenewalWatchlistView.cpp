#include "RenewalWatchlistView.h"

#include "EmptyState.h"
#include "Format.h"
#include "RenewalModel.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "delegates/SparklineDelegate.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {
constexpr int bandDays[] = {30, 60, 90, 120};
}

RenewalWatchlistView::RenewalWatchlistView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(workspace->renewalModel())
    , m_proxy(new TypedSortProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_summary(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_bands(new QButtonGroup(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("RenewalWatchlistView"));
    m_table->setObjectName(QStringLiteral("RenewalTable"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    TableStyle::apply(m_table);
    m_table->setItemDelegateForColumn(RenewalModel::Trend,
                                      new SparklineDelegate(RenewalModel::ReadingsRole, RenewalModel::ChangeRole,
                                                            m_table));
    m_table->sortByColumn(RenewalModel::Renewal, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(RenewalModel::Band, 90);
    header->resizeSection(RenewalModel::Account, 170);
    header->resizeSection(RenewalModel::Renewal, 160);
    header->resizeSection(RenewalModel::Arr, 100);
    header->resizeSection(RenewalModel::Health, 80);
    header->resizeSection(RenewalModel::Trend, 110);
    header->resizeSection(RenewalModel::Sponsor, 130);
    header->resizeSection(RenewalModel::RenewalDeal, 230);

    auto *bandRow = new QHBoxLayout;
    m_bands->setExclusive(true);
    for (int days : bandDays) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("Band%1").arg(days));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_bands->addButton(button, days);
        m_bandButtons.append(button);
        bandRow->addWidget(button);
    }
    m_bands->button(120)->setChecked(true);
    bandRow->addSpacing(12);
    bandRow->addWidget(m_summary, 1);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(bandRow);
    m_missing->setObjectName(QStringLiteral("RenewalMissingData"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_missing);
    layout->addWidget(m_table, 1);
    m_legend->setObjectName(QStringLiteral("RenewalTrendLegend"));
    m_legend->setWordWrap(true);
    m_legend->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    layout->addWidget(m_legend);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_bands, &QButtonGroup::idClicked, this, &RenewalWatchlistView::showBand);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const RenewalWatchlist::Entry &entry = m_model->entry(m_proxy->mapToSource(index).row());
        std::vector<qint32> deals = entry.expansionDeals;
        if (entry.renewalDeal >= 0) {
            deals.push_back(entry.renewalDeal);
            m_workspace->selectDeal(entry.renewalDeal);
        }
        std::sort(deals.begin(), deals.end());
        m_workspace->drillInto(tr("Renewal and expansion deals of %1").arg(entry.name), deals);
    });
    connect(m_workspace, &Workspace::resultsChanged, this, &RenewalWatchlistView::showResults);
    retranslateUi();
    showResults();
}

void RenewalWatchlistView::showBand(int days)
{
    m_band = days;
    if (QAbstractButton *button = m_bands->button(days))
        button->setChecked(true);
    m_proxy->setRowFilter([this, days](int row) { return m_model->entry(row).daysToRenewal <= days; });
    retranslateUi();
}

void RenewalWatchlistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RenewalWatchlistView::retranslateUi()
{
    const RenewalWatchlist &watchlist = m_workspace->renewals();
    for (QToolButton *button : std::as_const(m_bandButtons)) {
        const int days = m_bands->id(button);
        int count = 0;
        for (const auto &entry : watchlist.entries)
            count += entry.daysToRenewal <= days ? 1 : 0;
        button->setText(tr("≤ %1 days (%2)").arg(days).arg(count));
        button->setToolTip(tr("Accounts renewing within %n days of the as-of date", nullptr, days));
    }
    Cents arr = 0;
    int accounts = 0;
    for (const auto &entry : watchlist.entries) {
        if (entry.daysToRenewal <= m_band) {
            arr += entry.arr;
            ++accounts;
        }
    }
    m_summary->setText(tr("%n accounts, %1 ARR renewing within %2 days", nullptr, accounts)
                           .arg(Format::money(arr, watchlist.reportingCurrency))
                           .arg(m_band));
    m_table->setAccessibleName(tr("Renewal watchlist"));
    m_legend->setText(tr("Trend: the health readings of the last 90 days, oldest on the left. Red: health fell "
                         "(the change beside the health score is negative); blue: it rose; grey: no change or "
                         "one reading. Dotted line: health 60."));
    QStringList missing;
    bool noRenewalDates = false;
    for (const auto &gap : watchlist.missing) {
        missing << gap.text;
        noRenewalDates = noRenewalDates || gap.field == QLatin1String("renewal_date");
    }
    m_missing->setText(missing.join(u' '));
    m_missing->setVisible(!missing.isEmpty());
    if (m_workspace->hasData() && noRenewalDates)
        m_empty->setMessage(tr("Renewal watchlist not available for this data"), missing.join(u' '));
    else
        m_empty->setMessage(tr("No renewals within 120 days"),
                            m_workspace->hasData()
                                ? tr("No account in this scope renews within 120 days of the as-of date.")
                                : tr("Open a database with accounts and renewal dates (Ctrl+O)."));
    m_stack->setCurrentIndex(watchlist.entries.empty() ? 0 : 1);
}

void RenewalWatchlistView::showResults()
{
    showBand(m_band);
}

} // namespace dmc::ui
