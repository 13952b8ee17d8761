#include "RenewalModel.h"

#include "Format.h"
#include "analytics/text/TermLabels.h"

#include <QColor>

namespace dmc::ui {

RenewalModel::RenewalModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void RenewalModel::setWatchlist(const RenewalWatchlist &watchlist)
{
    beginResetModel();
    m_entries = watchlist.entries;
    m_currency = watchlist.reportingCurrency;
    endResetModel();
}

int RenewalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RenewalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RenewalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RenewalWatchlist::Entry &e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Band: return tr("≤ %1 days").arg(e.band);
        case Account: return e.name;
        case Renewal: return tr("%1 (in %n days)", nullptr, e.daysToRenewal).arg(Format::date(e.renewalDate));
        case Arr: return Format::money(e.arr, m_currency);
        case Health: {
            if (!e.health)
                return tr("no reading");
            if (!e.change)
                return Format::number(e.health->score);
            return tr("%1 (%2%3)")
                .arg(Format::number(e.health->score), *e.change > 0 ? QStringLiteral("+") : QString(),
                     Format::number(*e.change));
        }
        case Trend: return QString();
        case Sponsor: return e.sponsor;
        case RenewalDeal:
            return e.renewalDeal < 0
                ? tr("no open renewal deal")
                : tr("%1 · %2 · %3")
                      .arg(TermLabels::stage(e.renewalStage), forecastCategoryName(e.renewalCategory),
                           Format::money(e.renewalAmount, m_currency));
        case Expansion: return e.expansionPipeline > 0 ? Format::money(e.expansionPipeline, m_currency) : QString();
        }
    }
    if (role == ChangeRole && index.column() == Trend)
        return e.change ? QVariant(*e.change) : QVariant();
    if (role == ReadingsRole && index.column() == Trend) {
        QList<int> scores;
        for (const HealthReading &reading : e.readings)
            scores.append(reading.score);
        return QVariant::fromValue(scores);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RenewalDeal && e.renewalDeal >= 0)
            return e.renewalDealName;
        return e.text;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Arr || index.column() == Expansion))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Health && e.change && *e.change < 0)
        return QColor(0xb4, 0x43, 0x2f);
    return {};
}

QVariant RenewalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Band: return tr("Band");
    case Account: return tr("Account");
    case Renewal: return tr("Renewal");
    case Arr: return tr("ARR");
    case Health: return tr("Health");
    case Trend: return tr("Trend (90 days)");
    case Sponsor: return tr("Sponsor");
    case RenewalDeal: return tr("Renewal deal");
    case Expansion: return tr("Expansion pipeline");
    }
    return {};
}

SortKey RenewalModel::sortKey(int row, int column) const
{
    const RenewalWatchlist::Entry &e = m_entries[size_t(row)];
    switch (column) {
    case Band: return double(e.band);
    case Account: return e.name;
    case Renewal: return double(e.daysToRenewal);
    case Arr: return double(e.arr);
    case Health: return e.health ? SortKey(double(e.health->score)) : SortKey();
    case Trend: return e.change ? SortKey(double(*e.change)) : SortKey();
    case Sponsor: return e.sponsor;
    case RenewalDeal: return double(e.renewalAmount);
    case Expansion: return double(e.expansionPipeline);
    }
    return {};
}

} // namespace dmc::ui
