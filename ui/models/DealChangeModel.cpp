#include "DealChangeModel.h"

#include "Format.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/text/TermLabels.h"

#include <QColor>

namespace dmc::ui {

DealChangeModel::DealChangeModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void DealChangeModel::setChanges(std::shared_ptr<const Dataset> dataset, std::vector<DealChange> changes,
                                 const QString &currency)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_changes = std::move(changes);
    m_currency = currency;
    rebuildVisible();
    endResetModel();
}

void DealChangeModel::setReasonFilter(std::vector<ChangeReason> reasons)
{
    beginResetModel();
    m_reasons = std::move(reasons);
    rebuildVisible();
    endResetModel();
}

void DealChangeModel::rebuildVisible()
{
    m_visible.clear();
    for (int i = 0; i < int(m_changes.size()); ++i) {
        const ChangeReason reason = m_changes[size_t(i)].reason;
        if (reason == ChangeReason::Unchanged)
            continue;
        if (m_reasons.empty() || std::find(m_reasons.begin(), m_reasons.end(), reason) != m_reasons.end())
            m_visible.push_back(i);
    }
}

int DealChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DealChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DealChangeModel::side(const DealChange &c, bool from) const
{
    const auto category = from ? c.fromCategory : c.toCategory;
    if (!category)
        return tr("absent");
    const qint32 stage = from ? c.fromStage : c.toStage;
    const QString stageName = m_dataset && stage >= 0 && stage < int(m_dataset->stages().size())
        ? TermLabels::stage(m_dataset->stages()[size_t(stage)].name)
        : QString();
    return tr("%1, %2, %3, closes %4")
        .arg(forecastCategoryName(*category), stageName, Format::money(from ? c.fromAmount : c.toAmount, m_currency),
             Format::date(from ? c.fromClose : c.toClose));
}

QVariant DealChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const DealChange &c = change(index.row());
    const Opportunity &deal = m_dataset->opportunity(c.opportunity);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Deal: return deal.name;
        case Account: {
            const qint32 account = m_dataset->opportunityAccount(c.opportunity);
            return account >= 0 ? m_dataset->accounts()[size_t(account)].name : QString();
        }
        case Rep: return c.rep >= 0 ? m_dataset->reps()[size_t(c.rep)].rep.name : QString();
        case Reason: return changeReasonName(c.reason);
        case From: return side(c, true);
        case To: return side(c, false);
        case Delta: return Format::moneyDelta(c.delta, m_currency);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Delta)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Delta && c.delta != 0)
        return c.delta > 0 ? QColor(0x1e, 0x7d, 0x4f) : QColor(0xb4, 0x43, 0x2f);
    return {};
}

QVariant DealChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deal: return tr("Deal");
    case Account: return tr("Account");
    case Rep: return tr("Rep");
    case Reason: return tr("Change");
    case From: return tr("Before");
    case To: return tr("After");
    case Delta: return tr("Effect on pipeline");
    }
    return {};
}

SortKey DealChangeModel::sortKey(int row, int column) const
{
    const DealChange &c = change(row);
    switch (column) {
    case Reason: return double(c.reason);
    case From: return double(c.fromAmount);
    case To: return double(c.toAmount);
    case Delta: return double(c.delta);
    default: return data(index(row, column), Qt::DisplayRole).toString();
    }
}

} // namespace dmc::ui
