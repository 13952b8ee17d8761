#include "InsightModel.h"

#include "Format.h"
#include "analytics/insights/InsightRules.h"

#include <QFont>

namespace dmc::ui {

InsightModel::InsightModel(QObject *parent)
    : SortableTableModel(parent)
{
}

void InsightModel::setInsights(const std::vector<Insight> &insights, const QString &currency)
{
    beginResetModel();
    m_insights = insights;
    m_currency = currency;
    endResetModel();
}

int InsightModel::rowOf(const QString &key) const
{
    for (size_t row = 0; row < m_insights.size(); ++row)
        if (m_insights[row].key == key)
            return int(row);
    return -1;
}

int InsightModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_insights.size());
}

int InsightModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InsightModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Insight &insight = m_insights[size_t(index.row())];
    switch (role) {
    case KeyRole: return insight.key;
    case ChartRole: return QVariant::fromValue(insight.chart);
    case Qt::DisplayRole:
        switch (index.column()) {
        case State: return insightStateName(insight.state);
        case Kind: return insightKindName(insight.kind);
        case Text: return insight.text;
        case Stake: return Format::money(insight.stake, m_currency);
        case When: return Format::date(insight.when);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return QString(InsightRules::displayName(insight.ruleId) + u'\n'
                           + InsightRules::description(insight.ruleId));
        if (index.column() == State && !insight.note.isEmpty())
            return tr("Note: %1").arg(insight.note);
        return insight.baseline.text;
    case Qt::TextAlignmentRole:
        if (index.column() == Stake || index.column() == When)
            return QVariant(Qt::AlignRight | Qt::AlignTop);
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    case Qt::FontRole:
        if (index.column() == State
            && (insight.state == Insight::State::New || insight.state == Insight::State::Returned)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant InsightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State: return tr("State");
    case Kind: return tr("Kind");
    case Chart: return tr("Chart");
    case Text: return tr("Pattern");
    case Stake: return tr("At stake");
    case When: return tr("Date");
    default: return {};
    }
}

SortKey InsightModel::sortKey(int row, int column) const
{
    const Insight &insight = m_insights[size_t(row)];
    switch (column) {
    case State: return double(insight.state);
    case Kind: return insightKindName(insight.kind);
    case Text: return insight.text;
    case Stake: return double(insight.stake);
    case When: return double(insight.when.toJulianDay());
    default: return double(row);
    }
}

} // namespace dmc::ui
