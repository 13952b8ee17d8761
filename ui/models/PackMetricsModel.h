#pragma once

#include "analytics/coaching/CoachingPackData.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmc::ui {

// The coaching pack's metrics beside the district median: metric, the rep's value and the median
// of the district's reps (the row's tooltip is the pack's sentence, with how many reps).
class PackMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Metric, Rep, Median, ColumnCount };

    explicit PackMetricsModel(QObject *parent = nullptr);

    void setMetrics(std::vector<CoachingPackData::Metric> metrics, const QString &repName);
    // The reps every median is over, when they are the same for every metric (else 0).
    int commonDistrictReps() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CoachingPackData::Metric> m_metrics;
    QString m_repName;
};

} // namespace dmc::ui
