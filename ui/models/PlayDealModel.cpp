#include "PlayDealModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"
#include "analytics/text/TermLabels.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace dmc::ui {

void PlayDealModel::setPlay(const PlaysReport &report, const PlayFigures *play)
{
    beginResetModel();
    m_deals.clear();
    m_steps.clear();
    if (play) {
        // Deals with a missing step first, then by id: the ones a DM reads on a Monday on top.
        std::vector<PlayDealSteps> steps = play->deals;
        std::stable_sort(steps.begin(), steps.end(),
                         [](const PlayDealSteps &a, const PlayDealSteps &b) { return !a.adherent() && b.adherent(); });
        for (const PlayDealSteps &s : steps) {
            m_deals.push_back(report.deals[size_t(s.deal)]);
            m_steps.push_back(s);
        }
    }
    endResetModel();
}

void PlayDealModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint32 PlayDealModel::opportunityAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_deals[size_t(row)].opportunity : -1;
}

int PlayDealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int PlayDealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlayDealModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayDeal &deal = m_deals[size_t(index.row())];
    const PlayDealSteps &steps = m_steps[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Deal: return tr("%1 · %2").arg(deal.id, deal.name);
        case Rep: return deal.ownerName;
        case Stage: return TermLabels::stage(deal.stage);
        case Due: return Format::number(steps.due);
        case Done: return Format::number(steps.done);
        case Missing: return PlaysText::missingSteps(steps.missing);
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Missing || index.column() == Deal))
        return index.column() == Missing ? PlaysText::missingSteps(steps.missing)
                                         : tr("%1 · %2").arg(deal.id, deal.name);
    if (role == Qt::ForegroundRole && index.column() == Missing && !steps.adherent())
        return QBrush(QColor(0xb4, 0x3c, 0x1e));
    if (role == Qt::TextAlignmentRole && (index.column() == Due || index.column() == Done))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlayDealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Deal: return tr("Deal");
    case Rep: return tr("Rep");
    case Stage: return tr("Stage");
    case Due: return tr("Steps due");
    case Done: return tr("Done");
    case Missing: return tr("Steps due and not done");
    }
    return {};
}

} // namespace dmc::ui
