#include "PartnerModel.h"

#include "Format.h"

namespace dmc::ui {

void PartnerModel::setPartners(const std::vector<PartnerRow> &partners, const QString &currency)
{
    beginResetModel();
    m_partners = partners;
    m_currency = currency;
    endResetModel();
}

void PartnerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PartnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerRow &p = m_partners[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Partner: return p.name;
        case Attributes: return QStringList(p.capabilities + p.segments + p.vehicles).join(QStringLiteral(", "));
        case Deals: return Format::number(p.deals);
        case Sourced:
            return tr("%1 · %2").arg(Format::number(p.sourcedDeals), Format::money(p.sourcedAmount, m_currency));
        case Influenced:
            return tr("%1 · %2").arg(Format::number(p.influencedDeals), Format::money(p.influencedAmount, m_currency));
        case CoSell: return tr("%1 won, %2 lost").arg(Format::number(p.coSellWon), Format::number(p.coSellLost));
        case WinRate:
            return p.winRate ? Format::percent(*p.winRate)
                             : tr("n = %1").arg(Format::number(p.coSellWon + p.coSellLost));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Attributes)
        return tr("Capabilities: %1\nSegments: %2\nContract vehicles: %3")
            .arg(p.capabilities.join(QStringLiteral(", ")), p.segments.join(QStringLiteral(", ")),
                 p.vehicles.join(QStringLiteral(", ")));
    if (role == Qt::TextAlignmentRole && index.column() > Attributes)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sourced:
        case Influenced: return tr("Deals of the period the partner is the primary partner of, and their amount");
        case CoSell: return tr("Deals of the scope decided by the as-of with a row of the partner, any close date");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner: return tr("Partner");
    case Attributes: return tr("Capabilities, segments, vehicles");
    case Deals: return tr("Deals");
    case Sourced: return tr("Sourced");
    case Influenced: return tr("Influenced");
    case CoSell: return tr("Co-sell");
    case WinRate: return tr("Win rate");
    }
    return {};
}

} // namespace dmc::ui
