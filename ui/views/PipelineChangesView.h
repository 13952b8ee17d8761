#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace dmc {
class Workspace;
}

namespace dmc::ui {

class DealChangeModel;
class EmptyState;
class TypedSortProxy;
class WaterfallChart;

// Pipeline changes between the compare-to and the as-of snapshot: the waterfall per forecast
// category (or in total) and, below it, the deals behind the clicked bar.
class PipelineChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineChangesView(Workspace *workspace, QWidget *parent = nullptr);

    WaterfallChart *chart() const { return m_chart; }
    DealChangeModel *model() const { return m_model; }
    void showBar(int bar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();

    Workspace *m_workspace;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_heading;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_filterLabel;
    WaterfallChart *m_chart;
    DealChangeModel *m_model;
    TypedSortProxy *m_proxy;
    QTableView *m_table;
};

} // namespace dmc::ui
