#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <vector>

namespace dmc::ui {

class MainWindow;

// `dmcockpit --bench-ui --db FILE`: times real user actions driven through the widgets of an
// open window (start to cockpit painted, then to every dock filled, a queue search keystroke,
// sorting each queue column, scrolling the queue) and prints one line per figure, then quits.
// Figures in milliseconds; each action is timed from the event sent to the repaint that shows its
// result, on a settled window (no worker still building a dock's results).
class UiBench : public QObject
{
    Q_OBJECT

public:
    // `sinceStart` runs from process start (main), so the first figure includes Qt's own start.
    UiBench(MainWindow &window, QElapsedTimer sinceStart, QObject *parent = nullptr);

    // Waits for the first results, then runs the actions and exits the event loop.
    void start();

private:
    void onResults();
    // Polls until the workers are idle (the insights, POC board, plays, review and capacity that
    // follow the results are in), then runs the actions.
    void waitForDocks();
    void runActions();
    void report(const QString &name, double milliseconds, const QString &detail = {});

    MainWindow &m_window;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
    bool m_ran = false;
    int m_idlePolls = 0;
};

} // namespace dmc::ui
