#pragma once

#include "analytics/insights/Insight.h"
#include "store/InsightMark.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

namespace dmc {
class Workspace;
}

namespace dmc::ui {

// The insights of the workspace's current query for the window: computed off the GUI thread
// after every recompute (Engine::insights at the as-of and at the compare-to snapshot, so new
// ones are told apart), with the DM's marks applied (InsightReview); marking seen, dismissing
// with a note and restoring write through the InsightMarkStore. No widgets: the Insights dock,
// the cockpit's line and the coaching pack read it.
class InsightModel;

class InsightsSession : public QObject
{
    Q_OBJECT

public:
    explicit InsightsSession(Workspace *workspace);

    // In list order (amount at stake, then recency), dismissed ones included.
    const std::vector<Insight> &insights() const { return m_insights; }
    const Insight *insight(const QString &key) const;
    const std::vector<InsightMark> &marks() const { return m_marks; }
    // The insights as the dock's table shows them (filled before insightsChanged()).
    InsightModel *model() const { return m_model; }
    int cap() const { return m_cap; }
    int listed() const;   // not dismissed
    int countNew() const; // State::New: not marked, and not there at the compare-to snapshot
    // The new ones among the first cap() listed: what the cockpit's line counts, so the nudge is
    // as rate-limited as the list it opens.
    int newShown() const;
    std::optional<QDate> compareTo() const { return m_compareTo; }
    bool isComputing() const { return m_computing; }

    // Seen (also what brings a dismissed one back to the list). False, with failed(), when the
    // mark could not be stored.
    bool markSeen(const QString &key);
    // Dismissed with the DM's note (required) and the numbers it shows now.
    bool dismiss(const QString &key, const QString &note);

signals:
    void insightsChanged();
    // A mark was stored (the coaching pack's Patterns follow the marks).
    void marksChanged();
    void failed(const QString &message);

private:
    void clear();
    void recompute();
    void reloadMarks();
    bool save(const Insight &insight, InsightMarkStatus status, const QString &note);
    void applyMarks();

    Workspace *m_workspace;
    InsightModel *m_model;
    std::vector<Insight> m_insights;
    std::vector<InsightMark> m_marks;
    QSet<QString> m_earlierKeys;
    std::optional<QDate> m_compareTo;
    int m_cap = 10;
    int m_returnPercent = 20;
    quint64 m_generation = 0;
    bool m_computing = false;
};

} // namespace dmc::ui
