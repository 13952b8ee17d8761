#include "TeamTableModel.h"

#include "Format.h"

#include <QColor>

namespace dmc::ui {

TeamTableModel::TeamTableModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void TeamTableModel::setRows(std::vector<TeamRow> rows, const QString &currency, double coverageTarget)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    m_coverageTarget = coverageTarget;
    endResetModel();
}

std::vector<qint32> TeamTableModel::dealsAt(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Numbers::Drill &drill = m_rows[size_t(row)].numbers.drill;
    switch (column) {
    case Won: return drill.won;
    case Commit: return drill.commit;
    case BestCase: return drill.bestCase;
    case Pipeline: return drill.pipeline;
    case Coverage: {
        std::vector<qint32> open = drill.commit;
        open.insert(open.end(), drill.bestCase.begin(), drill.bestCase.end());
        open.insert(open.end(), drill.pipeline.begin(), drill.pipeline.end());
        std::sort(open.begin(), open.end());
        return open;
    }
    default: return {};
    }
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamRow &row = m_rows[size_t(index.row())];
    const Numbers &n = row.numbers;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rep: return row.name;
        case District: return row.district;
        // A rep without a recorded quota has no plan: a dash, not $0 and "covered".
        case Quota: return n.quotaRecorded() ? Format::money(n.quota, m_currency) : QStringLiteral("\u2014");
        case Won: return Format::money(n.won, m_currency);
        case Attainment: return n.attainment ? Format::percent(*n.attainment) : QString();
        case Commit: return Format::money(n.commit, m_currency);
        case BestCase: return Format::money(n.bestCase, m_currency);
        case Pipeline: return Format::money(n.pipeline, m_currency);
        case Gap: return n.quotaRecorded() ? Format::money(n.gap, m_currency) : QStringLiteral("\u2014");
        case Coverage:
            return n.coverage       ? Format::ratio(*n.coverage)
                : n.quotaRecorded() ? tr("covered")
                                    : QStringLiteral("\u2014");
        case Exceptions: return Format::number(row.exceptions);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= District ? Qt::AlignLeft | Qt::AlignVCenter
                                                              : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Coverage && n.coverage && *n.coverage < m_coverageTarget)
        return QColor(0xb4, 0x43, 0x2f); // below the coverage target set by the DM
    if (role == Qt::ToolTipRole) {
        if (!n.quotaRecorded() && (index.column() == Quota || index.column() == Gap || index.column() == Coverage))
            return tr("No quota recorded for this rep in the period");
        if (index.column() == Coverage)
            return tr("Open pipeline %1 against a gap of %2 (target %3)")
                .arg(Format::money(n.openPipeline, m_currency), Format::money(n.gap, m_currency),
                     Format::ratio(m_coverageTarget));
        if (!dealsAt(index.row(), index.column()).empty())
            return tr("%n deals; click to list them in the queue", nullptr,
                      int(dealsAt(index.row(), index.column()).size()));
    }
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section <= District ? Qt::AlignLeft | Qt::AlignVCenter
                                                       : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

SortKey TeamTableModel::sortKey(int row, int column) const
{
    const TeamRow &r = m_rows[size_t(row)];
    const Numbers &n = r.numbers;
    switch (column) {
    case Rep: return r.name;
    case District: return r.district;
    // A rep without a recorded quota has no quota, gap or coverage to sort by: with the empty cells,
    // not among the $0 quotas or the covered reps.
    case Quota: return n.quotaRecorded() ? SortKey(double(n.quota)) : SortKey();
    case Won: return double(n.won);
    case Attainment: return n.attainment ? SortKey(*n.attainment) : SortKey();
    case Commit: return double(n.commit);
    case BestCase: return double(n.bestCase);
    case Pipeline: return double(n.pipeline);
    case Gap: return n.quotaRecorded() ? SortKey(double(n.gap)) : SortKey();
    case Coverage:
        return n.coverage ? SortKey(*n.coverage) : n.covered() ? SortKey(1e12) : SortKey(); // covered sorts highest
    case Exceptions: return double(r.exceptions);
    }
    return {};
}

QString TeamTableModel::columnTitle(int column)
{
    switch (column) {
    case Rep: return tr("Rep");
    case District: return tr("District");
    case Quota: return tr("Quota");
    case Won: return tr("Won");
    case Attainment: return tr("Attainment");
    case Commit: return tr("Commit");
    case BestCase: return tr("Best Case");
    case Pipeline: return tr("Pipeline");
    case Gap: return tr("Gap");
    case Coverage: return tr("Coverage");
    case Exceptions: return tr("Exceptions");
    }
    return {};
}

} // namespace dmc::ui
