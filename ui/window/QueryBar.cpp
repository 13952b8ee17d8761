#include "QueryBar.h"

#include "i18n/Translations.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>

namespace dmc::ui {

namespace {

const ScopeNode *findScope(const ScopeNode &node, const QString &key)
{
    if (node.key == key)
        return &node;
    for (const ScopeNode &child : node.children) {
        if (const ScopeNode *found = findScope(child, key))
            return found;
    }
    return nullptr;
}

} // namespace

QueryBar::QueryBar(QWidget *parent)
    : QToolBar(parent)
    , m_scopeButton(new QToolButton(this))
    , m_scopeMenu(new QMenu(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QComboBox(this))
    , m_compareLabel(new QLabel(this))
    , m_compareTo(new QComboBox(this))
    , m_previousWeek(new QAction(this))
    , m_nextWeek(new QAction(this))
    , m_focusScope(new QAction(this))
    , m_focusPeriod(new QAction(this))
    , m_focusCompare(new QAction(this))
{
    setObjectName(QStringLiteral("QueryToolBar"));
    setMovable(false);

    m_scopeButton->setObjectName(QStringLiteral("ScopeButton"));
    m_scopeButton->setPopupMode(QToolButton::InstantPopup);
    m_scopeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scopeButton->setMenu(m_scopeMenu);
    m_scopeButton->setMinimumWidth(180);
    m_period->setObjectName(QStringLiteral("PeriodCombo"));
    m_asOf->setObjectName(QStringLiteral("AsOfCombo"));
    m_compareTo->setObjectName(QStringLiteral("CompareToCombo"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compareTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_period);
    m_asOfLabel->setBuddy(m_asOf);
    m_compareLabel->setBuddy(m_compareTo);

    m_previousWeek->setObjectName(QStringLiteral("PreviousWeekAction"));
    m_nextWeek->setObjectName(QStringLiteral("NextWeekAction"));
    m_previousWeek->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextWeek->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_previousWeek->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_nextWeek->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_focusScope->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_focusPeriod->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_focusCompare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *action : {m_focusScope, m_focusPeriod, m_focusCompare})
        action->setShortcutContext(Qt::WindowShortcut);

    addWidget(m_scopeButton);
    addSeparator();
    addWidget(m_periodLabel);
    addWidget(m_period);
    addSeparator();
    addWidget(m_asOfLabel);
    addAction(m_previousWeek);
    addWidget(m_asOf);
    addAction(m_nextWeek);
    addSeparator();
    addWidget(m_compareLabel);
    addWidget(m_compareTo);

    connect(m_focusScope, &QAction::triggered, m_scopeButton, &QToolButton::showMenu);
    connect(m_focusPeriod, &QAction::triggered, this, [this] {
        m_period->setFocus();
        m_period->showPopup();
    });
    connect(m_focusCompare, &QAction::triggered, this, [this] {
        m_compareTo->setFocus();
        m_compareTo->showPopup();
    });
    connect(m_previousWeek, &QAction::triggered, this, [this] { stepAsOf(+1); });
    connect(m_nextWeek, &QAction::triggered, this, [this] { stepAsOf(-1); });
    connect(m_period, &QComboBox::activated, this, [this] { emit periodChosen(periodKey()); });
    connect(m_asOf, &QComboBox::activated, this, [this] {
        updateStepActions();
        emit asOfChosen(asOf());
    });
    connect(m_compareTo, &QComboBox::activated, this, [this] { emit compareRuleChosen(compareRule()); });

    updateStepActions();
    retranslateUi();
}

void QueryBar::setScopes(const ScopeNode &root, const QString &currentKey)
{
    m_scopeRoot = root;
    m_scopeKey = findScope(root, currentKey) ? currentKey : root.key;
    rebuildScopeMenu();
}

void QueryBar::setPeriods(const QList<std::pair<QString, QString>> &periods, const QString &currentKey)
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (const auto &[key, label] : periods)
        m_period->addItem(label, key);
    const int index = m_period->findData(currentKey);
    m_period->setCurrentIndex(index >= 0 ? index : 0);
}

void QueryBar::setSnapshots(const QList<QDate> &dates, QDate asOf, const CompareToRule &compareRule)
{
    // Newest first: the DM nearly always looks at this week or the one before.
    m_snapshots = dates;
    std::sort(m_snapshots.begin(), m_snapshots.end(), std::greater<>());
    fillSnapshotCombos();
    const int asOfIndex = m_asOf->findData(asOf);
    m_asOf->setCurrentIndex(asOfIndex >= 0 ? asOfIndex : 0);
    // Row 0 is "Previous snapshot"; a fixed date the data no longer holds shows as that rule too.
    const int compareIndex = compareRule.isFixed() ? m_compareTo->findData(compareRule.fixedDate()) : -1;
    m_compareTo->setCurrentIndex(std::max(0, compareIndex));
    updateStepActions();
}

QString QueryBar::periodKey() const
{
    return m_period->currentData().toString();
}

QDate QueryBar::asOf() const
{
    return m_asOf->currentData().toDate();
}

CompareToRule QueryBar::compareRule() const
{
    return CompareToRule::fixedDate(m_compareTo->currentData().toDate());
}

void QueryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void QueryBar::retranslateUi()
{
    setWindowTitle(tr("Query"));
    m_scopeButton->setToolTip(tr("Scope: the company, a region, a district or one rep (Ctrl+Shift+S)"));
    m_scopeButton->setAccessibleName(tr("Scope"));
    m_periodLabel->setText(tr("&Period"));
    m_period->setToolTip(tr("Fiscal period the numbers are for (Ctrl+Shift+P)"));
    m_period->setAccessibleName(tr("Fiscal period"));
    m_asOfLabel->setText(tr("&As of"));
    m_asOf->setToolTip(tr("The snapshot the numbers are computed from"));
    m_asOf->setAccessibleName(tr("As-of snapshot"));
    m_compareLabel->setText(tr("Co&mpare to"));
    m_compareTo->setToolTip(tr("The earlier snapshot for changes and deltas: the one before the as-of, or a "
                               "date kept while the as-of moves (Ctrl+Shift+C)"));
    m_compareTo->setAccessibleName(tr("Compare-to snapshot"));
    m_previousWeek->setText(tr("Previous week"));
    m_previousWeek->setToolTip(tr("As of the previous snapshot (Alt+Left)"));
    m_nextWeek->setText(tr("Next week"));
    m_nextWeek->setToolTip(tr("As of the next snapshot (Alt+Right)"));
    m_focusScope->setText(tr("Choose scope"));
    m_focusPeriod->setText(tr("Choose period"));
    m_focusCompare->setText(tr("Choose compare-to snapshot"));
    rebuildScopeMenu();
    fillSnapshotCombos();
}

void QueryBar::rebuildScopeMenu()
{
    m_scopeMenu->clear();
    if (m_scopeRoot.key.isEmpty()) {
        m_scopeButton->setText(tr("No scope"));
        m_scopeButton->setEnabled(false);
        return;
    }
    m_scopeButton->setEnabled(true);
    fillScopeMenu(m_scopeMenu, m_scopeRoot);
    const ScopeNode *current = findScope(m_scopeRoot, m_scopeKey);
    m_scopeButton->setText(current ? current->label : m_scopeRoot.label);
}

void QueryBar::fillScopeMenu(QMenu *menu, const ScopeNode &node)
{
    auto choose = [this](const QString &key) {
        m_scopeKey = key;
        rebuildScopeMenu();
        emit scopeChosen(key);
    };
    QAction *self = menu->addAction(node.children.isEmpty() ? node.label : tr("All of %1").arg(node.label));
    self->setCheckable(true);
    self->setChecked(node.key == m_scopeKey);
    connect(self, &QAction::triggered, this, [choose, key = node.key] { choose(key); });
    if (node.children.isEmpty())
        return;
    menu->addSeparator();
    for (const ScopeNode &child : node.children) {
        if (child.children.isEmpty()) {
            QAction *leaf = menu->addAction(child.label);
            leaf->setCheckable(true);
            leaf->setChecked(child.key == m_scopeKey);
            connect(leaf, &QAction::triggered, this, [choose, key = child.key] { choose(key); });
        } else {
            fillScopeMenu(menu->addMenu(child.label), child);
        }
    }
}

void QueryBar::stepAsOf(int delta)
{
    const int index = m_asOf->currentIndex() + delta;
    if (index < 0 || index >= m_asOf->count())
        return;
    m_asOf->setCurrentIndex(index);
    updateStepActions();
    emit asOfChosen(asOf());
}

void QueryBar::updateStepActions()
{
    // Combo rows are newest first: "previous week" moves down the list.
    const int index = m_asOf->currentIndex();
    m_previousWeek->setEnabled(index >= 0 && index + 1 < m_asOf->count());
    m_nextWeek->setEnabled(index > 0);
}

void QueryBar::fillSnapshotCombos()
{
    const QDate asOfDate = asOf();
    const int compareRow = m_compareTo->currentIndex();
    const QLocale locale = Translations::locale();
    for (QComboBox *combo : {m_asOf, m_compareTo}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (combo == m_compareTo && !m_snapshots.isEmpty())
            combo->addItem(tr("Previous snapshot"), QDate());
        for (const QDate &date : std::as_const(m_snapshots))
            combo->addItem(locale.toString(date, QLocale::ShortFormat), date);
        combo->setEnabled(!m_snapshots.isEmpty());
    }
    if (m_snapshots.isEmpty()) {
        m_asOf->addItem(tr("no snapshots"));
        m_compareTo->addItem(tr("no snapshots"));
    }
    const int asOfIndex = m_asOf->findData(asOfDate);
    if (asOfIndex >= 0)
        m_asOf->setCurrentIndex(asOfIndex);
    // The rows are the same dates in the new language: the chosen row stays.
    {
        const QSignalBlocker blocker(m_compareTo);
        m_compareTo->setCurrentIndex(compareRow >= 0 && compareRow < m_compareTo->count() ? compareRow : 0);
    }
    updateStepActions();
}

} // namespace dmc::ui
