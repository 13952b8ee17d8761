#include "AttributionSplitModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"

namespace dmc::ui {

void AttributionSplitModel::setFigures(const PartnerFigures &figures, const QString &currency)
{
    beginResetModel();
    m_figures = figures;
    m_currency = currency;
    m_empty = false;
    endResetModel();
}

void AttributionSplitModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttributionSplitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_empty ? 0 : int(m_figures.split.size());
}

int AttributionSplitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttributionSplitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttributionShare &s = m_figures.split[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Attribution: return PlaysText::attribution(PartnerAttribution(index.row()));
        case Deals: return Format::number(s.deals);
        case Amount: return Format::money(s.amount, m_currency);
        case OpenDeals: return Format::number(s.openDeals);
        case OpenAmount: return Format::money(s.openAmount, m_currency);
        case WonDeals: return Format::number(s.wonDeals);
        case WonAmount: return Format::money(s.wonAmount, m_currency);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Attribution)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttributionSplitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Attribution: return tr("Attribution");
    case Deals: return tr("Deals");
    case Amount: return tr("Amount");
    case OpenDeals: return tr("Open deals");
    case OpenAmount: return tr("Open amount");
    case WonDeals: return tr("Won deals");
    case WonAmount: return tr("Won amount");
    }
    return {};
}

} // namespace dmc::ui
