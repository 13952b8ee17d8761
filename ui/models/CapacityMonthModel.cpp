#include "CapacityMonthModel.h"

#include "Format.h"
#include "i18n/Translations.h"

#include <cmath>

namespace dmc::ui {

CapacityMonthModel::CapacityMonthModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void CapacityMonthModel::setPlans(const std::vector<CapacityPlan> &plans, const QString &currency)
{
    beginResetModel();
    m_months = plans.empty() ? std::vector<CapacityPlan::Month>() : plans.front().months;
    m_plans.clear();
    for (const CapacityPlan &plan : plans) {
        Line line;
        line.name = plan.assumptions.name;
        for (const CapacityPlan::Month &month : plan.months)
            line.capacity.push_back(month.capacity);
        m_plans.push_back(std::move(line));
    }
    m_currency = currency;
    endResetModel();
}

QString CapacityMonthModel::monthLabel(const QDate &month)
{
    // The stand-alone name ("Jul 2026", Russian «июль 2026»): a month on its own, not in a date.
    const QLocale locale = Translations::locale();
    return locale.standaloneMonthName(month.month(), QLocale::ShortFormat) + u' ' + QString::number(month.year());
}

QString CapacityMonthModel::planName(int plan) const
{
    const QString &name = m_plans[size_t(plan)].name;
    return name.isEmpty() ? tr("As imported") : name;
}

QDate CapacityMonthModel::month(int row) const
{
    return m_months[size_t(row)].month;
}

int CapacityMonthModel::periodIndex(int row) const
{
    return m_months[size_t(row)].periodIndex;
}

Cents CapacityMonthModel::need(int row) const
{
    return m_months[size_t(row)].need;
}

Cents CapacityMonthModel::bandLow(int row) const
{
    return Cents(std::llround(double(need(row)) * (1.0 - CapacityPlan::Band)));
}

Cents CapacityMonthModel::bandHigh(int row) const
{
    return Cents(std::llround(double(need(row)) * (1.0 + CapacityPlan::Band)));
}

Cents CapacityMonthModel::capacity(int row, int plan) const
{
    const std::vector<Cents> &values = m_plans[size_t(plan)].capacity;
    return size_t(row) < values.size() ? values[size_t(row)] : 0;
}

int CapacityMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int CapacityMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPlan + int(m_plans.size());
}

QVariant CapacityMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Month: return monthLabel(month(row));
        case Need: return Format::money(need(row), m_currency);
        case BandLow: return Format::money(bandLow(row), m_currency);
        case BandHigh: return Format::money(bandHigh(row), m_currency);
        default: return Format::money(capacity(row, index.column() - FirstPlan), m_currency);
        }
    }
    if (role == Qt::ToolTipRole && index.column() >= FirstPlan && need(row) > 0)
        return tr("%1 of the month's need")
            .arg(Format::percent(double(capacity(row, index.column() - FirstPlan)) / double(need(row))));
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CapacityMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month: return tr("Month");
    case Need: return tr("Need");
    case BandLow: return tr("Need −10%");
    case BandHigh: return tr("Need +10%");
    }
    if (section - FirstPlan < planCount())
        return tr("Capacity: %1").arg(planName(section - FirstPlan));
    return {};
}

SortKey CapacityMonthModel::sortKey(int row, int column) const
{
    switch (column) {
    case Month: return double(month(row).toJulianDay());
    case Need: return double(need(row));
    case BandLow: return double(bandLow(row));
    case BandHigh: return double(bandHigh(row));
    }
    return double(capacity(row, column - FirstPlan));
}

} // namespace dmc::ui
