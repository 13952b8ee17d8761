#pragma once

#include "workspace/CompareToRule.h"
#include "workspace/ScopeNode.h"

#include <QDate>
#include <QToolBar>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace dmc::ui {

// The toolbar that chooses what the views show: scope, fiscal period, as-of snapshot (with
// previous / next week) and the compare-to rule: "Previous snapshot" first, then each snapshot
// as a fixed date. It only reports choices; the workspace recomputes.
class QueryBar : public QToolBar
{
    Q_OBJECT

public:
    explicit QueryBar(QWidget *parent = nullptr);

    void setScopes(const ScopeNode &root, const QString &currentKey);
    // Period keys ("2026Q1") with their display labels.
    void setPeriods(const QList<std::pair<QString, QString>> &periods, const QString &currentKey);
    void setSnapshots(const QList<QDate> &dates, QDate asOf, const CompareToRule &compareRule);

    QString scopeKey() const { return m_scopeKey; }
    QString periodKey() const;
    QDate asOf() const;
    CompareToRule compareRule() const;

    QAction *previousWeekAction() const { return m_previousWeek; }
    QAction *nextWeekAction() const { return m_nextWeek; }
    // Keyboard actions that open the scope / period / compare-to pickers; the window puts
    // them in a menu (a toolbar would show them as buttons).
    QList<QAction *> pickerActions() const { return {m_focusScope, m_focusPeriod, m_focusCompare}; }

signals:
    void scopeChosen(const QString &key);
    void periodChosen(const QString &key);
    void asOfChosen(QDate date);
    void compareRuleChosen(const dmc::CompareToRule &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildScopeMenu();
    void fillScopeMenu(QMenu *menu, const ScopeNode &node);
    void stepAsOf(int delta);
    void updateStepActions();
    void fillSnapshotCombos();

    ScopeNode m_scopeRoot;
    QString m_scopeKey;
    QList<QDate> m_snapshots;
    QToolButton *m_scopeButton;
    QMenu *m_scopeMenu;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_asOfLabel;
    QComboBox *m_asOf;
    QLabel *m_compareLabel;
    QComboBox *m_compareTo;
    QAction *m_previousWeek;
    QAction *m_nextWeek;
    QAction *m_focusScope;
    QAction *m_focusPeriod;
    QAction *m_focusCompare;
};

} // namespace dmc::ui
