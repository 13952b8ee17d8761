#include "DealHistoryModel.h"

#include "Format.h"
#include "analytics/dataset/Dataset.h"
#include "analytics/risk/QualificationChanges.h"
#include "analytics/text/TermLabels.h"

#include <QFont>

namespace dmc::ui {

DealHistoryModel::DealHistoryModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void DealHistoryModel::setDeal(std::shared_ptr<const Dataset> dataset, qint32 opportunity)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_rows.clear();
    m_qualification.clear();
    if (m_dataset && opportunity >= 0 && opportunity < qint32(m_dataset->opportunities().size())) {
        const auto history = m_dataset->historyOf(opportunity);
        m_rows.assign(history.rbegin(), history.rend());
        // Each change goes to the first snapshot on or after its date (newest rows first).
        m_qualification.assign(m_rows.size(), QString());
        for (const QualificationChange &change : QualificationChanges::of(*m_dataset, opportunity)) {
            for (size_t i = m_rows.size(); i-- > 0;) {
                const QDate snapshot = m_dataset->snapshotDate(m_dataset->rows()[m_rows[i]].dateIndex);
                if (snapshot < change.date)
                    continue;
                QString &cell = m_qualification[i];
                if (!cell.isEmpty())
                    cell += u'\n';
                cell += tr("%1: %2").arg(Format::date(change.date), change.parts.join(QStringLiteral("; ")));
                break;
            }
        }
    }
    endResetModel();
}

int DealHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DealHistoryModel::changed(int row, int column) const
{
    if (row + 1 >= int(m_rows.size()))
        return false;
    const SnapshotRecord &now = m_dataset->rows()[m_rows[size_t(row)]];
    const SnapshotRecord &before = m_dataset->rows()[m_rows[size_t(row) + 1]];
    switch (column) {
    case Stage: return now.stage != before.stage;
    case Category: return now.category() != before.category();
    case Amount: return now.amount != before.amount;
    case CloseDate: return now.closeDay != before.closeDay;
    case Owner: return now.owner != before.owner;
    default: return false;
    }
}

QVariant DealHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const SnapshotRecord &r = m_dataset->rows()[m_rows[size_t(index.row())]];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Snapshot: return Format::date(m_dataset->snapshotDate(r.dateIndex));
        case Stage: return TermLabels::stage(m_dataset->stages()[r.stage].name);
        case Category: return forecastCategoryName(r.category());
        case Amount: return r.hasAmount() ? Format::money(r.amount, m_dataset->reportingCurrency()) : QString();
        case CloseDate: return r.closeDay != NoDay ? Format::date(QDate::fromJulianDay(r.closeDay)) : QString();
        case Owner: return r.owner >= 0 ? m_dataset->reps()[size_t(r.owner)].rep.name : QString();
        case Qualification: return m_qualification[size_t(index.row())];
        }
    }
    if (role == Qt::FontRole && changed(index.row(), index.column())) {
        QFont font;
        font.setBold(true);
        return font;
    }
    // The changes of a week can be longer than the column: the whole text on hover.
    if (role == Qt::ToolTipRole && index.column() == Qualification && !m_qualification[size_t(index.row())].isEmpty())
        return m_qualification[size_t(index.row())];
    if (role == Qt::ToolTipRole && changed(index.row(), index.column()))
        return tr("Changed since the snapshot before");
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DealHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Snapshot: return tr("Snapshot");
    case Stage: return tr("Stage");
    case Category: return tr("Category");
    case Amount: return tr("Amount");
    case CloseDate: return tr("Close date");
    case Owner: return tr("Owner");
    case Qualification: return tr("Qualification changes");
    }
    return {};
}

SortKey DealHistoryModel::sortKey(int row, int column) const
{
    const SnapshotRecord &r = m_dataset->rows()[m_rows[size_t(row)]];
    switch (column) {
    case Snapshot: return double(r.dateIndex);
    case Stage: return double(m_dataset->stages()[r.stage].sortOrder);
    case Category: return double(r.category());
    case Amount: return double(r.amount);
    case CloseDate: return double(r.closeDay);
    case Owner:
    case Qualification: return data(index(row, column)).toString();
    }
    return {};
}

} // namespace dmc::ui
