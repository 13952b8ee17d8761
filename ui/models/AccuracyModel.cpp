#include "AccuracyModel.h"

#include "Format.h"

namespace dmc::ui {

AccuracyModel::AccuracyModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void AccuracyModel::setResult(const AccuracyResult &result, const QString &currency)
{
    beginResetModel();
    m_lines.clear();
    m_currency = currency;
    // Newest period first: the last quarter is what the DM talks about.
    for (auto period = result.periods.rbegin(); period != result.periods.rend(); ++period) {
        if (!period->closed)
            continue;
        for (const AccuracyRow &row : period->reps)
            m_lines.push_back({period->period, row});
    }
    endResetModel();
}

int AccuracyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AccuracyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccuracyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[size_t(index.row())];
    const AccuracyRow &r = line.row;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Period: return line.period.label();
        case Rep: return r.name;
        case District: return r.district;
        case Actual: return Format::money(r.actual, m_currency);
        case ForecastT14: return r.forecastT14 ? Format::money(*r.forecastT14, m_currency) : QString();
        case RatioT14: return r.ratioT14 ? Format::percent(*r.ratioT14) : QString();
        case ForecastT7: return r.forecastT7 ? Format::money(*r.forecastT7, m_currency) : QString();
        case RatioT7: return r.ratioT7 ? Format::percent(*r.ratioT7) : QString();
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == ForecastT14 || index.column() == ForecastT7)) {
        const bool fromCall = index.column() == ForecastT14 ? r.t14FromCall : r.t7FromCall;
        return fromCall ? tr("The commit the rep called") : tr("Won + Commit of the snapshot (no call recorded)");
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Actual)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // T-14 and T-7 are the analyst's shorthand; the tooltip says what the day is.
        switch (section) {
        case ForecastT14:
            return tr("The forecast 14 days before the period's last day: the commit the rep called, or won + Commit "
                      "of that day's snapshot when no call is recorded");
        case RatioT14: return tr("The forecast 14 days before the period's last day divided by the actual (won)");
        case ForecastT7:
            return tr("The forecast 7 days before the period's last day: the commit the rep called, or won + Commit "
                      "of that day's snapshot when no call is recorded");
        case RatioT7: return tr("The forecast 7 days before the period's last day divided by the actual (won)");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period: return tr("Period");
    case Rep: return tr("Rep");
    case District: return tr("District");
    case Actual: return tr("Won (actual)");
    case ForecastT14: return tr("Forecast T-14");
    case RatioT14: return tr("F / A at T-14");
    case ForecastT7: return tr("Forecast T-7");
    case RatioT7: return tr("F / A at T-7");
    }
    return {};
}

SortKey AccuracyModel::sortKey(int row, int column) const
{
    const Line &line = m_lines[size_t(row)];
    const AccuracyRow &r = line.row;
    switch (column) {
    case Period: return double(line.period.start.toJulianDay());
    case Rep: return r.name;
    case District: return r.district;
    case Actual: return double(r.actual);
    case ForecastT14: return r.forecastT14 ? SortKey(double(*r.forecastT14)) : SortKey();
    case RatioT14: return r.ratioT14 ? SortKey(*r.ratioT14) : SortKey();
    case ForecastT7: return r.forecastT7 ? SortKey(double(*r.forecastT7)) : SortKey();
    case RatioT7: return r.ratioT7 ? SortKey(*r.ratioT7) : SortKey();
    }
    return {};
}

} // namespace dmc::ui
