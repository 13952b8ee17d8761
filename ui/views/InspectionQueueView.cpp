#include "InspectionQueueView.h"

#include "EmptyState.h"
#include "Format.h"
#include "InspectionQueueModel.h"
#include "InspectionQueueProxy.h"
#include "QueueActions.h"
#include "QueueGroupProxy.h"
#include "SelectionKeeper.h"
#include "TableStyle.h"
#include "Workspace.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/risk/RuleSet.h"
#include "delegates/StatusDelegate.h"
#include "dialogs/SnoozeDialog.h"
#include "workspace/DmActions.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace dmc::ui {

namespace {

// A chip of a rule the data cannot feed: shown disabled, never a show / hide choice.
constexpr int UnavailableRole = Qt::UserRole + 1;

bool isUnavailableChip(const QListWidgetItem *chip)
{
    return chip->data(UnavailableRole).toBool();
}

} // namespace

InspectionQueueView::InspectionQueueView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(workspace->queueModel())
    , m_proxy(new InspectionQueueProxy(this))
    , m_groups(new QueueGroupProxy(m_model, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_search(new QLineEdit(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_showReviewed(new QCheckBox(this))
    , m_showSnoozed(new QCheckBox(this))
    , m_chips(new QListWidget(this))
    , m_drillBar(new QWidget(this))
    , m_drillLabel(new QLabel(this))
    , m_clearDrill(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("InspectionQueueView"));
    m_search->setObjectName(QStringLiteral("QueueSearch"));
    m_search->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("QueueGroupBy"));
    m_groupLabel->setBuddy(m_group);
    m_showReviewed->setObjectName(QStringLiteral("ShowReviewed"));
    m_showSnoozed->setObjectName(QStringLiteral("ShowSnoozed"));
    m_showReviewed->setChecked(true);
    for (int i = 0; i < 3; ++i)
        m_group->addItem(QString());

    // Rule chips: a wrapping list of checkable items, styled as chips; no widget per chip.
    m_chips->setObjectName(QStringLiteral("RuleChips"));
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setSpacing(3);
    m_chips->setFrameShape(QFrame::NoFrame);
    m_chips->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chips->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fitChips() lets them scroll past a quarter
    m_chips->viewport()->setAutoFillBackground(false);
    m_chips->setSelectionMode(QAbstractItemView::NoSelection);

    m_drillBar->setObjectName(QStringLiteral("DrillBar"));
    m_drillLabel->setObjectName(QStringLiteral("DrillLabel"));
    m_drillBar->setStyleSheet(QStringLiteral("#DrillBar { background: #eaf1fb; border-radius: 4px; }"));
    auto *drillLayout = new QHBoxLayout(m_drillBar);
    drillLayout->setContentsMargins(8, 4, 4, 4);
    drillLayout->addWidget(m_drillLabel, 1);
    drillLayout->addWidget(m_clearDrill);
    m_drillBar->hide();

    m_proxy->setSourceModel(m_model);
    m_groups->setQueueProxy(m_proxy);
    m_table->setObjectName(QStringLiteral("QueueTable"));
    m_table->setModel(m_groups);
    // After setModel(): it restores once the table has taken the reset.
    new SelectionKeeper(m_table, [this](int row) {
        const int queueRow = m_groups->queueRow(row);
        if (queueRow < 0)
            return QString();
        return m_model->actionKey(queueRow);
    });
    // An editor open when the rows reset (a snooze picked in it recomputes the queue) is closed
    // first: Qt would forget it with its index and find it only when it is destroyed.
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_resetting = true;
        const QModelIndex current = m_table->currentIndex();
        if (QWidget *editor = current.isValid() ? m_table->indexWidget(current) : nullptr)
            emit m_table->itemDelegateForIndex(current)->closeEditor(editor);
    });
    // The header of a group spans the table; spans follow the rows after every reset.
    connect(m_groups, &QAbstractItemModel::modelReset, this, &InspectionQueueView::spanGroupHeaders);
    // Connected after SelectionKeeper's: its restore of the current row is part of the reset.
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] { m_resetting = false; });
    TableStyle::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegateForColumn(InspectionQueueModel::Status, new StatusDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queueActions = new QueueActions(workspace, m_model, m_groups, m_table);
    m_table->sortByColumn(InspectionQueueModel::Amount, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(InspectionQueueModel::Rep, 115);
    header->resizeSection(InspectionQueueModel::Deal, 170);
    header->resizeSection(InspectionQueueModel::Account, 140);
    header->resizeSection(InspectionQueueModel::Amount, 100);
    header->resizeSection(InspectionQueueModel::CloseDate, 85);
    header->resizeSection(InspectionQueueModel::Category, 85);
    header->resizeSection(InspectionQueueModel::Stage, 95);
    header->resizeSection(InspectionQueueModel::Rule, 150);
    header->resizeSection(InspectionQueueModel::Evidence, 380);
    header->resizeSection(InspectionQueueModel::Status, 105);
    header->resizeSection(InspectionQueueModel::Note, 140);
    header->resizeSection(InspectionQueueModel::FollowUp, 95);
    // What the DM reads and sets first: who, which deal, which filter, then the DM's own status,
    // note and follow-up; the evidence (whole under the table) and the numbers after them.
    const InspectionQueueModel::Column order[] = {InspectionQueueModel::Rep,      InspectionQueueModel::Deal,
                                                  InspectionQueueModel::Rule,     InspectionQueueModel::Status,
                                                  InspectionQueueModel::Note,     InspectionQueueModel::FollowUp,
                                                  InspectionQueueModel::Evidence, InspectionQueueModel::Amount};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_detail->setObjectName(QStringLiteral("QueueDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px solid #e6e9ee; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_count->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_groupLabel);
    top->addWidget(m_group);
    top->addWidget(m_showReviewed);
    top->addWidget(m_showSnoozed);
    layout->addLayout(top);
    layout->addWidget(m_chips);
    layout->addWidget(m_drillBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_count);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_group, &QComboBox::activated, this, [this] {
        applyGroupBy();
        emit choicesChanged();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &InspectionQueueView::choicesChanged);
    connect(m_showReviewed, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowReviewed(on);
        updateCount();
    });
    connect(m_showSnoozed, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowSnoozed(on);
        updateCount();
    });
    connect(m_chips, &QListWidget::itemChanged, this, &InspectionQueueView::applyChips);
    connect(m_clearDrill, &QPushButton::clicked, this, &InspectionQueueView::clearDrill);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_groups->queueRow(current.row()) >= 0) {
                    const qint32 deal = m_model->hit(m_groups->queueRow(current.row())).opportunity;
                    // A search keystroke, a sort or a recompute resets the rows and SelectionKeeper
                    // puts the current hit back: its deal is already shown, nothing to select again
                    // (Deal detail would rebuild its POC scorecards for the same deal).
                    if (!m_resetting || deal != m_workspace->selectedDeal())
                        m_workspace->selectDeal(deal);
                }
                updateDetail();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InspectionQueueView::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InspectionQueueView::updateDetail);
    connect(m_model, &InspectionQueueModel::actionEdited, this,
            [this](const QString &opportunityId, const QString &ruleId, const DealAction &action) {
                DealAction edited = action;
                const bool newSnooze = action.status == DealAction::Status::Snoozed
                    && m_workspace->actions()->action(opportunityId, ruleId).status != DealAction::Status::Snoozed;
                if (newSnooze && m_askSnooze) {
                    const Dataset *dataset = m_workspace->dataset();
                    const int deal = dataset ? dataset->opportunityIndex(opportunityId) : -1;
                    const auto details =
                        m_queueActions->askSnooze(deal >= 0 ? dataset->opportunity(deal).name : opportunityId,
                                                  action.snoozeUntil, action.note);
                    if (!details)
                        return; // nothing stored: the row shows the stored status again
                    edited.snoozeUntil = details->until;
                    edited.snoozeReason = details->reason;
                }
                m_workspace->actions()->saveAction(opportunityId, ruleId, edited);
            });
    connect(m_workspace, &Workspace::hitsChanged, this, &InspectionQueueView::showHits);
    connect(m_workspace, &Workspace::drillRequested, this, &InspectionQueueView::showDrill);
    connect(m_workspace, &Workspace::stateChanged, this, &InspectionQueueView::retranslateUi);

    retranslateUi();
    showHits();
}

void InspectionQueueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InspectionQueueView::setAskForSnoozeDetails(bool ask)
{
    m_askSnooze = ask;
    m_queueActions->setAskForSnoozeDetails(ask);
}

QString InspectionQueueView::currentDetail() const
{
    return m_detail->text();
}

void InspectionQueueView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? m_groups->queueRow(current.row()) : -1;
    if (row < 0) {
        m_detail->setText(tr("No hit selected."));
        return;
    }
    auto cell = [&](int column) { return m_model->data(m_model->index(row, column)).toString(); };
    QStringList dm{tr("Status: %1").arg(cell(InspectionQueueModel::Status).toHtmlEscaped())};
    if (const QString note = cell(InspectionQueueModel::Note); !note.isEmpty())
        dm << tr("Note: %1").arg(note.toHtmlEscaped());
    if (const QString followUp = cell(InspectionQueueModel::FollowUp); !followUp.isEmpty())
        dm << tr("Follow-up: %1").arg(followUp.toHtmlEscaped());
    m_detail->setText(QStringLiteral("<b>%1</b> · %2<br>%3<br><span style=\"color:#5f6b7a\">%4</span>")
                          .arg(cell(InspectionQueueModel::Deal).toHtmlEscaped(),
                               cell(InspectionQueueModel::Rule).toHtmlEscaped(),
                               cell(InspectionQueueModel::Evidence).toHtmlEscaped(), dm.join(QStringLiteral(" · "))));
}

void InspectionQueueView::spanGroupHeaders()
{
    m_table->clearSpans();
    for (int row = 0; row < m_groups->rowCount(); ++row)
        if (m_groups->isGroupRow(row))
            m_table->setSpan(row, 0, 1, m_groups->columnCount());
}

void InspectionQueueView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitChips();
}

// The chips wrap onto as many lines as they need, up to a quarter of the view's height (at least
// two lines), and scroll past that: on a laptop's 768 px screen nineteen chips took the whole queue
// and left its table one row.
void InspectionQueueView::fitChips()
{
    if (m_chips->count() == 0)
        return;
    m_chips->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chips->doItemsLayout();
    int bottom = 0;
    std::vector<int> lineTops;
    for (int i = 0; i < m_chips->count(); ++i) {
        const QRect chip = m_chips->visualItemRect(m_chips->item(i));
        bottom = std::max(bottom, chip.bottom());
        if (lineTops.empty() || chip.top() > lineTops.back())
            lineTops.push_back(chip.top());
    }
    const int needed = bottom + 2 * m_chips->spacing() + 2;
    // Past a quarter, the box ends where a line starts: a line cut in half reads as chips missing.
    size_t shown = 2; // lines in full above the box's end
    while (shown + 1 < lineTops.size() && lineTops[shown + 1] <= height() / 4)
        ++shown;
    if (shown < lineTops.size() && needed > height() / 4) {
        m_chips->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_chips->setFixedHeight(lineTops[shown]);
    } else {
        m_chips->setFixedHeight(needed);
    }
}

InspectionQueueView::Choices InspectionQueueView::choices() const
{
    Choices choices;
    choices.hiddenRules = m_hiddenRules;
    choices.groupBy = m_group->currentIndex();
    choices.sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    choices.sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    return choices;
}

void InspectionQueueView::setChoices(const Choices &choices)
{
    m_hiddenRules = choices.hiddenRules;
    m_group->setCurrentIndex(choices.groupBy >= 0 && choices.groupBy < m_group->count() ? choices.groupBy : 0);
    applyGroupBy();
    const bool known = choices.sortColumn >= 0 && choices.sortColumn < m_model->columnCount();
    m_table->sortByColumn(known ? choices.sortColumn : int(InspectionQueueModel::Amount),
                          known ? choices.sortOrder : Qt::DescendingOrder);
    showHits();
}

void InspectionQueueView::applyGroupBy()
{
    m_proxy->setGroupBy(static_cast<InspectionQueueProxy::GroupBy>(m_group->currentIndex()));
    m_proxy->sort(m_proxy->sortColumn() < 0 ? InspectionQueueModel::Amount : m_proxy->sortColumn(),
                  m_proxy->sortOrder());
}

void InspectionQueueView::clearDrill()
{
    m_workspace->drillInto(QString(), {});
}

void InspectionQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InspectionQueueView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search deals, accounts, reps, evidence, notes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the inspection queue"));
    m_groupLabel->setText(tr("&Group by"));
    m_group->setItemText(0, tr("Nothing"));
    m_group->setItemText(1, tr("Rep"));
    m_group->setItemText(2, tr("Filter"));
    m_group->setAccessibleName(tr("Group the queue by"));
    m_showReviewed->setText(tr("Reviewed"));
    m_showReviewed->setToolTip(tr("Show hits the DM marked reviewed"));
    m_showSnoozed->setText(tr("Snoozed"));
    m_showSnoozed->setToolTip(tr("Show hits hidden by a snooze"));
    m_clearDrill->setText(tr("Show all"));
    m_table->setAccessibleName(tr("Inspection queue"));
    m_chips->setAccessibleName(tr("Filters shown in the queue"));
    const std::vector<RiskUnavailable> &unavailable = m_workspace->risk().unavailable;
    for (int i = 0; i < m_chips->count(); ++i) {
        QListWidgetItem *chip = m_chips->item(i);
        const QString rule = chip->data(Qt::UserRole).toString();
        const QSignalBlocker blocker(m_chips);
        if (isUnavailableChip(chip)) {
            const auto found = std::find_if(unavailable.begin(), unavailable.end(),
                                            [&](const RiskUnavailable &u) { return u.ruleId == rule; });
            chip->setText(tr("%1 (not available)").arg(RuleSet::displayName(rule)));
            chip->setToolTip(found != unavailable.end() ? tr("Not available for this data: %1.").arg(found->reason)
                                                        : QString());
            continue;
        }
        chip->setText(tr("%1 (%2)").arg(RuleSet::displayName(rule)).arg(m_workspace->hitCount(rule)));
        chip->setToolTip(RuleSet::description(rule));
    }
    if (!m_workspace->hasData())
        m_empty->setMessage(tr("No hits to inspect"),
                            tr("Open a database with snapshots (Ctrl+O) or import a CRM export (Ctrl+I)."));
    else if (unavailable.empty())
        m_empty->setMessage(tr("No deal matches a risk filter"),
                            tr("Nothing to inspect at this as-of date for this scope. Check the Risk filters "
                               "view for the thresholds in use."));
    else {
        QStringList names;
        for (const RiskUnavailable &u : unavailable)
            names << RuleSet::displayName(u.ruleId);
        m_empty->setMessage(tr("No deal matches a risk filter"),
                            tr("Nothing to inspect at this as-of date for this scope. Not available for this "
                               "data: %1 (the Risk filters view gives the reasons).")
                                .arg(names.join(tr(", "))));
    }
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_queueActions->retranslateUi();
    m_queueActions->updateEnabled();
    fitChips();
    updateDetail();
    updateCount();
}

void InspectionQueueView::showHits()
{
    const RiskResult &risk = m_workspace->risk();

    // Chips: one per rule with hits (or hidden by the DM), in rule order, checked = shown; a
    // rule the data cannot feed gets a disabled chip whose tooltip says why (and stays in the
    // DM's hidden set, for when data that feeds it is imported).
    QSet<QString> hidden = m_hiddenRules;
    {
        const QSignalBlocker blocker(m_chips);
        m_chips->clear();
        for (const QString &rule : RuleSet::ruleIds()) {
            const bool unavailable = std::any_of(risk.unavailable.begin(), risk.unavailable.end(),
                                                 [&](const RiskUnavailable &u) { return u.ruleId == rule; });
            if (unavailable) {
                auto *chip = new QListWidgetItem(m_chips);
                chip->setData(Qt::UserRole, rule);
                chip->setData(UnavailableRole, true);
                chip->setFlags(Qt::NoItemFlags);
                hidden.remove(rule);
                continue;
            }
            if (m_workspace->hitCount(rule) == 0 && !hidden.contains(rule))
                continue;
            auto *chip = new QListWidgetItem(m_chips);
            chip->setData(Qt::UserRole, rule);
            chip->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            chip->setCheckState(hidden.contains(rule) ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_chips->setVisible(m_chips->count() > 0);
    m_proxy->setHiddenRules(hidden);
    retranslateUi();
    // The first hit opens in Deal detail, so the DM starts reading at once.
    if (!m_table->currentIndex().isValid()) {
        for (int row = 0; row < m_groups->rowCount(); ++row) {
            if (!m_groups->isGroupRow(row)) {
                m_table->setCurrentIndex(m_groups->index(row, InspectionQueueModel::Deal));
                break;
            }
        }
    }
}

void InspectionQueueView::showDrill(const QString &title, const std::vector<qint32> &deals)
{
    m_drillTitle = title;
    m_drillDeals = int(deals.size());
    const bool drilled = !title.isEmpty();
    m_proxy->setDealFilter(drilled ? std::optional(QSet<qint32>(deals.begin(), deals.end())) : std::nullopt);
    m_drillBar->setVisible(drilled);
    // A drill lists every row of its deals: the chips and switches do not apply meanwhile.
    m_chips->setEnabled(!drilled);
    m_showReviewed->setEnabled(!drilled);
    m_showSnoozed->setEnabled(!drilled);
    retranslateUi();
}

void InspectionQueueView::applyChips()
{
    for (int i = 0; i < m_chips->count(); ++i) {
        const QListWidgetItem *chip = m_chips->item(i);
        if (isUnavailableChip(chip))
            continue;
        const QString rule = chip->data(Qt::UserRole).toString();
        if (chip->checkState() == Qt::Unchecked)
            m_hiddenRules.insert(rule);
        else
            m_hiddenRules.remove(rule);
    }
    QSet<QString> hidden = m_hiddenRules;
    for (const RiskUnavailable &u : m_workspace->risk().unavailable)
        hidden.remove(u.ruleId);
    m_proxy->setHiddenRules(hidden);
    updateCount();
    emit choicesChanged();
}

void InspectionQueueView::updateCount()
{
    if (!m_drillTitle.isEmpty()) {
        // Every deal behind the number is listed, those without a hit on a row of their own.
        QSet<qint32> listed;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            listed.insert(m_model->hit(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).opportunity);
        const int withHits = m_drillDeals - m_model->dealRowCount();
        m_drillLabel->setText(
            int(listed.size()) == m_drillDeals
                ? tr("%1: %n deal(s), all listed below; %2 with a filter hit", nullptr, m_drillDeals)
                      .arg(m_drillTitle)
                      .arg(withHits)
                : tr("%1: %n deal(s), %2 listed below (the search hides the others)", nullptr, m_drillDeals)
                      .arg(m_drillTitle)
                      .arg(listed.size()));
    }
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown += m_model->isDealRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()) ? 0 : 1;
    const int total = m_workspace->risk().hits.size();
    m_count->setText(shown == total ? tr("%n hits", nullptr, total)
                                    : tr("%1 of %n hits shown", nullptr, total).arg(shown));
}

} // namespace dmc::ui
