#include "InsightsView.h"

#include "EmptyState.h"
#include "Format.h"
#include "InsightModel.h"
#include "InsightsSession.h"
#include "TableStyle.h"
#include "TypedSortProxy.h"
#include "Workspace.h"
#include "analytics/insights/InsightRules.h"
#include "delegates/InsightChartDelegate.h"
#include "dialogs/DismissInsightDialog.h"
#include "export/render/HtmlRenderer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <initializer_list>
#include <set>

namespace dmc::ui {

namespace {

constexpr Insight::Kind kinds[] = {Insight::Kind::Anomaly, Insight::Kind::Dichotomy, Insight::Kind::Outlier,
                                   Insight::Kind::Concentration, Insight::Kind::Trend};

QString escape(const QString &text)
{
    return HtmlRenderer::escape(text);
}

} // namespace

InsightsView::InsightsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(workspace->insights())
    , m_model(m_session->model())
    , m_proxy(new TypedSortProxy(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_toolBar(new QToolBar(this))
    , m_kind(new QComboBox(this))
    , m_rep(new QComboBox(this))
    , m_minimum(new QSpinBox(this))
    , m_newOnly(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_showDeals(new QAction(this))
    , m_markSeen(new QAction(this))
    , m_dismiss(new QAction(this))
    , m_showAll(new QAction(this))
    , m_dismissedList(new QAction(this))
{
    setObjectName(QStringLiteral("InsightsView"));
    m_kind->setObjectName(QStringLiteral("InsightKindFilter"));
    m_rep->setObjectName(QStringLiteral("InsightRepFilter"));
    m_minimum->setObjectName(QStringLiteral("InsightAmountFilter"));
    m_newOnly->setObjectName(QStringLiteral("InsightNewOnly"));
    m_count->setObjectName(QStringLiteral("InsightCount"));
    m_table->setObjectName(QStringLiteral("InsightTable"));
    m_details->setObjectName(QStringLiteral("InsightDetails"));
    m_toolBar->setObjectName(QStringLiteral("InsightToolBar"));
    m_showDeals->setObjectName(QStringLiteral("ShowInsightDealsAction"));
    m_markSeen->setObjectName(QStringLiteral("MarkInsightSeenAction"));
    m_dismiss->setObjectName(QStringLiteral("DismissInsightAction"));
    m_showAll->setObjectName(QStringLiteral("ShowAllInsightsAction"));
    m_dismissedList->setObjectName(QStringLiteral("DismissedInsightsAction"));
    m_showAll->setCheckable(true);
    m_dismissedList->setCheckable(true);
    m_showDeals->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_markSeen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_dismiss->setShortcut(QKeySequence(Qt::Key_Delete));
    for (QAction *action : {m_showDeals, m_markSeen, m_dismiss, m_showAll, m_dismissedList}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_showDeals);
    m_toolBar->addAction(m_markSeen);
    m_toolBar->addAction(m_dismiss);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_showAll);
    m_toolBar->addAction(m_dismissedList);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    TableStyle::apply(m_table);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(58, 3 * m_table->fontMetrics().height() + 12));
    m_table->setItemDelegateForColumn(InsightModel::Chart, new InsightChartDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_showDeals, m_markSeen, m_dismiss});
    // The list order is the order (stake, then recency): no sorting by a column.
    m_table->setSortingEnabled(false);
    m_proxy->sort(-1);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicatorShown(false);
    header->resizeSection(InsightModel::State, 104);
    header->resizeSection(InsightModel::Kind, 112);
    header->resizeSection(InsightModel::Chart, 104);
    header->resizeSection(InsightModel::Stake, 104);
    header->resizeSection(InsightModel::When, 92);
    header->setSectionResizeMode(InsightModel::Text, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    m_minimum->setRange(0, 1000000000);
    m_minimum->setSingleStep(10000);
    m_minimum->setGroupSeparatorShown(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                       | Qt::LinksAccessibleByKeyboard);
    m_details->setMinimumHeight(4 * m_details->fontMetrics().height());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_rep);
    filters->addWidget(m_minimum);
    filters->addWidget(m_newOnly);
    filters->addStretch();
    filters->addWidget(m_count);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &InsightsView::readFilters);
    connect(m_rep, &QComboBox::currentIndexChanged, this, &InsightsView::readFilters);
    connect(m_minimum, &QSpinBox::valueChanged, this, &InsightsView::readFilters);
    connect(m_newOnly, &QCheckBox::toggled, this, &InsightsView::readFilters);
    connect(m_showAll, &QAction::toggled, this, &InsightsView::readFilters);
    connect(m_dismissedList, &QAction::toggled, this, &InsightsView::readFilters);
    connect(m_showDeals, &QAction::triggered, this, &InsightsView::showDeals);
    connect(m_markSeen, &QAction::triggered, this, &InsightsView::markSelectedSeen);
    connect(m_dismiss, &QAction::triggered, this, &InsightsView::dismissSelected);
    connect(m_details, &QLabel::linkActivated, this, &InsightsView::showDeals);
    // A click on a row shows its deals in the inspection queue, like a click on a cockpit cell.
    connect(m_table, &QTableView::clicked, this, &InsightsView::showDeals);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InsightsView::showSelection);
    connect(m_session, &InsightsSession::insightsChanged, this, &InsightsView::showInsights);
    connect(m_workspace, &Workspace::stateChanged, this, &InsightsView::showSelection);
    retranslateUi();
    showInsights();
}

QString InsightsView::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(InsightModel::KeyRole).toString() : QString();
}

void InsightsView::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, InsightModel::Text));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void InsightsView::showCappedList()
{
    for (QObject *filter :
         std::initializer_list<QObject *>{m_kind, m_rep, m_minimum, m_newOnly, m_showAll, m_dismissedList})
        filter->blockSignals(true);
    m_kind->setCurrentIndex(0);
    m_rep->setCurrentIndex(0);
    m_minimum->setValue(0);
    m_newOnly->setChecked(false);
    m_showAll->setChecked(false);
    m_dismissedList->setChecked(false);
    for (QObject *filter :
         std::initializer_list<QObject *>{m_kind, m_rep, m_minimum, m_newOnly, m_showAll, m_dismissedList})
        filter->blockSignals(false);
    readFilters();
}

void InsightsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InsightsView::showInsights()
{
    const QString selected = selectedKey();
    const QString rep = m_rep->currentData().toString();
    {
        // The reps that have an insight, by name.
        const QSignalBlocker blocker(m_rep);
        m_rep->clear();
        m_rep->addItem(tr("All reps"), QString());
        std::set<std::pair<QString, QString>> reps;
        for (const Insight &insight : m_session->insights())
            if (!insight.repId.isEmpty())
                reps.insert({insight.repName, insight.repId});
        for (const auto &[name, id] : reps)
            m_rep->addItem(name, id);
        m_rep->setCurrentIndex(std::max(0, m_rep->findData(rep)));
    }
    readFilters();
    selectKey(selected);
}

void InsightsView::readFilters()
{
    const int kind = m_kind->currentIndex();
    m_filter.list = m_dismissedList->isChecked() ? InsightFilter::List::Dismissed : InsightFilter::List::Listed;
    m_filter.kind = kind > 0 ? std::optional(kinds[kind - 1]) : std::nullopt;
    m_filter.repId = m_rep->currentData().toString();
    m_filter.minimumStake = Cents(m_minimum->value()) * 100;
    m_filter.newOnly = m_newOnly->isChecked();
    m_filter.all = m_showAll->isChecked();
    applyFilter();
}

void InsightsView::applyFilter()
{
    m_shown = m_filter.apply(m_model->insights(), m_session->cap());
    std::vector<bool> accepted(m_model->insights().size(), false);
    for (const int index : m_shown.indices)
        accepted[size_t(index)] = true;
    m_proxy->setRowFilter([accepted](int row) { return row < int(accepted.size()) && accepted[size_t(row)]; });
    retranslateUi();
}

void InsightsView::retranslateUi()
{
    {
        const QSignalBlocker blocker(m_kind);
        const int kind = std::max(0, m_kind->currentIndex());
        m_kind->clear();
        m_kind->addItem(tr("All kinds"));
        for (const Insight::Kind k : kinds)
            m_kind->addItem(insightKindName(k));
        m_kind->setCurrentIndex(kind);
    }
    if (m_rep->count() > 0)
        m_rep->setItemText(0, tr("All reps"));
    m_kind->setToolTip(tr("Kind of pattern"));
    m_rep->setToolTip(tr("Rep the pattern is about"));
    m_minimum->setPrefix(tr("At stake \u2265 "));
    m_minimum->setSuffix(QLatin1Char(' ') + Format::currencySymbol(m_workspace->reportingCurrency()));
    m_minimum->setToolTip(tr("Only patterns with at least this amount at stake"));
    m_newOnly->setText(tr("New only"));
    m_newOnly->setToolTip(tr("Only patterns that were not there at the compare-to snapshot and are not marked"));
    m_showDeals->setText(tr("Show deals"));
    m_showDeals->setToolTip(tr("The deals behind the selected pattern, in the inspection queue (click or Enter)"));
    const Insight *selected = m_session->insight(selectedKey());
    const bool dismissed = selected && selected->state == Insight::State::Dismissed;
    m_markSeen->setText(dismissed ? tr("Restore") : tr("Mark seen"));
    m_markSeen->setToolTip(dismissed ? tr("Put the selected pattern back in the list, marked seen (Ctrl+M)")
                                     : tr("Mark the selected pattern seen (Ctrl+M)"));
    m_dismiss->setText(tr("Dismiss\u2026"));
    m_dismiss->setToolTip(tr("Dismiss the selected pattern with a note; it comes back when its numbers "
                             "move past the recorded ones (Del)"));
    const bool dismissedList = m_filter.list == InsightFilter::List::Dismissed;
    m_showAll->setText(m_shown.more > 0 ? tr("Show all (%n more)", nullptr, m_shown.more) : tr("Show all"));
    m_showAll->setToolTip(tr("List every pattern, not only the first %n", nullptr, m_session->cap()));
    m_showAll->setEnabled(!dismissedList);
    const int dismissedCount = int(m_session->insights().size()) - m_session->listed();
    m_dismissedList->setText(tr("Dismissed (%1)").arg(dismissedCount));
    m_dismissedList->setToolTip(tr("The dismissed patterns with their notes; they come back by themselves when "
                                   "their numbers move on"));
    m_table->setAccessibleName(tr("Insights"));

    const int shown = m_proxy->rowCount();
    QString count;
    if (dismissedList) {
        count = tr("%n dismissed", nullptr, m_shown.matching);
    } else {
        count = tr("%1 of %n shown", nullptr, m_shown.matching).arg(shown);
        if (const auto compareTo = m_session->compareTo())
            count += QStringLiteral(" \u00b7 ")
                + tr("%n new since %1", nullptr, m_shown.fresh).arg(Format::date(*compareTo));
    }
    m_count->setText(count);
    m_empty->setMessage(tr("No patterns"),
                        m_workspace->hasData()
                            ? tr("Nothing in this scope passes the insight rules at this as-of date.")
                            : tr("Open a database with CRM snapshots (Ctrl+O)."));
    m_stack->setCurrentIndex(m_session->insights().empty() ? 0 : 1);
    showSelection();
}

void InsightsView::showSelection()
{
    const QString key = selectedKey();
    const Insight *insight = key.isEmpty() ? nullptr : m_session->insight(key);
    const bool editable = m_workspace->canEdit();
    m_showDeals->setEnabled(insight && !insight->deals.empty());
    m_markSeen->setEnabled(insight && editable && insight->state != Insight::State::Seen);
    m_markSeen->setText(insight && insight->state == Insight::State::Dismissed ? tr("Restore") : tr("Mark seen"));
    m_dismiss->setEnabled(insight && editable && insight->state != Insight::State::Dismissed);
    if (!insight) {
        m_details->setText(escape(tr("Select a pattern to see its rule, baseline and the deals behind it.")));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> \u2014 %2")
                       .arg(escape(InsightRules::displayName(insight->ruleId)),
                            escape(InsightRules::description(insight->ruleId)));
    // The baseline: its sentence, then the weeks, reps and thresholds it was taken with.
    QStringList baseline{insight->baseline.text};
    if (insight->baseline.from.isValid() && insight->baseline.to.isValid())
        baseline
            << tr("Weeks %1 \u2013 %2").arg(Format::date(insight->baseline.from), Format::date(insight->baseline.to));
    if (!insight->baseline.reps.isEmpty())
        baseline << tr("%n rep(s)", nullptr, int(insight->baseline.reps.size()));
    QStringList thresholds;
    for (const auto &[param, value] : insight->baseline.thresholds)
        thresholds << QStringLiteral("%1 %2").arg(param).arg(value);
    if (!thresholds.isEmpty())
        baseline << tr("rule %1: %2").arg(insight->ruleId, thresholds.join(QStringLiteral(", ")));
    html += QStringLiteral("<br>") + escape(tr("Baseline: %1").arg(baseline.join(QStringLiteral("; "))));
    QStringList snapshots;
    for (const QDate &date : insight->snapshots)
        snapshots << Format::date(date);
    QString lineage = escape(tr("Snapshots: %1").arg(snapshots.join(QStringLiteral(", "))));
    if (!insight->deals.empty())
        lineage += QStringLiteral(" \u00b7 <a href=\"deals\">%1</a>")
                       .arg(escape(tr("%n deal(s) behind it", nullptr, int(insight->deals.size()))));
    html += QStringLiteral("<br>") + lineage;
    if (!insight->note.isEmpty())
        html += QStringLiteral("<br>")
            + escape(tr("Note: %1 (%2, %3)")
                         .arg(insight->note, insight->markedBy,
                              Format::date(QDateTime::fromString(insight->markedAt, Qt::ISODate).date())));
    m_details->setText(html);
}

void InsightsView::showDeals()
{
    const Insight *insight = m_session->insight(selectedKey());
    if (!insight || insight->deals.empty())
        return;
    m_workspace->drillInto(tr("Deals behind: %1").arg(InsightRules::displayName(insight->ruleId)), insight->deals);
    if (insight->opportunity >= 0)
        m_workspace->selectDeal(insight->opportunity);
}

void InsightsView::markSelectedSeen()
{
    const QString key = selectedKey();
    if (!key.isEmpty() && m_session->markSeen(key))
        selectKey(key);
}

void InsightsView::dismissSelected()
{
    const Insight *insight = m_session->insight(selectedKey());
    if (!insight || !m_workspace->canEdit())
        return;
    const QString key = insight->key;
    DismissInsightDialog dialog(insight->text, this);
    if (dialog.exec() != QDialog::Accepted || dialog.note().isEmpty())
        return;
    m_session->dismiss(key, dialog.note());
}

} // namespace dmc::ui
