#include "PackMetricsModel.h"

namespace dmc::ui {

PackMetricsModel::PackMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackMetricsModel::setMetrics(std::vector<CoachingPackData::Metric> metrics, const QString &repName)
{
    beginResetModel();
    m_metrics = std::move(metrics);
    m_repName = repName;
    endResetModel();
}

int PackMetricsModel::commonDistrictReps() const
{
    if (m_metrics.empty())
        return 0;
    for (const CoachingPackData::Metric &metric : m_metrics)
        if (metric.districtReps != m_metrics.front().districtReps)
            return 0;
    return m_metrics.front().districtReps;
}

int PackMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int PackMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoachingPackData::Metric &metric = m_metrics[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Metric: return CoachingPackData::metricName(metric.key);
        case Rep: return metric.repText;
        case Median: return metric.medianText;
        }
    }
    if (role == Qt::ToolTipRole)
        return metric.text;
    if (role == Qt::TextAlignmentRole && index.column() != Metric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PackMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != Metric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Metric: return tr("Metric");
    case Rep: return m_repName.isEmpty() ? tr("Rep") : m_repName;
    case Median: return tr("District median");
    }
    return {};
}

} // namespace dmc::ui
