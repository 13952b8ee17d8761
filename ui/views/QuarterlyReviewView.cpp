#include "QuarterlyReviewView.h"

#include "AccuracyTrendModel.h"
#include "DistrictComparisonModel.h"
#include "DocumentLabels.h"
#include "EmptyState.h"
#include "FittedTableView.h"
#include "Format.h"
#include "LossValueModel.h"
#include "RenewalOutlookModel.h"
#include "ReviewModels.h"
#include "ReviewSplitModel.h"
#include "ReviewTermModel.h"
#include "SourceMixModel.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "WinLossGroupModel.h"
#include "Workspace.h"
#include "analytics/text/TextFormat.h"
#include "charts/WaterfallChart.h"
#include "dialogs/ExportPreviewDialog.h"
#include "export/ExportFileName.h"
#include "export/review/ReviewReport.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace dmc::ui {

namespace {

// The baseline combo's rows, in this order.
constexpr std::array baselines{ReviewBaseline::Kind::PreviousPeriod, ReviewBaseline::Kind::LastYear};
// The terms combo's rows, in this order.
constexpr std::array termChoices{ReviewModels::Terms::MixByDealType, ReviewModels::Terms::MixBySegment,
                                 ReviewModels::Terms::WholeScope};

} // namespace

QuarterlyReviewView::QuarterlyReviewView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_models(workspace->reviewModels())
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_headline(textLabel(this))
    , m_lengthLabel(new QLabel(this))
    , m_length(new QComboBox(this))
    , m_baselineLabel(new QLabel(this))
    , m_baseline(new QComboBox(this))
    , m_termsLabel(new QLabel(this))
    , m_terms(new QComboBox(this))
    , m_status(textLabel(this, true))
    , m_save(new QPushButton(this))
    , m_chart(new WaterfallChart(this))
    , m_snapshots(textLabel(this))
    , m_method(textLabel(this, true))
    , m_hint(textLabel(this, true))
    , m_byTypeHeading(headingLabel(this))
    , m_bySegmentHeading(headingLabel(this))
    , m_winLossHeading(headingLabel(this))
    , m_winLossSummary(textLabel(this))
    , m_sourceHeading(headingLabel(this))
    , m_renewalHeading(headingLabel(this))
    , m_accuracyHeading(headingLabel(this))
    , m_districtHeading(headingLabel(this))
    , m_districtLines(textLabel(this))
{
    setObjectName(QStringLiteral("QuarterlyReviewView"));
    m_empty->setObjectName(QStringLiteral("ReviewEmptyState"));
    m_headline->setObjectName(QStringLiteral("ReviewHeadline"));
    m_length->setObjectName(QStringLiteral("ReviewLengthCombo"));
    m_baseline->setObjectName(QStringLiteral("ReviewBaselineCombo"));
    m_terms->setObjectName(QStringLiteral("ReviewTermsCombo"));
    m_status->setObjectName(QStringLiteral("ReviewStatus"));
    m_save->setObjectName(QStringLiteral("ReviewSaveButton"));
    m_chart->setObjectName(QStringLiteral("ReviewBridgeChart"));
    m_chart->setMinimumHeight(280);
    m_chart->setMaximumHeight(380); // a tall dock gives the tables the room, not the six bars
    m_districtLines->setObjectName(QStringLiteral("ReviewDistrictLines"));
    m_lengthLabel->setBuddy(m_length);
    m_baselineLabel->setBuddy(m_baseline);
    m_termsLabel->setBuddy(m_terms);
    for (size_t i = 0; i < baselines.size(); ++i)
        m_baseline->addItem(QString());
    for (size_t i = 0; i < termChoices.size(); ++i)
        m_terms->addItem(QString());
    m_length->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_terms->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont headlineFont = m_headline->font();
    headlineFont.setWeight(QFont::DemiBold);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.1);
    m_headline->setFont(headlineFont);

    m_termTable = addTable(m_models->termModel(), QStringLiteral("ReviewTermTable"), false);
    m_termTable->horizontalHeader()->setSectionResizeMode(ReviewTermModel::Measure, QHeaderView::Stretch);
    m_byTypeTable = addTable(m_models->dealTypeModel(), QStringLiteral("ReviewByTypeTable"), false);
    m_bySegmentTable = addTable(m_models->segmentModel(), QStringLiteral("ReviewBySegmentTable"), false);
    m_reasonTable = addTable(m_models->reasonModel(), QStringLiteral("ReviewReasonTable"), true);
    m_competitorTable = addTable(m_models->competitorModel(), QStringLiteral("ReviewCompetitorTable"), true);
    m_repTable = addTable(m_models->repModel(), QStringLiteral("ReviewRepTable"), true);
    m_districtWinLossTable =
        addTable(m_models->districtWinLossModel(), QStringLiteral("ReviewDistrictWinLossTable"), true);
    m_districtWinLossTable->hideColumn(WinLossGroupModel::District);
    m_sourceTable = addTable(m_models->sourceModel(), QStringLiteral("ReviewSourceTable"), false);
    m_renewalTable = addTable(m_models->renewalModel(), QStringLiteral("ReviewRenewalTable"), false);
    m_accuracyTable = addTable(m_models->accuracyModel(), QStringLiteral("ReviewAccuracyTable"), false);
    m_districtTable = addTable(m_models->districtModel(), QStringLiteral("ReviewDistrictTable"), false);
    m_repTable->setMaximumVisibleRows(12);
    m_reasonTable->setMaximumVisibleRows(8);
    m_competitorTable->setMaximumVisibleRows(8);

    // What is reviewed against what on the first row, how the bridge is split on the second: one
    // row does not hold the three lists at a half-screen dock's width (nor in Russian).
    auto *controls = new QGridLayout;
    controls->addWidget(m_lengthLabel, 0, 0);
    controls->addWidget(m_length, 0, 1);
    controls->addWidget(m_baselineLabel, 0, 2);
    controls->addWidget(m_baseline, 0, 3);
    controls->addWidget(m_save, 0, 4, Qt::AlignRight);
    controls->addWidget(m_termsLabel, 1, 0);
    controls->addWidget(m_terms, 1, 1);
    controls->addWidget(m_status, 1, 2, 1, 3);
    controls->setColumnStretch(4, 1);
    controls->setHorizontalSpacing(10);

    // The reasons beside the competitors, two short lists read together, each half the page; a
    // column is never narrower than its header (Russian headers are long): a narrow dock scrolls
    // the table sideways instead.
    auto *lossRow = new QHBoxLayout;
    lossRow->setSpacing(18);
    lossRow->addWidget(m_reasonTable, 1, Qt::AlignTop);
    lossRow->addWidget(m_competitorTable, 1, Qt::AlignTop);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_snapshots);
    layout->addWidget(m_chart);
    layout->addWidget(m_termTable);
    layout->addWidget(m_method);
    layout->addWidget(m_hint);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_byTypeHeading, m_byTypeTable, m_bySegmentHeading,
                                                            m_bySegmentTable, m_winLossHeading, m_winLossSummary})
        layout->addWidget(widget);
    layout->addLayout(lossRow);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_repTable, m_districtWinLossTable, m_sourceHeading, m_sourceTable,
                                          m_renewalHeading, m_renewalTable, m_accuracyHeading, m_accuracyTable,
                                          m_districtHeading, m_districtTable, m_districtLines})
        layout->addWidget(widget);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(16, 8, 16, 0);
    top->addLayout(controls);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(top);
    outer->addWidget(m_stack, 1);

    connect(m_length, &QComboBox::activated, m_workspace, &Workspace::setReviewMonth);
    connect(m_save, &QPushButton::clicked, this, &QuarterlyReviewView::saveDocument);
    connect(m_baseline, &QComboBox::activated, this,
            [this](int row) { m_workspace->setReviewBaseline(baselines[size_t(std::max(0, row))]); });
    connect(m_terms, &QComboBox::activated, this,
            [this](int row) { m_models->setTerms(termChoices[size_t(std::max(0, row))]); });
    connect(m_models, &ReviewModels::termsChanged, this, &QuarterlyReviewView::showChart);
    connect(m_chart, &WaterfallChart::barClicked, this, &QuarterlyReviewView::drillTerm);
    connect(m_workspace, &Workspace::reviewStarted, this, &QuarterlyReviewView::retranslateUi);
    connect(m_workspace, &Workspace::reviewChanged, this, &QuarterlyReviewView::showReview);
    connect(m_workspace, &Workspace::stateChanged, this, &QuarterlyReviewView::retranslateUi);
    retranslateUi();
    showReview();
}

FittedTableView *QuarterlyReviewView::addTable(ReviewTableModel *model, const QString &objectName, bool sortable)
{
    auto *table = new FittedTableView(this);
    table->setObjectName(objectName);
    if (sortable) {
        auto *proxy = new TypedSortProxy(table);
        proxy->setSourceModel(model);
        table->setModel(proxy);
    } else {
        table->setModel(model);
    }
    TableStyle::apply(table);
    // The bridge tables read in their own order (groups, then the total); the lists sort on a
    // click and start in the core's order (most lost first; reps by district and name).
    table->setSortingEnabled(sortable);
    if (sortable)
        table->sortByColumn(-1, Qt::AscendingOrder);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setMaximumVisibleRows(10);
    connect(table, &QTableView::activated, this, [this, table](const QModelIndex &index) { drill(table, index); });
    m_tables.emplace_back(table, model);
    return table;
}

void QuarterlyReviewView::drill(const QTableView *view, const QModelIndex &index)
{
    for (const auto &[table, model] : m_tables) {
        if (table != view)
            continue;
        QModelIndex source = index;
        if (auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model()))
            source = proxy->mapToSource(index);
        const std::vector<qint32> deals = model->dealsAt(source.row(), source.column());
        if (!deals.empty())
            m_workspace->drillInto(model->drillTitle(source.row(), source.column()), deals);
        return;
    }
}

void QuarterlyReviewView::drillTerm(int row)
{
    ReviewTermModel *terms = m_models->termModel();
    if (row < 0 || row >= terms->rowCount())
        return;
    const std::vector<qint32> deals = terms->dealsAt(row);
    if (!deals.empty())
        m_workspace->drillInto(terms->drillTitle(row), deals);
}

void QuarterlyReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_workspace->setReviewShown(true);
}

void QuarterlyReviewView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_workspace->setReviewShown(false);
}

void QuarterlyReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showChart();
    }
    QWidget::changeEvent(event);
}

void QuarterlyReviewView::retranslateUi()
{
    m_lengthLabel->setText(tr("&Review of"));
    // The toolbar's quarter, then its months; the labels follow the quarter and the language.
    // Refilled rather than relabelled: the combo sizes itself to its contents when rows arrive.
    const QList<FiscalPeriod> lengths = m_workspace->reviewPeriodChoices();
    m_length->clear();
    for (qsizetype i = 0; i < lengths.size(); ++i)
        m_length->addItem(i == 0 ? tr("%1, the whole quarter").arg(lengths[i].label())
                                 : TextFormat::capitalized(lengths[i].label()));
    m_length->setCurrentIndex(lengths.isEmpty() ? -1 : m_workspace->reviewMonth());
    m_length->setAccessibleName(tr("Period of the review"));
    m_baselineLabel->setText(tr("&Compared with"));
    m_baseline->setItemText(0, tr("the previous period"));
    m_baseline->setItemText(1, tr("the same period a year before"));
    m_baseline->setAccessibleName(tr("Baseline of the review"));
    m_termsLabel->setText(tr("&Terms"));
    m_terms->setItemText(0, tr("with the mix across deal types"));
    m_terms->setItemText(1, tr("with the mix across segments"));
    m_terms->setItemText(2, tr("three factors over the whole scope"));
    m_terms->setAccessibleName(tr("Terms of the bookings bridge"));
    m_hint->setText(tr("Click a bar, or double-click a row or a cell (or press Enter), to list its deals in the "
                       "inspection queue; a deal there opens in Deal detail."));
    m_byTypeHeading->setText(tr("Bridge by deal type"));
    m_bySegmentHeading->setText(tr("Bridge by account segment"));
    m_winLossHeading->setText(tr("Win and loss"));
    m_sourceHeading->setText(tr("Source mix: deals created and decided in the period"));
    m_accuracyHeading->setText(tr("Forecast accuracy of the last closed periods"));
    m_termTable->setAccessibleName(tr("Terms of the bookings bridge"));
    m_repTable->setAccessibleName(tr("Win and loss per rep"));
    m_districtWinLossTable->setAccessibleName(tr("Win and loss per district"));
    m_status->setText(m_workspace->isReviewComputing() || m_workspace->isComputing() ? tr("Building the review…")
                                                                                     : QString());
    const int baselineRow =
        int(std::find(baselines.begin(), baselines.end(), m_workspace->reviewBaseline()) - baselines.begin());
    m_baseline->setCurrentIndex(std::min(baselineRow, int(baselines.size()) - 1));
    m_terms->setCurrentIndex(
        int(std::find(termChoices.begin(), termChoices.end(), m_models->terms()) - termChoices.begin()));
    const QuarterlyReview *review = m_models->review();
    if (!m_workspace->hasData())
        m_empty->setMessage(tr("No review to show"),
                            tr("Open a database with snapshots; the review follows the scope and period chosen in "
                               "the toolbar."));
    else if (!review)
        m_empty->setMessage(tr("Building the review…"),
                            tr("The bookings of the period and of the baseline are "
                               "being read."));
    else if (review->actual.snapshot < 0)
        m_empty->setMessage(tr("No snapshot holds %1").arg(review->actual.period.label()),
                            tr("The review reads a period at a snapshot inside or after it. Pick another period "
                               "in the toolbar, or import that period's weeks."));
    m_stack->setCurrentIndex(review && review->actual.snapshot >= 0 ? 1 : 0);
    m_save->setText(tr("&Save as document..."));
    m_save->setToolTip(tr("Save this review as a PDF, HTML or Markdown document"));
    m_save->setEnabled(review && review->actual.snapshot >= 0 && !m_workspace->isReviewComputing()
                       && !m_workspace->isComputing());
}

void QuarterlyReviewView::saveDocument()
{
    const QuarterlyReview *review = m_models->review();
    if (!review || review->actual.snapshot < 0 || !m_workspace->hasData())
        return;
    const Report report = ReviewReport::build(*review, *m_workspace->dataset(), QDateTime::currentDateTime());
    const Query &query = review->query;
    ExportPreviewDialog::previewReport(this, report.title, report,
                                       ExportFileName::review(query.asOf, query.scope.key(), query.period,
                                                              QStringLiteral("pdf")),
                                       tr("Review saved to %1"));
}

void QuarterlyReviewView::showChart()
{
    ReviewTermModel *terms = m_models->termModel();
    std::vector<WaterfallChart::Bar> bars;
    for (int row = 0; row < terms->rowCount(); ++row) {
        WaterfallChart::Bar bar;
        bar.caption = terms->termName(row);
        bar.amount = terms->amount(row);
        bar.total = terms->isTotal(row);
        bars.push_back(bar);
    }
    const QuarterlyReview *review = m_models->review();
    m_chart->setBars(std::move(bars),
                     review ? tr("Bookings bridge, %1 against %2")
                                  .arg(review->actual.period.label(), review->baseline.period.label())
                            : QString(),
                     review ? review->reportingCurrency : QString());
}

void QuarterlyReviewView::showReview()
{
    retranslateUi();
    showChart();
    const QuarterlyReview *review = m_models->review();
    if (!review)
        return;
    m_headline->setText(m_models->headline());
    // Which snapshots the two periods were read at comes first: a period still running is the
    // period so far, which the change against a closed one includes.
    m_snapshots->setText(m_models->snapshots());
    m_method->setText(m_models->method());
    QStringList winLoss{m_models->winLossSummary()};
    winLoss << m_models->winLossNotes();
    m_winLossSummary->setText(winLoss.join(u'\n'));
    // A plan has no segments; a split with one group only repeats the total.
    const bool segments = !review->bySegment.groups.empty();
    m_bySegmentHeading->setVisible(segments);
    m_bySegmentTable->setVisible(segments);
    m_reasonTable->setVisible(review->winLoss.dataHasReasons);
    m_competitorTable->setVisible(review->winLoss.dataHasCompetitors);
    m_renewalHeading->setText(tr("Renewal outlook: renewals due %1 to %2")
                                  .arg(Format::date(review->renewals.from), Format::date(review->renewals.to)));
    const bool region = review->districts.has_value();
    m_districtWinLossTable->setVisible(!review->winLoss.districts.empty() && review->winLoss.districts.size() > 1);
    m_districtHeading->setVisible(region);
    m_districtLines->setVisible(region && !m_models->districtLines().isEmpty());
    m_districtTable->setVisible(region);
    if (region) {
        m_districtHeading->setText(
            tr("Districts of region %1 beside the region median").arg(review->districts->region));
        m_districtLines->setText(m_models->districtLines().join(u'\n'));
    }
}

} // namespace dmc::ui
