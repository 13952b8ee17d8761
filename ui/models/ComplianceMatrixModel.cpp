#include "ComplianceMatrixModel.h"

#include "Format.h"
#include "analytics/plays/PlaysText.h"
#include "analytics/text/TermLabels.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <map>

namespace dmc::ui {

void ComplianceMatrixModel::setReport(const PlaysReport &report, const ComplianceArtifacts &artifacts)
{
    beginResetModel();
    m_list = artifacts;
    m_deals.clear();
    m_artifacts.clear();
    m_cells.clear();
    for (const ComplianceCell &cell : report.compliance.cells)
        if (!m_artifacts.contains(cell.artifact))
            m_artifacts << cell.artifact;
    std::sort(m_artifacts.begin(), m_artifacts.end(), [&](const QString &a, const QString &b) {
        const int ao = artifacts.orderOf(a), bo = artifacts.orderOf(b);
        return ao != bo ? ao < bo : a < b;
    });
    std::map<qint32, size_t> rowOf;
    for (const ComplianceCell &cell : report.compliance.cells) {
        auto it = rowOf.find(cell.deal);
        if (it == rowOf.end()) {
            it = rowOf.emplace(cell.deal, m_deals.size()).first;
            m_deals.push_back(report.deals[size_t(cell.deal)]);
            m_cells.emplace_back(size_t(m_artifacts.size()));
        }
        m_cells[it->second][size_t(m_artifacts.indexOf(cell.artifact))] = cell;
    }
    endResetModel();
}

void ComplianceMatrixModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

qint32 ComplianceMatrixModel::opportunityAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_deals[size_t(row)].opportunity : -1;
}

const ComplianceCell *ComplianceMatrixModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 1 || column >= columnCount())
        return nullptr;
    const auto &cell = m_cells[size_t(row)][size_t(column - 1)];
    return cell ? &*cell : nullptr;
}

int ComplianceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int ComplianceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_artifacts.size()) + 1;
}

QVariant ComplianceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlayDeal &deal = m_deals[size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return tr("%1 · %2").arg(deal.id, deal.name);
        if (role == Qt::ToolTipRole)
            return tr("%1, %2, stage %3").arg(deal.accountName, deal.ownerName, TermLabels::stage(deal.stage));
        return {};
    }
    const ComplianceCell *cell = cellAt(index.row(), index.column());
    if (!cell)
        return {};
    using State = ComplianceCell::State;
    if (role == Qt::DisplayRole) {
        const QString state = PlaysText::complianceState(cell->state);
        if (cell->started.isValid())
            return tr("%1 · started %2").arg(state, Format::date(cell->started));
        return state;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{m_list.label(cell->artifact) + QStringLiteral(": ")
                          + PlaysText::artifactStatus(cell->status)};
        if (!cell->stage.isEmpty())
            lines << (cell->entered.isValid()
                          ? tr("Required by %1, entered %2")
                                .arg(TermLabels::stage(cell->stage), Format::date(cell->entered))
                          : tr("Required by %1, not entered yet").arg(TermLabels::stage(cell->stage)));
        if (cell->started.isValid())
            lines << tr("Started %1").arg(Format::date(cell->started));
        if (cell->done.isValid())
            lines << tr("Done %1").arg(Format::date(cell->done));
        return lines.join(u'\n');
    }
    if (role == Qt::BackgroundRole) {
        switch (cell->state) {
        case State::InParallel: return QBrush(QColor(0xdf, 0xf0, 0xd8));
        case State::StartedLate: return QBrush(QColor(0xfb, 0xe8, 0xc8));
        case State::NotStarted: return QBrush(QColor(0xf6, 0xd5, 0xd0));
        default: return {};
        }
    }
    return {};
}

QVariant ComplianceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Deal");
    if (section <= m_artifacts.size())
        return m_list.label(m_artifacts[section - 1]);
    return {};
}

} // namespace dmc::ui
