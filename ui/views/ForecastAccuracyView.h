#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class AccuracyModel;
class EmptyState;
class TypedSortProxy;

// Forecast accuracy over closed periods: WAPE and slip rate per period (chart) and each rep's
// forecast against the actual (table).
class ForecastAccuracyView : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastAccuracyView(Workspace *workspace, QWidget *parent = nullptr);

    AccuracyModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();

    Workspace *m_workspace;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_summary;
    QLabel *m_terms; // what WAPE, T-14 / T-7 and the slip rate mean
    QChartView *m_chart;
    AccuracyModel *m_model;
    TypedSortProxy *m_proxy;
    QTableView *m_table;
};

} // namespace dmc::ui
