#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

// The risk filters of docs/definitions.md#risk-filters: each on / off with its thresholds. Changes apply to
// the inspection queue at once and are saved in the database (the DM's rule overrides).
class RiskFiltersView : public QWidget
{
    Q_OBJECT

public:
    explicit RiskFiltersView(Workspace *workspace, QWidget *parent = nullptr);

    QCheckBox *ruleCheckBox(const QString &ruleId) const { return m_checks.value(ruleId); }
    QLabel *unavailableLabel(const QString &ruleId) const { return m_unavailable.value(ruleId); }
    QSpinBox *parameterSpinBox(const QString &ruleId, const QString &key) const;

    static QString parameterName(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRules();

    Workspace *m_workspace;
    QLabel *m_intro;
    QPushButton *m_restore;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QString, QLabel *> m_descriptions;
    QHash<QString, QSpinBox *> m_spins;    // "rule/key"
    QHash<QString, QLabel *> m_spinLabels; // "rule/key"
    QHash<QString, QLabel *> m_hitCounts;
    QHash<QString, QLabel *> m_unavailable; // the reason, when the data cannot feed the rule
};

} // namespace dmc::ui
