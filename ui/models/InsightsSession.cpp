#include "InsightsSession.h"

#include "InsightModel.h"
#include "Workspace.h"
#include "analytics/engine/Engine.h"
#include "analytics/insights/InsightReview.h"
#include "workspace/BackgroundTask.h"
#include "workspace/DmActions.h"

#include <algorithm>

namespace dmc::ui {

namespace {

// What the worker hands back: the insights at the as-of and the keys of those at compare-to.
struct InsightsComputed
{
    std::vector<Insight> insights;
    QSet<QString> earlierKeys;
};

} // namespace

InsightsSession::InsightsSession(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
    , m_model(new InsightModel(this))
{
    connect(workspace, &Workspace::languageChanged, m_model, &InsightModel::retranslate);
    connect(workspace, &Workspace::resultsSettled, this, &InsightsSession::recompute);
    connect(workspace, &Workspace::loadStarted, this, &InsightsSession::clear);
    // Marks change by this session's saves and by undo / revert in the History dock.
    connect(workspace->actions(), &DmActions::insightMarksChanged, this, [this] {
        reloadMarks();
        applyMarks();
        emit marksChanged();
    });
}

const Insight *InsightsSession::insight(const QString &key) const
{
    const auto found =
        std::find_if(m_insights.begin(), m_insights.end(), [&](const Insight &insight) { return insight.key == key; });
    return found == m_insights.end() ? nullptr : &*found;
}

int InsightsSession::listed() const
{
    return int(std::count_if(m_insights.begin(), m_insights.end(), [](const Insight &i) { return i.isListed(); }));
}

int InsightsSession::countNew() const
{
    return InsightReview::countNew(m_insights);
}

int InsightsSession::newShown() const
{
    const InsightReview::Selection selection = InsightReview::select(m_insights, m_cap);
    return int(std::count_if(selection.shown.begin(), selection.shown.end(),
                             [](const Insight *insight) { return insight->state == Insight::State::New; }));
}

void InsightsSession::clear()
{
    ++m_generation;
    m_computing = false;
    m_insights.clear();
    m_marks.clear();
    m_earlierKeys.clear();
    m_compareTo.reset();
    m_model->setInsights(m_insights, m_workspace->reportingCurrency());
    emit insightsChanged();
}

void InsightsSession::reloadMarks()
{
    m_marks.clear();
    auto marks = m_workspace->actions()->insightMarks();
    if (marks)
        m_marks = std::move(*marks);
    else
        emit failed(marks.error().toString());
}

void InsightsSession::recompute()
{
    const std::shared_ptr<const Engine> engine = m_workspace->engine();
    if (!engine) {
        clear();
        return;
    }
    reloadMarks();
    m_cap = engine->settings().insightCap;
    m_returnPercent = engine->settings().insightReturnPercent;
    const Query query = m_workspace->query();
    const quint64 generation = ++m_generation;
    m_computing = true;
    // The worker computes; the marks are applied here on the GUI thread, where they change.
    runInBackground<InsightsComputed>(
        this,
        [engine, query] {
            InsightsComputed computed;
            if (!query.asOf.isValid())
                return computed;
            computed.insights = engine->insights(query);
            if (query.compareTo) {
                Query before = query;
                before.asOf = *query.compareTo;
                before.compareTo.reset();
                for (const Insight &insight : engine->insights(before))
                    computed.earlierKeys.insert(insight.key);
            }
            return computed;
        },
        [this, generation, compareTo = query.compareTo](const std::shared_ptr<InsightsComputed> &computed) {
            if (generation != m_generation)
                return;
            m_computing = false;
            m_compareTo = compareTo;
            m_insights = std::move(computed->insights);
            m_earlierKeys = std::move(computed->earlierKeys);
            applyMarks();
        });
}

void InsightsSession::applyMarks()
{
    InsightReview::apply(m_insights, m_marks, m_earlierKeys, m_returnPercent);
    m_model->setInsights(m_insights, m_workspace->reportingCurrency());
    emit insightsChanged();
}

bool InsightsSession::save(const Insight &insight, InsightMarkStatus status, const QString &note)
{
    if (!m_workspace->database() || !m_workspace->canEdit())
        return false;
    const auto saved =
        m_workspace->actions()->saveInsightMark(InsightReview::markFor(insight, status, note, m_workspace->asOf()));
    if (!saved)
        emit failed(saved.error().toString());
    return bool(saved);
}

bool InsightsSession::markSeen(const QString &key)
{
    const Insight *found = insight(key);
    return found && save(*found, InsightMarkStatus::Seen, QString());
}

bool InsightsSession::dismiss(const QString &key, const QString &note)
{
    const Insight *found = insight(key);
    return found && !note.trimmed().isEmpty() && save(*found, InsightMarkStatus::Dismissed, note.trimmed());
}

} // namespace dmc::ui
