#include "RiskFiltersView.h"

#include "Format.h"
#include "Workspace.h"
#include "analytics/risk/RuleSet.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dmc::ui {

namespace {
QString spinKey(const QString &rule, const QString &key)
{
    return rule + QLatin1Char('/') + key;
}
} // namespace

RiskFiltersView::RiskFiltersView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("RiskFiltersView"));
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_intro->setObjectName(QStringLiteral("RiskFiltersIntro"));
    m_restore->setObjectName(QStringLiteral("RestoreDefaultRulesButton"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_intro);
    for (const QString &id : RuleSet::ruleIds()) {
        auto *check = new QCheckBox(page);
        check->setObjectName(QStringLiteral("Rule_") + id);
        QFont bold = check->font();
        bold.setWeight(QFont::DemiBold);
        check->setFont(bold);
        auto *hits = new QLabel(page);
        hits->setObjectName(QStringLiteral("RuleHits_") + id);
        hits->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        auto *header = new QHBoxLayout;
        header->addWidget(check);
        header->addStretch();
        header->addWidget(hits);
        layout->addSpacing(8);
        layout->addLayout(header);
        auto *description = new QLabel(page);
        description->setWordWrap(true);
        description->setContentsMargins(22, 0, 0, 0);
        layout->addWidget(description);
        auto *unavailable = new QLabel(page);
        unavailable->setObjectName(QStringLiteral("RuleUnavailable_") + id);
        unavailable->setWordWrap(true);
        unavailable->setContentsMargins(22, 0, 0, 0);
        unavailable->setStyleSheet(QStringLiteral("color: #8a6d1f; font-style: italic;"));
        unavailable->hide();
        layout->addWidget(unavailable);
        m_unavailable.insert(id, unavailable);
        m_checks.insert(id, check);
        m_descriptions.insert(id, description);
        m_hitCounts.insert(id, hits);
        connect(check, &QCheckBox::toggled, this, [this, id](bool on) { m_workspace->setRuleEnabled(id, on); });

        const QStringList keys = RuleSet::parameterKeys(id);
        if (keys.isEmpty())
            continue;
        auto *params = new QHBoxLayout;
        params->setContentsMargins(22, 0, 0, 0);
        for (const QString &key : keys) {
            auto *label = new QLabel(page);
            auto *spin = new QSpinBox(page);
            spin->setObjectName(QStringLiteral("RuleParam_") + id + QLatin1Char('_') + key);
            spin->setRange(0, 3650);
            spin->setKeyboardTracking(false); // one recompute per finished number, not per digit
            label->setBuddy(spin);
            params->addWidget(label);
            params->addWidget(spin);
            params->addSpacing(12);
            m_spins.insert(spinKey(id, key), spin);
            m_spinLabels.insert(spinKey(id, key), label);
            connect(spin, &QSpinBox::valueChanged, this,
                    [this, id, key](int value) { m_workspace->setRuleParameter(id, key, value); });
        }
        params->addStretch();
        layout->addLayout(params);
    }
    layout->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_restore, &QPushButton::clicked, m_workspace, &Workspace::restoreDefaultRules);
    connect(m_workspace, &Workspace::rulesChanged, this, &RiskFiltersView::showRules);
    connect(m_workspace, &Workspace::hitsChanged, this, &RiskFiltersView::showRules);
    connect(m_workspace, &Workspace::stateChanged, this, &RiskFiltersView::retranslateUi);
    retranslateUi();
}

QSpinBox *RiskFiltersView::parameterSpinBox(const QString &ruleId, const QString &key) const
{
    return m_spins.value(spinKey(ruleId, key));
}

QString RiskFiltersView::parameterName(const QString &key)
{
    if (key == QLatin1String("days"))
        return tr("Days");
    if (key == QLatin1String("count"))
        return tr("Times");
    if (key == QLatin1String("window_days"))
        return tr("Within days");
    if (key == QLatin1String("idle_days"))
        return tr("Days without check-in");
    if (key == QLatin1String("health"))
        return tr("Health below");
    if (key == QLatin1String("drop"))
        return tr("Drop of points");
    if (key == QLatin1String("percent"))
        return tr("Percent");
    if (key == QLatin1String("min_confirmed"))
        return tr("Confirmed elements below");
    if (key == QLatin1String("max_probability"))
        return tr("Probability below (%)");
    return key;
}

void RiskFiltersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RiskFiltersView::retranslateUi()
{
    m_intro->setText(m_workspace->savesOwnRules()
                         ? tr("Each filter adds deals to the inspection queue. Changes apply at once and are "
                              "saved for you alone, on top of the team's filters; restoring the defaults goes back to "
                              "the team's.")
                         : m_workspace->canSaveRules()
                         ? tr("Each filter adds deals to the inspection queue. Changes apply at once and are "
                              "saved in this database.")
                         : tr("Each filter adds deals to the inspection queue. Changes apply at once and last "
                              "until this database is closed: its saved filters are read-only for you."));
    m_restore->setText(tr("Restore default filters"));
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        it.value()->setText(RuleSet::displayName(it.key()));
        m_descriptions.value(it.key())->setText(RuleSet::description(it.key()));
    }
    for (auto it = m_spinLabels.cbegin(); it != m_spinLabels.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('/'), 1);
        it.value()->setText(parameterName(key));
        m_spins.value(it.key())->setAccessibleName(parameterName(key));
    }
    showRules();
}

void RiskFiltersView::showRules()
{
    const RuleSet &rules = m_workspace->rules();
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(rules.isEnabled(it.key()));
        // A rule the data cannot feed is greyed with the reason; its thresholds stay editable
        // (MEDDPICC's threshold decides how many elements it reads).
        const auto unavailable = m_workspace->unavailability(it.key());
        it.value()->setEnabled(!unavailable);
        m_descriptions.value(it.key())->setEnabled(!unavailable);
        QLabel *reason = m_unavailable.value(it.key());
        reason->setText(unavailable ? tr("Not available for this data: %1.").arg(unavailable->reason) : QString());
        reason->setVisible(unavailable.has_value());
        const int hits = m_workspace->hitCount(it.key());
        m_hitCounts.value(it.key())->setText(!m_workspace->hasData() ? QString()
                                                 : unavailable       ? tr("not available")
                                                                     : tr("%n hits", nullptr, hits));
    }
    for (auto it = m_spins.cbegin(); it != m_spins.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const QString rule = it.key().section(QLatin1Char('/'), 0, 0);
        const QString key = it.key().section(QLatin1Char('/'), 1);
        it.value()->setValue(rules.parameter(rule, key));
        it.value()->setEnabled(rules.isEnabled(rule));
    }
}

} // namespace dmc::ui
