#pragma once

#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;
class QTableView;

namespace dmc {
struct CockpitResult;
class Workspace;
} // namespace dmc

namespace dmc::ui {

class CoverageChart;
class EmptyState;
class FollowUpModel;
class KpiTile;
class PathToPlanChart;
class TeamTableModel;
class TypedSortProxy;

// The Monday cockpit: KPI tiles with week-over-week deltas, path to plan, coverage by rep, the
// team table and follow-ups due. Every tile, bar and money cell drills into the deals behind it.
class CockpitView : public QWidget
{
    Q_OBJECT

public:
    enum class Tile { Quota, Won, Commit, BestCase, Pipeline, Gap, Coverage, RunRate };
    static constexpr int TileCount = 8;

    explicit CockpitView(Workspace *workspace, QWidget *parent = nullptr);

    KpiTile *tile(Tile tile) const { return m_tiles[size_t(tile)]; }
    TeamTableModel *teamModel() const { return m_teamModel; }
    QTableView *teamTable() const { return m_teamTable; }
    CoverageChart *coverageChart() const { return m_coverageChart; }
    PathToPlanChart *pathChart() const { return m_pathChart; }
    FollowUpModel *followUpModel() const { return m_followUpModel; }
    // "3 new patterns since 30.11": clicking it asks for the Insights dock.
    QLabel *patternsLine() const { return m_patterns; }

signals:
    void insightsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();
    // "changes since <date>", with the span when that is not the snapshot before the as-of.
    QString changesSince(const CockpitResult &result) const;
    void drillTile(Tile tile);
    void drillTeamCell(const QModelIndex &proxyIndex);
    void showPatternsLine();

    Workspace *m_workspace;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    std::array<KpiTile *, TileCount> m_tiles{};
    QLabel *m_heading;
    QLabel *m_patterns;
    QLabel *m_teamHeading;
    QLabel *m_followUpHeading;
    PathToPlanChart *m_pathChart;
    CoverageChart *m_coverageChart;
    TeamTableModel *m_teamModel;
    TypedSortProxy *m_teamProxy;
    QTableView *m_teamTable;
    FollowUpModel *m_followUpModel;
    TypedSortProxy *m_followUpProxy;
    QTableView *m_followUpTable;
};

} // namespace dmc::ui
