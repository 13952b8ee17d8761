#include "UiBench.h"

#include "MainWindow.h"
#include "ViewDock.h"
#include "Workspace.h"
#include "views/InspectionQueueProxy.h"
#include "views/InspectionQueueView.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

#include <cstdio>

namespace dmc::ui {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Delivers what the action queued (layout, update requests) and paints now, as the next frame would.
void settleAndPaint(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
}

} // namespace

UiBench::UiBench(MainWindow &window, QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
}

void UiBench::start()
{
    Workspace *workspace = m_window.workspace();
    connect(workspace, &Workspace::resultsChanged, this, &UiBench::onResults);
    // Phases of the start, so a slow start shows where its time went.
    connect(workspace, &Workspace::loadFinished, this, [this] {
        if (!m_painted)
            report(QStringLiteral("data_loaded"), msSince(m_sinceStart),
                   QStringLiteral("start to dataset and engine ready"));
    });
    connect(workspace, &Workspace::failed, this, [](const QString &message) {
        std::fprintf(stderr, "bench-ui: %s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
}

void UiBench::onResults()
{
    if (m_painted)
        return;
    m_painted = true;
    report(QStringLiteral("results_computed"), msSince(m_sinceStart), QStringLiteral("start to first results"));
    settleAndPaint(&m_window);
    report(QStringLiteral("window_painted"), msSince(m_sinceStart), QStringLiteral("start to cockpit painted"));
    // Let the other docks take the same results before the actions start: their workers start
    // once the results have settled.
    connect(m_window.workspace(), &Workspace::resultsSettled, this, &UiBench::waitForDocks, Qt::SingleShotConnection);
}

void UiBench::waitForDocks()
{
    // Idle twice in a row: a result delivered between two polls may start the next worker. The
    // views out of sight are built by then too (one per event loop turn after the first paint):
    // the actions below measure the window as it is once started, not a view being built.
    const bool viewsBuilt =
        std::ranges::all_of(allDockIds, [this](DockId id) { return m_window.dock(id)->hasContent(); });
    m_idlePolls = QThreadPool::globalInstance()->activeThreadCount() == 0 && viewsBuilt ? m_idlePolls + 1 : 0;
    constexpr qint64 patienceMs = 120'000;
    if (m_idlePolls < 2 && m_sinceStart.elapsed() < patienceMs) {
        QTimer::singleShot(5, this, &UiBench::waitForDocks);
        return;
    }
    report(QStringLiteral("docks_filled"), msSince(m_sinceStart),
           QStringLiteral("start to every dock's view and results (insights, POC board, plays, review, capacity)"));
    runActions();
}

void UiBench::runActions()
{
    if (m_ran)
        return;
    m_ran = true;
    auto *queue = m_window.findChild<InspectionQueueView *>();
    if (!queue) {
        std::fprintf(stderr, "bench-ui: no inspection queue\n");
        QCoreApplication::exit(4);
        return;
    }
    if (ViewDock *dock = m_window.dock(DockId::InspectionQueue)) {
        dock->show();
        dock->raise();
    }
    QTableView *table = queue->table();
    settleAndPaint(table);
    const int hits = queue->proxy()->rowCount();
    report(QStringLiteral("queue_rows"), hits, QStringLiteral("hits in the queue"));

    // A search keystroke: the letter typed into the focused search field, up to the repaint.
    QLineEdit *search = queue->searchField();
    search->setFocus();
    QElapsedTimer timer;
    double worstKey = 0;
    double totalKey = 0;
    const QString typed = QStringLiteral("an");
    for (const QChar c : typed) {
        timer.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + (c.toLatin1() - 'a'), Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A + (c.toLatin1() - 'a'), Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(search, &press);
        QCoreApplication::sendEvent(search, &release);
        settleAndPaint(table);
        const double ms = msSince(timer);
        worstKey = std::max(worstKey, ms);
        totalKey += ms;
    }
    report(QStringLiteral("filter_keystroke"), worstKey,
           QStringLiteral("worst of %1 keystrokes, %2 rows left").arg(typed.size()).arg(queue->proxy()->rowCount()));
    // Widening back (Backspace twice) is the slow direction in stock proxies.
    double worstBack = 0;
    for (int i = 0; i < typed.size(); ++i) {
        timer.start();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Backspace, Qt::NoModifier);
        QCoreApplication::sendEvent(search, &press);
        QCoreApplication::sendEvent(search, &release);
        settleAndPaint(table);
        worstBack = std::max(worstBack, msSince(timer));
    }
    report(QStringLiteral("filter_widen"), worstBack,
           QStringLiteral("worst Backspace, %1 rows").arg(queue->proxy()->rowCount()));

    // Sorting: a click on each column header (the real user path), worst column reported.
    QHeaderView *header = table->horizontalHeader();
    double worstSort = 0;
    int worstColumn = -1;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        timer.start();
        table->sortByColumn(column, Qt::AscendingOrder);
        settleAndPaint(table);
        const double ms = msSince(timer);
        if (ms > worstSort) {
            worstSort = ms;
            worstColumn = column;
        }
    }
    report(QStringLiteral("sort_column"), worstSort,
           QStringLiteral("worst of %1 columns (column %2)").arg(header->count()).arg(worstColumn));

    // Scrolling: page by page from the top, each page painted; worst frame reported.
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(0);
    settleAndPaint(table);
    double worstFrame = 0;
    double totalFrames = 0;
    int frames = 0;
    for (; frames < 200 && bar->value() < bar->maximum(); ++frames) {
        timer.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        settleAndPaint(table);
        const double ms = msSince(timer);
        worstFrame = std::max(worstFrame, ms);
        totalFrames += ms;
    }
    timer.start();
    bar->setValue(bar->maximum());
    settleAndPaint(table);
    worstFrame = std::max(worstFrame, msSince(timer));
    report(QStringLiteral("scroll_frame"), worstFrame,
           QStringLiteral("worst of %1 page steps + jump to end (mean %2 ms)")
               .arg(frames + 1)
               .arg(frames > 0 ? totalFrames / frames : 0.0, 0, 'f', 2));
    report(QStringLiteral("total"), msSince(m_sinceStart), QStringLiteral("start to the end of the actions"));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void UiBench::report(const QString &name, double milliseconds, const QString &detail)
{
    std::printf("bench-ui %-18s %10.1f  %s\n", qPrintable(name), milliseconds, qPrintable(detail));
    std::fflush(stdout);
}

} // namespace dmc::ui
