#pragma once

#include "ReviewTableModel.h"
#include "analytics/capacity/SegmentCoverage.h"

namespace dmc::ui {

// Coverage by account segment beside the coverage the trailing four quarters' win rate implies,
// with the won and decided counts behind that win rate (docs/definitions.md#coverage-by-segment).
// A row lists its open deals closing in the period.
class SegmentCoverageModel : public ReviewTableModel
{
    Q_OBJECT

public:
    enum Column {
        Segment,
        OpenDeals,
        OpenPipeline,
        RemainingTarget,
        Coverage,
        ImpliedCoverage,
        WinRate,
        Won,
        Decided,
        ColumnCount
    };

    explicit SegmentCoverageModel(QObject *parent = nullptr);

    void setCoverage(const SegmentCoverage &coverage, const QString &currency);
    const SegmentCoverage &coverage() const { return m_coverage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SortKey sortKey(int row, int column) const override;
    std::vector<qint32> dealsAt(int row, int column) const override;
    QString drillTitle(int row, int column) const override;

private:
    QString segmentName(int row) const;

    SegmentCoverage m_coverage;
    QString m_currency;
};

} // namespace dmc::ui
