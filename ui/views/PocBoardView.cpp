#include "PocBoardView.h"

#include "EmptyState.h"
#include "Format.h"
#include "PocBoardModel.h"
#include "PocScorecardModel.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/poc/PocDigestBuilder.h"
#include "delegates/PocTimelineDelegate.h"
#include "dialogs/ExportPreviewDialog.h"
#include "export/ExportFileName.h"
#include "export/poc/PocDigestReport.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dmc::ui {

PocBoardView::PocBoardView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PocBoardModel(this))
    , m_proxy(new TypedSortProxy(this))
    , m_scorecard(new PocScorecardModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_figures(new QLabel(this))
    , m_digest(new QPushButton(this))
    , m_legend(new QLabel(this))
    , m_table(new QTableView(this))
    , m_scorecardTable(new QTableView(this))
{
    setObjectName(QStringLiteral("PocBoardView"));
    m_table->setObjectName(QStringLiteral("PocTable"));
    m_scorecardTable->setObjectName(QStringLiteral("PocScorecardTable"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    TableStyle::apply(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(PocBoardModel::Timeline,
                                      new PocTimelineDelegate(PocBoardModel::TimelineRole, PocBoardModel::OverrunRole,
                                                              m_table));
    // Latest start first: on a Monday the running and planned POCs are the ones read, the
    // finished ones are below them.
    m_table->sortByColumn(PocBoardModel::Timeline, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(PocBoardModel::Poc, 190);
    header->resizeSection(PocBoardModel::Rep, 130);
    header->resizeSection(PocBoardModel::Status, 150);
    header->resizeSection(PocBoardModel::Timeline, 240);
    header->resizeSection(PocBoardModel::Days, 200);
    header->resizeSection(PocBoardModel::Dor, 90);
    header->resizeSection(PocBoardModel::Criteria, 210);
    header->resizeSection(PocBoardModel::CheckIns, 100);
    header->resizeSection(PocBoardModel::BuyerTasks, 130);
    header->resizeSection(PocBoardModel::SellerTasks, 130);
    m_scorecardTable->setModel(m_scorecard);
    TableStyle::apply(m_scorecardTable);
    m_scorecardTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_scorecardTable->horizontalHeader()->resizeSection(PocScorecardModel::Item, 420);
    m_scorecardTable->horizontalHeader()->resizeSection(PocScorecardModel::Detail, 320);
    m_scorecardTable->horizontalHeader()->setStretchLastSection(true);

    m_figures->setObjectName(QStringLiteral("PocFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_digest->setObjectName(QStringLiteral("PocDigestButton"));
    connect(m_digest, &QPushButton::clicked, this, &PocBoardView::saveDigest);
    m_legend->setObjectName(QStringLiteral("PocLegend"));
    m_legend->setWordWrap(true);
    m_legend->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_scorecardTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *top = new QHBoxLayout;
    top->addWidget(m_figures, 1);
    top->addWidget(m_digest, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legend);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PocBoardView::showSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_workspace->selectDeal(m_model->scorecard(m_proxy->mapToSource(index).row()).opportunity);
    });
    connect(m_workspace, &Workspace::pocsAndPlaysChanged, this, &PocBoardView::showResults);
    connect(m_workspace, &Workspace::languageChanged, this, [this] {
        m_model->retranslate();
        m_scorecard->retranslate();
        retranslateUi();
    });
    showResults();
}

void PocBoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PocBoardView::showResults()
{
    const QString previous = m_table->currentIndex().isValid()
        ? m_model->scorecard(m_proxy->mapToSource(m_table->currentIndex()).row()).poc.id
        : QString();
    // The facts are sentences in the language of the results: a language switch rebuilds the board.
    m_model->setBoard(m_workspace->pocBoard());
    // The POC selected before stays selected; otherwise the top row, as the board is sorted.
    QModelIndex current = m_proxy->index(0, 0);
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->scorecard(i).poc.id == previous)
            current = m_proxy->mapFromSource(m_model->index(i, 0));
    if (current.isValid())
        m_table->setCurrentIndex(current);
    showSelected();
    retranslateUi();
}

void PocBoardView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_scorecard->setScorecards({});
        return;
    }
    m_scorecard->setScorecards({m_model->scorecard(m_proxy->mapToSource(current).row())});
    m_scorecardTable->resizeRowsToContents();
}

void PocBoardView::saveDigest()
{
    const PocBoard &board = m_model->board();
    if (!m_workspace->hasData() || board.pocs.empty())
        return;
    // The window compares with the toolbar's compare-to snapshot; the command line's default otherwise.
    const QDate since = m_workspace->compareTo().isValid() ? m_workspace->compareTo() : board.asOf.addDays(-7);
    const PocDigest digest = PocDigestBuilder::build(board, since, board.scope.displayName(*m_workspace->dataset()));
    const Report report = PocDigestReport::build(digest, QDateTime::currentDateTime());
    ExportPreviewDialog::previewReport(this, report.title, report,
                                       ExportFileName::pocDigest(board.asOf, board.scope.key(), QStringLiteral("pdf")),
                                       tr("POC digest saved to %1"));
}

void PocBoardView::retranslateUi()
{
    m_digest->setText(tr("&Weekly digest..."));
    m_digest->setToolTip(tr("Save the weekly POC digest of this board: what changed since the compare-to date, days "
                            "left and overdue tasks by side (PDF, HTML, Markdown)"));
    const PocBoard &board = m_model->board();
    QStringList lines{tr("%n POC(s) of %1 in %2, as of %3.", nullptr, int(board.pocs.size()))
                          .arg(m_workspace->hasData() ? board.scope.displayName(*m_workspace->dataset()) : QString(),
                               board.period.label(), Format::date(board.asOf))};
    lines << m_model->figureLines();
    m_figures->setText(lines.join(u'\n'));
    m_legend->setText(tr("Time line: light bar the planned days, dark bar the days run (so far), orange the days past "
                         "the planned end, red line the as-of. Double-click a POC to show its deal."));
    m_table->setAccessibleName(tr("POC board"));
    m_scorecardTable->setAccessibleName(tr("POC scorecard"));
    m_empty->setMessage(tr("No POCs in this scope and period"),
                        m_workspace->hasData()
                            ? tr("No POC of a deal in this scope runs in the period: the import has no pocs.csv "
                                 "rows and no deal with POC fields for it.")
                            : tr("Open a database with POCs (Ctrl+O)."));
    m_stack->setCurrentIndex(board.pocs.empty() ? 0 : 1);
}

} // namespace dmc::ui
